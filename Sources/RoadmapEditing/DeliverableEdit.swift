import RoadmapText
import RoadmapModel
import RoadmapSyntax
import RoadmapIO
import RoadmapReading

/// Adding and removing an item's deliverables, in the style of their siblings: marker,
/// indentation, box letter, numbering, line endings.
struct DeliverableEdit: EditBuilder {
    let editor: DocumentEditor

    /// Adds a deliverable to item `index`, after its last one (or after the last child of the
    /// deliverable at position `under`), in the style of its siblings.
    func add(item index: Int, text: String, checked: Bool, link: String?, under: String?) throws(EditError) -> Edit {
        if text.contains(where: { $0 == "\n" || $0 == "\r" }) || text.trimming(" \t").isEmpty {
            throw .invalidValue("a deliverable is one line of text")
        }
        if !writer.writesStructure { throw .invalidValue("deliverables of plain-text documents cannot be added yet; edit the file by hand") }
        let item = under == nil ? document.items[index] : editor.item(index)
        let section = try sectionBlocks(of: item)
        let blocks = tree.blocks
        let nl = lineEnding
        if let term = item.deliverables.lazy.compactMap({ self.definitionTerm($0, in: section) }).first {
            throw .invalidValue("the deliverables of \(item.title) are the terms of a definition list (\"\(term)\"); add the entry by hand, with its definition")
        }
        var label = text
        var targetPatch: TextPatch? = nil
        if let link {
            if let target = targetInsertion(name: text, url: link) {
                // The document keeps its URLs in a block of targets (reference definitions): the
                // new one goes there too.
                label = writer.targetReference(text)
                targetPatch = target
            } else {
                label = writer.inlineLink(text: text, url: link)
            }
        }
        // The sibling to copy: the parent's last child, or the item's last top-level deliverable.
        var parentBlock: Int? = nil
        var parentPosition: String? = nil
        if let under {
            let entries = item.deliverables.flattened
            let parent = try CheckEdit.select(under, in: entries, item: item.title)
            parentPosition = parent.position
            if !parent.deliverable.hasCheckbox {
                return try addPlain(item: index, item, under: parent, text: text, label: label, checked: checked, link: link, section: section, targetPatch: targetPatch)
            }
            parentBlock = section.first { blocks[$0].kind == .listItem && Int(blocks[$0].checkbox) == parent.deliverable.checkboxOffset }
        }
        let siblings = section.filter { k in
            blocks[k].kind == .listItem && blocks[k].hasCheckbox && checkboxParent(of: k, within: section) == (parentBlock ?? -1)
        }
        let letter: UInt8 = checked ? checkedLetter(forBoxAt: siblings.last.map { Int(blocks[$0].checkbox) }) : 0x20
        var edit = Edit(intent: .addDeliverable(item: index, under: parentPosition, text: text, checked: checked, link: link))
        if siblings.isEmpty, parentBlock == nil, let lastPlain = item.deliverables.last, !item.deliverables.contains(where: \.hasCheckbox),
            let k = section.first(where: { blocks[$0].kind == .listItem && Int(blocks[$0].firstLine) == lastPlain.line - 1 })
        {
            // The item's deliverables are a plain list: a box would make them stop counting, so
            // the new one is an entry of that list too, without a box.
            if checked { throw .invalidValue("the deliverables of \(item.title) are a plain list without boxes; add it without --checked") }
            var last = k
            for j in section where j > k && isDescendant(j, of: k) { last = j }
            let at = source.end(ofLine: Int(blocks[last].endLine) - 1)
            var line = Array(source.bytes[source.start(ofLine: Int(blocks[k].firstLine)) ..< Int(blocks[k].textStart)]) + Array(label.utf8) + nl
            if at > 0 && source.bytes[at - 1] != 0x0A { line = nl + line }
            edit.patches.append(TextPatch(range: at ..< at, replacement: endingLikeDocument(line, at: at)))
            edit.changes.append(Change(action: "added", subject: "\"\(text)\"", item: item.title, itemID: item.id,
                                       line: source.lineIndex(ofByte: max(0, at - 1)) + 2, changed: true))
        } else if let siblingIndex = siblings.last {
            let sibling = blocks[siblingIndex]
            // After the sibling and everything nested in it.
            var last = siblingIndex
            for k in section where k > siblingIndex && isDescendant(k, of: siblingIndex) { last = k }
            let at = source.end(ofLine: Int(blocks[last].endLine) - 1)
            var prefix = Array(source.bytes[source.start(ofLine: Int(sibling.firstLine)) ..< Int(sibling.textStart)])
            let boxAt = Int(sibling.checkbox) - source.start(ofLine: Int(sibling.firstLine))
            prefix[boxAt] = letter
            // An enumerated sibling (`2.`) is followed by the next number (`3.`), not a copy.
            let markerAt = Int(sibling.markStart) - source.start(ofLine: Int(sibling.firstLine))
            let markerEnd = Int(sibling.markEnd) - source.start(ofLine: Int(sibling.firstLine))
            let digits = prefix[markerAt ..< markerEnd].prefix { $0 >= 0x30 && $0 <= 0x39 }
            if !digits.isEmpty, let n = Int(String(decoding: digits, as: UTF8.self)) {
                let next = Array(String(n + 1).utf8)
                prefix.replaceSubrange(markerAt ..< markerAt + digits.count, with: next)
                // Keep the text's column when the number grows a digit (9. → 10.) by taking a space.
                if next.count > digits.count, boxAt + 1 < prefix.count, prefix[markerAt + next.count + (markerEnd - markerAt - digits.count)] == 0x20,
                    markerAt + next.count + (markerEnd - markerAt - digits.count) + 1 < prefix.count,
                    prefix[markerAt + next.count + (markerEnd - markerAt - digits.count) + 1] == 0x20
                {
                    prefix.remove(at: markerAt + next.count + (markerEnd - markerAt - digits.count))
                }
            }
            var line = prefix + Array(label.utf8) + nl
            if at > 0 && source.bytes[at - 1] != 0x0A { line = nl + line }
            edit.patches.append(TextPatch(range: at ..< at, replacement: endingLikeDocument(line, at: at)))
            edit.changes.append(Change(action: "added", subject: "\"\(text)\"", item: item.title, itemID: item.id,
                                       line: source.lineIndex(ofByte: max(0, at - 1)) + 2, changed: true))
        } else if let p = parentBlock {
            let parent = blocks[p]
            let at = source.end(ofLine: Int(parent.endLine) - 1)
            let indent = String(repeating: " ", count: Int(parent.contentColumn))
            let marker = source.string(parent.mark)
            let line = Array("\(indent)\(marker) [\(Character(UnicodeScalar(letter)))] \(label)".utf8) + nl
            var blank: [UInt8] = writer.blankLineBeforeNestedList ? nl : []
            if at > 0 && source.bytes[at - 1] != 0x0A { blank = nl + blank }  // the parent ends the file without a newline
            edit.patches.append(TextPatch(range: at ..< at, replacement: endingLikeDocument(blank + line, at: at)))
            edit.changes.append(Change(action: "added", subject: "\"\(text)\"", item: item.title, itemID: item.id,
                                       line: Int(parent.endLine) + 1 + blank.count / max(1, nl.count), changed: true))
        } else {
            // A first checklist: after the item's own text (before its first subsection, where
            // the list would belong to that subsection), before its trailing blank lines.
            var last = (section.dropFirst().first { blocks[$0].kind == .heading } ?? section.upperBound) - 1
            // Trailing blank lines, and anchors or targets that belong to what follows, stay after.
            while last > section.lowerBound, blocks[last].kind == .blank || blocks[last].kind == .target || blocks[last].kind == .comment { last -= 1 }
            let b = blocks[last]
            let at = source.end(ofLine: Int(b.endLine) - 1)
            var insert: [UInt8] = at > 0 && source.bytes[at - 1] != 0x0A ? nl : []
            insert += nl + documentListMarker() + Array("[\(Character(UnicodeScalar(letter)))] \(label)".utf8) + nl
            edit.patches.append(TextPatch(range: at ..< at, replacement: endingLikeDocument(insert, at: at)))
            edit.changes.append(Change(action: "added", subject: "\"\(text)\"", item: item.title, itemID: item.id,
                                       line: Int(b.endLine) + 2, changed: true))
        }
        if let targetPatch { edit.patches.append(targetPatch) }
        return edit
    }

