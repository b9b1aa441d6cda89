import RoadmapText
import RoadmapModel
import RoadmapSyntax
import RoadmapIO
import RoadmapReading

/// Setting and removing an item's fields, in the document's field syntax: an RST field list
/// under the title, a Markdown `Key: value` paragraph (in the style of the document's others).
struct FieldEdit: EditBuilder {
    let editor: DocumentEditor

    /// Sets field `key` of item `index` to `value`: in place when the item has it, else as a new
    /// field in the document's syntax (an RST field list under the title, a Markdown
    /// `Key: value` paragraph).
    /// A value whose markup would read differently (`<v2>`, `*x*`, a leading `- `) is written
    /// escaped in the document's syntax, so that it reads back exactly; a status must be one
    /// the reader knows.
    func set(item index: Int, key: String, value: String) throws(EditError) -> Edit {
        try set(item: index, key: key, value: value, written: writer.fieldText(value))
    }

    private func set(item index: Int, key: String, value: String, written: String) throws(EditError) -> Edit {
        try validate(key: key, value: value)
        let item = document.items[index]
        let section = try sectionBlocks(of: item)
        var edit = Edit(intent: .setField(item: index, key: key, value: value))
        let change = Change(action: "set", subject: "\(key) = \"\(value)\"", item: item.title, itemID: item.id, line: item.line, changed: true)
        if let existing = fieldLocation(key: key, in: section) {
            if source.string(existing.value) == value || source.string(existing.value) == written {
                edit.changes.append(Change(action: "set", subject: "\(key) = \"\(value)\"", item: item.title, itemID: item.id,
                                           line: source.lineIndex(ofByte: existing.value.lowerBound) + 1, changed: false))
                return edit
            }
            edit.patches.append(TextPatch(range: existing.value, replacement: written))
            var c = change
            c.line = source.lineIndex(ofByte: existing.value.lowerBound) + 1
            edit.changes.append(c)
            return edit
        }
        let insertion = fieldInsertion(key: key, value: written, section: section)
        edit.patches += insertion.patches
        var c = change
        c.line = insertion.line
        edit.changes.append(c)
        return edit
    }

    /// Removes field `key` of item `index` (its whole line).
    func unset(item index: Int, key: String) throws(EditError) -> Edit {
        let item = document.items[index]
        let section = try sectionBlocks(of: item)
        guard let existing = fieldLocation(key: key, in: section) else {
            return Edit(changes: [Change(action: "unset", subject: key, item: item.title, itemID: item.id, line: item.line, changed: false)])
        }
        var removed = existing.lines
        let line = source.lineIndex(ofByte: existing.lines.lowerBound)
        if let h = section.first(where: { tree.blocks[$0].kind == .heading && Int(tree.blocks[$0].firstLine) == line }) {
            // A subsection titled as the field: without its title, what it holds would join the
            // section before it.
            var j = h + 1
            while j < section.upperBound, tree.blocks[j].kind == .blank { j += 1 }
            if j < section.upperBound, tree.blocks[j].kind != .heading {
                throw .nothingToChange(item: item.title, reason: "its \(key) is the title of a subsection with text under it (line \(line + 1)); edit it by hand")
            }
        }
        // A field that stands alone (the only one of its list or paragraph) takes one blank line
        // after it along, so that `set` then `unset` leaves the document as it was.
        // (An entry of a list of fields goes alone: the list's blank lines are the list's.)
        let blocks = tree.blocks
        if let k = section.first(where: { source.start(ofLine: Int(blocks[$0].firstLine)) <= existing.lines.lowerBound
                                           && source.end(ofLine: Int(blocks[$0].endLine) - 1) >= existing.lines.upperBound }),
            blocks[k].kind != .listItem, k + 1 < section.upperBound, blocks[k + 1].kind == .blank,
            blocks[k].lines.count == 1, blocks[k - 1].kind != .field, blocks[k + 1].kind != .field
        {
            removed = removed.lowerBound ..< source.end(ofLine: Int(blocks[k + 1].firstLine))
        } else if let k = section.first(where: { source.start(ofLine: Int(blocks[$0].firstLine)) == existing.lines.lowerBound }),
            blocks[k].kind != .listItem, k > section.lowerBound + 1, blocks[k].lines.count == 1, blocks[k - 1].kind == .blank, blocks[k + 1 ..< section.upperBound].first?.kind != .field
        {
            // Alone at the end of its section: the blank line before it goes instead.
            removed = source.start(ofLine: Int(blocks[k].firstLine) - 1) ..< removed.upperBound
        }
        var patches = [TextPatch(range: removingLikeDocument(removed), replacement: [])]
        if tree.format == .markdown, let k = section.first(where: { blocks[$0].kind == .paragraph && blocks[$0].lines.contains(line) }),
            blocks[k].lines.count > 1, line == Int(blocks[k].endLine) - 1,
            MarkdownFieldStyle.hardBreak(of: Array(source.bytes[source.contentRange(ofLine: line)])) == nil
        {
            // The last line of hard-broken lines goes: the line now last loses its break, as
            // the last line had none (what `set` added when it wrote the removed line).
            let previous = source.contentRange(ofLine: line - 1)
            if let hardBreak = MarkdownFieldStyle.hardBreak(of: Array(source.bytes[previous])) {
                patches.append(TextPatch(range: previous.upperBound - hardBreak.count ..< previous.upperBound, replacement: []))
            }
        }
        return Edit(patches: patches,
                    changes: [Change(action: "unset", subject: key, item: item.title, itemID: item.id,
                                     line: source.lineIndex(ofByte: existing.lines.lowerBound) + 1, changed: true)],
                    intent: .unsetField(item: index, key: key))
    }

