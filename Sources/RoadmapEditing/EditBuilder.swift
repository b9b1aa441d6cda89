import RoadmapText
import RoadmapModel
import RoadmapSyntax
import RoadmapIO
import RoadmapReading

/// What every kind of edit (`CheckEdit`, `FieldEdit`, `DeliverableEdit`, `ItemEdit`,
/// `RenameEdit`, `LinkEdit`) reads from the editor, and where things are in its syntax tree:
/// an item's section, the block of a line, a list entry's siblings. Each kind of edit is a small
/// value holding the editor; `DocumentEditor` is the façade that makes them.
protocol EditBuilder {
    var editor: DocumentEditor { get }
}

extension EditBuilder {
    typealias Edit = DocumentEditor.Edit
    typealias Change = DocumentEditor.Change

    var tree: SyntaxTree { editor.tree }
    var source: SourceText { editor.tree.source }
    var document: Document { editor.document }
    var path: String { editor.path }
    var lineEnding: [UInt8] { Array(source.lineEnding.utf8) }
    /// How the document's dialect writes what an edit adds.
    var writer: any StyleWriter { tree.format.styleWriter }

    /// The list entry an item is (an idea of a backlog list), or nil for a section.
    func listEntryBlock(of item: Item) -> Int? { editor.listEntryBlock(of: item) }

    /// The blocks of an item's section: heading, then body, up to the next section.
    func sectionBlocks(of item: Item) throws(EditError) -> Range<Int> {
        let blocks = tree.blocks
        guard let first = blocks.firstIndex(where: { $0.kind == .heading && Int($0.firstLine) <= item.line - 1 && Int($0.endLine) > item.line - 1 }) else {
            throw .nothingToChange(item: item.title, reason: "it is an entry of a list, not a section; edit it by hand")
        }
        var end = first + 1
        while end < blocks.count, Int(blocks[end].firstLine) < item.lineRange.upperBound { end += 1 }
        return first ..< end
    }

    /// The block holding line `line` (blocks tile the document in order: a binary search).
    func block(atLine line: Int) -> Int? {
        let blocks = tree.blocks
        var lo = 0, hi = blocks.count - 1
        while lo < hi {
            let mid = (lo + hi + 1) / 2
            if Int(blocks[mid].firstLine) <= line { lo = mid } else { hi = mid - 1 }
        }
        return blocks.indices.contains(lo) && blocks[lo].lines.contains(line) ? lo : nil
    }

    /// Whether block `k` is nested (at any depth) in list entry `ancestor`.
    func isDescendant(_ k: Int, of ancestor: Int) -> Bool { tree.blocks.isDescendant(k, of: ancestor) }

    /// `text` to insert at `at`, ending as the document does: at the end of a document whose last
    /// line has no line ending, without one (removing it again then leaves that line as it was).
    func endingLikeDocument(_ text: [UInt8], at: Int) -> [UInt8] {
        guard at == source.bytes.count, let last = source.bytes.last, last != 0x0A, text.count > lineEnding.count,
            text.suffix(lineEnding.count).elementsEqual(lineEnding)
        else { return text }
        return Array(text.dropLast(lineEnding.count))
    }

    /// `range` of whole lines to remove; when it runs to the end of a document whose last line has
    /// no line ending, it takes the line ending before it instead, so the document still ends so.
    func removingLikeDocument(_ range: Range<Int>) -> Range<Int> {
        guard range.upperBound == source.bytes.count, source.bytes.last != 0x0A, range.lowerBound > 0,
            range.lowerBound == source.start(ofLine: source.lineIndex(ofByte: range.lowerBound))
        else { return range }
        return source.contentEnd(ofLine: source.lineIndex(ofByte: range.lowerBound) - 1) ..< range.upperBound
    }

    /// Whether list entry `k` (with what is nested in it, up to block `last`) is its list's only
    /// entry: no entry of the same list before or after it, blank lines between them skipped.
    func isLoneEntry(_ k: Int, through last: Int) -> Bool {
        let blocks = tree.blocks
        func isSibling(_ j: Int) -> Bool {
            blocks[j].kind == .listItem && blocks[j].parent == blocks[k].parent && blocks[j].indent == blocks[k].indent
        }
        var j = k - 1
        while j >= 0, blocks[j].kind == .blank { j -= 1 }
        // The entry before may be nested in a sibling.
        while j >= 0, blocks[j].kind == .listItem {
            if isSibling(j) { return false }
            j = Int(blocks[j].parent)
        }
        j = last + 1
        while j < blocks.count, blocks[j].kind == .blank { j += 1 }
        return !(j < blocks.count && isSibling(j))
    }

    /// Whether the heading at block `k` has an anchor of its own (`.. _id:` or `<a id>` before it,
    /// a Markdown `{#id}`): its item keeps that id whatever its title.
    func hasAnchor(before k: Int) -> Bool {
        tree.labelStart(before: k) != nil || (tree.format == .markdown && Self.explicitID(in: source.string(tree.blocks[k].text)) != nil)
    }

    /// Where a Markdown heading's `{#id}` starts in its text, if it has one.
    static func explicitID(in title: String) -> String.Index? {
        guard title.hasSuffix("}"), let open = title.lastIndex(of: "{"), title[title.index(after: open)...].hasPrefix("#") else { return nil }
        return open
    }

    /// The id a new or renamed item will get: its title's slug, which no other item may have
    /// (that would move ids) unless `allowDuplicate`; nil then, for the suffixed id the reader gives.
    func newItemID(_ title: String, replacing index: Int?, allowDuplicate: Bool) throws(EditError) -> String? {
        // The reader slugs the title as it reads it, markup removed.
        let slug = Slug.make(InlineParser(format: tree.format, targets: LinkTargets()).parse(title).plain)
        guard let other = document.items.indices.first(where: { $0 != index && document.items[$0].id == slug }) else { return slug }
        if allowDuplicate { return nil }
        var taken = Set(document.items.map(\.id))
        let o = document.items[other]
        throw .duplicateID(path: path, line: o.line, id: slug, title: o.title, suffixed: Slug.unique(slug, in: &taken))
    }

    /// Refuses a section title the reader would not take as an item: a status group ("Done")
    /// or a section that is never an item ("Contents", "Introduction").
    func refuseNonItemHeading(_ title: String) throws(EditError) {
        if let status = HeadingVocabulary.groupStatus(title: title) {
            throw .invalidValue("\"\(title)\" would read as a group of \(status.rawValue) items, not as an item; choose another title")
        }
        if HeadingVocabulary.isNonItem(title: title) {
            throw .invalidValue("\"\(title)\" would read as a section that is never an item (like Contents or Introduction); choose another title")
        }
    }
}