    /// Adds a plain entry (no box) under the plain entry `parent`: after its last sub-entry, in
    /// that entry's style, or as its first one, indented to the parent's text with its marker.
    private func addPlain(item index: Int, _ item: Item, under parent: (position: String, deliverable: Deliverable), text: String, label: String, checked: Bool,
                          link: String?, section: Range<Int>, targetPatch: TextPatch?) throws(EditError) -> Edit {
        if checked { throw .invalidValue("\(parent.deliverable.text) is a plain entry without a box; add under it without --checked") }
        let blocks = tree.blocks
        let nl = lineEnding
        guard let p = section.first(where: { blocks[$0].kind == .listItem && Int(blocks[$0].firstLine) == parent.deliverable.line - 1 }) else {
            throw .nothingToChange(item: item.title, reason: "deliverable \(parent.position) was not found in the text")
        }
        var edit = Edit(intent: .addDeliverable(item: index, under: parent.position, text: text, checked: false, link: link))
        let lastChild = section.last { blocks[$0].kind == .listItem && Int(blocks[$0].parent) == p }
        var insert: [UInt8]
        var after = p
        if let c = lastChild {
            after = c
            for k in section where k > c && isDescendant(k, of: c) { after = k }
            insert = Array(source.bytes[source.start(ofLine: Int(blocks[c].firstLine)) ..< Int(blocks[c].textStart)]) + Array(label.utf8) + nl
        } else {
            let indent = String(repeating: " ", count: Int(blocks[p].contentColumn))
            insert = (writer.blankLineBeforeNestedList ? nl : []) + Array("\(indent)\(source.string(blocks[p].mark)) \(label)".utf8) + nl
        }
        let at = source.end(ofLine: Int(blocks[after].endLine) - 1)
        if at > 0 && source.bytes[at - 1] != 0x0A { insert = nl + insert }
        edit.patches.append(TextPatch(range: at ..< at, replacement: endingLikeDocument(insert, at: at)))
        edit.changes.append(Change(action: "added", subject: "\"\(text)\"", item: item.title, itemID: item.id,
                                   line: source.lineIndex(ofByte: max(0, at - 1)) + 2, changed: true))
        if let targetPatch { edit.patches.append(targetPatch) }
        return edit
    }

