import RoadmapText
import RoadmapModel
import RoadmapSyntax
import RoadmapIO
import RoadmapReading

/// `roadmap move ITEM STAGE`: an item changes stage the way its document says stages, so
/// that only the bytes that say it change:
/// - an item with a `status` (or `stage`) field gets the new stage in that field;
/// - an item that sits in a stage section ("## Development Ready", "Completed") moves, with
///   everything under its title (or, an entry of the section's list, with what is nested in
///   it), to the end of the section of the new stage;
/// - any other item gets a `status` field.
extension DocumentEditor {
    /// Moves item `index` to the stage `stageName` names (a declared stage or its other name;
    /// in a document without declared stages, planned, in-progress, done or backlog).
    public func move(item index: Int, to stageName: String) throws(EditError) -> Edit {
        try refusingTableRow(index, "move")
        return try StageEdit(editor: self).move(item: index, to: stageName)
    }

    /// Moves the item with id `id`; see `move(item:to:)`.
    public func move(item id: String, to stageName: String) throws(EditError) -> Edit {
        try move(item: try index(ofItem: id), to: stageName)
    }
}

/// The edit `move` makes (see `DocumentEditor.move(item:to:)`).
struct StageEdit: EditBuilder {
    let editor: DocumentEditor

    func move(item index: Int, to stageName: String) throws(EditError) -> Edit {
        let workflow = document.workflow
        // A standard name (`done`) in a document with its own stages: the first of that status.
        let named = workflow.stage(named: stageName) ?? Workflow.standard.stage(named: stageName).map { workflow.stage(for: $0.status) }
        guard let target = named else {
            let names = workflow.names
            let close = names.map { ($0, EditDistance.between(Workflow.key(stageName), Workflow.key($0))) }.filter { $0.1 <= 3 }.min { $0.1 < $1.1 }
            let hint = close.map { "did you mean `\($0.0)`?" } ?? "the stages are \(workflow.stages.map(\.name).joined(separator: ", "))"
            throw .invalidValue("\"\(stageName)\" is not a stage of \(path); \(hint)")
        }
        let item = document.items[index]
        let change = Change(action: "moved", subject: "to \(target.name)", item: item.title, itemID: item.id, line: item.line, changed: true)
        let written = ["status", "stage"].lazy.compactMap { item.fields[$0] }.first
        if workflow.column(of: item) == target, written.map({ workflow.stage(named: $0) == target || !workflow.isDeclared && Status(text: $0) == target.status }) ?? true {
            return Edit(changes: [Change(action: target.name, subject: "stage", item: item.title, itemID: item.id, line: item.line, changed: false)])
        }
        if item.origin == .untitled {
            throw .nothingToChange(item: item.title, reason: "it is the checklist outside any section, which has no stage of its own; give it a section")
        }
        if let key = ["status", "stage"].first(where: { item.fields[$0] != nil }) {
            if let unset = try fieldRemoval(item: index, key: fieldKey(key, of: item), target: target, change: change) { return unset }
            return try stageField(item: index, key: fieldKey(key, of: item), target: target, change: change)
        }
        if let group = try stageGroup(of: item, workflow: workflow) {
            return try moveIntoGroup(item: index, from: group, to: target, workflow: workflow, change: change)
        }
        return try stageField(item: index, key: fieldKey("status", of: item), target: target, change: change)
    }

