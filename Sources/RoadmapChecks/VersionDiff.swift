import RoadmapText
import RoadmapModel
import RoadmapSyntax
import RoadmapIO
import RoadmapReading

/// What changed between two versions of a roadmap: items added, removed and renamed, and for
/// the items in both, deliverables added, removed, checked and unchecked, status and field
/// changes, issues linked and unlinked.
public struct VersionDiff: Sendable {
    public enum Change: Sendable, Equatable {
        case itemAdded(title: String)
        case itemRemoved(title: String)
        /// Same deliverables or issues under a new title.
        case itemRenamed(from: String, to: String)
        /// An item that had no checklist has one now (a new checklist: its entries are not listed one by one).
        case checklistAdded(item: String, count: Int)
        case deliverableAdded(item: String, text: String)
        case deliverableRemoved(item: String, text: String)
        case deliverableChecked(item: String, text: String)
        case deliverableUnchecked(item: String, text: String)
        /// A deliverable whose text changed (`[ ] A` → `[X] A (flannel)`); `checked` is its new
        /// state when that changed too, nil when it did not.
        case deliverableRenamed(item: String, from: String, to: String, checked: Bool?)
        /// The issues and links a deliverable names changed (`#12` → `#14`), as labels and URLs.
        case deliverableLinksChanged(item: String, text: String, from: [String], to: [String])
        case statusChanged(item: String, from: Status, to: Status)
        case fieldChanged(item: String, key: String, from: String?, to: String?)
        case issueLinked(item: String, issue: String)
        case issueUnlinked(item: String, issue: String)
    }

    /// A meeting whose notes record an item added or removed here.
    public struct MeetingMatch: Sendable, Equatable {
        public var item: String
        /// `added` or `completed`.
        public var role: String
        public var meeting: String
        public var date: String?
    }

    public var changes: [Change] = []
    public var meetingMatches: [MeetingMatch] = []

    /// Compares `old` with `new`; with `meetings`, says which meeting recorded each item added
    /// (its "added" list) or removed (its "completed" list).
    public static func between(_ old: Document, _ new: Document, meetings: [Meeting] = []) -> VersionDiff {
        var diff = VersionDiff()
        let key = ItemName.key
        var newByKey: [String: Int] = [:]
        for (k, item) in new.items.enumerated() where newByKey[key(item.title)] == nil { newByKey[key(item.title)] = k }
        var matchedNew = Set<Int>()
        var pairs: [(Item, Item)] = []
        var removed: [Item] = []
        for item in old.items {
            if let k = newByKey[key(item.title)] {
                matchedNew.insert(k)
                pairs.append((item, new.items[k]))
            } else {
                removed.append(item)
            }
        }
        var added = new.items.indices.filter { !matchedNew.contains($0) }.map { new.items[$0] }
        // A removed and an added item with the same deliverables or issues: a rename.
        for r in removed {
            if let k = added.firstIndex(where: { sameContent(r, $0) }) {
                diff.changes.append(.itemRenamed(from: r.title, to: added[k].title))
                pairs.append((r, added[k]))
                added.remove(at: k)
            } else {
                diff.changes.append(.itemRemoved(title: r.title))
            }
        }
        for a in added { diff.changes.append(.itemAdded(title: a.title)) }
        for (o, n) in pairs { diff.changes += itemChanges(o, n) }

        for m in meetings {
            for c in diff.changes {
                switch c {
                case .itemAdded(let title) where m.added.contains(where: { ItemName.matches($0, title) }):
                    diff.meetingMatches.append(MeetingMatch(item: title, role: "added", meeting: m.title, date: m.date))
                case .itemRemoved(let title) where m.completed.contains(where: { ItemName.matches($0, title) }):
                    diff.meetingMatches.append(MeetingMatch(item: title, role: "completed", meeting: m.title, date: m.date))
                default: break
                }
            }
        }
        return diff
    }

    static func sameContent(_ a: Item, _ b: Item) -> Bool {
        let da = a.deliverables.flattened.map { ItemName.key($0.deliverable.text) }
        let db = b.deliverables.flattened.map { ItemName.key($0.deliverable.text) }
        if !da.isEmpty && da == db { return true }
        let ia = Set(a.issues.map(\.number)), ib = Set(b.issues.map(\.number))
        return !ia.isEmpty && ia == ib
    }