    /// The term, as written, when `d` is read from an RST definition list's term
    /// (`DeliverableBuilder.buildTerms`), which these edits do not write: a term needs its definition.
    private func definitionTerm(_ d: Deliverable, in section: Range<Int>) -> String? {
        guard !d.hasCheckbox, let k = section.first(where: { Int(tree.blocks[$0].firstLine) == d.line - 1 && tree.blocks[$0].kind != .blank }),
              tree.isDefinitionTerm(k) else { return nil }
        return tree.source.string(tree.blocks[k].text)
    }

    /// How the document starts a top-level list entry, its indent and marker and the space
    /// after (` - `, `* `, `1. `), from its first checklist entry, else its first list entry:
    /// a first checklist is written in the document's style. `- ` in a document without lists.
    private func documentListMarker() -> [UInt8] {
        let blocks = tree.blocks
        let top = blocks.indices.filter { blocks[$0].kind == .listItem && blocks[$0].parent < 0 && blocks[$0].markEnd > blocks[$0].markStart }
        guard let k = top.first(where: { blocks[$0].hasCheckbox }) ?? top.first else { return Array("- ".utf8) }
        let b = blocks[k]
        let lineStart = source.start(ofLine: Int(b.firstLine))
        var marker = Array(source.bytes[Int(b.markStart) ..< Int(b.markEnd)])
        // An enumerated list starts at one (`3.` → `1.`); `#.` and letters stay as they are.
        let digits = marker.prefix { $0 >= 0x30 && $0 <= 0x39 }.count
        if digits > 0 { marker.replaceSubrange(0 ..< digits, with: [0x31]) }
        let indent = Array(source.bytes[lineStart ..< Int(b.markStart)]).filter { $0 == 0x20 || $0 == 0x09 }
        return indent + marker + [0x20]
    }

