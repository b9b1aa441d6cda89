import RoadmapText
import RoadmapModel

/// A document as its dialect's scanner sees it: the source and the blocks that tile it.
public struct SyntaxTree: Sendable {
    public let source: SourceText
    public let format: Format
    public let blocks: [Block]
    /// What the scanner found odd (short adornments, unclosed fences, …).
    public let diagnostics: [Diagnostic]

    public init(source: SourceText, format: Format, blocks: [Block], diagnostics: [Diagnostic]) {
        self.source = source
        self.format = format
        self.blocks = blocks
        self.diagnostics = diagnostics
    }

    /// Scans `source` with the scanner of `format`.
    public static func parse(_ source: SourceText, as format: Format) -> SyntaxTree {
        parse(source, as: format, parallelFrom: nil)
    }

    /// `parallelFrom`: the line count from which a large document is scanned in two halves on
    /// two threads (nil: the scanner's own); tests lower it to compare both ways.
    package static func parse(_ source: SourceText, as format: Format, parallelFrom lines: Int?) -> SyntaxTree {
        switch format {
        case .rst: RSTScanner(source, parallelFrom: lines ?? RSTScanner.parallelLines).scan()
        case .markdown: MarkdownScanner(source, parallelFrom: lines ?? MarkdownScanner.parallelLines).scan()
        case .text: PlainTextScanner(source).scan()
        }
    }

    /// The bytes `block` covers, line endings (and a BOM, for the first block) included.
    public func byteRange(of block: Block) -> Range<Int> {
        let s = block.firstLine == 0 ? 0 : Int(source.lineStarts[Int(block.firstLine)])
        let e = Int(block.endLine) < source.lineCount ? Int(source.lineStarts[Int(block.endLine)]) : source.bytes.count
        return s ..< e
    }

    /// The document written back from its blocks: identical to the source bytes.
    public func serialized() -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(source.bytes.count)
        for block in blocks { out.append(contentsOf: source.bytes[byteRange(of: block)]) }
        return out
    }

    /// Whether the blocks cover every line exactly once, in order.
    public var tilesSource: Bool {
        var next: Int32 = 0
        for b in blocks {
            guard b.firstLine == next, b.endLine > b.firstLine else { return false }
            next = b.endLine
        }
        return Int(next) == source.lineCount || (source.bytes.isEmpty && blocks.isEmpty)
    }
}

extension SyntaxTree {
    /// Whether block `k` labels the heading after it: an RST `.. _id:` target without a URL,
    /// or a Markdown line holding only `<a id="id"></a>`.
    public func isLabel(_ k: Int) -> Bool {
        let b = blocks[k]
        switch format {
        case .rst: return b.kind == .target && b.textEnd == b.textStart
        case .markdown:
            return (b.kind == .paragraph || b.kind == .html) && b.endLine - b.firstLine == 1
                && HTMLAnchor.id(source.bytes[source.contentRange(ofLine: Int(b.firstLine))]) != nil
        case .text: return false
        }
    }

    /// The id the label right before block `k` gives it (the nearest label, blank lines
    /// between skipped), or nil. docutils turns `.. _Fast Sync:` into the id `fast-sync`.
    public func labelID(before k: Int) -> String? {
        var j = k - 1
        while j >= 0, blocks[j].kind == .blank { j -= 1 }
        guard j >= 0, isLabel(j) else { return nil }
        return format == .rst ? Slug.make(source.string(blocks[j].mark)) : HTMLAnchor.id(source.bytes[source.contentRange(ofLine: Int(blocks[j].firstLine))])
    }

    /// The first of the labels right before heading `k` (blank lines between them skipped),
    /// or nil when it has none: where the heading's section starts for an edit.
    public func labelStart(before k: Int) -> Int? {
        var j = k - 1
        var first: Int? = nil
        while j >= 0, blocks[j].kind == .blank || isLabel(j) {
            if blocks[j].kind != .blank { first = j }
            j -= 1
        }
        return first
    }

    /// The first block of the field list that belongs to the item whose body is `body`, or nil
    /// when it has none. Fields stand right under the title; in RST they may also follow the
    /// item's first paragraph (`:owner:` below the summary), with targets and comments between.
    public func itemFieldListStart(in body: Range<Int>) -> Int? {
        var k = body.lowerBound
        while k < body.upperBound, blocks[k].kind == .blank { k += 1 }
        guard k < body.upperBound else { return nil }
        if blocks[k].kind == .field { return k }
        guard format == .rst, blocks[k].kind == .paragraph, blocks[k].parent < 0, !blocks[k].isFootnote else { return nil }
        k += 1
        while k < body.upperBound, [.blank, .target, .comment].contains(blocks[k].kind) { k += 1 }
        return k < body.upperBound && blocks[k].kind == .field ? k : nil
    }

    /// The blocks of the item's field list (see `itemFieldListStart`): from its first field to
    /// one past its last, blank lines and blocks indented under a field (a checklist in a
    /// field's body) included.
    public func itemFieldBlocks(in body: Range<Int>) -> Range<Int>? {
        guard let first = itemFieldListStart(in: body) else { return nil }
        let indent = blocks[first].indent
        var last = first
        var k = first + 1
        while k < body.upperBound {
            let b = blocks[k]
            if b.kind == .field, b.indent == indent {
                last = k
            } else if b.kind != .blank, b.kind == .heading || b.indent <= indent {
                break
            }
            k += 1
        }
        return first ..< last + 1
    }

    /// Whether block `k` is the term of an RST definition list entry: a paragraph of one line
    /// with the definition indented on the very next line (`end(n)` over `    allows moving…`),
    /// as docutils reads it.
    public func isDefinitionTerm(_ k: Int) -> Bool {
        format == .rst && Self.isDefinitionTerm(k, in: blocks)
    }

    /// `isDefinitionTerm(_:)` of an RST document's `blocks`, for loops that hold them.
    @inlinable public static func isDefinitionTerm(_ k: Int, in blocks: [Block]) -> Bool {
        guard k + 1 < blocks.count else { return false }
        let b = blocks[k], next = blocks[k + 1]
        return b.kind == .paragraph && b.parent < 0 && !b.isFootnote && b.endLine - b.firstLine == 1
            && next.firstLine == b.endLine && next.kind != .blank && next.kind != .heading && next.indent > b.indent
    }
}
