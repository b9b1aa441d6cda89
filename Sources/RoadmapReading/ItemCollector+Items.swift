import RoadmapText
import RoadmapModel
import RoadmapSyntax
import RoadmapIO

/// Building one item from its section: fields, deliverables, status and progress.
extension ItemCollector {
    // MARK: - Items

    mutating func addItem(section s: Int, groupStatus: Status?, groups: [String] = []) {
        let section = outline.sections[s]
        let blocks = context.blocks
        var fields: [Field] = []
        var summary: String? = nil
        var issues = IssueSet(section.title.issues.filter { EntryText.isTitleReference($0, in: section.title.plain) })
        var links: [Link] = section.title.links

        // Fields under the title (in RST, also below the first paragraph).
        var k = section.bodyStart
        while k < section.end, blocks[k].kind == .blank { k += 1 }
        let proseStart = k
        var fieldBlocks = k ..< k
        if let run = context.tree.itemFieldBlocks(in: section.bodyStart ..< section.end) {
            let indent = blocks[run.lowerBound].indent
            for f in run where blocks[f].kind == .field && blocks[f].indent == indent {
                let value = context.inlineText(of: f)
                fields.append(Field(key: context.source.string(blocks[f].mark), value: value.plain, line: context.line(ofBlock: f)))
                issues.merge(value.issues)
                links.append(contentsOf: value.links)
            }
            fieldBlocks = run
        }
        // Fields in the text: a Markdown fields paragraph under the title; in either dialect a
        // `**Status:** …` paragraph further on, or a list of `**Key:** value` entries.
        let proseFields = ProseFields.layout(context.tree, body: section.bodyStart ..< section.end)
        var proseFieldBlocks: [Int] = []
        for place in proseFields.places {
            let line = place.field
            let raw = line.openMarker.map { $0 + line.rawValue.trimming(" \t") } ?? line.rawValue
            let text = context.inlineText(Array(raw.utf8))
            let value = text.plain.trimming("*_ ")
            guard !value.isEmpty else { continue }
            fields.append(Field(key: line.key, value: value, line: place.line + 1))
            issues.merge(text.issues)
            links.append(contentsOf: text.links)
            if proseFieldBlocks.last != place.block { proseFieldBlocks.append(place.block) }
        }

        // Subsections titled as a field (`### Leads: Dana`) give one, unless the item has it already.
        for c in section.children {
            let child = outline.sections[c]
            guard var field = HeadingVocabulary.headingField(title: child.title.plain), fields[field.key] == nil else { continue }
            field.line = context.line(ofBlock: child.heading)
            if !field.value.isEmpty { fields.append(field) }
        }

        // Prose: summary, issues and links outside the checklist (an edit's read needs none).
        k = context.detail == .checklists ? section.end : proseStart
        var definitions = context.tree.format == .rst ? DefinitionListWalk(blocks) : nil
        // Past a break (`---`) in the document's last section comes its footer ("*Last updated:
        // 2025-12-01*"), not the item's summary.
        var pastFooterBreak = false
        while k < section.end {
            // The field values were read above; entries in a field's body are read below.
            if fieldBlocks.contains(k), blocks[k].kind != .listItem, blocks[k].parent < 0 { k += 1; continue }
            if !proseFieldBlocks.isEmpty, proseFieldBlocks.contains(k) { k += 1; continue }
            let b = blocks[k]
            // A definition list's terms are entries, and their definitions describe them: neither is the summary.
            let inDefinitionList = b.kind != .blank && (definitions?.step(k) ?? .other) != .other
            switch b.kind {
            case .paragraph, .heading, .field:
                if b.kind == .paragraph, b.parent >= 0, blocks[Int(b.parent)].hasCheckbox || context.checkboxAncestor(Int(b.parent)) >= 0 { break }
                let wantsSummary = summary == nil && context.detail == .full && b.kind == .paragraph && b.parent < 0 && !b.isFootnote && !inDefinitionList && !pastFooterBreak
                    && !(b.firstLine + 1 == b.endLine && EntryText.isListLabel(context.textBytes(of: k)))  // `**Done:**` labels a list
                let text = context.inlineText(of: k, needsPlain: wantsSummary)
                if wantsSummary, !text.plain.isEmpty { summary = text.plain }
                issues.merge(text.issues)
                links.append(contentsOf: text.links)
            case .listItem where !b.hasCheckbox:
                // (Also an entry nested under a deliverable: "- [ ] Sync" over "- see #29".)
                let text = context.inlineText(of: k, needsPlain: false)
                issues.merge(text.issues)
                links.append(contentsOf: text.links)
            case .thematicBreak where section.end == blocks.count:
                pastFooterBreak = true
            case .table where context.detail != .checklists:
                // Issues and links in a table's cells are the item's ("| Done | Drag | #1 |").
                for line in b.lines {
                    let text = context.inlineText(Array(context.source.bytes[context.source.contentRange(ofLine: line)]))
                    issues.merge(text.issues)
                    links.append(contentsOf: text.links)
                }
            default:
                break
            }
            k += 1
        }
        let deliverables = DeliverableBuilder.build(&context, blocks: section.bodyStart ..< section.end, fields: proseFields)
        let progress = deliverables.progress
        // A ticked box of a list summing the sections up (`- [x] **Phase 3: Review**`) says it is done.
        var marked = headingMark(s) ?? (rollUps.done.contains(s) ? .done : nil) ?? statusRemark(s)
        // Without a checklist, field or group to say it: plain lists under status labels
        // ("**Done:**", "Remaining:") and status tables say how far the item is, else plain
        // entries marked one by one ("[done] Types", "Search (later)").
        var markedProgress: (done: Int, total: Int)? = nil
        if marked == nil, progress.total == 0, fields.statusValue == nil, groupStatus == nil,
           let said = plainListStatus(section.bodyStart ..< section.ownBodyEnd(in: outline))
        {
            (marked, markedProgress) = (said.status, said.progress)
        }
        let explicit = fields.statusValue.flatMap(Status.init(text:)) != nil || marked != nil || groupStatus != nil
        let status = Self.status(field: fields.statusValue, mark: marked, group: groupStatus, done: progress.done, total: progress.total)

        let heading = blocks[section.heading]
        // Labels of the next heading (`.. _id:`, `<a id>`) belong to it, not to this section.
        var last = section.end - 1
        if section.end < blocks.count, blocks[section.end].kind == .heading, let labels = context.tree.labelStart(before: section.end), labels > section.heading {
            last = labels - 1
        }
        let endLine = last > section.heading ? Int(blocks[last].endLine) : Int(heading.endLine)
        var item = Item(id: section.anchor ?? "", title: section.title.plain, line: Int(context.source.lineIndex(ofByte: Int(heading.textStart))) + 1,
                        status: status, summary: summary, fields: fields, deliverables: deliverables, issues: issues.refs,
                        links: links, lineRange: Int(heading.firstLine) ..< endLine)
        item.groups = groups
        item.progress = markedProgress ?? Self.progress(of: deliverables, status: status, explicit: explicit)
        emit(item)
    }