    /// The nearest enclosing checkbox entry of list item `k` inside `section`, or -1.
    private func checkboxParent(of k: Int, within section: Range<Int>) -> Int {
        var p = Int(tree.blocks[k].parent)
        while p >= 0 {
            if !section.contains(p) { return -1 }
            if tree.blocks[p].hasCheckbox { return p }
            p = Int(tree.blocks[p].parent)
        }
        return -1
    }

    /// Removes deliverable `selector` (a position or text) of item `index`: the entry with
    /// what is nested in it.
    func remove(item index: Int, deliverable selector: String) throws(EditError) -> Edit {
        let item = editor.item(index)
        let blocks = tree.blocks
        let entry = try CheckEdit.select(selector, in: item.deliverables.flattened, item: item.title)
        // A checkbox entry by its box; a plain entry (no box) by its line.
        let d = entry.deliverable
        if let term = definitionTerm(d, in: try sectionBlocks(of: item)) {
            throw .invalidValue("\(item.title): deliverable \(selector) \"\(term)\" is the term of a definition list; remove it by hand, with its definition")
        }
        guard let k = blocks.indices.first(where: { blocks[$0].kind == .listItem
                && (d.hasCheckbox ? Int(blocks[$0].checkbox) == d.checkboxOffset : Int(blocks[$0].firstLine) == d.line - 1) }) else {
            throw .nothingToChange(item: item.title, reason: "deliverable \(selector) was not found in the text")
        }
        var last = k
        var j = k + 1
        // What is nested in the entry: its sub-entries, and any block indented under it (a
        // code block, a directive, a sub-list after them), which would otherwise move up.
        while j < blocks.count, blocks[j].kind == .blank || isDescendant(j, of: k) || (blocks[j].kind != .heading && blocks[j].indent > blocks[k].indent) {
            if blocks[j].kind != .blank { last = j }
            j += 1
        }
        var range = source.start(ofLine: Int(blocks[k].firstLine)) ..< source.end(ofLine: Int(blocks[last].endLine) - 1)
        // The only entry of its list takes the blank line before it along, the one
        // `add-deliverable` wrote when it began the list, so that add then remove is no change.
        // So does the item's only deliverable after a list that holds none ("- TBD", a list of
        // links), which `add-deliverable` set apart with a blank line, when one follows it too.
        let onlyDeliverable = d.hasCheckbox && item.deliverables.flattened.count == 1
            && (last + 1 >= blocks.count || blocks[last + 1].kind == .blank)
        if isLoneEntry(k, through: last) || onlyDeliverable, k > 0, blocks[k - 1].kind == .blank {
            range = source.start(ofLine: Int(blocks[k].firstLine) - 1) ..< range.upperBound
        }
        range = removingLikeDocument(range)
        return Edit(patches: [TextPatch(range: range, replacement: [])],
                    changes: [Change(action: "removed", subject: "\"\(entry.deliverable.text)\"", item: item.title, itemID: item.id,
                                     line: entry.deliverable.line, changed: true)],
                    intent: .removeDeliverable(item: index, position: entry.position))
    }
}
