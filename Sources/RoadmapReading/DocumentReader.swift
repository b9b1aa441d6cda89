import RoadmapText
import RoadmapModel
import RoadmapSyntax
import RoadmapIO
import Dispatch

/// Turns a syntax tree into a `Document`: metadata, title, items and meetings.
///
/// The rules, in brief (docs/reading.md has the long form):
/// - The title is the document's only top-level section; items are the sections one level
///   below it (or the top-level sections, when there is no single title).
/// - A section whose title is a status or backlog word ("Idea Backlog", "Completed") is a group:
///   its subsections, or else its top-level list entries, are items with that status. A section
///   with no checklist of its own whose subsections carry checklists is a group too.
/// - In a process document (its title speaks of planning, process, meetings or minutes), a
///   section whose title carries a date is a meeting, and a section without a checklist is prose.
public enum DocumentReader {
    /// Reads the model from `tree`; `detail` `.outline` skips what a listing does not show.
    /// With `onItem`, items are handed over one by one as they are read and not kept in the
    /// document, so a listing of a huge roadmap never holds all of them at once. `onHead` gets the
    /// document's path, format, title and metadata before its first item (an export streams).
    public static func read(_ tree: SyntaxTree, path: String, detail: ReadingDetail = .full, onItem: ((Item) -> Void)? = nil,
                            onHead: ((Document) -> Void)? = nil) -> Document {
        read(tree, path: path, onHead: onHead, onItem: onItem, context: ReadingContext(tree: tree, detail: detail))
    }

