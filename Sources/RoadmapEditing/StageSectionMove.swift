import RoadmapText
import RoadmapModel
import RoadmapSyntax
import RoadmapIO
import RoadmapReading

/// Moving an item between the stage sections of its document ("## Prioritized" to
/// "## Development Ready"): its bytes are cut and pasted whole, with the blank lines that keep
/// the document's rhythm, so moving it back (when it was the last of its section) gives the
/// bytes it had.
extension StageEdit {
    /// A section that groups items of one stage: its heading block and the stage.
    struct StageGroup {
        var heading: Int
        var stage: Workflow.Stage
    }

    /// The section right around the item, when its title names a stage (or a status group's
    /// status); nil when the item sits in no such section.
    func stageGroup(of item: Item, workflow: Workflow) throws(EditError) -> StageGroup? {
        guard let own = ownBlock(of: item) else { return nil }
        let blocks = tree.blocks
        var k = own - 1
        let level = blocks[own].kind == .heading ? blocks[own].level : Int32.max
        while k >= 0, !(blocks[k].kind == .heading && blocks[k].level < level) { k -= 1 }
        guard k >= 0, let stage = stageNamed(byHeading: k, workflow: workflow) else { return nil }
        return StageGroup(heading: k, stage: stage)
    }

    /// The item's heading block, or its list entry's.
    private func ownBlock(of item: Item) -> Int? {
        if item.origin == .listEntry { return listEntryBlock(of: item) }
        return tree.blocks.firstIndex { $0.kind == .heading && Int($0.firstLine) <= item.line - 1 && Int($0.endLine) > item.line - 1 }
    }

    /// The stage heading `k`'s title names, as the reader takes it: a declared stage, else a
    /// status group's status.
    private func stageNamed(byHeading k: Int, workflow: Workflow) -> Workflow.Stage? {
        var title = InlineParser(format: tree.format, targets: LinkTargets()).parse(source.string(tree.blocks[k].text)).plain
        if tree.format == .markdown, let brace = Self.explicitID(in: title) { title = String(title[..<brace]).trimming(" ") }
        if let s = workflow.stage(named: title) { return s }
        return HeadingVocabulary.groupStatus(title: title).map(workflow.stage(for:))
    }

    /// The first byte of block `k`'s line, or of the labels right before it (`.. _id:`).
    private func startWithLabels(_ k: Int) -> Int {
        source.start(ofLine: Int(tree.blocks[tree.labelStart(before: k) ?? k].firstLine))
    }

    /// Where section `k` ends: the start of the next heading at its level or above (with its
    /// labels), or the end of the document.
    private func sectionEnd(_ k: Int) -> Int {
        let blocks = tree.blocks
        var j = k + 1
        while j < blocks.count, !(blocks[j].kind == .heading && blocks[j].level <= blocks[k].level) { j += 1 }
        return j < blocks.count ? startWithLabels(j) : source.bytes.count
    }

    /// The end of the last line before `offset` that holds more than white space.
    private func contentEnd(before offset: Int) -> Int {
        var line = source.lineIndex(ofByte: max(0, offset - 1))
        while line > 0, source.line(line).allSatisfy({ $0 == " " || $0 == "\t" }) { line -= 1 }
        return min(offset, source.end(ofLine: line))
    }

    func moveIntoGroup(item index: Int, from group: StageGroup, to target: Workflow.Stage, workflow: Workflow, change: Change) throws(EditError) -> Edit {
        let item = document.items[index]
        let blocks = tree.blocks
        // The sibling section of the new stage: same level, under the same parent.
        let level = blocks[group.heading].level
        var first = group.heading
        while first > 0, !(blocks[first - 1].kind == .heading && blocks[first - 1].level < level) { first -= 1 }
        var k = first
        var destination: Int? = nil
        while k < blocks.count, !(blocks[k].kind == .heading && blocks[k].level < level) {
            if blocks[k].kind == .heading, blocks[k].level == level, stageNamed(byHeading: k, workflow: workflow) == target { destination = k; break }
            k += 1
        }
        guard let t = destination else {
            throw .nothingToChange(item: item.title, reason: "it sits in the section \"\(item.groups.last ?? "")\" and the document has no section for \(target.name) beside it; add one, or give the item a status field")
        }
        let patches = item.origin == .listEntry
            ? try entryMovePatches(item: item, into: t)
            : sectionMovePatches(item: item, into: t)
        // Where the item will stand among the others: after those that start before its new place.
        let at = patches.insertion
        let newIndex = document.items.enumerated().filter { $0.offset != index && source.start(ofLine: $0.element.line - 1) < at }.count
        var groups = item.groups
        if !groups.isEmpty { groups.removeLast() }
        var title = InlineParser(format: tree.format, targets: LinkTargets()).parse(source.string(blocks[t].text)).plain
        if tree.format == .markdown, let brace = Self.explicitID(in: title) { title = String(title[..<brace]).trimming(" ") }
        groups.append(title)
        var c = change
        c.line = source.lineIndex(ofByte: at) + 1
        return Edit(patches: patches.patches, changes: [c],
                    intent: .moveItem(item: index, to: newIndex, groups: groups, stage: workflow.isDeclared ? target.name : nil, status: target.status))
    }

