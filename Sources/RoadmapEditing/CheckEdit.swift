import RoadmapText
import RoadmapModel
import RoadmapSyntax
import RoadmapIO
import RoadmapReading

/// Ticking and clearing boxes: an item's deliverables, a meeting's action items. Each box
/// changes by one byte, with the letter its list already uses (`CheckboxLetter`).
struct CheckEdit: EditBuilder {
    let editor: DocumentEditor

    /// Ticks (or clears) deliverables of item `index`: those `selectors` name (positions such
    /// as `2` or `3.1`, or text), all of them with `all`, or the only one that can change.
    /// Each box changes by one byte, with the letter the document already uses.
    func set(_ checked: Bool, item index: Int, selectors: [String], all: Bool) throws(EditError) -> Edit {
        let item = editor.item(index)
        let entries = item.deliverables.flattened
        // An item that is itself a checklist entry (`- [ ] Add CI` under "Todo") without boxes
        // of its own below: its box is the one to tick.
        if item.origin == .listEntry, selectors.isEmpty, !entries.contains(where: { $0.deliverable.hasCheckbox }),
           let k = editor.listEntryBlock(of: item), tree.blocks[k].hasCheckbox
        {
            return entryBox(checked, item: index, block: k)
        }
        guard !entries.isEmpty else { throw .nothingToChange(item: item.title, reason: "it has no deliverables") }
        // A plain entry has no box: ticking it would change nothing, and saying so is the truth.
        let boxed = entries.filter { $0.deliverable.hasCheckbox }
        if boxed.isEmpty, all || selectors.isEmpty {
            throw .nothingToChange(item: item.title, reason: "its deliverables are plain entries without boxes; write `[ ]` before one to track it")
        }
        var chosen: [(position: String, deliverable: Deliverable)] = []
        if all {
            chosen = boxed
        } else if selectors.isEmpty {
            let candidates = boxed.filter { $0.deliverable.checked != checked }
            guard candidates.count == 1 else {
                if candidates.isEmpty { throw .nothingToChange(item: item.title, reason: "every deliverable is already \(checked ? "checked" : "unchecked")") }
                throw .deliverable(query: checked ? "(the open one)" : "(the checked one)", item: item.title,
                                   candidates: candidates.map { "\($0.position) \($0.deliverable.text)" })
            }
            chosen = candidates
        } else {
            for s in selectors {
                let entry = try Self.select(s, in: entries, item: item.title)
                if !entry.deliverable.hasCheckbox {
                    throw .nothingToChange(item: item.title, reason: "deliverable \(entry.position) \"\(entry.deliverable.text)\" is a plain entry without a box; write `[ ]` before it to track it")
                }
                chosen.append(entry)
            }
        }
        let fallback = checked ? documentLetter() : 0x20
        var edit = Edit(intent: .setChecked(item: index, positions: chosen.filter { $0.deliverable.checked != checked }.map(\.position), checked: checked))
        for (_, d) in chosen {
            let letter = checkedLetter(forBoxAt: d.checkboxOffset, fallback: fallback)
            let change = Change(action: checked ? "checked" : "unchecked", subject: "\"\(d.text)\"", item: item.title, itemID: item.id,
                                line: d.line, changed: d.checked != checked)
            edit.changes.append(change)
            if change.changed, d.checkboxOffset >= 0, !edit.patches.contains(where: { $0.range.lowerBound == d.checkboxOffset }) {
                edit.patches.append(TextPatch(range: d.checkboxOffset ..< d.checkboxOffset + 1, replacement: [checked ? letter : 0x20]))
            }
        }
        return edit
    }

    /// Ticks (or clears) the box of the list entry that is item `index` (block `k`).
    private func entryBox(_ checked: Bool, item index: Int, block k: Int) -> Edit {
        let item = editor.item(index)
        let b = tree.blocks[k]
        let box = Int(b.checkbox)
        var edit = Edit(intent: .setEntryChecked(item: index, checked: checked))
        let change = Change(action: checked ? "checked" : "unchecked", subject: "\"\(item.title)\"", item: item.title, itemID: item.id,
                            line: Int(b.firstLine) + 1, changed: b.isChecked != checked)
        edit.changes.append(change)
        if change.changed {
            let letter = checkedLetter(forBoxAt: box, fallback: checked ? documentLetter() : 0x20)
            edit.patches.append(TextPatch(range: box ..< box + 1, replacement: [checked ? letter : 0x20]))
        }
        return edit
    }

    /// A deliverable by position (`2`, `3.1`) or text: exact (case-insensitive), then a unique substring.
    static func select(_ query: String, in entries: [(position: String, deliverable: Deliverable)], item: String) throws(EditError) -> (position: String, deliverable: Deliverable) {
        if let e = entries.first(where: { $0.position == query }) { return e }
        let q = query.lowercased()
        let exact = entries.filter { $0.deliverable.text.lowercased() == q }
        if exact.count == 1 { return exact[0] }
        let partial = exact.isEmpty ? entries.filter { $0.deliverable.text.lowercased().contains(q) } : exact
        if partial.count == 1 { return partial[0] }
        throw .deliverable(query: query, item: item, candidates: partial.map { "\($0.position) \($0.deliverable.text)" })
    }

    /// Ticks (or clears) action item `action` (its id, else its position) of the meeting
    /// `meeting` names (its date, or its title or a unique part of it).
    func setActionDone(_ done: Bool, meeting query: String, action: String) throws(EditError) -> Edit {
        let q = query.lowercased()
        let meetings = document.meetings
        var found = meetings.indices.filter { meetings[$0].date == query || meetings[$0].title.lowercased() == q }
        if found.isEmpty { found = meetings.indices.filter { meetings[$0].title.lowercased().contains(q) || (meetings[$0].date ?? "").hasPrefix(query) } }
        guard found.count == 1 else {
            throw .deliverable(query: query, item: "the meetings of \(path)", candidates: found.map { "\(meetings[$0].date ?? "–") \(meetings[$0].title)" })
        }
        let meeting = meetings[found[0]]
        let actions = meeting.actions
        let chosen = actions.first { $0.id == action } ?? Int(action).flatMap { $0 >= 1 && $0 <= actions.count ? actions[$0 - 1] : nil }
        guard let a = chosen else {
            throw .deliverable(query: action, item: meeting.title, candidates: actions.enumerated().map { "\($0.offset + 1) \($0.element.text)" })
        }
        guard let b = tree.blocks.first(where: { $0.kind == .listItem && Int($0.firstLine) == a.line - 1 }), b.hasCheckbox else {
            throw .nothingToChange(item: meeting.title, reason: "action \(action) has no checkbox to tick; write `- [ ]` before it")
        }
        let change = Change(action: done ? "checked" : "unchecked", subject: "action \"\(a.text)\"", item: meeting.title,
                            itemID: meeting.date ?? meeting.title, line: a.line, changed: b.isChecked != done)
        guard change.changed else { return Edit(changes: [change]) }
        return Edit(patches: [TextPatch(range: Int(b.checkbox) ..< Int(b.checkbox) + 1, replacement: [done ? checkedLetter(forBoxAt: Int(b.checkbox)) : 0x20])], changes: [change],
                    intent: .actionDone(meeting: found[0], action: actions.firstIndex(of: a) ?? 0, done: done))
    }
}
