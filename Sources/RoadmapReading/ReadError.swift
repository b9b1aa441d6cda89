import RoadmapText
import RoadmapModel
import RoadmapSyntax
import RoadmapIO

/// Why a document could not be read. Every case names the path; where a position is known
/// (invalid UTF-8) it carries the line and column.
public enum ReadError: Error, Equatable, Sendable, CustomStringConvertible {
    case notFound(path: String)
    case notAFile(path: String)
    case unreadable(path: String, reason: String)
    case binary(path: String)
    case invalidUTF8(path: String, location: SourceLocation)
    case tooLarge(path: String, size: Int, limit: Int)
    case noDocuments(path: String)
    /// No path was given and none of the default places holds a roadmap.
    case noDefaultRoadmap(directory: String)

    public var description: String {
        switch self {
        case .notFound(let path): "\(path): no such file or directory"
        case .notAFile(let path): "\(path): not a regular file"
        case .unreadable(let path, let reason): "\(path): cannot read: \(reason)"
        case .binary(let path): "\(path): binary file (it holds NUL bytes), not a roadmap document"
        case .invalidUTF8(let path, let loc): "\(path):\(loc.line):\(loc.column): error: invalid UTF-8; save the file as UTF-8"
        case .tooLarge(let path, let size, let limit): "\(path): \(size) bytes is more than the \(limit) bytes a document may have"
        case .noDocuments(let path): "\(path): no roadmap documents (.rst, .md, .markdown, .txt) here"
        case .noDefaultRoadmap(let directory):
            "no roadmap found in \(directory == "." ? "this directory" : directory): looked for roadmap/, ROADMAP.md, ROADMAP.rst, ROADMAP.txt, roadmap.md, roadmap.rst and docs/roadmap.*; name a file or directory"
        }
    }

    public var path: String {
        switch self {
        case .notFound(let p), .notAFile(let p), .unreadable(let p, _), .binary(let p), .invalidUTF8(let p, _),
            .tooLarge(let p, _, _), .noDocuments(let p), .noDefaultRoadmap(let p):
            p
        }
    }

    /// The read error an IO failure is. `unwritable` comes from no read; it reads as `unreadable`.
    public init(_ e: IOError) {
        switch e {
        case .notFound(let path): self = .notFound(path: path)
        case .notAFile(let path): self = .notAFile(path: path)
        case .unreadable(let path, let reason), .unwritable(let path, let reason): self = .unreadable(path: path, reason: reason)
        case .tooLarge(let path, let size, let limit): self = .tooLarge(path: path, size: size, limit: limit)
        }
    }
}
