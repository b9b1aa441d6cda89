import RoadmapText
import RoadmapModel
import RoadmapSyntax
import RoadmapIO
import RoadmapReading

/// The guarantee behind every edit: the edited bytes are read again, by the same reader in the
/// same dialect, and the model compared with the one before. The edited item must have changed
/// as the intent says; every other item, deliverable, field, issue, link and id, the document's
/// title and metadata and its meetings must read as before. When they do not, the edit is
/// refused (`EditError.unverified`) and nothing is written.
public struct EditVerifier: Sendable {
    /// The document before the edit, as the editor read it.
    public let tree: SyntaxTree
    /// The path the document is read under, for messages.
    public let path: String

    /// A verifier of edits of the document `tree` holds.
    public init(tree: SyntaxTree, path: String) {
        self.tree = tree
        self.path = path
    }

    /// What the re-read found: the document after the edit, and where the intent's item now is.
    public struct Outcome: Sendable {
        /// The document after the edit, read as the verification needed it.
        public var document: Document
        /// The edited or added item after the edit (nil when it was removed, or for meetings).
        public var item: Item?
    }

    /// Re-reads `bytes` (the document after the edit) and checks them against `intent`.
    /// `checklists`, the editor's `.checklists` read of the document before the edit, saves
    /// reading it again when only ticks are verified.
    public func verify(_ bytes: [UInt8], intent: EditIntent, checklists: Document? = nil) throws(EditError) -> Outcome {
        // Ticks change one byte inside a box: an outline read (titles, ids, fields, checklist
        // states) covers all they can disturb, at a fraction of a full read's cost.
        let detail: ReadingDetail = intent.onlyTicks ? .checklists : .full
        let newTree: SyntaxTree
        do { newTree = try DocumentLoader(format: tree.format).syntax(bytes: bytes, path: path) } catch {
            throw .unverified(path: path, line: 1, problem: "the edited text would not read: \(error.description)")
        }
        let reused = detail == .checklists ? checklists : nil
        let old = reused ?? DocumentReader.read(tree, path: path, detail: detail)
        let new = DocumentReader.read(newTree, path: path, detail: detail)
        return try Comparison(path: path, format: tree.format, old: old, new: new).run(intent)
    }
}

extension EditVerifier {
    /// One verification: the expected model built from the old one and the intent, then compared
    /// with the re-read one, the first difference thrown.
    struct Comparison {
        let path: String
        let format: Format
        let old: Document
        let new: Document

        init(path: String, format: Format, old: Document, new: Document) {
            self.path = path
            self.format = format
            self.old = old
            self.new = new
        }

        func fail(_ line: Int, _ problem: String) -> EditError { .unverified(path: path, line: max(1, line), problem: problem) }

        /// The text a user's string reads as in this dialect (markup removed), for titles and
        /// deliverables, where markup is the user's to write.
        func plain(_ text: String) -> String {
            InlineParser(format: format, targets: LinkTargets()).parse(text).plain
        }

        func readsAs(_ actual: String, _ intended: String) -> Bool {
            let t = intended.trimming(" \t")
            return actual == t || actual == plain(t)
        }

        func run(_ intent: EditIntent) throws(EditError) -> EditVerifier.Outcome {
            try checkDocument(intent)
            // The items as they should read: the old ones, with the one added or removed.
            var expected = old.items.map { Optional($0) }
            var addedAt: Int? = nil
            switch intent {
            case .addItem(let at, _, _, _, _, _):
                expected.insert(nil, at: min(max(0, at), expected.count))
                addedAt = min(max(0, at), old.items.count)
            case .removeItem(let i):
                expected.remove(at: i)
            case .moveItem(let i, let to, _, _, _):
                let moved = expected.remove(at: i)
                expected.insert(moved, at: min(max(0, to), expected.count))
            default: break
            }
            try checkItemList(expected, intent: intent)
            var outcomeItem: Item? = nil
            for (k, e) in expected.enumerated() {
                let actual = new.items[k]
                guard let before = e else {
                    try checkAdded(actual, intent: intent)
                    outcomeItem = actual
                    continue
                }
                let isEdited = addedAt == nil && intent.itemIndex.map { old.items[$0].line == before.line } == true
                if isEdited {
                    try checkEdited(before, actual, intent: intent)
                    outcomeItem = actual
                } else {
                    if let problem = Self.difference(before, actual, ignoring: []) {
                        throw fail(actual.line, "\(before.title) (\(before.id)) would change: \(problem)")
                    }
                }
            }
            try checkMeetings(intent)
            return EditVerifier.Outcome(document: new, item: outcomeItem)
        }

