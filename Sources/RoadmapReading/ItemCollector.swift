import RoadmapText
import RoadmapModel
import RoadmapSyntax
import RoadmapIO
/// Decides which sections are items, groups, meetings or prose, and builds the items.
struct ItemCollector {
    var context: ReadingContext
    let outline: SectionOutline
    let isProcessDocument: Bool
    /// The sections that are meetings (`MeetingLayout` decides).
    let meetings: Set<Int>
    var items: [Item] = []
    var meetingSections: Set<Int> = []
    /// Where finished items go when the caller streams them instead of keeping them.
    let sink: ((Item) -> Void)?
    /// Gives ids as items come; nil when the caller gives them afterwards (parallel reading).
    private var ids: IDAssigner?
    /// Sections whose subsections follow a template their siblings share (every release has
    /// "Goals" and "Status"): such subsections are parts of an item, in any language.
    private let templated: Set<Int>
    private let roles: SectionRoles

    /// `templated`: `templatedSections(outline)`, when the caller has it already (a large
    /// document's chunks share one).
    init(context: ReadingContext, outline: SectionOutline, isProcessDocument: Bool, meetings: Set<Int> = [], assignIDs: Bool = true,
         templated: Set<Int>? = nil, roles: SectionRoles? = nil, sink: ((Item) -> Void)? = nil) {
        self.context = context
        self.outline = outline
        self.isProcessDocument = isProcessDocument
        self.meetings = meetings
        self.sink = sink
        ids = assignIDs ? IDAssigner(anchors: outline.sections.compactMap(\.anchor)) : nil
        self.templated = templated ?? Self.templatedSections(outline)
        self.roles = roles ?? SectionRoles(outline, workflow: context.workflow)
    }

    /// The sections with two or more subsections whose every subsection title recurs under a
    /// sibling section. One pass: per parent, how many of its children have each title below them.
    static func templatedSections(_ outline: SectionOutline) -> Set<Int> {
        var titles: [Int: [String]] = [:]
        var counts: [Int: [String: Int]] = [:]  // parent (-1: none) → title → sections having it
        // A section is templated only beside a sibling with two or more subsections too: a
        // parent with one such child (a long roadmap's title) makes no words for it.
        var candidates: [Int: Int] = [:]  // parent → its children with two or more subsections
        for section in outline.sections where section.children.count >= 2 { candidates[section.parent ?? -1, default: 0] += 1 }
        for (s, section) in outline.sections.enumerated() where section.children.count >= 2 && candidates[section.parent ?? -1]! >= 2 {
            let own = Set(section.children.map { HeadingVocabulary.words(outline.sections[$0].title.plain).joined(separator: " ") })
            titles[s] = Array(own)
            let parent = section.parent ?? -1
            for t in own { counts[parent, default: [:]][t, default: 0] += 1 }
        }
        var out = Set<Int>()
        for (s, own) in titles {
            let parent = outline.sections[s].parent ?? -1
            if let c = counts[parent], own.allSatisfy({ c[$0, default: 0] >= 2 }) { out.insert(s) }
        }
        return out
    }

    /// Gives `item` its id (when this collector gives ids) and hands it on.
    private mutating func emit(_ item: Item) {
        var item = item
        if let workflow = context.workflow {
            // A stage the item's field or group names decides its status; else its status
            // decides its stage.
            if let stage = workflow.explicitStage(of: item) {
                item.stage = stage.name
                if item.status != stage.status {
                    item.status = stage.status
                    item.progress = Self.progress(of: item.deliverables, status: stage.status, explicit: true)
                }
            } else {
                item.stage = workflow.stage(for: item.status).name
            }
        }
        if context.detail == .outline { item.deliverables = [] }  // the progress is kept
        if ids != nil, let warning = ids!.assign(&item) { context.diagnostics.append(warning) }
        if let sink { sink(item) } else { items.append(item) }
    }

