import RoadmapText
import RoadmapModel
import RoadmapSyntax
import RoadmapIO
import RoadmapReading

/// Why an edit was refused. The document is never touched when one is thrown.
public enum EditError: Error, Equatable, Sendable, CustomStringConvertible {
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
    /// Re-read after the edit, the document would not read as intended (see `EditVerifier`):
    /// `problem` says what would have changed, at `line` of the edited text.
    case unverified(path: String, line: Int, problem: String)
    /// A new or renamed item would take the id another item has, which moves ids.
    case duplicateID(path: String, line: Int, id: String, title: String, suffixed: String)

    public var description: String {
        switch self {
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
        case .unverified(let path, let line, let problem): "\(path):\(line): refused: \(problem); nothing was written"
        case .duplicateID(let path, let line, let id, let title, let suffixed):
            "\(path):\(line): \(title) already has the id \(id); choose another title, or pass --allow-duplicate to give this one the id \(suffixed)"
        }
    }

    /// What `unverified` says would have changed; nil for the other cases.
    public var problem: String? {
        if case .unverified(_, _, let problem) = self { return problem }
        return nil
    }

    /// The exit code: 3 for files that cannot be read or written, else 2.
    public var isFileProblem: Bool {
        switch self {
        case .read, .changedOnDisk, .unwritable, .hardLinked: true
        default: false
        }
    }

    /// The edit error an IO failure is: `unwritable`, or the read error it is.
    public init(_ e: IOError) {
        if case .unwritable(let path, let reason) = e { self = .unwritable(path: path, reason: reason) } else { self = .read(ReadError(e)) }
    }
}