    /// Where field `key` is: its value's bytes and its whole lines.
    private func fieldLocation(key: String, in section: Range<Int>) -> (value: Range<Int>, lines: Range<Int>)? {
        let blocks = tree.blocks
        let wanted = key.lowercased()
        // Only the lines the reader takes as fields: prose that happens to hold a colon is not one.
        // (A backslash hard break ending the line is not value: a new value keeps it.)
        let prose = ProseFields.layout(tree, body: section.lowerBound + 1 ..< section.upperBound).places.first { $0.field.key.lowercased() == wanted }
            .map { ($0.value, source.start(ofLine: $0.line) ..< source.end(ofLine: $0.line)) }
        switch tree.format {
        case .rst, .text:
            // Where the reader finds the item's fields (also below its first paragraph in RST),
            // then in its text (`**Status:** …`).
            let run = tree.itemFieldBlocks(in: section.lowerBound + 1 ..< section.upperBound) ?? 0 ..< 0
            var k = run.lowerBound
            while k < run.upperBound, blocks[k].kind == .field || blocks[k].kind == .blank {
                let b = blocks[k]
                if b.kind == .field, source.string(b.mark).lowercased() == wanted {
                    let lines = source.start(ofLine: Int(b.firstLine)) ..< source.end(ofLine: Int(b.endLine) - 1)
                    // A value that goes on over indented lines is replaced as a whole.
                    let end = b.endLine - b.firstLine > 1 ? source.contentEnd(ofLine: Int(b.endLine) - 1) : Int(b.textEnd)
                    return (Int(b.textStart) ..< end, lines)
                }
                k += 1
            }
            if let prose { return prose }
        case .markdown:
            if let prose { return prose }
            // A subsection titled as the field (`### Owner: dana`) gives it, as the reader has it.
            let level = blocks[section.lowerBound].level
            for h in section.dropFirst() where blocks[h].kind == .heading && blocks[h].level > level {
                let title = source.bytes[blocks[h].text]
                guard let field = HeadingVocabulary.headingField(title: String(decoding: title, as: UTF8.self)), field.key.lowercased() == wanted,
                    let colon = title.firstIndex(of: 0x3A)
                else { continue }
                let markup: (UInt8) -> Bool = { $0 == 0x20 || $0 == 0x09 || $0 == 0x2A || $0 == 0x5F }
                var s = colon + 1, e = Int(blocks[h].textEnd)
                while s < e, markup(source.bytes[s]) { s += 1 }
                while e > s, markup(source.bytes[e - 1]) { e -= 1 }
                guard e > s else { continue }
                return (s ..< e, source.start(ofLine: Int(blocks[h].firstLine)) ..< source.end(ofLine: Int(blocks[h].endLine) - 1))
            }
        }
        return nil
    }

