/// What the reading steps share: the syntax tree, its link targets and inline reader, and
/// the diagnostics found so far.
struct ReadingContext {
    let tree: SyntaxTree
    let inline: InlineParser
    var anonymousIndex = 0
    var diagnostics: [Diagnostic] = []
    /// For each list item block: the nearest enclosing list item that has a checkbox, or -1.
    let checkboxAncestor: [Int32]

    /// Deliverables nest at most this deep; deeper entries are kept at this depth (and reported).
    static let maximumNesting = 64

    var source: SourceText { tree.source }
    var blocks: [Block] { tree.blocks }

    init(tree: SyntaxTree) {
        self.tree = tree
        var targets = LinkTargets()
        var diagnostics: [Diagnostic] = []
        let src = tree.source
        for b in tree.blocks where b.kind == .target {
            let name = src.string(b.mark)
            var url = src.string(b.text)
            // A URL may wrap onto indented lines; docutils joins them without spaces.
            if b.endLine - b.firstLine > 1 {
                for i in (Int(b.firstLine) + 1) ..< Int(b.endLine) { url += src.string(src.trimmed(src.contentRange(ofLine: i))) }
            }
            if name == "_" || name == "__" {
                targets.defineAnonymous(url: url)
            } else if !url.isEmpty {
                if !targets.define(Self.unescape(name), url: url) {
                    let loc = src.location(ofByte: Int(b.markStart))
                    diagnostics.append(Diagnostic(.warning, line: loc.line, column: loc.column, "duplicate link target \"\(name)\""))
                }
            }
        }
        inline = InlineParser(format: tree.format, targets: targets)
        self.diagnostics = diagnostics

        var ancestor = [Int32](repeating: -1, count: tree.blocks.count)
        for (k, b) in tree.blocks.enumerated() where b.kind == .listItem && b.parent >= 0 {
            let p = Int(b.parent)
            ancestor[k] = tree.blocks[p].hasCheckbox ? Int32(p) : ancestor[p]
        }
        checkboxAncestor = ancestor
    }

    /// 1-based line of block `k`'s first line.
    func line(ofBlock k: Int) -> Int { Int(blocks[k].firstLine) + 1 }

    /// The text of a block as one string of bytes: the first line from the block's text start,
    /// continuation lines trimmed, joined by newlines.
    func textBytes(of k: Int) -> [UInt8] {
        let b = blocks[k]
        let src = source
        if b.kind == .heading {
            return Array(src.bytes[b.text])
        }
        var out: [UInt8] = []
        let firstEnd = src.contentEnd(ofLine: Int(b.firstLine))
        let start = b.textEnd > b.textStart || b.kind == .listItem ? Int(b.textStart) : src.firstNonSpace(ofLine: Int(b.firstLine))
        if start < firstEnd { out.append(contentsOf: src.bytes[start ..< firstEnd]) }
        var i = Int(b.firstLine) + 1
        while i < Int(b.endLine) {
            let r = src.trimmed(src.contentRange(ofLine: i))
            out.append(0x0A)
            out.append(contentsOf: src.bytes[r])
            i += 1
        }
        return out
    }

    /// Block `k`'s text with inline markup read.
    mutating func inlineText(of k: Int) -> InlineText {
        inline.parse(textBytes(of: k), anonymousIndex: &anonymousIndex)
    }

    mutating func inlineText(_ bytes: [UInt8]) -> InlineText {
        inline.parse(bytes, anonymousIndex: &anonymousIndex)
    }

    private static func unescape(_ name: String) -> String {
        name.contains("\\") ? String(name.replacingBackslashEscapes()) : name
    }
}

extension String {
    func replacingBackslashEscapes() -> String {
        var out = ""
        var escape = false
        for ch in self {
            if escape { out.append(ch); escape = false } else if ch == "\\" { escape = true } else { out.append(ch) }
        }
        return out
    }
}