        /// The title and metadata never change with an edit.
        func checkDocument(_ intent: EditIntent) throws(EditError) {
            if old.title != new.title {
                if let t = new.title, old.items.contains(where: { $0.title == t }) {
                    throw fail(1, "\"\(t)\" would become the document's title instead of an item (a document with one top-level section reads it as the title); add another item first, or edit by hand")
                }
                throw fail(1, "the document's title would change from \(quoted(old.title)) to \(quoted(new.title))")
            }
            let om = old.metadata.map { "\($0.key)=\($0.value)" }, nm = new.metadata.map { "\($0.key)=\($0.value)" }
            if om != nm { throw fail(1, "the document's metadata would change (\(om.joined(separator: ", ")) → \(nm.joined(separator: ", ")))") }
        }

        /// Same number of items, each where it should be.
        func checkItemList(_ expected: [Item?], intent: EditIntent) throws(EditError) {
            if expected.count == new.items.count { return }
            // The first item that is not where it should be names the problem.
            for k in 0 ..< max(expected.count, new.items.count) {
                let e = k < expected.count ? expected[k] : nil
                let a = k < new.items.count ? new.items[k] : nil
                if let e, let a, e.title == a.title { continue }
                if expected.count > new.items.count {
                    if let e {
                        throw fail(e.line, "\(e.title) (\(e.id)) would no longer read as an item (\(expected.count - new.items.count) item\(expected.count - new.items.count == 1 ? "" : "s") fewer than intended)")
                    }
                    throw fail(a?.line ?? 1, "the new item would not read as an item")
                }
                if let a {
                    throw fail(a.line, "\"\(a.title)\" would read as an item of its own (\(new.items.count - expected.count) more than intended)")
                }
            }
            throw fail(1, "the document would read \(new.items.count) items instead of \(expected.count)")
        }

        func checkAdded(_ a: Item, intent: EditIntent) throws(EditError) {
            guard case .addItem(_, let title, let id, let deliverables, let fields, let issues) = intent else { return }
            if !readsAs(a.title, title) { throw fail(a.line, "the new item would read as \"\(a.title)\", not \"\(title)\"") }
            if let id, a.id != id { throw fail(a.line, "the new item would get id \(a.id), not \(id)") }
            if id == nil, let other = old.items.first(where: { $0.id == a.id }) {
                throw fail(a.line, "the new item would take the id \(a.id) of \(other.title) (line \(other.line)), whose id would move; ids never move: put it after that item")
            }
            let texts = a.deliverables.flattened.map(\.deliverable)
            if texts.count != deliverables.count || zip(texts, deliverables).contains(where: { !readsAs($0.text, $1) || $0.isChecked }) {
                throw fail(a.line, "the new item's deliverables would read \(list(texts.map(\.text))), not \(list(deliverables))")
            }
            for f in fields where a.fields[f.key] != f.value {
                throw fail(a.line, "the new item's field \(f.key) would read \(quoted(a.fields[f.key])), not \"\(f.value)\"")
            }
            for n in issues where !a.issues.contains(where: { $0.number == n }) {
                throw fail(a.line, "the new item would not name issue #\(n)")
            }
        }