    /// A section item: its lines (labels first) to the end of section `t`.
    private func sectionMovePatches(item: Item, into t: Int) -> (patches: [TextPatch], insertion: Int) {
        let bytes = source.bytes
        let nl = lineEnding
        let h = ownBlock(of: item)!
        let start = startWithLabels(h)
        let end = sectionEnd(h)
        let bodyEnd = contentEnd(before: end)
        var body = Array(bytes[start ..< bodyEnd])
        if body.last != 0x0A { body += nl }
        let trailer = Array(bytes[bodyEnd ..< end])
        let before = Array(bytes[contentEnd(before: start) ..< start])
        var patches: [TextPatch] = []
        let endsWithNewline = bytes.last == 0x0A
        if end < bytes.count {
            patches.append(TextPatch(range: start ..< end, replacement: []))
        } else {
            // Last in the document: the blank lines before it go with it (they separated it).
            let from = endsWithNewline ? contentEnd(before: start) : source.contentEnd(ofLine: source.lineIndex(ofByte: max(0, contentEnd(before: start) - 1)))
            patches.append(TextPatch(range: from ..< bytes.count, replacement: []))
        }
        let at = sectionEnd(t)
        let separator = !trailer.isEmpty ? trailer : (!before.isEmpty ? before : nl)
        if at < bytes.count {
            patches.append(TextPatch(range: at ..< at, replacement: body + separator))
        } else if endsWithNewline {
            patches.append(TextPatch(range: at ..< at, replacement: separator + body))
        } else {
            patches.append(TextPatch(range: at ..< at, replacement: nl + separator + Array(body.dropLast(nl.count))))
        }
        return (patches, at)
    }

    /// A list entry: its lines (what is nested in it too) to the end of the list of section `t`,
    /// with that list's marker and spacing.
    private func entryMovePatches(item: Item, into t: Int) throws(EditError) -> (patches: [TextPatch], insertion: Int) {
        let blocks = tree.blocks
        let bytes = source.bytes
        let nl = lineEnding
        guard let e = ownBlock(of: item) else { throw .nothingToChange(item: item.title, reason: "its list entry was not found") }
        let start = source.start(ofLine: item.lineRange.lowerBound)
        var end = source.end(ofLine: item.lineRange.upperBound - 1)
        var entry = Array(bytes[start ..< end])
        if entry.last != 0x0A { entry += nl }
        // (A bullet takes the new list's marker below: `-` entries joining a `*` list become `*`.)
        // The blank lines around the entry: those after it go when another entry follows (a
        // loose list); those before it when it is the last after others; a lone entry takes
        // those after it along.
        var removeFrom = start
        var j = blocks.firstIndex { Int($0.firstLine) >= item.lineRange.upperBound } ?? blocks.count
        while j < blocks.count, blocks[j].kind == .blank { j += 1 }
        var p = e - 1
        while p >= 0, blocks[p].kind == .blank { p -= 1 }
        let followedByEntry = j < blocks.count && blocks[j].kind == .listItem && blocks[j].parent < 0
        let precededByEntry = p >= 0 && (blocks[p].kind == .listItem || blocks[p].parent >= 0)
        if followedByEntry {
            end = source.start(ofLine: Int(blocks[j].firstLine))
        } else if precededByEntry {
            removeFrom = contentEnd(before: start)
        } else {
            end = j < blocks.count ? source.start(ofLine: Int(blocks[j].firstLine)) : bytes.count
        }
        var patches = [TextPatch(range: removeFrom ..< end, replacement: [])]
        // The new list: the section's own top-level entries, before its first subsection.
        var k = t + 1
        var last: Int? = nil
        var loose = false
        var previous: Int? = nil
        while k < blocks.count, blocks[k].kind != .heading {
            if blocks[k].kind == .listItem, blocks[k].parent < 0 {
                // A blank line between two entries (not inside one) makes the list loose.
                if let p = previous, (p + 1 ..< k).contains(where: { blocks[$0].kind == .blank && blocks[$0].parent < 0 }) { loose = true }
                previous = k
                last = k
            } else if blocks[k].kind != .blank, blocks[k].parent < 0, last != nil {
                break
            }
            k += 1
        }
        if let last, let marker = blocks[last].mark.first.map({ bytes[$0] }), marker == 0x2D || marker == 0x2A || marker == 0x2B,
           let own = blocks[e].mark.first.map({ bytes[$0] }), own == 0x2D || own == 0x2A || own == 0x2B
        {
            let offset = Int(blocks[e].mark.lowerBound) - start
            if offset >= 0, offset < entry.count { entry[offset] = marker }
        }
        let at: Int
        if let last {
            var lastBlock = last
            while lastBlock + 1 < blocks.count, blocks.isDescendant(lastBlock + 1, of: last) || blocks[lastBlock + 1].kind == .blank && lastBlock + 2 < blocks.count && blocks.isDescendant(lastBlock + 2, of: last) { lastBlock += 1 }
            at = source.end(ofLine: Int(blocks[lastBlock].endLine) - 1)
            patches.append(TextPatch(range: at ..< at, replacement: (loose ? nl : []) + entry))
        } else {
            // No list yet: the entry goes after the section's own text, a blank line before it.
            let sectionTextEnd = contentEnd(before: k < blocks.count ? startWithLabels(k) : bytes.count)
            at = sectionTextEnd
            patches.append(TextPatch(range: at ..< at, replacement: nl + entry))
        }
        return (patches, at)
    }
}