    /// Titles that make a section a group of items with one status.
    static func groupStatus(title: String) -> Status? { HeadingVocabulary.groupStatus(title: title) }

    // MARK: - Classification

    func isMeeting(_ s: Int) -> Bool { meetings.contains(s) }

    private func containsMeeting(_ s: Int) -> Bool {
        var stack = outline.sections[s].children
        while let c = stack.popLast() {
            if isMeeting(c) { return true }
            stack.append(contentsOf: outline.sections[c].children)
        }
        return false
    }

    private func hasCheckbox(blocks range: Range<Int>) -> Bool {
        range.contains { context.blocks[$0].kind == .listItem && context.blocks[$0].hasCheckbox }
    }

    private func hasStatusField(_ s: Int) -> Bool {
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
            while i + needle.count <= t.endIndex {
                if t[i] | 0x20 == 0x73, (1 ..< needle.count).allSatisfy({ t[i + $0] | 0x20 == needle[$0] }) { return true }
                i += 1
            }
            return false
        }
        return false
    }

    /// Whether the section has list entries of its own (before its first subsection).
    private func hasListEntries(blocks range: Range<Int>) -> Bool {
        range.contains { context.blocks[$0].kind == .listItem }
    }

    /// Whether section `s` groups items rather than being one: it has no checklist of its own,
    /// and a subsection is a status group, or holds a checklist or a status field, or (when `s`
    /// has no list of its own) a list of its own. Subsections that are parts of an item
    /// ("Tasks", "Motivation") and meetings do not count, so a single "Tasks" subsection stays
    /// part of its item while a milestone with one component is a group like one with two.
    private func isGroup(_ s: Int) -> Bool {
        let section = outline.sections[s]
        guard !section.children.isEmpty, !templated.contains(s) else { return false }
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
            let checklist = hasCheckbox(blocks: child.bodyStart ..< child.end)
            if checklist || hasStatusField(c) { return true }
            if roles.isNonItem[c] { continue }
            if !ownList && !isProcessDocument && hasListEntries(blocks: child.bodyStart ..< child.ownBodyEnd(in: outline)) { return true }
            if !child.children.isEmpty && isGroup(c) { return true }
        }
        // A heading with nothing of its own over two or more subsections of prose ("Points
        // pending a PDEP" over "Extensibility", "String data type") names what they are.
        if !isProcessDocument, section.children.count >= 2, !hasContent(section.bodyStart ..< ownEnd),
            section.children.allSatisfy({ c in
                !isMeeting(c) && !roles.isPart[c] && !roles.isNonItem[c]
                    && hasContent(outline.sections[c].bodyStart ..< outline.sections[c].end)
            })
        {
            return true
        }
        return false
    }

    /// The statuses of the plain lists in blocks `range`, by the labels above them (a paragraph
    /// of one line ending in a colon: `**Done (local):**`, `Remaining:`). Every top-level list counts once: under a known label, that label's status; under none
    /// or another label, open (planned). A backlog label ("Nice to have:") speaks only for its
    /// own list, so it counts only when every list is backlog. Empty when no list has a known label.
    private func labelledListStatuses(_ range: Range<Int>) -> [Status] {
        var out: [Status] = []
        var known = false
        var previous: Int? = nil  // the last block that was not blank
        for k in range {
            let b = context.blocks[k]
            if b.kind == .blank { continue }
            defer { previous = k }
            // The first entry of a top-level list: what stands above it labels the list.
            guard b.kind == .listItem, b.parent < 0 else { continue }
            if let p = previous, context.blocks[p].kind == .listItem || context.blocks[p].parent >= 0 { continue }
            var status = Status.planned
            if let p = previous, context.blocks[p].kind == .paragraph, context.blocks[p].parent < 0, context.blocks[p].firstLine + 1 == context.blocks[p].endLine {
                let text = String(decoding: context.textBytes(of: p), as: UTF8.self).trimming(" \t*_")
                if text.hasSuffix(":"), text.utf8.count <= 80 {
                    let label = String(text.dropLast()).trimming(" \t*_")
                    let first = label.lowercased().split(separator: " ").first.map(String.init) ?? ""
                    if let s = HeadingVocabulary.groupStatus(title: label) {
                        status = s
                        known = true
                    } else if ["remaining", "pending", "outstanding", "missing", "left"].contains(first) {
                        known = true
                    }
                }
            }
            out.append(status)
        }
        guard known else { return [] }
        let decided = out.filter { $0 != .backlog }
        return decided.isEmpty ? out : decided
    }

    /// The statuses a table in blocks `range` gives in its "Status" (or "State") column, row
    /// by row: `| 1 | coverage audit | ✅ Done |` (a Markdown pipe table or an RST grid table
    /// whose cells are one line each).
    private func tableStatuses(_ range: Range<Int>) -> [Status] {
        var out: [Status] = []
        for k in range where context.blocks[k].kind == .table {
            var column: Int? = nil
            for i in context.blocks[k].lines {
                let line = context.source.line(i).trimming(" \t")
                // A pipe table's rows, or a grid table's (`| a | b |` between `+---+` borders).
                guard line.hasPrefix("|") || context.tree.format == .markdown && line.contains("|") else { continue }
                let cells = PipeTableRow.cells(line)
                guard let c = column else {
                    column = cells.firstIndex { ["status", "state", "done?", "progress"].contains($0.lowercased().trimming(" *_")) }
                    if column == nil { break }  // no status column: the table says nothing of progress
                    continue
                }
                if PipeTableRow.isDelimiter(cells) { continue }
                // A value the reader does not know (📝, "Blocked", "Not supported") is not done.
                if c < cells.count, !cells[c].isEmpty { out.append(Status(text: cells[c]) ?? .planned) }
            }
        }
        return out
    }

    /// Whether blocks `range` hold anything but blank lines, labels and comments (the labels
    /// of the heading after it, `<a id="x"></a>` and `.. _x:`, belong to that heading).
    private func hasContent(_ range: Range<Int>) -> Bool {
        var end = range.upperBound
        if end < context.blocks.count, context.blocks[end].kind == .heading, let l = context.tree.labelStart(before: end) { end = max(range.lowerBound, l) }
        return (range.lowerBound ..< end).contains { k in
            let kind = context.blocks[k].kind
            return kind == .paragraph || kind == .listItem || kind == .field || kind == .table || kind == .literal || kind == .quote
        }
    }

    // MARK: - Collecting

    /// Reads section `s` (and what it holds) as meetings, groups, items or prose. `groups` are
    /// the titles of the group sections around it.
    /// `inherited`: the status of a status group around the groups around it ("Backlog ›
    /// Platform › Packaging" is backlog).
    mutating func collect(section s: Int, groups: [String] = [], inherited: Status? = nil) {
        let section = outline.sections[s]
        if isMeeting(s) {
            meetingSections.insert(s)
            return
        }
        let title = section.title.plain
        let ownEnd = section.ownBodyEnd(in: outline)
        if let status = roles.status[s] {
            // A status word over nothing to group ("## Next", then a paragraph) is an item of
            // that status: its text must not vanish.
            if section.children.isEmpty, !hasListEntries(blocks: section.bodyStart ..< ownEnd), hasContent(section.bodyStart ..< ownEnd) {
                if !isProcessDocument { addItem(section: s, groupStatus: status, groups: groups) }
                return
            }
            let inner = groups + [title]
            // The group's own list entries are items ("- Dark mode" under "Idea Backlog"); a
            // process document's lists are items only in its backlog (seed 002's "Idea Backlog")
            // or when they are tasks.
            if !isProcessDocument || status == .backlog || hasCheckbox(blocks: section.bodyStart ..< ownEnd) {
                // Entries that name the group's subsections are its table of contents, not items.
                let contents = Set(section.children.map { EntryText.contentsKey(outline.sections[$0].title.plain) })
                collectListItems(in: section.bodyStart ..< ownEnd, status: status, groups: inner, skipping: contents)
            }
            for c in section.children {
                let child = outline.sections[c]
                if isMeeting(c) { meetingSections.insert(c); continue }
                // In a process document only sections with a checklist are items, grouped or not.
                if isProcessDocument && !hasCheckbox(blocks: child.bodyStart ..< child.end) { continue }
                if isGroup(c) || roles.status[c] != nil {
                    collect(section: c, groups: inner, inherited: status)
                } else {
                    addItem(section: c, groupStatus: status, groups: inner)
                }
            }
            return
        }
        let anyCheckbox = hasCheckbox(blocks: section.bodyStart ..< section.end)
        if roles.isNonItem[s] && !anyCheckbox { return }
        if containsMeeting(s) || isGroup(s) {
            // Tasks the group holds itself, before its first subsection, are not lost.
            if hasCheckbox(blocks: section.bodyStart ..< ownEnd) {
                addUntitledItem(title: section.title.plain, anchor: section.anchor, heading: section.heading,
                                body: section.bodyStart ..< ownEnd, groups: groups)
            }
            for c in section.children { collect(section: c, groups: groups + [title], inherited: inherited) }
            return
        }
        if isProcessDocument && !anyCheckbox { return }
        addItem(section: s, groupStatus: inherited, groups: groups)
    }

    /// The top-level list entries of blocks `range` (the body of a backlog or status group)
    /// become items with `status`.
    private mutating func collectListItems(in range: Range<Int>, status: Status, groups: [String], skipping contents: Set<String> = []) {
        var k = range.lowerBound
        while k < range.upperBound {
            let b = context.blocks[k]
            if b.kind == .listItem && b.parent < 0 {
                let text = context.inlineText(of: k)
                if !b.hasCheckbox, contents.contains(EntryText.contentsKey(text.plain)) {
                    k += 1
                    continue
                }
                // Nested checkbox entries are the idea's deliverables.
                var end = k + 1
                while end < range.upperBound, isDescendant(end, of: k) || context.blocks[end].kind == .blank && end + 1 < range.upperBound && isDescendant(end + 1, of: k) { end += 1 }
                let deliverables = DeliverableBuilder.build(&context, blocks: (k + 1) ..< end, plainParent: k)
                var title = text.plain
                var summary: String? = nil
                // "**Templated notifier** — the same idea for delivery": a bold lead-in is the
                // title, the rest describes it.
                if !b.hasCheckbox, let leadIn = EntryText.boldLeadIn(context.textBytes(of: k)) {
                    title = context.inlineText(leadIn.title).plain
                    summary = context.inlineText(leadIn.rest).plain
                } else if !b.hasCheckbox, title.count > 100, let stop = EntryText.firstSentenceEnd(title), title.distance(from: title.startIndex, to: stop) >= 12 {
                    // A paragraph of an entry: its first sentence names it, the whole describes it.
                    summary = title
                    title = String(title[..<stop])
                }
                var item = Item(id: "", title: title, line: context.line(ofBlock: k), status: status, summary: summary, deliverables: deliverables,
                                issues: text.issues, links: text.links, lineRange: Int(b.firstLine) ..< Int(context.blocks[end - 1].endLine))
                // The entry's own checkbox is more precise than its group.
                if b.hasCheckbox { item.status = b.isChecked ? .done : (status == .done ? .planned : status) }
                item.groups = groups
                item.origin = .listEntry
                item.progress = Self.progress(of: item.deliverables, status: item.status, explicit: true)
                emit(item)
                k = end
                continue
            }
            k += 1
        }
    }






    /// The tasks of blocks `body` that stand outside any item (under a title or group heading
    /// before its first subsection, or in a document without headings), as one item named
    /// `title`: a checklist never vanishes.
    mutating func addUntitledItem(title: String, anchor: String?, heading: Int?, body: Range<Int>, groups: [String]) {
        let deliverables = DeliverableBuilder.build(&context, blocks: body)
        guard !deliverables.isEmpty else { return }
        var issues = IssueSet([])
        var links: [Link] = []
        var summary: String? = nil
        for k in body {
            let b = context.blocks[k]
            // Prose and plain entries outside the checklist: the summary, issues and links.
            let plainEntry = b.kind == .listItem && !b.hasCheckbox && context.checkboxAncestor(k) < 0
            let prose = b.kind == .paragraph && (b.parent < 0 || context.checkboxAncestor(Int(b.parent)) < 0 && !context.blocks[Int(b.parent)].hasCheckbox)
            guard plainEntry || prose else { continue }
            let text = context.inlineText(of: k, needsPlain: summary == nil)
            if summary == nil, context.detail == .full, b.kind == .paragraph, b.parent < 0, !b.isFootnote, !text.plain.isEmpty { summary = text.plain }
            issues.merge(text.issues)
            links.append(contentsOf: text.links)
        }
        let first = heading ?? body.lowerBound
        let line = heading.map { Int(context.source.lineIndex(ofByte: Int(context.blocks[$0].textStart))) + 1 }
            ?? Int(context.blocks[deliverablesStart(in: body)].firstLine) + 1
        let progress = deliverables.progress
        var item = Item(id: anchor ?? "", title: title, line: line,
                        status: Self.status(field: nil, group: nil, done: progress.done, total: progress.total),
                        summary: summary, deliverables: deliverables, issues: issues.refs, links: links,
                        lineRange: Int(context.blocks[first].firstLine) ..< Int(context.blocks[body.upperBound - 1].endLine))
        item.groups = groups
        item.origin = .untitled
        emit(item)
    }

    private func deliverablesStart(in body: Range<Int>) -> Int {
        body.first { context.blocks[$0].kind == .listItem } ?? body.lowerBound
    }

    private func isDescendant(_ k: Int, of ancestor: Int) -> Bool { context.blocks.isDescendant(k, of: ancestor) }

    // MARK: - Items

    private mutating func addItem(section s: Int, groupStatus: Status?, groups: [String] = []) {
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
        } else if k < section.end, blocks[k].kind == .paragraph, context.tree.format == .markdown, let parsed = markdownFields(block: k) {
            fields = parsed.fields
            issues.merge(parsed.issues.refs)
            links.append(contentsOf: parsed.links)
            fieldBlocks = k ..< k + 1
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
        while k < section.end {
            // The field values were read above; entries in a field's body are read below.
            if fieldBlocks.contains(k), blocks[k].kind != .listItem, blocks[k].parent < 0 { k += 1; continue }
            let b = blocks[k]
            switch b.kind {
            case .paragraph, .heading, .field:
                if b.kind == .paragraph, b.parent >= 0, blocks[Int(b.parent)].hasCheckbox || context.checkboxAncestor(Int(b.parent)) >= 0 { break }
                let wantsSummary = summary == nil && context.detail == .full && b.kind == .paragraph && b.parent < 0 && !b.isFootnote
                    && !(b.firstLine + 1 == b.endLine && EntryText.isListLabel(context.textBytes(of: k)))  // `**Done:**` labels a list
                let text = context.inlineText(of: k, needsPlain: wantsSummary)
                if wantsSummary, !text.plain.isEmpty { summary = text.plain }
                issues.merge(text.issues)
                links.append(contentsOf: text.links)
            case .listItem where !b.hasCheckbox && context.checkboxAncestor(k) < 0:
                let text = context.inlineText(of: k, needsPlain: false)
                issues.merge(text.issues)
                links.append(contentsOf: text.links)
            default:
                break
            }
            k += 1
        }
        let deliverables = DeliverableBuilder.build(&context, blocks: section.bodyStart ..< section.end)
        let progress = deliverables.progress
        // A title that is a status word keeps that word's status, whatever mark stands before it.
        var marked = roles.status[s] != nil ? nil : Status.mark(before: section.title.plain) ?? HeadingVocabulary.qualifierStatus(title: section.title.plain)
        // Without a checklist, field or group to say it: plain lists under status labels
        // ("**Done:**", "Remaining:") and status tables say how far the item is, else plain
        // entries marked one by one ("[done] Types", "Search (later)").
        var markedProgress: (done: Int, total: Int)? = nil
        if marked == nil, progress.total == 0, fields["status"] == nil, groupStatus == nil {
            let own = section.bodyStart ..< section.ownBodyEnd(in: outline)
            let said = labelledListStatuses(own) + tableStatuses(own)
            let entries = said.isEmpty ? entryMarkers(own) : []
            if !said.isEmpty {
                marked = Self.overall(said)
            } else if entries.contains(where: { $0 != nil }) {
                let parts = entries.map { $0 ?? .planned }
                marked = Self.overall(parts)
                markedProgress = (parts.count { $0 == .done }, parts.count)
            }
        }
        let explicit = fields["status"].flatMap(Status.init(text:)) != nil || marked != nil || groupStatus != nil
        let status = Self.status(field: fields["status"], mark: marked, group: groupStatus, done: progress.done, total: progress.total)

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

    /// The status of an item whose parts say theirs: done when all are, in progress when some
    /// are done or in progress, else the first part's.
    static func overall(_ parts: [Status]) -> Status {
        if parts.allSatisfy({ $0 == .done }) { return .done }
        if parts.contains(where: { $0 == .done || $0 == .inProgress }) { return .inProgress }
        return parts[0]
    }

    /// The status each top-level plain entry of blocks `range` marks itself with, or nil: a
    /// bracketed prefix (`[done] Types`, `[WIP] Sync`) or a status in parentheses
    /// (`Search (later)`, `Phase 1 (Done ✅) - the UI`, `CLI (shipped 2026-02-01)`).
    private func entryMarkers(_ range: Range<Int>) -> [Status?] {
        var out: [Status?] = []
        for k in range where context.blocks[k].kind == .listItem && context.blocks[k].parent < 0 && !context.blocks[k].hasCheckbox {
            let text = String(decoding: context.textBytes(of: k).prefix { $0 != 0x0A }, as: UTF8.self)
            var status: Status? = nil
            if text.hasPrefix("["), let close = text.firstIndex(of: "]"), text.distance(from: text.startIndex, to: close) <= 14 {
                status = Status(text: String(text[text.index(after: text.startIndex) ..< close]))
            }
            var rest = Substring(text)
            while status == nil, let open = rest.firstIndex(of: "("), let close = rest[open...].firstIndex(of: ")") {
                let inside = rest[rest.index(after: open) ..< close]
                if inside.count <= 30 { status = Status(text: String(inside)) }
                rest = rest[rest.index(after: close)...]
            }
            out.append(status)
        }
        return out
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

    /// A paragraph whose every line is `Key: value` (`**Key:** value` too), with the issues and
    /// links the values hold.
    private mutating func markdownFields(block k: Int) -> (fields: [Field], issues: IssueSet, links: [Link])? {
        let b = context.blocks[k]
        var fields: [Field] = []
        var issues = IssueSet([])
        var links: [Link] = []
        for i in b.lines {
            guard let line = MarkdownFieldLine(context.source.line(i)) else { return nil }
            let raw = line.openMarker.map { $0 + line.rawValue.trimming(" \t") } ?? line.rawValue
            let text = context.inlineText(Array(raw.utf8))
            let value = text.plain.trimming("*_ ")
            guard !value.isEmpty else { return nil }
            fields.append(Field(key: line.key, value: value, line: i + 1))
            issues.merge(text.issues)
            links.append(contentsOf: text.links)
        }
        return fields.isEmpty ? nil : (fields, issues, links)
    }
}