    /// The status a field in the own text of section `s` gives (`:status: done`, `**Status:**
    /// In Progress`), as an item's fields are read.
    func statusField(of s: Int) -> Status? {
        let section = outline.sections[s]
        let own = section.bodyStart ..< section.ownBodyEnd(in: outline)
        if let run = context.tree.itemFieldBlocks(in: own),
            let f = run.first(where: { context.blocks[$0].kind == .field && Field.statusKeys.contains(context.source.string(context.blocks[$0].mark).lowercased()) })
        {
            return Status(text: String(decoding: context.textBytes(of: f), as: UTF8.self))
        }
        let place = ProseFields.layout(context.tree, body: own).places.first { Field.statusKeys.contains($0.field.key.lowercased()) }
        return place.flatMap { Status(text: $0.field.rawValue.trimming(" \t*_")) }
    }

    /// The status the heading of section `s` marks: `✅ Title`, `Title ✅`, `[x] Title`,
    /// `Title (done)`. A title that is a status word keeps that word's status, whatever mark
    /// stands before it.
    func headingMark(_ s: Int) -> Status? {
        guard roles.status[s] == nil else { return nil }
        let title = outline.sections[s].title.plain
        let mark = roles.decorated.contains(s) ? nil : Status.mark(before: title)
        return mark ?? roles.checkbox[s] ?? HeadingVocabulary.qualifierStatus(title: title)
    }

