/// Why an edit was refused. The document is never touched when one is thrown.
public enum EditError: Error, Equatable, Sendable, CustomStringConvertible {
    case selection(SelectionError)
    /// No deliverable matches, or several do (with the candidates as `position text`).
    case deliverable(query: String, item: String, candidates: [String])
    /// The item has no deliverable that the command could change.
    case nothingToChange(item: String, reason: String)
    /// A value that would break the document's syntax.
    case invalidValue(String)
    case read(ReadError)
    /// The file changed between reading and writing it.
    case changedOnDisk(path: String)
    /// The file's permissions say nobody may write it.
    case readOnly(path: String)
    case unwritable(path: String, reason: String)
    /// The file has other names (hard links), which an atomic write would split from it.
    case hardLinked(path: String, links: Int)

    public var description: String {
        switch self {
        case .selection(let e): e.description
        case .deliverable(let q, let item, let candidates):
            candidates.isEmpty
                ? "no deliverable of \(item) matches \"\(q)\""
                : "\"\(q)\" matches \(candidates.count) deliverables of \(item): \(candidates.joined(separator: "; ")); name one by its position"
        case .nothingToChange(let item, let reason): "\(item): \(reason)"
        case .invalidValue(let why): why
        case .read(let e): e.description
        case .changedOnDisk(let path): "\(path) changed on disk while it was being edited; nothing was written, run the command again"
        case .unwritable(let path, let reason): "\(path): cannot write: \(reason)"
        case .readOnly(let path): "\(path) is read-only; make it writable (chmod u+w) to edit it"
        case .hardLinked(let path, let links):
            "\(path) has \(links) hard links; nothing was written, since replacing it would leave the other names with the old text (edit it through a copy, or make the links symbolic)"
        }
    }

    /// The exit code: 3 for files that cannot be read or written, else 2.
    public var isFileProblem: Bool {
        switch self {
        case .read, .changedOnDisk, .unwritable, .hardLinked: true
        default: false
        }
    }
}
