import RoadmapText

/// Why a file system or git call failed. Every case names the path. Reading maps it to a
/// `ReadError` and Editing to an `EditError` (`ReadError(_:)`, `EditError(_:)`), so IO needs
/// neither; the descriptions are the same as theirs.
public enum IOError: Error, Equatable, Sendable, CustomStringConvertible {
    case notFound(path: String)
    case notAFile(path: String)
    case unreadable(path: String, reason: String)
    case tooLarge(path: String, size: Int, limit: Int)
    case unwritable(path: String, reason: String)

    public var description: String {
        switch self {
        case .notFound(let path): "\(path): no such file or directory"
        case .notAFile(let path): "\(path): not a regular file"
        case .unreadable(let path, let reason): "\(path): cannot read: \(reason)"
        case .tooLarge(let path, let size, let limit): "\(path): \(size) bytes is more than the \(limit) bytes a document may have"
        case .unwritable(let path, let reason): "\(path): cannot write: \(reason)"
        }
    }
}