    /// Reads with a context the caller made (and may use again: the converters share its link targets).
    package static func read(_ tree: SyntaxTree, path: String, onHead: ((Document) -> Void)? = nil, onItem: ((Item) -> Void)? = nil,
                     context: ReadingContext) -> Document {
        var context = context
        let outline = sectionOutline(&context)
        var document = Document(path: path, format: tree.format)

        // The title is the first heading when it stands above all the others: the only section
        // at the top level, and the first. Otherwise every top-level section is read by the rules
        // for items and groups (`## A … # B … ## C` has no title and keeps A, B and C).
        var titleSection: Int? = nil
        if outline.roots.count == 1, outline.roots[0] == 0, tree.format != .text || tree.blocks[outline.sections[0].heading].level == 1 {
            titleSection = 0
        }
        document.metadata = readMetadata(&context, outline: outline, titleSection: titleSection)
        document.declaredWorkflow = Workflow.declared(in: document.metadata)
        context.workflow = document.declaredWorkflow
        document.title = titleSection.map { outline.sections[$0].title.plain } ?? document.metadata["title"]

        let itemSections: [Int] = titleSection.map { outline.sections[$0].children } ?? outline.roots
        let titleText = [document.title, document.metadata["title"]].compactMap { $0 }.joined(separator: " ").lowercased()
        let firstLine = tree.source.lineCount > 0 ? String(tree.source.line(0).prefix(200)).lowercased() : ""
        // Whole words: "Data Processing Roadmap" is not a process document.
        let titleWords = Set(titleText.split(whereSeparator: { !$0.isLetter }).map(String.init))
        let isProcess = !titleWords.isDisjoint(with: ["planning", "process", "meeting", "meetings", "minutes", "agenda"])
            && titleWords.isDisjoint(with: ["roadmap", "milestones", "milestone"])  // "Milestones and meeting schedule" plans
            || firstLine.contains("meeting minutes") || firstLine.hasSuffix("minutes")

        // Which sections are meetings, or whether the whole document is one.
        let layout = MeetingLayout(context: context, outline: outline, title: document.title, titleSection: titleSection,
                                   metadata: document.metadata, path: path, isProcess: isProcess)
        var oneMeetingReader = MeetingReader(context: context, outline: outline, year: layout.year)
        let oneMeeting = layout.maybeOneMeeting ? oneMeetingReader.meeting(document: layout) : nil
        if oneMeeting != nil { context = oneMeetingReader.context }

        onHead?(document)
        // Tasks outside every section: above the first heading, and under the title before the
        // first item. They become items named after the document and the title.
        let firstHeading = outline.sections.first?.heading ?? tree.blocks.count
        var intro: [UntitledTasks] = []
        let documentName = document.title ?? document.metadata["title"] ?? Self.documentName(path)
        if firstHeading > 0 {
            intro.append(UntitledTasks(title: documentName, anchor: nil, heading: nil, body: 0 ..< firstHeading))
        }
        if let t = titleSection {
            let s = outline.sections[t]
            intro.append(UntitledTasks(title: s.title.plain, anchor: s.anchor, heading: s.heading, body: s.bodyStart ..< s.ownBodyEnd(in: outline)))
        }
        // So are plain entries marked done or pending one by one (`~~Add JWT~~`, `✅ Sync`):
        // unmarked, a list before the first item is prose (contents, goals, an introduction).
        // A table of features with a status column there is a table of items. A plain-text TODO
        // file lists its tasks right under its title: there a list is work unless it names the
        // sections (a table of contents).
        func sectionTitles() -> Set<String> { Set(outline.sections.map { EntryText.contentsKey($0.title.plain) }) }
        var tasksOutside: [UntitledTasks] = []
        for var u in intro {
            u.hasTasks = u.body.contains { tree.blocks[$0].kind == .listItem && tree.blocks[$0].hasCheckbox }
                || !isProcess && ItemCollector.entryMarkers(u.body, in: context).contains { $0 != nil }
                || tree.format == .text && !isProcess && ItemCollector.holdsWorkList(u.body, naming: sectionTitles(), context: &context)
            u.hasTable = !isProcess && ItemCollector.itemTable(in: u.body, group: false, context: context) != nil
            if u.hasTasks || u.hasTable { tasksOutside.append(u) }
        }
        // The minutes of one meeting have no items: their sections are its parts.
        var collected = oneMeeting != nil ? Collected() :
            collectItems(context: context, outline: outline, sections: itemSections, intro: tasksOutside, isProcess: isProcess, meetings: layout.sections, onItem: onItem)
        collected.meetingSections = layout.sections
        // (A process document's plain lists are prose: only its checklists are items.)
        if oneMeeting == nil, !isProcess, collected.items.isEmpty && collected.itemCount == 0 && collected.meetingSections.isEmpty && tasksOutside.isEmpty,
           let plain = intro.last(where: { u in u.body.contains { tree.blocks[$0].kind == .listItem } })
        {
            // A document that is one plain list under its title (or none): the list is its roadmap.
            var builder = ItemCollector(context: context, outline: outline, isProcessDocument: isProcess, sink: onItem)
            builder.addUntitledItem(title: plain.title, anchor: plain.anchor, heading: plain.heading, body: plain.body, groups: [])
            collected.items += builder.items
            collected.diagnostics += builder.context.diagnostics.dropFirst(context.diagnostics.count)
        }
        context.diagnostics += collected.diagnostics
        let items = collected.items
        var meetingBuilder = MeetingReader(context: context, outline: outline, year: layout.year)
        var meetings = oneMeeting.map { [$0] } ?? layout.sections.sorted().map { meetingBuilder.meeting(section: $0, date: layout.sectionDates[$0]) }
        if oneMeeting == nil, let t = titleSection, let date = layout.titleMeetingDate {
            meetings.insert(meetingBuilder.meeting(section: t, date: date, ownBodyOnly: true), at: 0)
        }
        if tree.format == .text, MinutesReader.isMinutes(tree.source) {
            // Minutes exported from a word processor are one meeting, read by their shape.
            meetings = [MinutesReader.read(tree.source)]
        }
        context = meetingBuilder.context

        document.items = items
        document.meetings = meetings
        document.diagnostics = (tree.diagnostics + context.diagnostics).sorted { ($0.line, $0.column) < ($1.line, $1.column) }
        return document
    }

