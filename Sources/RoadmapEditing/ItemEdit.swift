import RoadmapText
import RoadmapModel
import RoadmapSyntax
import RoadmapIO
import RoadmapReading

/// Adding and removing items: a section in the style of its neighbour (adornment, heading
/// level, blank-line rhythm), or an entry of a backlog list.
struct ItemEdit: EditBuilder {
    let editor: DocumentEditor

    /// Adds an item after item `after` (or before item `before`; default: after the last item),
    /// in the style of its neighbour: an RST section with the same adornment, a Markdown
    /// heading of the same level and form, the same blank-line rhythm; or, where the items are
    /// entries of a backlog list, an entry of that list.
    ///
    /// A title whose id another item has is refused unless `allowDuplicate`, which gives the new
    /// item a suffixed id (ids of existing items never move).
    func add(_ new: DocumentEditor.NewItem, after: Int?, before: Int?, allowDuplicate: Bool) throws(EditError) -> Edit {
        let title = new.title.trimming(" \t")
        if title.isEmpty || title.contains(where: { $0 == "\n" || $0 == "\r" }) { throw .invalidValue("a title is one line of text") }
        let id = try newItemID(title, replacing: nil, allowDuplicate: allowDuplicate)
        for f in new.fields { try validate(key: f.key, value: f.value) }
        if !writer.writesStructure { throw .invalidValue("items of plain-text documents cannot be added yet; edit the file by hand") }
        guard !document.items.isEmpty else { throw .invalidValue("\(path) has no items to take the style of a new one from; write the first by hand") }
        let neighbour = before ?? after ?? document.items.count - 1
        let item = document.items[neighbour]
        let nl = lineEnding
        let blocks = tree.blocks
        let change = Change(action: "added", subject: "item (id \(id ?? Slug.make(title)))", item: title, itemID: id ?? Slug.make(title), line: item.line, changed: true)
        var issueNumbers: [Int] = []
        for issue in new.issues { if let ref = LinkEdit.issueReference(issue, defaultBase: nil) { issueNumbers.append(ref.number) } }
        let intent = EditIntent.addItem(at: before ?? (after.map { $0 + 1 } ?? document.items.count), title: title, id: id,
                                        deliverables: new.deliverables, fields: new.fields.map { Field(key: $0.key, value: $0.value, line: 0) },
                                        issues: issueNumbers)

        if let entry = listEntryBlock(of: item) {
            if !new.deliverables.isEmpty || !new.fields.isEmpty || !new.issues.isEmpty {
                throw .invalidValue("the items of \(path) near \(item.title) are entries of a list, which hold no deliverables, fields or issues; add \"\(title)\" without them")
            }
            let b = blocks[entry]
            var prefix = Array(source.bytes[source.start(ofLine: Int(b.firstLine)) ..< Int(b.textStart)])
            if b.hasCheckbox { prefix[Int(b.checkbox) - source.start(ofLine: Int(b.firstLine))] = 0x20 }
            let line = prefix + Array(title.utf8) + nl
            let at: Int
            if before != nil {
                at = source.start(ofLine: Int(b.firstLine))
            } else {
                var last = entry
                var j = entry + 1
                while j < blocks.count, isDescendant(j, of: entry) { last = j; j += 1 }
                at = source.end(ofLine: Int(blocks[last].endLine) - 1)
            }
            let text = at > 0 && source.bytes[at - 1] != 0x0A ? nl + line : line
            var c = change
            c.line = source.lineIndex(ofByte: max(0, min(at, source.bytes.count - 1))) + (before != nil ? 1 : 2)
            return Edit(patches: [TextPatch(range: at ..< at, replacement: text)], changes: [c], intent: intent)
        }

        // A section in the neighbour's style.
        try refuseNonItemHeading(title)
        let section = try sectionBlocks(of: item)
        let heading = blocks[section.lowerBound]
        let style = heading.headingStyle
        var lines: [[UInt8]] = []
        let width = TextWidth.of(title)
        if style.atx {
            let hashes = source.bytes[heading.mark]
            lines.append(Array(hashes) + Array(" \(title)".utf8))
        } else {
            let adornment = [UInt8](repeating: style.character, count: max(1, width))
            if style.overlined { lines.append(adornment) }
            lines.append(Array(title.utf8))
            lines.append(adornment)
        }
        // The neighbour's rhythm: blank lines between its title and its text.
        var firstContent = section.lowerBound + 1
        while firstContent < section.upperBound, blocks[firstContent].kind == .blank { firstContent += 1 }
        let gapAfterTitle = firstContent > section.lowerBound + 1 ? blocks[section.lowerBound + 1].lines.count : 0
        var body: [[[UInt8]]] = []
        if !new.fields.isEmpty {
            let fields = new.fields.map { (key: $0.key, value: writer.fieldText($0.value)) }
            body.append(writer.fieldLines(fields, fields: markdownFieldStyle(section: nil)))
        }
        if !new.deliverables.isEmpty {
            // The marker, indentation and box of the document's deliverables; `- [ ] ` if it has none.
            var prefix = Array("- [ ] ".utf8)
            if let d = blocks.first(where: { $0.kind == .listItem && $0.hasCheckbox && $0.parent < 0 }) {
                prefix = Array(source.bytes[source.start(ofLine: Int(d.firstLine)) ..< Int(d.textStart)])
                prefix[Int(d.checkbox) - source.start(ofLine: Int(d.firstLine))] = 0x20
            }
            body.append(new.deliverables.map { prefix + Array($0.utf8) })
        }
        var targets: [TextPatch] = []
        for issue in new.issues {
            guard let ref = LinkEdit.issueReference(issue, defaultBase: LinkEdit(editor: editor).issueURLBase()) else {
                throw .invalidValue("\"\(issue)\" is not an issue: give a number (123 or #123), owner/repo#123, or an issue URL")
            }
            let target = ref.url.flatMap { targetInsertion(name: "#\(ref.number)", url: $0) }
            if let target { targets.append(target) }
            let url = target != nil || writer.linksNewItemIssuesInline ? ref.url : nil
            body.append([Array(writer.issueSentence(number: ref.number, url: url, viaTarget: target != nil).utf8)])
        }
        var text: [UInt8] = []
        for l in lines { text += l + nl }
        for (k, group) in body.enumerated() {
            if k > 0 || gapAfterTitle > 0 { for _ in 0 ..< max(1, k == 0 ? gapAfterTitle : 1) { text += nl } }
            for l in group { text += l + nl }
        }
        var at: Int
        var leadLines = 0  // lines written before the new title
        if before != nil {
            at = source.start(ofLine: Int(heading.firstLine))
            if section.lowerBound > 0, hasAnchor(before: section.lowerBound) {
                var j = section.lowerBound - 1
                while blocks[j].kind == .blank { j -= 1 }
                at = source.start(ofLine: Int(blocks[j].firstLine))
            }
            // The blank lines the document puts before its neighbour, copied after the new section.
            let line = source.lineIndex(ofByte: at)
            var gap = 0
            while gap < line, source.isBlank(line: line - gap - 1) { gap += 1 }
            text += gap > 0 ? Array(source.bytes[source.start(ofLine: line - gap) ..< at]) : nl
        } else {
            var last = section.upperBound - 1
            while last > section.lowerBound, blocks[last].kind == .blank || blocks[last].kind == .target || blocks[last].kind == .comment { last -= 1 }
            at = source.end(ofLine: Int(blocks[last].endLine) - 1)
            var lead: [UInt8] = at > 0 && source.bytes[at - 1] != 0x0A ? nl : []
            // The blank lines the document has after its neighbour, copied before the new section
            // (`remove` takes a section with the blank lines after it: add then remove is no change).
            var gap = 0
            let line = at < source.bytes.count ? source.lineIndex(ofByte: at) : source.lineCount
            while line + gap < source.lineCount, source.isBlank(line: line + gap) { gap += 1 }
            // Markdown sections with no blank line between them (`text` then `# 2023`) get none
            // either: an ATX heading needs none, and `remove` takes no more than the section.
            let tight = gap == 0 && line < source.lineCount && tree.format == .markdown && style.atx
                && block(atLine: line).map { blocks[$0].kind == .heading } == true
            lead += gap > 0 ? Array(source.bytes[at ..< source.end(ofLine: line + gap - 1)]) : tight ? [] : nl
            text = lead + text
            leadLines = lead.filter { $0 == 0x0A }.count
            // Whatever followed the neighbour (the next section, the targets) stays apart.
            if !tight, at < source.bytes.count, !source.isBlank(line: source.lineIndex(ofByte: at)) { text += nl }
            text = endingLikeDocument(text, at: at)
        }
        var c = change
        c.line = source.bytes[..<at].reduce(0) { $1 == 0x0A ? $0 + 1 : $0 } + leadLines + 1
        return Edit(patches: [TextPatch(range: at ..< at, replacement: text)] + targets, changes: [c], intent: intent)
    }