    /// A new field: after the item's last field, or right under its title.
    private func fieldInsertion(key: String, value: String, section: Range<Int>) -> (patches: [TextPatch], line: Int) {
        let blocks = tree.blocks
        let nl = lineEnding
        let heading = blocks[section.lowerBound]
        var k = section.lowerBound + 1
        while k < section.upperBound, blocks[k].kind == .blank { k += 1 }
        let fieldRun = tree.format == .markdown ? nil : tree.itemFieldBlocks(in: section.lowerBound + 1 ..< section.upperBound)
        // Where the reader finds fields in the text: a Markdown paragraph right under the title
        // is the one `hasFields` extends; others further on are extended below.
        let prose = ProseFields.layout(tree, body: section.lowerBound + 1 ..< section.upperBound).places
        let hasFields = fieldRun != nil || tree.format == .markdown && prose.first?.block == k && blocks[k].kind == .paragraph
        if hasFields {
            let last = fieldRun.map { $0.upperBound - 1 } ?? k
            if let run = fieldRun, last + 1 < section.upperBound, blocks[last + 1].kind != .blank, blocks[last + 1].kind != .heading,
                blocks[last + 1].indent > blocks[run.lowerBound].indent
            {
                // The last field's body goes on below it (a checklist): the new field goes first,
                // where it cannot become part of that body.
                let at = source.start(ofLine: Int(blocks[run.lowerBound].firstLine))
                let line = writer.fieldLine(key: key, value: value, fields: markdownFieldStyle(section: section))
                return ([TextPatch(range: at ..< at, replacement: Array(line.utf8) + nl)], Int(blocks[run.lowerBound].firstLine) + 1)
            }
            let b = blocks[last]
            let at = source.end(ofLine: Int(b.endLine) - 1)
            var text = Array(writer.fieldLine(key: key, value: value, fields: markdownFieldStyle(section: section)).utf8)
            var patches: [TextPatch] = []
            if tree.format == .markdown, let hardBreak = markdownFieldStyle(section: section).hardBreak {
                // Lines kept apart by hard breaks: the last line gets one (if it had none, the new
                // line, now last, has none either).
                let lastLine = source.contentRange(ofLine: Int(b.endLine) - 1)
                if let own = MarkdownFieldStyle.hardBreak(of: Array(source.bytes[lastLine])) {
                    text += own
                } else {
                    patches.append(TextPatch(range: lastLine.upperBound ..< lastLine.upperBound, replacement: hardBreak))
                }
            }
            let endsWithNewline = at > 0 && source.bytes[at - 1] == 0x0A
            text = endsWithNewline ? text + nl : nl + text
            return ([TextPatch(range: at ..< at, replacement: text)] + patches, Int(b.endLine) + 1)
        }
        if let last = prose.last,
            blocks[last.block].kind == .listItem || blocks[last.block].lines.count == 1
        {
            // Fields further on (`**Status:** …` after the description, or a list of `- **Key:** value`):
            // the new one goes after the last, written as it is, list marker included.
            let lineStart = source.start(ofLine: last.line)
            let prefix = Array(source.bytes[lineStart ..< last.textStart])
            let style = MarkdownFieldStyle(line: source.string(last.textStart ..< source.contentEnd(ofLine: last.line))) ?? MarkdownFieldStyle()
            let at = source.end(ofLine: last.line)
            var text = prefix + Array(style.line(key: key, value: value).utf8)
            text = at > 0 && source.bytes[at - 1] == 0x0A ? text + nl : nl + text
            return ([TextPatch(range: at ..< at, replacement: text)], last.line + 2)
        }
        let at = source.end(ofLine: Int(heading.endLine) - 1)
        let headingEndsLine = at > 0 && source.bytes[at - 1] == 0x0A
        // The title's own rhythm: a blank line under it or none. The new field keeps it and is
        // followed by one blank line, the one `unset` takes back, so set then unset is no change.
        let blankUnderTitle = k > section.lowerBound + 1
        let field = Array(writer.fieldLine(key: key, value: value, fields: markdownFieldStyle(section: section)).utf8)
        if blankUnderTitle && k < blocks.count {
            // Title, blank line, text: the field goes between them, blank lines around it.
            let at = source.start(ofLine: Int(blocks[k].firstLine))
            return ([TextPatch(range: at ..< at, replacement: field + nl + nl)], Int(blocks[k].firstLine) + 1)
        }
        if blankUnderTitle {
            // Title and blank lines ending the document: a blank line, the field, then those.
            return ([TextPatch(range: at ..< at, replacement: nl + field + nl)], Int(heading.endLine) + 2)
        }
        // Directly under the title; a blank line before what follows.
        var text: [UInt8] = headingEndsLine ? [] : nl
        text += field + nl
        if !blankUnderTitle && k < blocks.count { text += nl }
        return ([TextPatch(range: at ..< at, replacement: endingLikeDocument(text, at: at))], Int(heading.endLine) + 1)
    }
}

