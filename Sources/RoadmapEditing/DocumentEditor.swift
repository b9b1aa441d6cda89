import RoadmapText
import RoadmapModel
import RoadmapSyntax
import RoadmapIO
import RoadmapReading

/// Turns intents about the model ("tick deliverable 3 of tty-broker", "set owner of etcd-2")
/// into byte patches against the syntax tree, written in the document's own style: its
/// checkbox letter, list markers and indentation, line endings, field syntax.
///
/// A small façade: each kind of edit is its own value (`CheckEdit`, `FieldEdit`,
/// `DeliverableEdit`, `ItemEdit`, `RenameEdit`, `LinkEdit`), the dialect's way of writing is a
/// `StyleWriter`, and this type holds what they share: the tree, the model read from it, the
/// snapshot to refuse writing over a change, verification and writing. An edit names its item by
/// index in `document.items`, or by its id (`DocumentEditor+ItemID`).
public struct DocumentEditor: Sendable {
    public let path: String
    public let tree: SyntaxTree
    public let document: Document
    /// The file as it was read, to refuse writing over someone else's change.
    public let snapshot: AtomicFileWriter.Snapshot?
    /// The letter to tick boxes with when the document has no ticked box to follow (`X` or `x`).
    public var letterHint: UInt8? = nil
    /// Whether, with no ticked box and no hint, the letter comes from the file's committed
    /// version (`open` sets it: the file is on disk, perhaps in a git checkout).
    public var letterFromGit = false

    /// Reads `tree` as much as an edit needs: items and where their deliverables are; the
    /// texts of an item's deliverables are read when an edit asks for them (`item(_:)`).
    public init(path: String, tree: SyntaxTree, snapshot: AtomicFileWriter.Snapshot? = nil) {
        self.path = path
        self.tree = tree
        self.document = DocumentReader.read(tree, path: path, detail: .checklists)
        self.snapshot = snapshot
    }

    /// Item `index` with its deliverables' texts, links and issues read.
    public func item(_ index: Int) -> Item {
        var item = document.items[index]
        // Plain entries (no box) have no offset to read their text by: a full read has it.
        if item.deliverables.flattened.contains(where: { !$0.deliverable.hasCheckbox }),
            let full = DocumentReader.read(tree, path: path).items.first(where: { $0.line == item.line })
        {
            return full
        }
        let offsets = Set(item.deliverables.flattened.map(\.deliverable.checkboxOffset))
        guard !offsets.isEmpty else { return item }
        let texts = DocumentReader.deliverableTexts(in: tree, checkboxOffsets: offsets)
        func fill(_ list: [Deliverable]) -> [Deliverable] {
            list.map { d in
                var d = d
                if let t = texts[d.checkboxOffset] { d.text = t.plain; d.links = t.links; d.issues = t.issues }
                d.children = fill(d.children)
                return d
            }
        }
        item.deliverables = fill(item.deliverables)
        return item
    }

    /// Reads `path` for editing.
    public static func open(_ path: String, format: Format? = nil) throws(EditError) -> DocumentEditor {
        // Size and time before reading, the digest of the bytes read: a change in between shows.
        var snapshot = AtomicFileWriter.Snapshot.of(path)
        var editor: DocumentEditor
        do {
            let tree = try DocumentLoader(format: format).syntax(path: path)
            snapshot?.digest = AtomicFileWriter.digest(tree.source.bytes)
            editor = DocumentEditor(path: path, tree: tree, snapshot: snapshot)
        } catch {
            throw .read(error)
        }
        editor.letterFromGit = true
        return editor
    }

    var source: SourceText { tree.source }

    /// The index in `document.items` of the item with id `id`.
    public func index(ofItem id: String) throws(EditError) -> Int {
        guard let index = document.items.firstIndex(where: { $0.id == id }) else {
            throw .invalidValue("\(path) has no item with id \"\(id)\"")
        }
        return index
    }

    /// The list entry an item is (an idea of a backlog list), or nil for a section.
    public func listEntryBlock(of item: Item) -> Int? {
        guard let k = tree.blocks.indices.first(where: { Int(tree.blocks[$0].firstLine) == item.line - 1 }) else { return nil }
        return tree.blocks[k].kind == .listItem ? k : nil
    }

    // MARK: - Edits by item index