    static func itemChanges(_ o: Item, _ n: Item) -> [Change] {
        var out: [Change] = []
        let title = n.title
        let old = o.deliverables.flattened.map(\.deliverable)
        let new = n.deliverables.flattened.map(\.deliverable)
        if old.isEmpty && !new.isEmpty {
            out.append(.checklistAdded(item: title, count: new.count))
        } else {
            var oldByText: [String: Deliverable] = [:]
            for d in old { oldByText[ItemName.key(d.text)] = d }
            let newKeys = Set(new.map { ItemName.key($0.text) })
            var addedEntries: [Deliverable] = []
            for d in new {
                if let before = oldByText[ItemName.key(d.text)] {
                    if !before.isChecked && d.isChecked { out.append(.deliverableChecked(item: title, text: d.text)) }
                    if before.isChecked && d.checked == false { out.append(.deliverableUnchecked(item: title, text: d.text)) }
                    if linkLabels(before) != linkLabels(d) {
                        out.append(.deliverableLinksChanged(item: title, text: d.text, from: linkLabels(before), to: linkLabels(d)))
                    }
                } else {
                    addedEntries.append(d)
                }
            }
            var removedEntries = old.filter { !newKeys.contains(ItemName.key($0.text)) }
            // A removed and an added entry that are one entry with new words (`A` → `A (flannel)`)
            // or the same links: a rename, with its check when that changed too.
            for d in addedEntries {
                if let k = removedEntries.firstIndex(where: { sameDeliverable($0, d) }) {
                    let before = removedEntries.remove(at: k)
                    let checked: Bool? = before.isChecked != d.isChecked ? d.isChecked : nil
                    if words(before) == words(d) {
                        // Only the issue reference in the text changed (`Docs #12` → `Docs #14`).
                        if let checked { out.append(checked ? .deliverableChecked(item: title, text: d.text) : .deliverableUnchecked(item: title, text: d.text)) }
                        out.append(.deliverableLinksChanged(item: title, text: d.text, from: linkLabels(before), to: linkLabels(d)))
                    } else {
                        out.append(.deliverableRenamed(item: title, from: before.text, to: d.text, checked: checked))
                    }
                } else {
                    out.append(.deliverableAdded(item: title, text: d.text))
                }
            }
            for d in removedEntries { out.append(.deliverableRemoved(item: title, text: d.text)) }
        }
        // A status that only follows the checklist is said by the checklist's changes.
        let checklistChanged = !out.isEmpty
        let statusField = o.fields["status"] != n.fields["status"]
        if o.status != n.status && (statusField || !checklistChanged) { out.append(.statusChanged(item: title, from: o.status, to: n.status)) }
        var keys: [String] = []
        for f in o.fields + n.fields where !keys.contains(f.key.lowercased()) { keys.append(f.key.lowercased()) }
        for k in keys where k != "status" && o.fields[k] != n.fields[k] {
            out.append(.fieldChanged(item: title, key: k, from: o.fields[k], to: n.fields[k]))
        }
        let oi = Set(o.issues.map(\.number)), ni = Set(n.issues.map(\.number))
        for i in n.issues where !oi.contains(i.number) { out.append(.issueLinked(item: title, issue: i.qualifiedLabel)) }
        for i in o.issues where !ni.contains(i.number) { out.append(.issueUnlinked(item: title, issue: i.qualifiedLabel)) }
        return out
    }

    /// The issues (`owner/repo#12`) and link URLs a deliverable names, sorted.
    static func linkLabels(_ d: Deliverable) -> [String] {
        Array(Set(d.issues.map(\.qualifiedLabel) + d.links.filter { l in !d.issues.contains { $0.url == l.url } }.map(\.url))).sorted()
    }

    /// Whether `b` is `a` with its text changed: one's words all in the other (`A` and `A
    /// (flannel)`), or most words shared, or the same issues and links.
    static func sameDeliverable(_ a: Deliverable, _ b: Deliverable) -> Bool {
        let wa = words(a), wb = words(b)
        if !wa.isEmpty, !wb.isEmpty, wa.isSubset(of: wb) || wb.isSubset(of: wa) { return true }
        let shared = wa.intersection(wb).count
        if shared * 3 >= max(wa.count, wb.count) * 2 { return true }
        let la = linkLabels(a)
        return !la.isEmpty && la == linkLabels(b)
    }

    /// The words of a deliverable's text, lower case, without the issue references it names.
    static func words(_ d: Deliverable) -> Set<String> {
        var text = d.text.lowercased()
        for i in d.issues { for label in [i.qualifiedLabel.lowercased(), i.label] { text = text.replacingAll(label, with: " ") } }
        return Set(text.split { !$0.isLetter && !$0.isNumber }.map(String.init))
    }

    public var isEmpty: Bool { changes.isEmpty }

    /// One line per change, as people read them.
    public func text(oldName: String, newName: String) -> String {
        var out = ""
        for c in changes { out += Self.describe(c) + "\n" }
        for m in meetingMatches {
            out += "  matches \(m.meeting)\(m.date.map { " (\($0))" } ?? ""): \(m.item) \(m.role)\n"
        }
        if changes.isEmpty { out += "no changes between \(oldName) and \(newName)\n" }
        return out
    }

