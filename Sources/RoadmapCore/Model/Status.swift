/// Where an item stands.
public enum Status: String, Sendable, CaseIterable, Codable {
    /// Nothing done yet (no deliverable checked, or no deliverables).
    case planned
    /// Some deliverables done.
    case inProgress = "in-progress"
    /// All deliverables done, or the document says so.
    case done
    /// An idea not yet on the roadmap (an entry of a backlog or ideas section).
    case backlog

    /// Reads a status as documents write it: `Done`, `Completed`, `In Progress`, `WIP`,
    /// `Not Started`, `Planned`, `Backlog`, … (the first words of a longer value count:
    /// `Completed - Flux v2.8 GA` is done).
    public init?(text: String) {
        let words = text.lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber }).prefix(3).map(String.init)
        guard let first = words.first else { return nil }
        let two = words.count > 1 ? first + " " + words[1] : first
        switch two {
        case "in progress", "in design", "in development", "in review", "work in", "being worked", "not started": 
            self = two == "not started" ? .planned : .inProgress
            return
        default: break
        }
        switch first {
        case "done", "completed", "complete", "delivered", "finished", "shipped", "released", "stable", "closed", "implemented", "merged":
            self = .done
        case "wip", "started", "ongoing", "active", "doing", "inprogress", "progress", "partial", "partially":
            self = .inProgress
        case "planned", "todo", "open", "proposed", "next", "pending", "scheduled", "accepted", "upcoming", "provisional":
            self = .planned
        case "backlog", "idea", "ideas", "icebox", "wishlist", "someday", "later", "future":
            self = .backlog
        default:
            if first == "in" && words.count > 1 && words[1] == "progress" { self = .inProgress; return }
            return nil
        }
    }

    /// The status a checklist implies: done when every deliverable is checked, in progress when
    /// some are, planned when none are or there are none.
    public static func derived(done: Int, total: Int) -> Status {
        if total == 0 || done == 0 { return .planned }
        return done == total ? .done : .inProgress
    }

    /// The words and phrases `init(text:)` reads as a status, for suggestions ("did you mean
    /// `finished`?"); a test keeps the list and the reader in step.
    public static let knownWords: [String] = [
        "planned", "in progress", "done", "backlog", "completed", "complete", "delivered", "finished", "shipped", "released",
        "stable", "closed", "implemented", "merged", "wip", "started", "ongoing", "active", "doing", "partial", "not started",
        "in design", "in development", "in review", "todo", "open", "proposed", "next", "pending", "scheduled", "accepted",
        "upcoming", "provisional", "idea", "icebox", "wishlist", "someday", "later", "future",
    ]
}