    /// Removes item `index`: its whole section, up to the next one, and the targets only it used.
    func remove(item index: Int) throws(EditError) -> Edit {
        let item = editor.item(index)
        let blocks = tree.blocks
        // The whole section: from its first line (an anchor right before it included) to the next section.
        var first = source.start(ofLine: item.lineRange.lowerBound)
        if let heading = blocks.firstIndex(where: { $0.kind == .heading && Int($0.firstLine) == item.lineRange.lowerBound }),
            let labels = tree.labelStart(before: heading)
        {
            first = source.start(ofLine: Int(blocks[labels].firstLine))
        }
        var end = item.lineRange.upperBound < source.lineCount ? source.start(ofLine: item.lineRange.upperBound) : source.bytes.count
        // Comments closing the section stay: `add` writes a new section before them, taking them
        // for the start of what follows.
        var closingComment: Int? = nil
        if let last = block(atLine: item.lineRange.upperBound - 1) {
            var j = last
            // (The document's closing targets may follow such a comment, `.. LINKS`.)
            while j > 0, Int(blocks[j].firstLine) > item.lineRange.lowerBound, [.blank, .comment, .target].contains(blocks[j].kind) {
                if blocks[j].kind == .comment { closingComment = j }
                j -= 1
            }
        }
        if let c = closingComment {
            end = source.start(ofLine: Int(blocks[c].firstLine))
        } else if let firstTarget = blocks.firstIndex(where: { $0.kind == .target && $0.textEnd > $0.textStart && Int($0.firstLine) >= item.lineRange.lowerBound }),
            Int(blocks[firstTarget].firstLine) < item.lineRange.upperBound
        {
            // A section that runs into the document's closing targets stops before them.
            end = source.start(ofLine: Int(blocks[firstTarget].firstLine))
        } else if end == source.bytes.count {
            // The last section takes the blank lines before it along and leaves its own trailing
            // ones: the document ends as it did before `add` wrote the section after the others.
            var before = source.lineIndex(ofByte: first)
            while before > 0, source.isBlank(line: before - 1) { before -= 1 }
            var after = source.lineCount
            while after > before, source.isBlank(line: after - 1) { after -= 1 }
            if before < source.lineIndex(ofByte: first) {
                first = source.start(ofLine: before)
                end = after < source.lineCount ? source.start(ofLine: after) : source.bytes.count
            }
            first = removingLikeDocument(first ..< end).lowerBound
        }
        return Edit(patches: [TextPatch(range: first ..< end, replacement: [])] + orphanTargetRemovals(leaving: first ..< end),
                    changes: [Change(action: "removed", subject: "item", item: item.title, itemID: item.id, line: item.line, changed: true)],
                    intent: .removeItem(item: index))
    }
}

extension DocumentEditor {
    /// What `add` writes besides the title.
    public struct NewItem: Sendable {
        public var title: String
        public var deliverables: [String] = []
        public var issues: [String] = []
        public var fields: [(key: String, value: String)] = []

        public init(title: String, deliverables: [String] = [], issues: [String] = [], fields: [(key: String, value: String)] = []) {
            self.title = title
            self.deliverables = deliverables
            self.issues = issues
            self.fields = fields
        }
    }
}