    // MARK: - Items

    /// Sections from which a large document's items are read on two threads.
    static let parallelThreshold = 4096
    /// Sections each thread reads at a time: small enough that the items waiting for their turn
    /// take little memory, large enough that handing chunks over costs nothing. A full item
    /// (deliverable texts, summary) weighs several times a listing's, so its chunks are smaller:
    /// with 2,048 an HTML page of 100k items held 14 MB more at its peak, for no speed.
    static func chunkSize(for detail: ReadingDetail) -> Int { detail == .full ? 512 : 2048 }

    /// Tasks outside every item, and the name of the item they make.
    struct UntitledTasks: Sendable {
        var title: String
        var anchor: String?
        var heading: Int?
        var body: Range<Int>
        /// Whether `body` holds tasks (checklist entries, entries marked one by one) and a table
        /// of items (`ItemCollector.itemTable`).
        var hasTasks = true
        var hasTable = false
    }

    /// A document's name when it has no title: its file name without the extension.
    static func documentName(_ path: String) -> String {
        let file = path.split(separator: "/").last.map(String.init) ?? path
        guard let dot = file.lastIndex(of: "."), dot > file.startIndex else { return file.isEmpty ? "Roadmap" : file }
        return String(file[..<dot])
    }

    struct Collected: Sendable {
        var items: [Item] = []
        /// Per item read on another thread: the slug of its title, when it has no id yet.
        var slugs: [String?] = []
        /// Items handed to the caller's sink rather than kept.
        var itemCount = 0
        var meetingSections: Set<Int> = []
        var diagnostics: [Diagnostic] = []
    }

    /// Reads the items of `sections`. A large document's chunks of sections are read on two
    /// threads (an item depends only on its own section) while this thread takes them in order
    /// and gives ids in order, so the result is the same as reading it on one. Anonymous references
    /// count across the whole document, so a document with anonymous targets is read on one.
    private static func collectItems(context: ReadingContext, outline: SectionOutline, sections: [Int], intro: [UntitledTasks], isProcess: Bool,
                                     meetings: Set<Int>, onItem: ((Item) -> Void)?) -> Collected {
        var counted = onItem
        var count = 0
        if let onItem { counted = { item in count += 1; onItem(item) } }
        let parallel = sections.count >= context.parallelThreshold && context.inline.targets.anonymous.isEmpty
        let roles = SectionRoles(outline, workflow: context.workflow, parallelThreshold: context.parallelThreshold)
        let templated = ItemCollector.templatedSections(outline, roles: roles)
        let rollUps = RollUps(context: context, outline: outline)
        guard parallel else {
            var builder = ItemCollector(context: context, outline: outline, isProcessDocument: isProcess, meetings: meetings, templated: templated, roles: roles, rollUps: rollUps, sink: counted)
            for u in intro { builder.addOutside(u) }
            for s in sections { builder.collect(section: s) }
            return Collected(items: builder.items, itemCount: count, meetingSections: builder.meetingSections,
                             diagnostics: Array(builder.context.diagnostics.dropFirst(context.diagnostics.count)))
        }
        var result = Collected()
        var ids = IDAssigner(anchors: outline.sections.compactMap(\.anchor))
        if !intro.isEmpty {
            var builder = ItemCollector(context: context, outline: outline, isProcessDocument: isProcess, assignIDs: false, templated: templated, roles: roles, rollUps: rollUps)
            for u in intro { builder.addOutside(u) }
            for var item in builder.items {
                if let warning = ids.assign(&item) { result.diagnostics.append(warning) }
                if let onItem { onItem(item); result.itemCount += 1 } else { result.items.append(item) }
            }
        }
        let chunkSize = Self.chunkSize(for: context.detail)
        let chunks = (sections.count + chunkSize - 1) / chunkSize
        OrderedPipeline.run(count: chunks, work: { c in
            var builder = ItemCollector(context: context, outline: outline, isProcessDocument: isProcess, meetings: meetings, assignIDs: false,
                                        templated: templated, roles: roles, rollUps: rollUps)
            for s in sections[(c * chunkSize) ..< min((c + 1) * chunkSize, sections.count)] { builder.collect(section: s) }
            let items = builder.items
            return Collected(items: items, slugs: items.indices.map { n in items[n].id.isEmpty ? Slug.make(items[n].title) : nil },
                             meetingSections: builder.meetingSections,
                             diagnostics: Array(builder.context.diagnostics.dropFirst(context.diagnostics.count)))
        }, consume: { part in
            result.meetingSections.formUnion(part.meetingSections)
            result.diagnostics += part.diagnostics
            for (n, var item) in part.items.enumerated() {
                if let warning = ids.assign(&item, slug: part.slugs[n]) { result.diagnostics.append(warning) }
                if let onItem { onItem(item); result.itemCount += 1 } else { result.items.append(item) }
            }
        })
        return result
    }

