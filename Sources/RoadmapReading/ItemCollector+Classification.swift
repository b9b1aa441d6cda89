import RoadmapText
import RoadmapModel
import RoadmapSyntax
import RoadmapIO

/// Which sections are meetings, groups, items or prose.
extension ItemCollector {
    // MARK: - Classification

    func isMeeting(_ s: Int) -> Bool { meetings.contains(s) }

    func containsMeeting(_ s: Int) -> Bool {
        var stack = outline.sections[s].children
        while let c = stack.popLast() {
            if isMeeting(c) { return true }
            stack.append(contentsOf: outline.sections[c].children)
        }
        return false
    }

    func hasCheckbox(blocks range: Range<Int>) -> Bool {
        range.contains { context.blocks[$0].kind == .listItem && context.blocks[$0].hasCheckbox }
    }

    func hasStatusField(_ s: Int) -> Bool {
        var k = outline.sections[s].bodyStart
        while k < outline.sections[s].ownBodyEnd(in: outline), context.blocks[k].kind == .blank { k += 1 }
        guard k < context.blocks.count else { return false }
        let b = context.blocks[k]
        if b.kind == .field { return context.source.string(b.mark).lowercased() == "status" }
        if b.kind == .paragraph {
            // "status", any case, in the bytes: no string is made for the many that lack it.
            let needle: [UInt8] = Array("status".utf8)
            let t = context.source.bytes[b.text]
            var i = t.startIndex
            var mentions = false
            while i + needle.count <= t.endIndex {
                if t[i] | 0x20 == 0x73, (1 ..< needle.count).allSatisfy({ t[i + $0] | 0x20 == needle[$0] }) { mentions = true; break }
                i += 1
            }
            // A field line (`**Status:** In design`), not prose that names a status ("group by
            // area, phase, status").
            return mentions && context.source.string(b.text).split(whereSeparator: \.isNewline).contains { line in
                MarkdownFieldLine(String(line)).map { $0.key.lowercased() == "status" } ?? false
            }
        }
        return false
    }

    /// Whether the section has list entries of its own (before its first subsection).
    func hasListEntries(blocks range: Range<Int>) -> Bool {
        range.contains { context.blocks[$0].kind == .listItem }
    }

    /// Whether section `s` groups items rather than being one: it has no checklist of its own,
    /// and a subsection is a status group, or holds a checklist or a status field, or (when `s`
    /// has no list of its own) a list of its own. Subsections that are parts of an item
    /// ("Tasks", "Motivation") and meetings do not count, so a single "Tasks" subsection stays
    /// part of its item while a milestone with one component is a group like one with two.
    /// A section shaped like a group that stands beside one is a group too.
    func isGroup(_ s: Int) -> Bool {
        groupsByItsSubsections(s) || isShapedLikeAGroupBeside(s)
    }

    /// How many sibling sections on each side `isShapedLikeAGroupBeside` looks at: enough for
    /// the phases or releases of a roadmap, bounded so that thousands of siblings cost no more.
    static let siblingReach = 8

    /// Sibling sections of one shape read alike: `## Phase 0` over milestone subsections of
    /// prose is a group when a nearby `## Phase 2` of the same level is one by its own
    /// subsections (a milestone there has a list), so no phase's milestones vanish into one
    /// item. Status groups, parts of items and meetings neither count nor are counted.
    private func isShapedLikeAGroupBeside(_ s: Int) -> Bool {
        let section = outline.sections[s]
        guard !isProcessDocument, !section.children.isEmpty, !templated.contains(s), roles.status[s] == nil, !roles.isNonItem[s],
              !isMeeting(s), !hasCheckbox(blocks: section.bodyStart ..< section.ownBodyEnd(in: outline))
        else { return false }
        // Two subsections of their own; or one of a title alone, which cannot be a part of the
        // section's text (`## 2.0` over `### Plugin API`, beside `## 3.0` over two).
        let own = section.children.count(where: { roles.status[$0] == nil && saysSomethingOfItsOwn($0) })
        guard own >= 2 || own == 1 && section.children.count == 1 && isTitleAlone(section.children[0]) else { return false }
        let siblings = section.parent.map { outline.sections[$0].children } ?? outline.roots
        guard let at = siblings.firstIndex(of: s) else { return false }
        let near = siblings[max(0, at - Self.siblingReach) ..< min(siblings.count, at + Self.siblingReach + 1)]
        return near.contains { o in
            o != s && outline.sections[o].level == section.level && roles.status[o] == nil && !roles.isNonItem[o]
                && !isMeeting(o) && groupsByItsSubsections(o)
        }
    }