    public func markdown(oldName: String, newName: String) -> String {
        var out = "### Changes from `\(oldName)` to `\(newName)`\n\n"
        for c in changes { out += "- " + Self.describe(c) + "\n" }
        if !meetingMatches.isEmpty {
            out += "\nRecorded in meetings:\n\n"
            for m in meetingMatches { out += "- \(m.item) \(m.role) in \(m.meeting)\(m.date.map { " (\($0))" } ?? "")\n" }
        }
        if changes.isEmpty { out += "No changes.\n" }
        return out
    }

    public func json(oldName: String, newName: String) -> String {
        var w = JSONWriter()
        w.beginObject()
        w.field("schema", JSONOutput.schemaVersion)
        w.field("old", oldName)
        w.field("new", newName)
        w.key("changes")
        w.beginArray()
        for c in changes {
            w.beginObject()
            switch c {
            case .itemAdded(let t): w.field("kind", "item-added"); w.field("item", t)
            case .itemRemoved(let t): w.field("kind", "item-removed"); w.field("item", t)
            case .itemRenamed(let f, let t): w.field("kind", "item-renamed"); w.field("from", f); w.field("item", t)
            case .checklistAdded(let i, let n): w.field("kind", "checklist-added"); w.field("item", i); w.field("count", n)
            case .deliverableAdded(let i, let t): w.field("kind", "deliverable-added"); w.field("item", i); w.field("deliverable", t)
            case .deliverableRemoved(let i, let t): w.field("kind", "deliverable-removed"); w.field("item", i); w.field("deliverable", t)
            case .deliverableChecked(let i, let t): w.field("kind", "deliverable-checked"); w.field("item", i); w.field("deliverable", t)
            case .deliverableUnchecked(let i, let t): w.field("kind", "deliverable-unchecked"); w.field("item", i); w.field("deliverable", t)
            case .deliverableRenamed(let i, let f, let t, let c):
                w.field("kind", "deliverable-renamed"); w.field("item", i); w.field("from", f); w.field("deliverable", t)
                if let c { w.field("checked", c) }
            case .deliverableLinksChanged(let i, let t, let f, let to):
                w.field("kind", "deliverable-links-changed"); w.field("item", i); w.field("deliverable", t)
                w.field("from", f.joined(separator: " ")); w.field("to", to.joined(separator: " "))
            case .statusChanged(let i, let f, let t): w.field("kind", "status-changed"); w.field("item", i); w.field("from", f.rawValue); w.field("to", t.rawValue)
            case .fieldChanged(let i, let k, let f, let t): w.field("kind", "field-changed"); w.field("item", i); w.field("field", k); w.field("from", f); w.field("to", t)
            case .issueLinked(let i, let s): w.field("kind", "issue-linked"); w.field("item", i); w.field("issue", s)
            case .issueUnlinked(let i, let s): w.field("kind", "issue-unlinked"); w.field("item", i); w.field("issue", s)
            }
            w.endObject()
        }
        w.endArray()
        w.key("meetings")
        w.beginArray()
        for m in meetingMatches {
            w.beginObject(); w.field("item", m.item); w.field("role", m.role); w.field("meeting", m.meeting); w.field("date", m.date); w.endObject()
        }
        w.endArray()
        w.endObject()
        return w.string + "\n"
    }

    static func describe(_ c: Change) -> String {
        switch c {
        case .itemAdded(let t): "added item \(t)"
        case .itemRemoved(let t): "removed item \(t)"
        case .itemRenamed(let f, let t): "renamed item \(f) to \(t)"
        case .checklistAdded(let i, let n): "checklist added to \(i) (\(n) deliverable\(n == 1 ? "" : "s"))"
        case .deliverableAdded(let i, let t): "\(i): added deliverable \"\(t)\""
        case .deliverableRemoved(let i, let t): "\(i): removed deliverable \"\(t)\""
        case .deliverableChecked(let i, let t): "\(i): checked \"\(t)\""
        case .deliverableUnchecked(let i, let t): "\(i): unchecked \"\(t)\""
        case .deliverableRenamed(let i, let f, let t, let c):
            "\(i): \(c.map { $0 ? "checked and renamed" : "unchecked and renamed" } ?? "renamed") \"\(f)\" to \"\(t)\""
        case .deliverableLinksChanged(let i, let t, let f, let to):
            "\(i): \"\(t)\" links \(f.isEmpty ? "(none)" : f.joined(separator: ", ")) → \(to.isEmpty ? "(none)" : to.joined(separator: ", "))"
        case .statusChanged(let i, let f, let t): "\(i): status \(f.rawValue) → \(t.rawValue)"
        case .fieldChanged(let i, let k, let f, let t): "\(i): \(k) \(f ?? "(none)") → \(t ?? "(none)")"
        case .issueLinked(let i, let s): "\(i): linked \(s)"
        case .issueUnlinked(let i, let s): "\(i): unlinked \(s)"
        }
    }
}