    // MARK: - Headings

    /// The outline, its titles read on two threads in a large document. Anonymous references
    /// count across the document, so a document with anonymous targets is read on one.
    private static func sectionOutline(_ context: inout ReadingContext) -> SectionOutline {
        let blocks = context.blocks
        let headings = blocks.indices.filter { blocks[$0].kind == .heading }
        guard headings.count >= context.parallelThreshold, context.inline.targets.anonymous.isEmpty else {
            return SectionOutline(blocks: blocks) { k in headingTitle(k, &context) }
        }
        let shared = context
        let titles = ParallelMap.chunks(headings.count, threshold: shared.parallelThreshold) { range in
            var own = shared
            return range.map { headingTitle(headings[$0], &own) }
        }
        var next = 0
        return SectionOutline(blocks: blocks) { _ in
            defer { next += 1 }
            return titles[next]
        }
    }

    private static func headingTitle(_ k: Int, _ context: inout ReadingContext) -> (InlineText, String?) {
        var bytes = context.textBytes(of: k)
        var anchor: String? = nil
        // Markdown `{#id}` after the title
        if context.tree.format == .markdown, bytes.last == 0x7D, let open = bytes.lastIndex(of: 0x7B), open + 1 < bytes.count, bytes[open + 1] == 0x23,
            open == 0 || bytes[open - 1] != 0x5C
        {
            anchor = String(decoding: bytes[(open + 2) ..< (bytes.count - 1)], as: UTF8.self)
            bytes.removeSubrange(open...)
            while bytes.last == 0x20 { bytes.removeLast() }
        }
        // A label right before the title: RST `.. _id:`, Markdown `<a id="id"></a>`
        if anchor == nil { anchor = context.tree.labelID(before: k) }
        // A wiki's decoration around the title (`== Attendees ==`, `## == Next meeting ==`).
        if let inner = HeadingVocabulary.undecorated(bytes[...]) { bytes = Array(inner) }
        return (context.inlineText(bytes), anchor)
    }

    // MARK: - Metadata

    private static func readMetadata(_ context: inout ReadingContext, outline: SectionOutline, titleSection: Int?) -> [Field] {
        var fields: [Field] = []
        let blocks = context.blocks
        let src = context.source
        // Front matter
        if let first = blocks.first, first.kind == .frontMatter {
            for i in (Int(first.firstLine) + 1) ..< (Int(first.endLine) - 1) {
                let line = src.line(i)
                // YAML `key: value`, TOML `key = value`; nested keys and comments are skipped.
                guard line.first?.isWhitespace == false, line.first != "#",
                      let colon = line.firstIndex(where: { $0 == ":" || $0 == "=" }) else { continue }
                let key = String(line[..<colon]).trimming(" \t")
                var value = String(line[line.index(after: colon)...]).trimming(" \t")
                if value.isEmpty || value == "|" || value == ">" || value == ">-" { continue }
                if value.count >= 2, let q = value.first, q == "\"" || q == "'", value.last == q { value = String(value.dropFirst().dropLast()) }
                if !key.isEmpty { fields.append(Field(key: key, value: value, line: i + 1)) }
            }
        }
        // Fields before the first heading, and (RST docinfo) right after the title.
        var starts = [0]
        if let t = titleSection { starts.append(outline.sections[t].bodyStart) }
        for start in starts {
            var k = start
            while k < blocks.count {
                let b = blocks[k]
                if b.kind == .field {
                    let value = context.inlineText(of: k).plain
                    fields.append(Field(key: src.string(b.mark), value: value, line: context.line(ofBlock: k)))
                } else if b.kind == .heading {
                    break
                } else if b.kind == .listItem || b.kind == .paragraph && context.tree.format != .text {
                    // Plain text copies carry page chrome before their metadata; the others do
                    // not. A list is content in any: a `Label: value` line after it is text.
                    break
                }
                k += 1
            }
        }
        return fields
    }
}

