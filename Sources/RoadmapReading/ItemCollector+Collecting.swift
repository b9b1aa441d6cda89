import RoadmapText
import RoadmapModel
import RoadmapSyntax
import RoadmapIO

/// Walking sections and lists to collect their items.
extension ItemCollector {
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
        // A list of boxes that sum up other sections: they are the items.
        if rollUps.sections.contains(s), section.children.isEmpty { return }
        let title = section.title.plain
        let ownEnd = section.ownBodyEnd(in: outline)
        // A horizon ("Long term", "Beyond 1.0") over plain entries or subsections is the backlog.
        // So is "Near term" (or "Soon") of planned work.
        let horizon: Status? = roles.status[s] != nil || hasCheckbox(blocks: section.bodyStart ..< ownEnd) ? nil
            : HeadingVocabulary.namesHorizon(title) ? .backlog : HeadingVocabulary.namesNearHorizon(title) ? .planned : nil
        if let status = roles.status[s] ?? horizon {
            // A status word over nothing to group ("## Next", then a paragraph) is an item of
            // that status: its text must not vanish.
            let table = isProcessDocument ? nil : itemTable(in: section.bodyStart ..< ownEnd, group: true)
            if section.children.isEmpty, table == nil, !hasListEntries(blocks: section.bodyStart ..< ownEnd), hasContent(section.bodyStart ..< ownEnd) {
                if !isProcessDocument { addItem(section: s, groupStatus: status, groups: groups) }
                return
            }
            let inner = groups + [title]
            // A table's rows are items of the group ("Completed Items", then a table of them).
            if let table { collectTableItems(table, status: status, groups: inner) }
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
        // (A title such as "Index" or "Glossary" with a status field of its own is work all the same.)
        if roles.isNonItem[s] && !anyCheckbox && statusField(of: s) == nil { return }
        if containsMeeting(s) || isGroup(s) {
            // Tasks the group holds itself, before its first subsection, are not lost; nor is a
            // plain list of its own work ("Design Details" over its plan, then "Graduation"),
            // unless its entries name the subsections (a table of contents).
            if hasCheckbox(blocks: section.bodyStart ..< ownEnd) || !isProcessDocument && !containsMeeting(s) && hasOwnWorkList(s) {
                addUntitledItem(title: section.title.plain, anchor: section.anchor, heading: section.heading,
                                body: section.bodyStart ..< ownEnd, groups: groups)
            }
            // A group marked done (`## Phase 1 ✅`), or with a status field of its own
            // (`**Status:** In Progress` over its components), says so of the items in it.
            // (Not a share done, "1.0 - 37% completed": the items in it say each their own.)
            var marked = headingMark(s) ?? statusField(of: s) ?? inherited
            if marked == .inProgress, HeadingVocabulary.shareDone(section.title.plain) != nil { marked = inherited }
            for c in section.children { collect(section: c, groups: groups + [title], inherited: marked) }
            return
        }
        if isProcessDocument && !anyCheckbox { return }
        // A section that is a table of features with their status: each row is an item.
        if section.children.isEmpty, !anyCheckbox, let table = itemTable(in: section.bodyStart ..< ownEnd, group: false) {
            collectTableItems(table, status: inherited, groups: groups + [title])
            return
        }
        // Milestones written as plain entries over their checklists under a title that names
        // them ("Milestones" over "Distributed Deployment" over `[x] Sharding`): each entry is
        // an item, its boxes its own. (Under a feature's title, such entries are its parts.)
        if section.children.isEmpty, !isProcessDocument, roles.namesACollection[s], entriesOverChecklists(section.bodyStart ..< ownEnd) {
            collectListItems(in: section.bodyStart ..< ownEnd, status: inherited ?? .planned, groups: groups + [title])
            return
        }
        addItem(section: s, groupStatus: inherited, groups: groups)
    }

    /// Whether the top-level list entries of blocks `range` (two at least) are all plain and
    /// each holds checkbox entries nested under it, with no other text beside the list but a
    /// paragraph before it.
    func entriesOverChecklists(_ range: Range<Int>) -> Bool {
        var entries = 0
        var current: Int? = nil
        var currentHasBox = false
        for k in range {
            let b = context.blocks[k]
            guard b.kind == .listItem else { continue }
            if b.parent < 0 {
                if b.hasCheckbox { return false }
                if current != nil, !currentHasBox { return false }
                current = k
                currentHasBox = false
                entries += 1
            } else if b.hasCheckbox, current != nil {
                currentHasBox = true
            }
        }
        return entries >= 2 && currentHasBox
    }

    /// Whether section `s` has a plain list of its own, before its first subsection, that is
    /// not its table of contents (entries that name its subsections, half of them at least).
    mutating func hasOwnWorkList(_ s: Int) -> Bool {
        let section = outline.sections[s]
        let contents = Set(section.children.map { EntryText.contentsKey(outline.sections[$0].title.plain) })
        return Self.holdsWorkList(section.bodyStart ..< section.ownBodyEnd(in: outline), naming: contents, context: &context)
    }