        func checkEdited(_ b: Item, _ a: Item, intent: EditIntent) throws(EditError) {
            var expected = b
            var ignoring: Set<Aspect> = []
            var statusMayFollowChecklist = false
            switch intent {
            case .setChecked(_, let positions, let checked):
                for p in positions { expected.deliverables.update(at: p) { $0.checked = checked } }
                statusMayFollowChecklist = true
            case .setEntryChecked(_, let checked):
                // The entry's box is its status: ticked, done; cleared, whatever its group says but done.
                if checked ? a.status != .done : a.status == .done {
                    throw fail(a.line, "\(b.title) would read as \(a.status.rawValue) with its box \(checked ? "ticked" : "cleared")")
                }
                ignoring.insert(.status)
                expected.progress = a.progress
            case .setField(_, let key, let value):
                if a.fields[key] != value {
                    throw fail(a.line, "\(key) of \(b.title) would read back as \(quoted(a.fields[key])), not \"\(value)\"")
                }
                let k = key.lowercased()
                if let i = expected.fields.firstIndex(where: { $0.key.lowercased() == k }) {
                    expected.fields[i].value = value
                } else {
                    expected.fields.append(Field(key: key, value: value, line: 0))
                }
                if Field.statusKeys.contains(k) {
                    ignoring.insert(.status)
                    if let s = Status(text: value), a.status != s { throw fail(a.line, "\(b.title) would read as \(a.status.rawValue), not \(s.rawValue)") }
                }
                // A new field may stand before the others (above a field whose body runs on); the
                // links of the value it replaces go.
                ignoring.formUnion([.fieldOrder, .links])
                if let link = a.links.first(where: { !b.links.contains($0) }) { throw fail(a.line, "\(b.title) would gain the link \(link.url)") }
            case .unsetField(_, let key):
                // The links the field's value held go with it; no other may.
                ignoring.insert(.links)
                if let link = a.links.first(where: { !b.links.contains($0) }) { throw fail(a.line, "\(b.title) would gain the link \(link.url)") }
                let k = key.lowercased()
                if let i = expected.fields.firstIndex(where: { $0.key.lowercased() == k }) { expected.fields.remove(at: i) }
                if Field.statusKeys.contains(k) { ignoring.insert(.status) }
            case .addDeliverable(_, let under, let text, let checked, let link):
                // An entry of a plain list (no boxes) has no checked state.
                let plainList = under == nil ? !b.deliverables.isEmpty && !b.deliverables.contains(where: \.hasCheckbox)
                    : b.deliverables.flattened.first { $0.position == under }?.deliverable.hasCheckbox == false
                let entry = Deliverable(text: text, checked: plainList ? nil : checked, line: 0)
                if let under { expected.deliverables.update(at: under) { $0.children.append(entry) } } else { expected.deliverables.append(entry) }
                // The new entry's text is the user's markup: compare what it reads as, in its place.
                let places = expected.deliverables.flattened.map(\.deliverable)
                let actual = a.deliverables.flattened.map(\.deliverable)
                if let k = places.firstIndex(where: { $0.line == 0 }), places.count == actual.count {
                    let added = actual[k]
                    if !readsAs(added.text, text) { throw fail(added.line, "the new deliverable of \(b.title) would read \"\(added.text)\", not \"\(text)\"") }
                    if let link, !added.links.contains(where: { $0.url == link }) && !added.issues.contains(where: { $0.url == link }) {
                        throw fail(added.line, "the new deliverable of \(b.title) would not link to \(link)")
                    }
                    expected.deliverables.update(where: { $0.line == 0 }) { $0.text = added.text; $0.links = added.links; $0.issues = added.issues }
                }
                statusMayFollowChecklist = true
            case .removeDeliverable(_, let position):
                expected.deliverables.remove(at: position)
                // The issues and links the entry named go with it (a plain entry's count as the item's).
                ignoring.formUnion([.issues, .links])
                if let i = a.issues.first(where: { i in !b.issues.contains { $0.qualifiedLabel == i.qualifiedLabel } }) {
                    throw fail(a.line, "\(b.title) would gain the issue \(i.qualifiedLabel)")
                }
                if let link = a.links.first(where: { !b.links.contains($0) }) { throw fail(a.line, "\(b.title) would gain the link \(link.url)") }
                statusMayFollowChecklist = true
            case .rename(_, let title, let id):
                if !readsAs(a.title, title) { throw fail(a.line, "\(b.title) would read as \"\(a.title)\", not \"\(title)\"") }
                if let id, a.id != id { throw fail(a.line, "\(b.title) would get id \(a.id), not \(id)") }
                if id == nil, old.items.contains(where: { $0.id == a.id && $0.line != b.line }) {
                    throw fail(a.line, "\(b.title) would take the id \(a.id) another item has, whose id would move; ids never move: choose another title")
                }
                if let lost = b.links.first(where: { l in !a.links.contains { $0.url == l.url } }) {
                    throw fail(a.line, "the new title would lose the link to \(lost.url) (on \"\(lost.text)\"); keep those words in it, or rename by hand")
                }
                expected.title = a.title
                expected.id = a.id
                ignoring.insert(.linkTexts)  // a link in the title keeps its URL; its text is the new title
            case .link(_, let number):
                if !a.issues.contains(where: { $0.number == number }) { throw fail(a.line, "\(b.title) would not name issue #\(number)") }
                ignoring.formUnion([.issues, .summary, .links])
                if let missing = b.issues.first(where: { i in !a.issues.contains { $0.number == i.number } }) {
                    throw fail(a.line, "\(b.title) would no longer name issue #\(missing.number)")
                }
            case .moveItem(_, _, let groups, let stage, let status):
                if a.groups != groups { throw fail(a.line, "\(b.title) would be in \(groups.joined(separator: " › ")), not \(a.groups.joined(separator: " › "))") }
                if let stage, a.stage != stage { throw fail(a.line, "\(b.title) would be in stage \(a.stageName), not \(stage)") }
                expected.groups = groups
                // Without declared stages, a checklist may say more than the section (as reading has it).
                let p = a.deliverables.progress
                if a.status != status, stage != nil || a.status != Status.derived(done: p.done, total: p.total) {
                    throw fail(a.line, "\(b.title) would read as \(a.status.rawValue), not \(status.rawValue)")
                }
                ignoring.insert(.status)
            case .addItem, .removeItem, .actionDone:
                break
            }
            if statusMayFollowChecklist, a.status != b.status {
                let p = a.deliverables.progress
                // A checklist with nothing ticked no longer speaks: the item's group does (an
                // item of "Ideas" with one box ticked is in progress; cleared, it is backlog again).
                if a.status == Status.derived(done: p.done, total: p.total) || p.done == 0 && a.status != .done { ignoring.insert(.status) }
            }
            if let problem = Self.difference(expected, a, ignoring: ignoring) {
                throw fail(a.line, "\(b.title) would change more than asked: \(problem)")
            }
        }

