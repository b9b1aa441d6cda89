/// Decides which sections are items, groups, meetings or prose, and builds the items.
struct ItemCollector {
    var context: ReadingContext
    let outline: SectionOutline
    let isProcessDocument: Bool
    var items: [Item] = []
    var meetingSections: Set<Int> = []
    /// Where finished items go when the caller streams them instead of keeping them.
    let sink: ((Item) -> Void)?
    /// Gives ids as items come; nil when the caller gives them afterwards (parallel reading).
    private var ids: IDAssigner?

    init(context: ReadingContext, outline: SectionOutline, isProcessDocument: Bool, assignIDs: Bool = true, sink: ((Item) -> Void)? = nil) {
        self.context = context
        self.outline = outline
        self.isProcessDocument = isProcessDocument
        self.sink = sink
        ids = assignIDs ? IDAssigner(anchors: outline.sections.compactMap(\.anchor)) : nil
    }

    /// Gives `item` its id (when this collector gives ids) and hands it on.
    private mutating func emit(_ item: Item) {
        var item = item
        if context.detail == .outline { item.deliverables = [] }  // the progress is kept
        if ids != nil, let warning = ids!.assign(&item) { context.diagnostics.append(warning) }
        if let sink { sink(item) } else { items.append(item) }
    }

    /// Titles that make a section a group of items with one status.
    static func groupStatus(title: String) -> Status? {
        guard title.utf8.count <= 40, mayNameGroup(title) else { return nil }
        let words = title.lowercased().split(whereSeparator: { !$0.isLetter })
        guard !words.isEmpty, words.count <= 4 else { return nil }
        // "Idea Backlog", "Product Backlog", "Ideas", "Someday / Maybe"; not "Backlog Cleanup".
        if let last = words.last, ["backlog", "ideas", "icebox", "wishlist", "someday", "maybe"].contains(String(last)) { return .backlog }
        if words.count == 1, words[0] == "idea" { return .backlog }
        let joined = words.joined(separator: " ")
        switch joined {
        case "completed", "complete", "done", "delivered", "finished", "shipped", "recently completed", "completed items": return .done
        case "in progress", "ongoing", "current", "in development", "work in progress", "wip": return .inProgress
        case "planned", "open", "todo", "to do", "upcoming", "next", "future", "not started": return .planned
        default: return nil
        }
    }

    /// Word stems one of which every group title holds.
    private static let groupStems: [[UInt8]] = [
        "backlog", "idea", "icebox", "wish", "someday", "complet", "done", "deliver", "finish", "ship", "progress",
        "ongoing", "current", "develop", "wip", "plan", "open", "todo", "to do", "upcoming", "next", "future", "start",
    ].map { Array($0.utf8) }

    /// A cheap test that rules out most titles before the word-by-word one: some word must
    /// start with one of the stems.
    private static func mayNameGroup(_ title: String) -> Bool {
        var title = title
        return title.withUTF8 { t in
            var start = 0
            while start < t.count {
                let atWordStart = start == 0 || !LineClassifier.isASCIILetter(t[start - 1])
                if atWordStart, LineClassifier.isASCIILetter(t[start]) {
                    for needle in groupStems where start + needle.count <= t.count && (t[start] | 0x20) == needle[0] {
                        var k = 1
                        while k < needle.count && (t[start + k] | 0x20) == needle[k] { k += 1 }
                        if k == needle.count { return true }
                    }
                }
                start += 1
            }
            return false
        }
    }

    // MARK: - Classification