    /// In a document whose items mostly say their status without a field (checklists, status
    /// sections), a status field the item would be in `target` without is removed rather than
    /// rewritten: moving an item back after `move` gave it the field gives the bytes it had.
    /// Where fields say the status (and always with declared stages), the field stays.
    private func fieldRemoval(item index: Int, key: String, target: Workflow.Stage, change: Change) throws(EditError) -> Edit? {
        let others = document.items.indices.filter { $0 != index }
        let withField = others.count { document.items[$0].fields["status"] != nil || document.items[$0].fields["stage"] != nil }
        guard !document.workflow.isDeclared, withField * 2 < others.count else { return nil }
        var edit = try editor.unsetField(item: index, key: key)
        guard !edit.patches.isEmpty else { return nil }
        let bytes = edit.applied(to: source.bytes)
        let after = DocumentReader.read(SyntaxTree.parse(SourceText(bytes: bytes), as: tree.format), path: path, detail: .checklists)
        let line = source.lineIndex(ofByte: edit.patches.map(\.range.lowerBound).min() ?? 0)
        // The item's title is before the removed line: it stands on the same line after.
        guard let moved = after.items.first(where: { $0.line == document.items[index].line && $0.id == document.items[index].id }),
              moved.status == target.status, line >= document.items[index].line - 1
        else { return nil }
        edit.changes = edit.changes.map { var c = change; c.line = $0.line; return c }
        return edit
    }

    /// The key as the item (or else the document's other items) writes it: `Status`, `status`.
    private func fieldKey(_ key: String, of item: Item) -> String {
        let own = item.fields.first { $0.key.lowercased() == key }?.key
        return own ?? document.items.lazy.compactMap { $0.fields.first { $0.key.lowercased() == key }?.key }.first ?? key
    }

    /// The stage as a field's value: a declared stage by its name; a standard one as the
    /// document's other status fields spell that status (`In Progress`), else in plain words.
    func stageValue(_ target: Workflow.Stage) -> String {
        if document.workflow.isDeclared { return target.name }
        var counts: [String: Int] = [:]
        for i in document.items {
            if let v = i.fields["status"], Status(text: v) == target.status { counts[v, default: 0] += 1 }
        }
        if let best = counts.max(by: { ($0.value, $1.key) < ($1.value, $0.key) })?.key { return best }
        let words: [Status: String] = [.backlog: "Backlog", .planned: "Planned", .inProgress: "In progress", .done: "Done"]
        let lower = document.items.contains { ($0.fields["status"]?.first?.isLowercase) == true }
        let word = words[target.status] ?? target.name
        return lower ? word.lowercased() : word
    }

    /// The stage in the item's status field: `setField`, which knows the document's field
    /// syntax. A declared stage's name is no status word `setField` accepts for `status`, so
    /// the field is written with a status word in its place, then the stage's name put there.
    private func stageField(item index: Int, key: String, target: Workflow.Stage, change: Change) throws(EditError) -> Edit {
        let value = stageValue(target)
        guard Status(text: value) == nil else {
            var edit = try editor.setField(item: index, key: key, value: value)
            edit.changes = edit.changes.map { var c = change; c.line = $0.line; c.changed = $0.changed; return c }
            return edit
        }
        let stand = "planned"
        var edit = try editor.setField(item: index, key: key, value: stand)
        let standBytes = Array(stand.utf8), written = Array(writer.fieldText(value).utf8)
        guard let p = edit.patches.lastIndex(where: { $0.replacement.lastRange(of: standBytes) != nil }),
              let r = edit.patches[p].replacement.lastRange(of: standBytes)
        else {
            throw .nothingToChange(item: document.items[index].title, reason: "its \(key) field could not be written; edit it by hand")
        }
        edit.patches[p].replacement.replaceSubrange(r, with: written)
        edit.intent = .setField(item: index, key: key, value: value)
        edit.changes = edit.changes.map { var c = change; c.line = $0.line; return c }
        return edit
    }
}

extension Array where Element == UInt8 {
    /// Where `needle` occurs last in these bytes, or nil.
    func lastRange(of needle: [UInt8]) -> Range<Int>? {
        guard !needle.isEmpty, needle.count <= count else { return nil }
        var i = count - needle.count
        while i >= 0 {
            if self[i ..< i + needle.count].elementsEqual(needle) { return i ..< i + needle.count }
            i -= 1
        }
        return nil
    }
}
