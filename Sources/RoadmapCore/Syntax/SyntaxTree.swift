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
        switch format {
        case .rst: RSTScanner(source).scan()
        case .markdown: MarkdownScanner(source).scan()
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