    /// `isGroup` by the section's own subsections alone.
    private func groupsByItsSubsections(_ s: Int) -> Bool {
        let section = outline.sections[s]
        guard !section.children.isEmpty else { return false }
        // "## Roadmap" over subsections (a document that repeats its title): it holds the items,
        // even where each year's roadmap has the same parts ("Katib 2021 Roadmap", "… 2020 Roadmap").
        if roles.namesTheRoadmap[s], section.children.contains(where: saysSomethingOfItsOwn) { return true }
        guard !templated.contains(s) else { return false }
        let ownEnd = section.ownBodyEnd(in: outline)
        if hasCheckbox(blocks: section.bodyStart ..< ownEnd) { return false }
        let ownList = hasListEntries(blocks: section.bodyStart ..< ownEnd)
        // An item with a list of its own may keep one status part ("Nice to have", "Done"):
        // it is still the item, not a group of one.
        let statusChildren = section.children.count { roles.status[$0] != nil }
        for c in section.children {
            let child = outline.sections[c]
            if roles.status[c] != nil {
                if ownList && statusChildren == 1 { continue }
                return true
            }
            if isMeeting(c) || roles.isPart[c] { continue }
            // A ticked or open heading (`### [x] CLI`) is a checklist entry of its own.
            let checklist = hasCheckbox(blocks: child.bodyStart ..< child.end) || roles.checkbox[c] != nil
            if checklist || hasStatusField(c) { return true }
            if roles.isNonItem[c] { continue }
            // A table of features with their status: its rows are items, and this a group of them.
            if child.children.isEmpty, itemTable(in: child.bodyStart ..< child.end, group: false) != nil { return true }
            if !ownList && !isProcessDocument && hasListEntries(blocks: child.bodyStart ..< child.ownBodyEnd(in: outline)) { return true }
            if !child.children.isEmpty && groupsByItsSubsections(c) { return true }
        }
        // A heading over two or more subsections of prose ("Points pending a PDEP" over
        // "Extensibility", "String data type") names what they are. So does one with an
        // introduction of prose that names a collection ("Near Term Plans", a sentence, then
        // "TLS Hardening" and "ECC Refactoring"); "Sync" over "Phase 1" and "Phase 2" is one item.
        let introduced = hasContent(section.bodyStart ..< ownEnd)
        if !isProcessDocument, section.children.count >= 2,
            !introduced || (!ownList && roles.namesACollection[s] && !hasTable(section.bodyStart ..< ownEnd)),
            section.children.allSatisfy(saysSomethingOfItsOwn)
        {
            return true
        }
        return false
    }

    /// Whether section `c` is a title and nothing more.
    private func isTitleAlone(_ c: Int) -> Bool {
        let child = outline.sections[c]
        return child.children.isEmpty && !hasContent(child.bodyStart ..< child.end)
    }

    /// Whether subsection `c` may be an item in a group: it is no meeting, part of an item or
    /// section about the document, and has content. A subsection of a title alone (`### Plugin
    /// API` under `## 2.0`) says its title: a feature named and not yet described.
    private func saysSomethingOfItsOwn(_ c: Int) -> Bool {
        guard !isMeeting(c), !roles.isPart[c], !roles.isNonItem[c] else { return false }
        let child = outline.sections[c]
        return hasContent(child.bodyStart ..< child.end) || child.children.isEmpty && !child.title.plain.isEmpty
    }

