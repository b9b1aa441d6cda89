import RoadmapText
import RoadmapModel
import RoadmapSyntax
import RoadmapIO
import RoadmapReading

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

/// Which meetings and action items a listing shows.
public enum MeetingFilter {
    /// Whether `meeting` took place on or after `date`; a month-only date counts as its whole
    /// month, and a meeting without a date is kept.
    public static func isOnOrAfter(_ meeting: Meeting, _ date: PartialDate) -> Bool {
        guard let text = meeting.date, let d = PartialDate(iso: text) else { return true }
        if (d.year, d.month) != (date.year, date.month) { return (d.year, d.month) > (date.year, date.month) }
        return (d.day ?? 31) >= (date.day ?? 1)
    }

    /// Whether `owner` names the action's owner (case-insensitive; `@` ignored).
    public static func ownerMatches(_ action: ActionItem, _ owner: String) -> Bool {
        guard let o = action.owner else { return false }
        func key(_ s: String) -> String { s.lowercased().trimming("@ ") }
        return key(o) == key(owner) || key(o).contains(key(owner))
    }
}