    /// Whether blocks `range` hold top-level list entries, fewer than half of which name one of
    /// `contents` (titles as `EntryText.contentsKey` gives them): work, not a table of contents.
    static func holdsWorkList(_ range: Range<Int>, naming contents: Set<String>, context: inout ReadingContext) -> Bool {
        var entries = 0, named = 0
        for k in range where context.blocks[k].kind == .listItem && context.blocks[k].parent < 0 {
            entries += 1
            let text = context.inlineText(of: k).plain.trimming(" \t,.;")
            let bare = text.hasPrefix("and ") ? String(text.dropFirst(4)) : text
            if contents.contains(EntryText.contentsKey(text)) || contents.contains(EntryText.contentsKey(bare)) { named += 1 }
        }
        return entries > 0 && named * 2 < entries
    }

    /// The top-level list entries of blocks `range` (the body of a backlog or status group)
    /// become items with `status`.
    mutating func collectListItems(in range: Range<Int>, status: Status, groups: [String], skipping contents: Set<String> = []) {
        var k = range.lowerBound
        while k < range.upperBound {
            let b = context.blocks[k]
            if b.kind == .listItem && b.parent < 0 {
                if DeliverableBuilder.isEmptyEntry(k, in: range, context.blocks) || DeliverableBuilder.isPlaceholderEntry(k, in: range, context.blocks, context.source) {
                    k += 1
                    continue
                }
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
                if let leadIn = EntryText.boldLeadIn(context.textBytes(of: k)) {
                    title = context.inlineText(leadIn.title).plain
                    summary = context.inlineText(leadIn.rest).plain
                } else if !b.hasCheckbox, title.count > 100, let stop = EntryText.firstSentenceEnd(title), title.distance(from: title.startIndex, to: stop) >= 12 {
                    // A paragraph of an entry: its first sentence names it, the whole describes it.
                    summary = title
                    title = String(title[..<stop])
                }
                var item = Item(id: "", title: title, line: context.line(ofBlock: k), status: status, summary: summary, deliverables: deliverables,
                                issues: text.issues, links: text.links, lineRange: Int(b.firstLine) ..< Int(context.blocks[end - 1].endLine))
                // The entry's own checkbox, strike or mark is more precise than its group; so is
                // its checklist when something in it is ticked, as for a section. An open box of
                // its own says it is not done, however many of its children are.
                let ticked = deliverables.progress
                let firstLine = b.hasCheckbox ? "" : String(decoding: context.textBytes(of: k).prefix { $0 != 0x0A }, as: UTF8.self)
                if b.hasCheckbox {
                    item.status = b.isChecked ? .done : ticked.done > 0 ? .inProgress : (status == .done ? .planned : status)
                } else if let own = Self.doneMark(ofEntry: firstLine) ?? Self.dashQualifier(ofEntry: firstLine) {
                    item.status = own  // `~~Sync~~`, "**API freeze** - shipped in 0.9.0", as a deliverable would say it
                } else if status != .done, ticked.done > 0 {
                    item.status = Status.derived(done: ticked.done, total: ticked.total)
                }
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






    /// The items of work outside every section: a table of items, and the item its tasks make.
    mutating func addOutside(_ u: DocumentReader.UntitledTasks) {
        if u.hasTable, let table = itemTable(in: u.body, group: false) { collectTableItems(table, status: nil, groups: []) }
        if u.hasTasks { addUntitledItem(title: u.title, anchor: u.anchor, heading: u.heading, body: u.body, groups: []) }
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
            let text = context.inlineText(of: k, needsPlain: summary == nil && context.detail == .full)
            if summary == nil, context.detail == .full, b.kind == .paragraph, b.parent < 0, !b.isFootnote, !text.plain.isEmpty { summary = text.plain }
            issues.merge(text.issues)
            links.append(contentsOf: text.links)
        }
        let first = heading ?? body.lowerBound
        let line = heading.map { Int(context.source.lineIndex(ofByte: Int(context.blocks[$0].textStart))) + 1 }
            ?? Int(context.blocks[deliverablesStart(in: body)].firstLine) + 1
        let progress = deliverables.progress
        // A plain list says its status by marks on its entries (`~~Done~~`, `✅ Done`), if at all.
        let said = progress.total == 0 ? plainListStatus(body) : nil
        var item = Item(id: anchor ?? "", title: title, line: line,
                        status: Self.status(field: nil, mark: said?.status, group: nil, done: progress.done, total: progress.total),
                        summary: summary, deliverables: deliverables, issues: issues.refs, links: links,
                        lineRange: Int(context.blocks[first].firstLine) ..< Int(context.blocks[body.upperBound - 1].endLine))
        if let marked = said?.progress { item.progress = marked }
        item.groups = groups
        item.origin = .untitled
        emit(item)
    }

    func deliverablesStart(in body: Range<Int>) -> Int {
        body.first { context.blocks[$0].kind == .listItem } ?? body.lowerBound
    }

    func isDescendant(_ k: Int, of ancestor: Int) -> Bool { context.blocks.isDescendant(k, of: ancestor) }
}