    /// The status of an item whose parts say theirs: done when all are, in progress when some
    /// are done or in progress, else the first part's.
    static func overall(_ parts: [Status]) -> Status {
        if parts.allSatisfy({ $0 == .done }) { return .done }
        if parts.contains(where: { $0 == .done || $0 == .inProgress }) { return .inProgress }
        return parts[0]
    }

    /// What plain lists in `range` say of their item's status: lists under status labels
    /// ("**Done:**") and status tables say it whole; else entries marked one by one give the
    /// status and the progress. Nil when nothing is said.
    func plainListStatus(_ range: Range<Int>) -> (status: Status, progress: (done: Int, total: Int)?)? {
        let lists = labelledListStatuses(range)
        let rows = tableStatuses(range)
        let said = lists.map(\.status) + rows
        if !said.isEmpty {
            // Entries under a label share its status: "**Done:**" over two and "**Remaining:**"
            // over three is 2/5 (a list of ideas beside them counts for neither); a status
            // table's rows count one by one.
            let entries = lists.reduce(0) { $0 + $1.entries } + rows.count
            let done = lists.reduce(0) { $0 + ($1.status == .done ? $1.entries : 0) } + rows.count { $0 == .done }
            return (Self.overall(said), (done, entries))
        }
        let entries = Self.entryMarkers(range, in: context)
        guard entries.contains(where: { $0 != nil }) else { return nil }
        let parts = entries.map { $0 ?? .planned }
        return (Self.overall(parts), (parts.count { $0 == .done }, parts.count))
    }

    /// The status each top-level plain entry of blocks `range` marks itself with, or nil: a
    /// bracketed prefix or suffix (`[done] Types`, `M1: Demo. [DONE]`), its own markup
    /// (`~~Sync~~`, `✅ Tauri`) or a status in parentheses (`Search (later)`, `Phase 1 (Done ✅)
    /// - the UI`, `CLI (shipped 2026-02-01)`).
    static func entryMarkers(_ range: Range<Int>, in context: ReadingContext) -> [Status?] {
        var out: [Status?] = []
        for k in range where context.blocks[k].kind == .listItem && context.blocks[k].parent < 0 && !context.blocks[k].hasCheckbox
            && !(context.blocks[k].indent > 0 && EntryText.statusLineValue(context.source.bytes[context.blocks[k].text]) != nil)
        {
            let text = String(decoding: context.textBytes(of: k).prefix { $0 != 0x0A }, as: UTF8.self)
            var status: Status? = nil
            if text.hasPrefix("["), let close = text.firstIndex(of: "]"), text.distance(from: text.startIndex, to: close) <= 14 {
                status = Status(text: String(text[text.index(after: text.startIndex) ..< close]))
            }
            if status == nil { status = Self.doneMark(ofEntry: text) }
            // A status in brackets at the end of the entry (`M1: Cluster demo. [DONE]`, `2.2
            // [Released] (final release)`) or in bold at its start (`**[Done]** Adopt OpenZL`); not
            // in its prose ("assigned to the [Backlog] for triage" is a link).
            var tail = Substring(text)
            while status == nil, let open = tail.firstIndex(of: "["), let close = tail[open...].firstIndex(of: "]") {
                let inside = tail[tail.index(after: open) ..< close]
                let before = String(text[..<open]).trimming(" \t*_\\")  // (`**\[Done\]**` in Markdown)
                let after = String(text[text.index(after: close)...]).trimming(" \t*_.")
                if inside.count <= 14, !inside.contains("("), open > text.startIndex, before.isEmpty || after.isEmpty || after.hasPrefix("(") {
                    status = Status(remark: String(inside))
                }
                tail = tail[tail.index(after: close)...]
            }
            var rest = Substring(text)
            while status == nil, let open = rest.firstIndex(of: "("), let close = rest[open...].firstIndex(of: ")") {
                let inside = rest[rest.index(after: open) ..< close]
                if inside.count <= 30 { status = Status(remark: String(inside)) }
                rest = rest[rest.index(after: close)...]
            }
            if status == nil { status = dashQualifier(ofEntry: text) }
            // (At the end of the whole entry, which may run over several lines.)
            if status == nil {
                let whole = context.textBytes(of: k)
                status = closingStatus(ofEntry: whole.count == text.utf8.count ? text : String(decoding: whole.map { $0 == 0x0A ? 0x20 : $0 }, as: UTF8.self))
            }
            // A status line nested under the entry: "1. Consistent v1 API" over "- Status: DONE".
            if status == nil { status = nestedStatus(of: k, in: range, context: context) }
            out.append(status)
        }
        return out
    }

