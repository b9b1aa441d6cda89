/// Which items a listing shows: by status and by text.
public struct ItemFilter: Sendable {
    /// A status to keep, or `open` for everything not done.
    public enum StatusFilter: Hashable, Sendable {
        case status(Status)
        /// Anything not done (planned, in progress, backlog).
        case open

        public init?(_ text: String) {
            if text.lowercased() == "open" { self = .open; return }
            guard let s = Status(rawValue: text.lowercased()) ?? (text.lowercased() == "inprogress" ? .inProgress : nil) else { return nil }
            self = .status(s)
        }
    }

    public var status: StatusFilter?
    /// Text to find, case-insensitive, in the id, title, summary, fields or deliverables.
    public var grep: String?

    public init(status: StatusFilter? = nil, grep: String? = nil) {
        self.status = status
        self.grep = grep
    }

    public func matches(_ item: Item) -> Bool {
        switch status {
        case .status(let s)? where item.status != s: return false
        case .open? where item.status == .done: return false
        default: break
        }
        if let grep, !grep.isEmpty {
            let g = grep.lowercased()
            let haystacks = [item.id, item.title, item.summary ?? ""] + item.fields.map { "\($0.key): \($0.value)" }
                + item.deliverables.flattened.map(\.deliverable.text) + item.issues.map(\.qualifiedLabel)
            return haystacks.contains { $0.lowercased().contains(g) }
        }
        return true
    }
}