    func isMeeting(_ s: Int) -> Bool {
        let section = outline.sections[s]
        guard PartialDate.find(in: section.title.plain) != nil else { return false }
        if isProcessDocument { return true }
        return outline.ancestors(of: s).contains { a in
            let words = outline.sections[a].title.plain.lowercased().split(whereSeparator: { !$0.isLetter })
            return words.contains("meeting") || words.contains("meetings") || words.contains("minutes")
        }
    }

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
        if b.kind == .paragraph { return context.source.string(b.text).lowercased().contains("status") }
        return false
    }

    // MARK: - Collecting

    mutating func collect(section s: Int) {
        let section = outline.sections[s]
        if isMeeting(s) {
            meetingSections.insert(s)
            return
        }
        if let status = Self.groupStatus(title: section.title.plain) {
            if section.children.isEmpty {
                // A process document's lists are items only in its backlog (seed 002's "Idea Backlog").
                if !isProcessDocument || status == .backlog { collectListItems(of: s, status: status) }
            } else {
                for c in section.children {
                    // In a process document only sections with a checklist are items, grouped or not.
                    let child = outline.sections[c]
                    if isProcessDocument && !hasCheckbox(blocks: child.bodyStart ..< child.end) { continue }
                    addItem(section: c, groupStatus: status)
                }
            }
            return
        }
        if containsMeeting(s) {
            for c in section.children { collect(section: c) }
            return
        }
        let ownEnd = section.ownBodyEnd(in: outline)
        let ownChecklist = hasCheckbox(blocks: section.bodyStart ..< ownEnd)
        // A group holds several item-like subsections; one subsection with a checklist
        // ("Tasks") is part of its item.
        let itemLikeChildren = section.children.filter { c in
            let child = outline.sections[c]
            return hasCheckbox(blocks: child.bodyStart ..< child.end) || hasStatusField(c) || Self.groupStatus(title: child.title.plain) != nil
        }
        let childrenAreItems = itemLikeChildren.count >= 2 || itemLikeChildren.contains { Self.groupStatus(title: outline.sections[$0].title.plain) != nil }
        if !ownChecklist && childrenAreItems {
            for c in section.children { collect(section: c) }
            return
        }
        if isProcessDocument && !hasCheckbox(blocks: section.bodyStart ..< section.end) { return }
        addItem(section: s, groupStatus: nil)
    }

    /// The top-level list entries of a backlog (or status) section become items.
    private mutating func collectListItems(of s: Int, status: Status) {
        let section = outline.sections[s]
        var k = section.bodyStart
        while k < section.end {
            let b = context.blocks[k]
            if b.kind == .listItem && b.parent < 0 {
                let text = context.inlineText(of: k)
                // Nested checkbox entries are the idea's deliverables.
                var end = k + 1
                while end < section.end, isDescendant(end, of: k) || context.blocks[end].kind == .blank && end + 1 < section.end && isDescendant(end + 1, of: k) { end += 1 }
                let deliverables = DeliverableBuilder.build(&context, blocks: (k + 1) ..< end)
                let title = text.plain
                var item = Item(id: "", title: title, line: context.line(ofBlock: k), status: status, deliverables: deliverables,
                                issues: text.issues, links: text.links, lineRange: Int(b.firstLine) ..< Int(context.blocks[end - 1].endLine))
                if b.hasCheckbox && b.isChecked { item.status = .done }
                emit(item)
                k = end
                continue
            }
            k += 1
        }
    }

    private func isDescendant(_ k: Int, of ancestor: Int) -> Bool { context.blocks.isDescendant(k, of: ancestor) }

    // MARK: - Items

    private mutating func addItem(section s: Int, groupStatus: Status?) {
        let section = outline.sections[s]
        let blocks = context.blocks
        var fields: [Field] = []
        var summary: String? = nil
        var issues = IssueSet(section.title.issues)
        var links: [Link] = section.title.links

        // Fields directly under the title.
        var k = section.bodyStart
        while k < section.end, blocks[k].kind == .blank { k += 1 }
        var fieldsEnd = k
        if k < section.end, blocks[k].kind == .field {
            while fieldsEnd < section.end, blocks[fieldsEnd].kind == .field || blocks[fieldsEnd].kind == .blank && fieldsEnd + 1 < section.end && blocks[fieldsEnd + 1].kind == .field {
                if blocks[fieldsEnd].kind == .field {
                    let b = blocks[fieldsEnd]
                    let value = context.inlineText(of: fieldsEnd)
                    fields.append(Field(key: context.source.string(b.mark), value: value.plain, line: context.line(ofBlock: fieldsEnd)))
                    issues.merge(value.issues)
                    links.append(contentsOf: value.links)
                }
                fieldsEnd += 1
            }
        } else if k < section.end, blocks[k].kind == .paragraph, context.tree.format == .markdown, let parsed = markdownFields(block: k) {
            fields = parsed.fields
            issues.merge(parsed.issues.refs)
            links.append(contentsOf: parsed.links)
            fieldsEnd = k + 1
        }

        // Prose: summary, issues and links outside the checklist (an edit's read needs none).
        k = context.detail == .checklists ? section.end : fieldsEnd
        while k < section.end {
            let b = blocks[k]
            switch b.kind {
            case .paragraph, .heading, .field:
                if b.kind == .paragraph, b.parent >= 0, blocks[Int(b.parent)].hasCheckbox || context.checkboxAncestor(Int(b.parent)) >= 0 { break }
                let wantsSummary = summary == nil && context.detail == .full && b.kind == .paragraph && b.parent < 0
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
        let status = Self.status(field: fields["status"], group: groupStatus, done: progress.done, total: progress.total)

        let heading = blocks[section.heading]
        // Labels of the next heading (`.. _id:`, `<a id>`) belong to it, not to this section.
        var last = section.end - 1
        if section.end < blocks.count, blocks[section.end].kind == .heading, let labels = context.tree.labelStart(before: section.end), labels > section.heading {
            last = labels - 1
        }
        let endLine = last > section.heading ? Int(blocks[last].endLine) : Int(heading.endLine)
        emit(Item(id: section.anchor ?? "", title: section.title.plain, line: Int(context.source.lineIndex(ofByte: Int(heading.textStart))) + 1,
                          status: status, summary: summary, fields: fields, deliverables: deliverables, issues: issues.refs,
                          links: links, lineRange: Int(heading.firstLine) ..< endLine))
    }

    /// An item's status: its `status` field; else a "done" group; else what its checklist shows
    /// when something is checked; else its group's; else planned.
    static func status(field: String?, group: Status?, done: Int, total: Int) -> Status {
        if let field, let s = Status(text: field) { return s }
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
            let text = context.inlineText(Array(line.rawValue.utf8))
            let value = text.plain.trimming("*_ ")
            guard !value.isEmpty else { return nil }
            fields.append(Field(key: line.key, value: value, line: i + 1))
            issues.merge(text.issues)
            links.append(contentsOf: text.links)
        }
        return fields.isEmpty ? nil : (fields, issues, links)
    }
}