    /// The statuses of the plain lists in blocks `range`, by the labels above them (a paragraph
    /// of one line ending in a colon: `**Done (local):**`, `Remaining:`). Every top-level list counts once: under a known label, that label's status; under none
    /// or another label, open (planned). A backlog label ("Nice to have:") speaks only for its
    /// own list, so it counts only when every list is backlog. Empty when no list has a known label.
    func labelledListStatuses(_ range: Range<Int>) -> [(status: Status, entries: Int)] {
        var out: [(status: Status, entries: Int)] = []
        var known = false
        var previous: Int? = nil  // the last block that was not blank
        for k in range {
            let b = context.blocks[k]
            if b.kind == .blank { continue }
            defer { previous = k }
            // The first entry of a top-level list: what stands above it labels the list.
            guard b.kind == .listItem, b.parent < 0 else { continue }
            if let p = previous, context.blocks[p].kind == .listItem || context.blocks[p].parent >= 0 {
                if !out.isEmpty { out[out.count - 1].entries += 1 }
                continue
            }
            var status = Status.planned
            var labelText: String? = nil
            if let p = previous, context.blocks[p].kind == .paragraph, context.blocks[p].parent < 0, context.blocks[p].firstLine + 1 == context.blocks[p].endLine {
                labelText = String(decoding: context.textBytes(of: p), as: UTF8.self).trimming(" \t*_")
            } else if let p = previous, context.blocks[p].kind == .html, let summary = Self.detailsSummary(context.source.string(context.source.start(ofLine: Int(context.blocks[p].firstLine)) ..< context.source.end(ofLine: Int(context.blocks[p].endLine) - 1))) {
                // `<details><summary>Completed</summary>` over the list: a label that folds it away.
                labelText = summary + ":"
            }
            if let text = labelText {
                if text.hasSuffix(":"), text.utf8.count <= 80 {
                    let label = String(text.dropLast()).trimming(" \t*_")
                    let first = label.lowercased().split(separator: " ").first.map(String.init) ?? ""
                    if let s = HeadingVocabulary.groupStatus(title: label) {
                        status = s
                        known = true
                    } else if ["remaining", "pending", "outstanding", "missing", "left"].contains(first) {
                        known = true
                    } else if HeadingVocabulary.isNonItem(title: label) {
                        // "Not going to do:", "Out of scope:": counted for neither, as ideas are.
                        status = .backlog
                    }
                }
            }
            out.append((status, 1))
        }
        guard known else { return [] }
        // Lists of ideas ("Nice to have:") say nothing of how far the item is, beside others.
        let decided = out.filter { $0.status != .backlog }
        return decided.isEmpty ? out : decided
    }

    /// The text of the `<summary>` of an HTML `<details>` block, tags removed: "Completed" in
    /// `<details><summary><b>Completed</b></summary>`.
    static func detailsSummary(_ html: String) -> String? {
        guard html.range(ofLowercased: "<details") != nil, let open = html.range(ofLowercased: "<summary"),
              let close = html.range(ofLowercased: "</summary>"),
              let start = html[open.upperBound...].firstIndex(of: ">"), start < close.lowerBound else { return nil }
        var text = ""
        var inTag = false
        for c in html[html.index(after: start) ..< close.lowerBound] {
            if c == "<" { inTag = true } else if c == ">" { inTag = false } else if !inTag { text.append(c) }
        }
        let trimmed = text.trimming(" \t\n\r")
        return trimmed.isEmpty ? nil : trimmed
    }

    /// The statuses a table in blocks `range` gives in its "Status" (or "State") column, row
    /// by row: `| 1 | coverage audit | ✅ Done |` (a Markdown pipe table or an RST grid table
    /// whose cells are one line each).
    func tableStatuses(_ range: Range<Int>) -> [Status] {
        var out: [Status] = []
        for k in range where context.blocks[k].kind == .table {
            var column: Int? = nil
            for i in context.blocks[k].lines {
                let line = context.source.line(i).trimming(" \t")
                // A pipe table's rows, or a grid table's (`| a | b |` between `+---+` borders).
                guard line.hasPrefix("|") || context.tree.format == .markdown && line.contains("|") else { continue }
                let cells = PipeTableRow.cells(line)
                guard let c = column else {
                    column = cells.firstIndex { PipeTableRow.statusHeaders.contains(PipeTableRow.headerName($0)) }
                    if column == nil { break }  // no status column: the table says nothing of progress
                    // A legend (`| Status | Meaning |`) or a list of people lists no work.
                    if cells.map(PipeTableRow.headerName).contains(where: ItemCollector.otherTableHeaders.contains) { break }
                    continue
                }
                if PipeTableRow.isDelimiter(cells) { continue }
                // A value the reader does not know (📝, "Blocked", "Not supported") is not done.
                if c < cells.count, !cells[c].isEmpty { out.append(Status(text: cells[c]) ?? .planned) }
            }
        }
        return out
    }

    /// Whether blocks `range` hold a table.
    func hasTable(_ range: Range<Int>) -> Bool { range.contains { context.blocks[$0].kind == .table } }

    /// Whether blocks `range` hold anything but blank lines, labels and comments (the labels
    /// of the heading after it, `<a id="x"></a>` and `.. _x:`, belong to that heading).
    func hasContent(_ range: Range<Int>) -> Bool {
        var end = range.upperBound
        if end < context.blocks.count, context.blocks[end].kind == .heading, let l = context.tree.labelStart(before: end) { end = max(range.lowerBound, l) }
        return (range.lowerBound ..< end).contains { k in
            let kind = context.blocks[k].kind
            return kind == .paragraph || kind == .listItem || kind == .field || kind == .table || kind == .literal || kind == .quote
        }
    }
}