    /// Ticks (or clears) deliverables of item `index`: those `selectors` name (positions such
    /// as `2` or `3.1`, or text), all of them with `all`, or the only one that can change.
    /// Each box changes by one byte, with the letter the document already uses.
    public func setChecked(_ checked: Bool, item index: Int, selectors: [String], all: Bool) throws(EditError) -> Edit {
        try refusingTableRow(index, "tick")
        return try CheckEdit(editor: self).set(checked, item: index, selectors: selectors, all: all)
    }

    /// Ticks (or clears) action item `action` (its id, else its position) of the meeting
    /// `meeting` names (its date, or its title or a unique part of it).
    public func setActionDone(_ done: Bool, meeting query: String, action: String) throws(EditError) -> Edit {
        try CheckEdit(editor: self).setActionDone(done, meeting: query, action: action)
    }

    /// Sets field `key` of item `index` to `value`: in place when the item has it, else as a new
    /// field in the document's syntax (an RST field list under the title, a Markdown
    /// `Key: value` paragraph).
    /// A value whose markup would read differently (`<v2>`, `*x*`, a leading `- `) is written
    /// escaped in the document's syntax, so that it reads back exactly; a status must be one
    /// the reader knows.
    public func setField(item index: Int, key: String, value: String) throws(EditError) -> Edit {
        if document.items[index].origin == .tableRow { return try TableRowEdit(editor: self).set(item: index, key: key, value: value) }
        if key.lowercased() == "status", let edit = try entryBoxStatus(item: index, value: value) { return edit }
        return try FieldEdit(editor: self).set(item: index, key: writtenKey(key, of: index), value: value)
    }

    /// The key item `index` writes field `key` under: its status field may be named in the
    /// document's language (`Estado:`, `状态：`), and `status` edits that one.
    private func writtenKey(_ key: String, of index: Int) -> String {
        let fields = document.items[index].fields
        guard key.lowercased() == "status", fields["status"] == nil,
              let translated = fields.first(where: { Field.statusKeys.contains($0.key.lowercased()) }) else { return key }
        return translated.key
    }

    /// `set ITEM status VALUE` of an item that is a checklist entry (`- [ ] Add CI` under
    /// "Todo"): its box is its status, so `done` ticks it and another status clears it when
    /// that gives the status asked for; else the entry must move to another list. Nil for
    /// other items.
    private func entryBoxStatus(item index: Int, value: String) throws(EditError) -> Edit? {
        let item = self.item(index)
        guard item.origin == .listEntry, let k = listEntryBlock(of: item), tree.blocks[k].hasCheckbox,
              !item.deliverables.flattened.contains(where: { $0.deliverable.hasCheckbox }) else { return nil }
        guard let status = Status(text: value) else {
            throw .invalidValue("\(item.title) is a checklist entry: its status is its box; \"\(value)\" is no status")
        }
        if status == .done { return try setChecked(true, item: index, selectors: [], all: false) }
        if item.status == status { throw .nothingToChange(item: item.title, reason: "it is \(status.rawValue) already") }
        if tree.blocks[k].isChecked {
            let edit = try setChecked(false, item: index, selectors: [], all: false)
            let after = DocumentReader.read(SyntaxTree.parse(SourceText(bytes: edit.applied(to: source.bytes)), as: tree.format), path: path)
            if after.items.indices.contains(index), after.items[index].status == status { return edit }
        }
        let list = item.groups.last.map { " under \"\($0)\"" } ?? ""
        throw .invalidValue("\(item.title) is a checklist entry\(list): its box says only whether it is done; `roadmap move \(item.id) \(status.rawValue)` moves it to the list of \(status.rawValue) work")
    }

    /// Removes field `key` of item `index` (its whole line).
    public func unsetField(item index: Int, key: String) throws(EditError) -> Edit {
        try refusingTableRow(index, "empty a cell of")
        return try FieldEdit(editor: self).unset(item: index, key: writtenKey(key, of: index))
    }

    /// Adds a deliverable to item `index`, after its last one (or after the last child of the
    /// deliverable at position `under`), in the style of its siblings.
    public func addDeliverable(item index: Int, text: String, checked: Bool, link: String?, under: String?) throws(EditError) -> Edit {
        try refusingTableRow(index, "add to")
        return try DeliverableEdit(editor: self).add(item: index, text: text, checked: checked, link: link, under: under)
    }

    /// Removes item `index` (its whole section, up to the next one), or one of its deliverables
    /// (the entry with what is nested in it).
    public func remove(item index: Int, deliverable selector: String?) throws(EditError) -> Edit {
        try refusingTableRow(index, "remove")
        if let selector { return try DeliverableEdit(editor: self).remove(item: index, deliverable: selector) }
        return try ItemEdit(editor: self).remove(item: index)
    }