        func checkMeetings(_ intent: EditIntent) throws(EditError) {
            var expected = old.meetings
            if case .actionDone(let m, let k, let done) = intent, m < expected.count, k < expected[m].actions.count {
                expected[m].actions[k].done = done
            }
            guard expected.count == new.meetings.count else {
                throw fail(1, "the document would read \(new.meetings.count) meetings instead of \(expected.count)")
            }
            for (e, a) in zip(expected, new.meetings) {
                let ea = e.actions.map { "\($0.text)|\($0.done)|\($0.owner ?? "")" }, aa = a.actions.map { "\($0.text)|\($0.done)|\($0.owner ?? "")" }
                if e.title != a.title || e.date != a.date || ea != aa || e.added != a.added || e.completed != a.completed {
                    throw fail(a.line, "the meeting \(e.title) would change")
                }
            }
        }

        enum Aspect: Hashable { case status, fieldOrder, issues, summary, links, linkTexts }

        /// The first way `a` reads differently from `b`, in words; nil when they read alike.
        static func difference(_ b: Item, _ a: Item, ignoring: Set<Aspect>) -> String? {
            if b.title != a.title { return "its title would read \"\(a.title)\"" }
            if b.id != a.id { return "its id would become \(a.id)" }
            if b.groups != a.groups { return "it would move from group \(b.groups.last ?? "(none)") to \(a.groups.last ?? "(none)")" }
            var bf = b.fields.map { "\($0.key.lowercased())=\($0.value)" }, af = a.fields.map { "\($0.key.lowercased())=\($0.value)" }
            if ignoring.contains(.fieldOrder) { bf.sort(); af.sort() }
            if bf != af {
                let gone = bf.filter { !af.contains($0) }, came = af.filter { !bf.contains($0) }
                return "its fields would change (\(gone.isEmpty ? "" : "lost \(gone.joined(separator: ", "))")\(gone.isEmpty || came.isEmpty ? "" : "; ")\(came.isEmpty ? "" : "read \(came.joined(separator: ", "))"))"
            }
            if let d = deliverableDifference(b.deliverables, a.deliverables, prefix: "") { return d }
            // After the checklist, whose change explains most status changes.
            if !ignoring.contains(.status), b.status != a.status { return "its status would become \(a.status.rawValue) (was \(b.status.rawValue))" }
            if !ignoring.contains(.issues), Set(b.issues.map(\.qualifiedLabel)) != Set(a.issues.map(\.qualifiedLabel)) {
                return "its issues would become \(a.issues.map(\.qualifiedLabel).joined(separator: ", ")) (were \(b.issues.map(\.qualifiedLabel).joined(separator: ", ")))"
            }
            if !ignoring.contains(.links) {
                let bl = b.links.map { ignoring.contains(.linkTexts) ? $0.url : "\($0.text) <\($0.url)>" }
                let al = a.links.map { ignoring.contains(.linkTexts) ? $0.url : "\($0.text) <\($0.url)>" }
                if bl != al { return "its links would change (\(bl.joined(separator: ", ")) → \(al.joined(separator: ", ")))" }
            }
            if !ignoring.contains(.summary), b.summary != a.summary { return "its summary would read \(a.summary.map { "\"\($0)\"" } ?? "(none)")" }
            return nil
        }