/// What `set` and `add` share: which keys and values a field may have, how the document
/// writes its Markdown field lines.
extension EditBuilder {
    /// Refuses a field `set` or `add` cannot write so that it reads back: a key or value that
    /// would change the document's structure, an empty value, a status the reader does not know.
    func validate(key: String, value: String) throws(EditError) {
        let bad: (Character) -> Bool = { $0 == "\n" || $0 == "\r" }
        if key.isEmpty || key.contains(where: bad) || key.hasPrefix(" ") || key.hasSuffix(" ") {
            throw .invalidValue("the field name \"\(key)\" is empty, holds a line break or starts or ends with a space")
        }
        if key.contains(":") || key.hasPrefix("`") || key.hasPrefix("*") || key.hasPrefix("#") {
            throw .invalidValue("the field name \"\(key)\" holds characters that would change the document's structure (`:`, or a leading `` ` ``, `*`, `#`)")
        }
        if value.contains(where: bad) { throw .invalidValue("the value of \(key) holds a line break") }
        if let problem = writer.fieldKeyProblem(key) { throw .invalidValue(problem) }
        if value.trimming(" \t*_").isEmpty { throw .invalidValue("the value of \(key) is empty; `roadmap unset` removes a field") }
        if !writer.writesStructure { throw .invalidValue("fields of plain-text documents cannot be set yet; edit the file by hand") }
        if Field.statusKeys.contains(key.lowercased()), Status(text: value) == nil {
            let close = Status.knownWords.map { ($0, EditDistance.between(value.lowercased(), $0)) }.filter { $0.1 <= 3 }.min { $0.1 < $1.1 }
            let hint = close.map { "did you mean `\($0.0)`?" } ?? "use planned, in progress, done or backlog (or a word such as finished, started, todo)"
            throw .invalidValue("\"\(value)\" is not a status roadmap reads; \(hint)")
        }
    }

    /// How the item's fields paragraph writes its lines; for an item without one, how the
    /// document's first fields paragraph under a title does; else plain `key: value`.
    func markdownFieldStyle(section: Range<Int>?) -> MarkdownFieldStyle {
        let blocks = tree.blocks
        func style(of k: Int) -> MarkdownFieldStyle? {
            let lines = blocks[k].lines
            guard var style = MarkdownFieldStyle(line: source.line(lines.lowerBound)) else { return nil }
            // The last line of a paragraph needs no break: another line shows whether they have one.
            style.hardBreak = lines.dropLast().lazy.compactMap { MarkdownFieldStyle.hardBreak(of: Array(self.source.bytes[self.source.contentRange(ofLine: $0)])) }.first
            return style
        }
        func fieldsParagraph(after heading: Int) -> Int? {
            var k = heading + 1
            while k < blocks.count, blocks[k].kind == .blank { k += 1 }
            return k < blocks.count && blocks[k].kind == .paragraph && isMarkdownFieldParagraph(blocks[k]) ? k : nil
        }
        if let section, let k = fieldsParagraph(after: section.lowerBound), k < section.upperBound, let s = style(of: k) { return s }
        for h in blocks.indices where blocks[h].kind == .heading {
            if let k = fieldsParagraph(after: h), let s = style(of: k) { return s }
        }
        return MarkdownFieldStyle()
    }

    func isMarkdownFieldParagraph(_ b: Block) -> Bool {
        b.lines.allSatisfy { MarkdownFieldLine(source.line($0)) != nil }
    }
}