    /// Renames item `index`: the title text in place; an RST underline (and overline) takes the
    /// new title's display width, keeping any extra length it had. The id follows the new title
    /// unless the document gives the item an anchor.
    ///
    /// A title whose id another item has is refused unless `allowDuplicate`, which gives this
    /// item a suffixed id; a title that would read as a status group or a non-item section is
    /// refused.
    public func rename(item index: Int, to title: String, allowDuplicate: Bool = false) throws(EditError) -> Edit {
        try refusingTableRow(index, "rename")
        return try RenameEdit(editor: self).rename(item: index, to: title, allowDuplicate: allowDuplicate)
    }

    /// Links an issue to item `index` in the document's own style: a "This feature is tracked
    /// as GitHub issue `#N`_." sentence and a target in the targets block (RST documents that
    /// write them so), else an inline link (`[#N](url)`) or the bare `#N`.
    public func link(item index: Int, issue text: String) throws(EditError) -> Edit {
        try refusingTableRow(index, "link")
        return try LinkEdit(editor: self).link(item: index, issue: text)
    }

    /// Adds an item after item `after` (or before item `before`; default: after the last item),
    /// in the style of its neighbour: an RST section with the same adornment, a Markdown
    /// heading of the same level and form, the same blank-line rhythm; or, where the items are
    /// entries of a backlog list, an entry of that list.
    ///
    /// A title whose id another item has is refused unless `allowDuplicate`, which gives the new
    /// item a suffixed id (ids of existing items never move).
    public func add(_ new: NewItem, after: Int? = nil, before: Int? = nil, allowDuplicate: Bool = false) throws(EditError) -> Edit {
        // The new item takes its neighbour's style: a row of a table is none a new section can take.
        try refusingTableRow(before ?? after ?? document.items.count - 1, "add a row beside")
        return try ItemEdit(editor: self).add(new, after: after, before: before, allowDuplicate: allowDuplicate)
    }

    /// Refuses an edit of item `index` that a row of a table cannot take (only `set` of a
    /// column it has can).
    func refusingTableRow(_ index: Int, _ edit: String) throws(EditError) {
        guard document.items.indices.contains(index), document.items[index].origin == .tableRow else { return }
        throw TableRowEdit.refusal(document.items[index], edit: edit)
    }

    // MARK: - Writing

    /// Writes `edit` to the file atomically, refusing if the file changed since it was read.
    /// The edit is verified first (`verified(_:)`) unless it was already.
    public func write(_ edit: Edit) throws(EditError) {
        guard !edit.patches.isEmpty else { return }
        let edit = try verified(edit)
        try AtomicFileWriter.write(edit.applied(to: source.bytes), to: path, expecting: snapshot)
    }

    /// Re-reads the document as `edit` would leave it and checks that it reads as the edit
    /// intends and otherwise as before (`EditVerifier`); returns the edit with its report
    /// corrected to what the re-read found (the id and line a new or renamed item really has).
    /// Throws `EditError.unverified`, naming what would have changed, when it does not.
    public func verified(_ edit: Edit) throws(EditError) -> Edit {
        guard !edit.isVerified, !edit.patches.isEmpty else { return edit }
        guard let intent = edit.intent else {
            throw .unverified(path: path, line: 1, problem: "the edit does not say what it changes, so it cannot be verified")
        }
        let outcome = try EditVerifier(tree: tree, path: path).verify(edit.applied(to: source.bytes), intent: intent, checklists: document)
        var out = edit
        out.verifiedAs = (edit.patches, edit.intent)
        guard let item = outcome.item, !out.changes.isEmpty else { return out }
        switch intent {
        case .addItem(_, let title, let id, _, _, _):
            let taken = id == nil && item.id != Slug.make(title) ? ", as \(Slug.make(title)) is taken" : ""
            out.changes[0].subject = "item (id \(item.id)\(taken))"
            out.changes[0].itemID = item.id
            out.changes[0].item = item.title
            out.changes[0].line = item.line
        case .rename(let i, let title, let id):
            let taken = id == nil && item.id != Slug.make(title) ? ", as \(Slug.make(title)) is taken" : ""
            out.changes[0].subject = "\"\(document.items[i].title)\" to \"\(title)\" (id \(item.id)\(taken))"
        default: break
        }
        return out
    }

    /// A unified diff of what `edit` would change.
    public func diff(_ edit: Edit) -> String {
        UnifiedDiff.make(path: path, old: source.bytes, patches: edit.patches)
    }
}