    /// The status a `Status: …` entry nested right under entry `k` gives it (Kubernetes' early
    /// roadmap: "1. Consistent v1 API" over "- Status: DONE. Released in 0.15.0").
    static func nestedStatus(of k: Int, in range: Range<Int>, context: ReadingContext) -> Status? {
        var j = k + 1
        while j < range.upperBound, context.blocks[j].kind == .blank || context.blocks[j].parent >= Int32(k) && context.blocks.isDescendant(j, of: k) {
            if context.blocks[j].parent == Int32(k), context.blocks[j].kind == .listItem,
               let value = EntryText.statusLineValue(context.source.bytes[context.blocks[j].text]) {
                return Status(text: value)
            }
            j += 1
        }
        // Indented short of the entry's text ("1. API" over "  - Status: DONE"), the line makes a
        // list of its own to CommonMark, meant all the same as the entry's.
        if j < range.upperBound, context.blocks[j].kind == .listItem, context.blocks[j].parent < 0,
           context.blocks[j].indent > context.blocks[k].indent,
           let value = EntryText.statusLineValue(context.source.bytes[context.blocks[j].text]) {
            return Status(text: value)
        }
        return nil
    }

    /// The status a remark in parentheses standing alone under the title says: Ansible's
    /// "**(done)**", "**(pushed out to future release)**".
    func statusRemark(_ s: Int) -> Status? {
        let section = outline.sections[s]
        var k = section.bodyStart
        while k < section.ownBodyEnd(in: outline), context.blocks[k].kind == .blank { k += 1 }
        guard k < section.ownBodyEnd(in: outline), context.blocks[k].kind == .paragraph, context.blocks[k].parent < 0,
              context.blocks[k].endLine == context.blocks[k].firstLine + 1, context.blocks[k].textEnd - context.blocks[k].textStart <= 60,
              [0x28, 0x2A, 0x5F].contains(context.source.bytes[Int(context.blocks[k].textStart)]) else { return nil }  // `(`, `**(`, `_(`
        let text = String(decoding: context.textBytes(of: k), as: UTF8.self).trimming(" \t*_")
        guard text.hasPrefix("("), text.hasSuffix(")") else { return nil }
        return Status(remark: String(text.dropFirst().dropLast()))
    }