        static func deliverableDifference(_ b: [Deliverable], _ a: [Deliverable], prefix: String) -> String? {
            if b.count != a.count {
                return "\(prefix.isEmpty ? "its checklist" : "deliverable \(prefix.dropLast())") would have \(a.count) entries instead of \(b.count)"
            }
            for (k, (x, y)) in zip(b, a).enumerated() {
                // An outline read (ticks) has no texts: the position alone names the entry.
                let pos = "\(prefix)\(k + 1)"
                let name = x.text.isEmpty ? pos : "\(pos) \"\(x.text)\""
                if x.text != y.text { return "deliverable \(name) would read \"\(y.text)\"" }
                if x.checked != y.checked { return "deliverable \(name) would be \(y.isChecked ? "checked" : y.hasCheckbox ? "unchecked" : "without a box")" }
                if x.links != y.links || Set(x.issues.map(\.qualifiedLabel)) != Set(y.issues.map(\.qualifiedLabel)) {
                    return "the links of deliverable \(name) would change"
                }
                if let d = deliverableDifference(x.children, y.children, prefix: pos + ".") { return d }
            }
            return nil
        }

        func quoted(_ s: String?) -> String { s.map { "\"\($0)\"" } ?? "(none)" }
        func list(_ s: [String]) -> String { s.isEmpty ? "(none)" : s.map { "\"\($0)\"" }.joined(separator: ", ") }
    }
}

extension Array where Element == Deliverable {
    /// Applies `change` to the deliverable at outline position `position` (`2`, `3.1`).
    mutating func update(at position: String, _ change: (inout Deliverable) -> Void) {
        let parts = position.split(separator: ".").compactMap { Int($0) }
        guard let first = parts.first, first >= 1, first <= count else { return }
        if parts.count == 1 { change(&self[first - 1]); return }
        self[first - 1].children.update(at: parts.dropFirst().map(String.init).joined(separator: "."), change)
    }

    /// Applies `change` to every deliverable, nested ones too, that `test` picks.
    mutating func update(where test: (Deliverable) -> Bool, _ change: (inout Deliverable) -> Void) {
        for k in indices {
            if test(self[k]) { change(&self[k]) }
            self[k].children.update(where: test, change)
        }
    }

    /// Removes the deliverable at outline position `position`, with what is nested in it.
    mutating func remove(at position: String) {
        let parts = position.split(separator: ".").compactMap { Int($0) }
        guard let first = parts.first, first >= 1, first <= count else { return }
        if parts.count == 1 { remove(at: first - 1); return }
        self[first - 1].children.remove(at: parts.dropFirst().map(String.init).joined(separator: "."))
    }
}