/// How much of each item a read produces.
public enum ReadingDetail: Sendable {
    /// Everything.
    case full
    /// What a listing shows: titles, statuses, fields, issues and checklist progress; no
    /// deliverables (their count is kept) and no summaries.
    case outline
    /// What an edit needs to find its place: the outline, with every deliverable's position,
    /// checked state and line, but not its text (see `DocumentReader.deliverableTexts`).
    case checklists
}

extension DocumentReader {
    /// The text, links and issues of the deliverables whose checkboxes are at `offsets`: what a
    /// `.checklists` read leaves out, for the few deliverables an edit looks at.
    public static func deliverableTexts(in tree: SyntaxTree, checkboxOffsets offsets: Set<Int>) -> [Int: InlineText] {
        let src = tree.source
        let wanted = tree.blocks.filter { $0.kind == .listItem && $0.hasCheckbox && offsets.contains(Int($0.checkbox)) }
        let texts = wanted.map { ReadingContext.textBytes(of: $0, in: src) }
        // A first pass without targets names the references these few texts use; only those
        // targets are then looked up (not the whole table a large document has).
        var names = Set<String>()
        var anonymous = false
        for t in texts {
            var k = 0
            let parsed = InlineParser(format: tree.format, targets: LinkTargets()).parse(t, anonymousIndex: &k)
            names.formUnion(parsed.unresolved.map(LinkTargets.normalize))
            if t.count > 1, zip(t, t.dropFirst()).contains(where: { $0 == 0x5F && $1 == 0x5F }) { anonymous = true }
        }
        var targets = LinkTargets(source: src.bytes)
        if tree.format == .rst { ReadingContext.defineSubstitutions(in: tree, into: &targets) }
        if anonymous {
            // Anonymous references count from the start of the document: read it as a whole.
            var context = ReadingContext(tree: tree)
            var out: [Int: InlineText] = [:]
            for (k, b) in tree.blocks.enumerated() where b.kind == .listItem && b.hasCheckbox && offsets.contains(Int(b.checkbox)) {
                out[Int(b.checkbox)] = context.inlineText(of: k)
            }
            return out
        }
        if !names.isEmpty {
            // Compare only targets whose name is about as long as one wanted (spaces may collapse).
            let longest = names.map(\.utf8.count).max() ?? 0
            let shortest = names.map(\.utf8.count).min() ?? 0
            for b in tree.blocks where b.kind == .target && b.textEnd > b.textStart {
                let length = Int(b.markEnd - b.markStart)
                guard length >= shortest, length <= longest * 2 + 8 else { continue }
                let name = src.string(b.mark)
                if names.contains(LinkTargets.normalize(name)) { targets.define(name, url: src.string(b.text)) }
            }
        }
        let parser = InlineParser(format: tree.format, targets: targets)
        var out: [Int: InlineText] = [:]
        for (b, t) in zip(wanted, texts) {
            var k = 0
            out[Int(b.checkbox)] = parser.parse(t, anonymousIndex: &k)
        }
        return out
    }
}