    /// The status an entry says at its end in bold or in capitals, as a note added when the work
    /// was done: "Convert installation to pip. **COMPLETED FEB 2021**", "Implement memoization
    /// DONE", "Windows support **(done)**". (Not a mark: see `dashQualifier`.)
    static func closingStatus(ofEntry text: String) -> Status? {
        let t = text.trimming(" \t.")
        guard t.utf8.count > 6 else { return nil }
        for marker in ["**", "__"] where t.hasSuffix(marker) {
            let body = t.dropLast(2)
            guard let open = body.ranges(of: marker).last, open.lowerBound > body.startIndex else { continue }
            let inside = String(body[open.upperBound...]).trimming(" \t()[]")
            if inside.count <= 30, let status = Status(remark: inside) { return status }
        }
        // A closing word in capitals: "… memoization DONE".
        guard let space = t.lastIndex(of: " ") else { return nil }
        let last = t[t.index(after: space)...]
        guard last.count >= 3, last.allSatisfy({ $0.isUppercase }),
              ["DONE", "COMPLETED", "COMPLETE", "FINISHED", "IMPLEMENTED", "FIXED", "MERGED", "SHIPPED", "RELEASED", "WIP"].contains(String(last))
        else { return nil }
        return Status(text: String(last))
    }

    /// The status a qualifier after a dash gives an entry, as it would a title: "v1.0 Redesign —
    /// shipped 2026-03-25", "Search - done". (Not a mark at the end: "Base game system ✅" in a
    /// list of dependencies says the dependency is met, not that the work is.)
    static func dashQualifier(ofEntry text: String) -> Status? {
        guard text.contains(" - ") || text.contains(" — ") || text.contains(" – ") else { return nil }
        // Its first sentence: "**API freeze** - shipped in 0.9.0. The surface is now sealed."
        let sentence = text.firstRange(of: ". ").map { String(text[..<$0.lowerBound]) } ?? text
        return HeadingVocabulary.qualifierStatus(title: sentence)
    }

    /// The status an entry's own markup gives it (its first line, as written): struck through
    /// whole (`~~Squirrel~~`, as GitHub shows what is done and gone), or a mark before it
    /// (`✅ Tauri`, `:construction: Sparkle`).
    static func doneMark(ofEntry text: String) -> Status? {
        let t = text.trimming(" \t")
        if t.count > 4, t.hasPrefix("~~"), t.hasSuffix("~~"), !t.dropFirst(2).dropLast(2).contains("~~") { return .done }
        // Struck through, then said so: "~~Language switch broken~~ **Fixed** (2026-04-29)".
        let body = t.dropFirst(2)
        if t.count > 4, t.hasPrefix("~~"), let close = body.indices.first(where: { body[$0...].hasPrefix("~~") }), close > body.startIndex {
            let after = String(body[body.index(close, offsetBy: 2)...]).trimming(" \t*_.,:;—–-")
            if !after.contains("~~"), Status(text: after) == .done { return .done }
        }
        return Status.mark(before: t)
    }

    /// An item's progress: its checkbox deliverables, checked over all. Plain entries (an item
    /// without checkboxes) have no state of their own; they count only when the item's status
    /// is given (a status field or group) and decides them: all done, or none.
    static func progress(of deliverables: [Deliverable], status: Status, explicit: Bool) -> (done: Int, total: Int) {
        let counted = deliverables.progress
        guard counted.total == 0, explicit, !deliverables.isEmpty else { return counted }
        let plain = deliverables.count
        switch status {
        case .done: return (plain, plain)
        case .planned, .backlog: return (0, plain)
        case .inProgress: return counted
        }
    }

    /// An item's status: its `status` field; else the mark before its title (`✅`); else a
    /// "done" group; else what its checklist shows when something is checked; else its
    /// group's; else planned.
    static func status(field: String?, mark: Status? = nil, group: Status?, done: Int, total: Int) -> Status {
        if let field, let s = Status(text: field) { return s }
        if let mark { return mark }
        if group == .done { return .done }
        let derived = Status.derived(done: done, total: total)
        if derived != .planned { return derived }
        return group ?? .planned
    }
}
