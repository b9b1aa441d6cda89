import RoadmapText
import RoadmapModel
import RoadmapSyntax
import RoadmapIO
import RoadmapReading

/// The history of a roadmap from its versions in git: when each item and deliverable was
/// added, checked, unchecked and removed.
public struct History: Sendable {
    /// One version of the file: the commit, its date, and the document as it was.
    public struct Version: Sendable {
        public var commit: String
        public var date: String
        public var document: Document

        public init(commit: String, date: String, document: Document) {
            self.commit = commit
            self.date = date
            self.document = document
        }
    }

    public struct Event: Sendable, Equatable {
        public var commit: String
        public var date: String
        /// `added`, `removed`, `renamed`, `checked`, `unchecked`, `status`, `linked`, `unlinked`, `field`.
        public var action: String
        public var item: String
        /// The deliverable, issue or field the event is about (nil for the item itself).
        public var subject: String?
    }

    public var events: [Event] = []

    /// Events from `versions`, oldest first.
    public static func of(_ versions: [Version]) -> History {
        var history = History()
        var previous: Document? = nil
        for v in versions {
            let before = previous ?? Document(path: v.document.path, format: v.document.format)
            let diff = VersionDiff.between(before, v.document)
            func add(_ action: String, _ item: String, _ subject: String? = nil) {
                history.events.append(Event(commit: v.commit, date: v.date, action: action, item: item, subject: subject))
            }
            for c in diff.changes {
                switch c {
                case .itemAdded(let t):
                    add("added", t)
                    // The deliverables an item comes with were added (and checked) with it.
                    if let item = v.document.items.first(where: { $0.title == t }) {
                        for (_, d) in item.deliverables.flattened {
                            add("added", t, d.text)
                            if d.isChecked { add("checked", t, d.text) }
                        }
                    }
                case .itemRemoved(let t): add("removed", t)
                case .itemRenamed(let f, let t): add("renamed", t, "from \(f)")
                case .checklistAdded(let i, _):
                    if let item = v.document.items.first(where: { $0.title == i }) {
                        for (_, d) in item.deliverables.flattened {
                            add("added", i, d.text)
                            if d.isChecked { add("checked", i, d.text) }
                        }
                    }
                case .deliverableAdded(let i, let t): add("added", i, t)
                case .deliverableRemoved(let i, let t): add("removed", i, t)
                case .deliverableChecked(let i, let t): add("checked", i, t)
                case .deliverableUnchecked(let i, let t): add("unchecked", i, t)
                case .deliverableRenamed(let i, let f, let t, let c):
                    add("renamed", i, "\(t) (from \(f))")
                    if let c { add(c ? "checked" : "unchecked", i, t) }
                case .deliverableLinksChanged(let i, let t, _, let to): add("linked", i, "\(t): \(to.isEmpty ? "(none)" : to.joined(separator: ", "))")
                case .statusChanged(let i, _, let to): add("status", i, to.rawValue)
                case .fieldChanged(let i, let k, _, let to): add("field", i, "\(k) = \(to ?? "(none)")")
                case .issueLinked(let i, let s): add("linked", i, s)
                case .issueUnlinked(let i, let s): add("unlinked", i, s)
                }
            }
            previous = v.document
        }
        return history
    }

    /// Per item, in order of first appearance, its events as lines.
    public func text() -> String {
        var order: [String] = []
        for e in events where !order.contains(e.item) { order.append(e.item) }
        var out = ""
        for item in order {
            out += item + "\n"
            for e in events where e.item == item {
                let what = e.subject.map { "\(e.action) \"\($0)\"" } ?? e.action
                out += "  \(e.date) \(e.commit.prefix(7))  \(what)\n"
            }
        }
        return out
    }

    public func json(path: String) -> String {
        JSONOutput.envelope("events", header: { $0.field("document", path) }) { w in
            for e in events {
                w.beginObject()
                w.field("commit", e.commit); w.field("date", e.date); w.field("action", e.action); w.field("item", e.item); w.field("subject", e.subject)
                w.endObject()
            }
        }
    }
}
