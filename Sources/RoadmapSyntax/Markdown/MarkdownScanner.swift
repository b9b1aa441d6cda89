import RoadmapText
import RoadmapModel
/// Splits a Markdown document (CommonMark with GFM task lists and tables, YAML front matter,
/// MkDocs admonitions) into blocks in one pass over its lines.
///
/// Code (fenced and indented), HTML blocks and comments, tables and block quotes are kept as
/// opaque blocks, so a `- [ ]` inside them is never read as a deliverable.
struct MarkdownScanner {
    private let src: SourceText
    private let lines: LineClassifier
    private var blocks: [Block] = []
    private var diagnostics: [Diagnostic] = []
    private var listStack: [(markerIndent: Int, contentColumn: Int, block: Int32)] = []

    init(_ source: SourceText) {
        src = source
        lines = LineClassifier(source)
    }

    consuming func scan() -> SyntaxTree {
        let n = src.lineCount
        // Every block has a line: this never regrows, and untouched capacity costs no memory.
        blocks.reserveCapacity(n + 1)
        var i = frontMatter(lineCount: n)
        while i < n {
            i = scanBlock(at: i, lineCount: n)
        }
        return SyntaxTree(source: src, format: .markdown, blocks: blocks, diagnostics: diagnostics)
    }

    /// CommonMark's tab stops are four columns apart (docutils' eight).
    private func indent(ofLine i: Int) -> Int { src.indent(ofLine: i, tabStop: 4) }

    // MARK: - Front matter

    /// `---` … `---` (YAML) or `+++` … `+++` (TOML) as the very first lines.
    private mutating func frontMatter(lineCount n: Int) -> Int {
        let first = src.trimmed(src.contentRange(ofLine: 0))
        guard first.count == 3, indent(ofLine: 0) == 0 else { return 0 }
        let c = lines.byte(first.lowerBound)
        guard (c == 0x2D || c == 0x2B), lines.byte(first.lowerBound + 1) == c, lines.byte(first.lowerBound + 2) == c else { return 0 }
        var j = 1
        while j < n {
            let r = src.trimmed(src.contentRange(ofLine: j))
            if r.count == 3, lines.byte(r.lowerBound) == c || (c == 0x2D && lines.byte(r.lowerBound) == 0x2E),
                lines.byte(r.lowerBound + 1) == lines.byte(r.lowerBound), lines.byte(r.lowerBound + 2) == lines.byte(r.lowerBound)
            {
                blocks.append(Block(.frontMatter, lines: 0 ..< j + 1))
                return j + 1
            }
            j += 1
        }
        return 0
    }

    // MARK: - One block

    private mutating func scanBlock(at i: Int, lineCount n: Int) -> Int {
        if src.isBlank(line: i) {
            let j = src.endOfBlankRun(from: i) { src.isBlank(line: $0) }
            blocks.append(Block(.blank, lines: i ..< j))
            return j
        }
        let indent = indent(ofLine: i)
        let p = src.firstNonSpace(ofLine: i)
        let e = src.contentEnd(ofLine: i)

        let marker = listMarker(at: p, lineEnd: e)
        while let top = listStack.last, indent < top.contentColumn { listStack.removeLast() }
        let base = listStack.last?.contentColumn ?? 0
        let relative = indent - base

        if relative >= 4 {
            return indentedCode(from: i, base: base, lineCount: n)
        }
        if let fence = fence(at: p, lineEnd: e) {
            return fencedCode(from: i, fence: fence, indent: indent, lineCount: n)
        }
        if let level = atxLevel(at: p, lineEnd: e), relative <= 3 {
            return atxHeading(line: i, level: level, start: p, end: e)
        }
        if isThematicBreak(from: p, to: e) {
            var b = Block(.thematicBreak, lines: i ..< i + 1)
            b.indent = Int32(indent)
            blocks.append(b)
            return i + 1
        }
        if let markEnd = marker {
            return listItem(at: i, indent: indent, markStart: p, markEnd: markEnd, lineEnd: e, lineCount: n)
        }
        if let end = htmlBlock(from: i, start: p, lineEnd: e, lineCount: n) {
            return end
        }
        if lines.byte(p) == 0x3E {
            var j = i + 1
            while j < n, !src.isBlank(line: j), lines.byte(src.firstNonSpace(ofLine: j)) == 0x3E { j += 1 }
            appendAttached(Block(.quote, lines: i ..< j), indent: indent)
            return j
        }
        if let admonition = admonitionEnd(from: i, start: p, lineEnd: e, indent: indent, lineCount: n) {
            var b = Block(.directive, lines: i ..< admonition)
            b.indent = Int32(indent)
            let name = nameAfterAdmonitionMarker(p, e)
            b.markStart = Int32(name.lowerBound); b.markEnd = Int32(name.upperBound)
            appendAttached(b, indent: indent)
            return admonition
        }
        if let def = referenceDefinition(at: p, lineEnd: e) {
            var b = Block(.target, lines: i ..< i + 1)
            b.indent = Int32(indent)
            b.markStart = Int32(def.label.lowerBound); b.markEnd = Int32(def.label.upperBound)
            b.textStart = Int32(def.url.lowerBound); b.textEnd = Int32(def.url.upperBound)
            appendAttached(b, indent: indent)
            return i + 1
        }
        if i + 1 < n, hasPipe(p, e), isTableDelimiterRow(line: i + 1) {
            var j = i + 2
            while j < n, !src.isBlank(line: j) { j += 1 }
            appendAttached(Block(.table, lines: i ..< j), indent: indent)
            return j
        }
        return paragraph(from: i, indent: indent, lineCount: n)
    }

    private mutating func appendAttached(_ block: Block, indent: Int) {
        var b = block
        if let top = listStack.last, indent >= top.contentColumn { b.parent = top.block }
        blocks.append(b)
    }

    // MARK: - Headings

    private func atxLevel(at p: Int, lineEnd e: Int) -> Int? {
        var q = p
        while q < e && lines.byte(q) == 0x23 && q - p < 7 { q += 1 }
        let level = q - p
        guard level >= 1, level <= 6 else { return nil }
        return q == e || lines.byte(q) == 0x20 || lines.byte(q) == 0x09 ? level : nil
    }

    private mutating func atxHeading(line i: Int, level: Int, start p: Int, end e: Int) -> Int {
        listStack.removeAll()
        var s = p + level
        var t = e
        while s < t && (lines.byte(s) == 0x20 || lines.byte(s) == 0x09) { s += 1 }
        while t > s && (lines.byte(t - 1) == 0x20 || lines.byte(t - 1) == 0x09) { t -= 1 }
        // An optional closing sequence of #s, preceded by a space.
        var c = t
        while c > s && lines.byte(c - 1) == 0x23 { c -= 1 }
        if c < t, c == s || lines.byte(c - 1) == 0x20 || lines.byte(c - 1) == 0x09 {
            t = c
            while t > s && (lines.byte(t - 1) == 0x20 || lines.byte(t - 1) == 0x09) { t -= 1 }
        }
        var b = Block(.heading, lines: i ..< i + 1)
        b.level = Int32(level)
        b.indent = Int32(indent(ofLine: i))
        b.textStart = Int32(s); b.textEnd = Int32(t)
        b.markStart = Int32(p); b.markEnd = Int32(p + level)
        b.style = HeadingStyle(character: 0x23, atx: true).packed
        blocks.append(b)
        return i + 1
    }

    /// `===` or `---` (up to three spaces of indent, trailing spaces allowed).
    private func setextLevel(line j: Int) -> Int? {
        guard indent(ofLine: j) <= 3, let a = lines.adornment(line: j, allowIndent: true) else { return nil }
        if a.character == 0x3D { return 1 }
        if a.character == 0x2D { return 2 }
        return nil
    }

    // MARK: - Lists

    /// `-`, `*`, `+` or `1.`/`1)` followed by a space or the end of the line.
    private func listMarker(at p: Int, lineEnd e: Int) -> Int? {
        if let m = lines.bullet(at: p, lineEnd: e, extended: false) {
            return isThematicBreak(from: p, to: e) ? nil : m
        }
        var q = p
        while q < e, lines.byte(q) >= 0x30, lines.byte(q) <= 0x39, q - p < 9 { q += 1 }
        guard q > p, q < e, lines.byte(q) == 0x2E || lines.byte(q) == 0x29 else { return nil }
        q += 1
        return q == e || lines.byte(q) == 0x20 || lines.byte(q) == 0x09 ? q : nil
    }

    private mutating func listItem(at i: Int, indent: Int, markStart: Int, markEnd: Int, lineEnd e: Int, lineCount n: Int) -> Int {
        while let top = listStack.last, indent < top.contentColumn { listStack.removeLast() }
        let box = lines.checkbox(after: markEnd, lineEnd: e)
        var spaces = 0
        var q = markEnd
        while q < e && lines.byte(q) == 0x20 { spaces += 1; q += 1 }
        let markerWidth = markEnd - markStart
        let contentColumn = indent + markerWidth + (spaces >= 1 && spaces <= 4 && q < e ? spaces : 1)
        var b = Block.listItem(line: i, indent: indent, mark: markStart ..< markEnd, box: box, lineEnd: e, depth: listStack.count,
                               parent: listStack.last?.block ?? -1, contentColumn: contentColumn)
        // The entry is open while its continuation lines are read: a line four columns past
        // the *parent's* text is a nested entry of this one, not a continuation.
        listStack.append((indent, contentColumn, Int32(blocks.count)))
        b.endLine = Int32(continuation(after: i, lineCount: n))
        blocks.append(b)
        return Int(b.endLine)
    }

    /// Lines that continue the paragraph started on line `i`: not blank, and not the start of
    /// another block (lazy continuation lines included, as CommonMark reads them).
    private func continuation(after i: Int, lineCount n: Int) -> Int {
        var j = i + 1
        while j < n, !src.isBlank(line: j) {
            let p = src.firstNonSpace(ofLine: j)
            let e = src.contentEnd(ofLine: j)
            if interruptsParagraph(line: j, start: p, end: e) { break }
            // A lone tag left of the entry's text is no lazy continuation: it starts an HTML
            // block outside the list (CommonMark's seventh kind, tried before laziness).
            if let top = listStack.last, indent(ofLine: j) < top.contentColumn, lines.byte(p) == 0x3C, p + 1 < e,
                ASCII.isLetter(lines.byte(p + 1)) || lines.byte(p + 1) == 0x2F, isLoneTag(from: p, to: e)
            {
                break
            }
            j += 1
        }
        return j
    }

    private func interruptsParagraph(line j: Int, start p: Int, end e: Int) -> Bool {
        // Four columns past the enclosing content: a continuation line, whatever it starts with.
        if indent(ofLine: j) - (listStack.last?.contentColumn ?? 0) >= 4 { return false }
        if listMarker(at: p, lineEnd: e) != nil { return true }
        if atxLevel(at: p, lineEnd: e) != nil || fence(at: p, lineEnd: e) != nil || isThematicBreak(from: p, to: e) { return true }
        let c = lines.byte(p)
        if c == 0x3E { return true }
        if c == 0x3C, p + 1 < e, lines.byte(p + 1) == 0x21 || blockTagName(p + 1, e).map({ !Self.inlineTags.contains($0) }) == true { return true }
        if (c == 0x21 || c == 0x3F), admonitionMarker(p, e) { return true }
        return false
    }

    // MARK: - Paragraphs and setext headings

    private mutating func paragraph(from i: Int, indent: Int, lineCount n: Int) -> Int {
        var j = i + 1
        while j < n, !src.isBlank(line: j) {
            if listStack.isEmpty || indent < (listStack.last?.contentColumn ?? 0), let level = setextLevel(line: j) {
                return setextHeading(lines: i ..< j + 1, level: level)
            }
            let p = src.firstNonSpace(ofLine: j)
            if interruptsParagraph(line: j, start: p, end: src.contentEnd(ofLine: j)) { break }
            j += 1
        }
        var b = Block(.paragraph, lines: i ..< j)
        b.indent = Int32(indent)
        let first = src.trimmed(src.contentRange(ofLine: i))
        b.textStart = Int32(first.lowerBound); b.textEnd = Int32(first.upperBound)
        appendAttached(b, indent: indent)
        return j
    }

    private mutating func setextHeading(lines range: Range<Int>, level: Int) -> Int {
        listStack.removeAll()
        var b = Block(.heading, lines: range)
        b.level = Int32(level)
        let title = src.trimmed(src.contentRange(ofLine: range.lowerBound))
        b.textStart = Int32(title.lowerBound)
        b.textEnd = Int32(src.trimmed(src.contentRange(ofLine: range.upperBound - 2)).upperBound)
        let under = range.upperBound - 1
        b.markStart = Int32(src.firstNonSpace(ofLine: under)); b.markEnd = Int32(src.contentEnd(ofLine: under))
        b.style = HeadingStyle(character: level == 1 ? 0x3D : 0x2D).packed
        blocks.append(b)
        return range.upperBound
    }

    // MARK: - Code

    private func fence(at p: Int, lineEnd e: Int) -> (character: UInt8, length: Int)? {
        guard p < e else { return nil }
        let c = lines.byte(p)
        guard c == 0x60 || c == 0x7E else { return nil }
        var q = p
        while q < e && lines.byte(q) == c { q += 1 }
        guard q - p >= 3 else { return nil }
        if c == 0x60 {
            // A backtick fence's info string may not hold a backtick.
            var r = q
            while r < e { if lines.byte(r) == 0x60 { return nil }; r += 1 }
        }
        return (c, q - p)
    }

    private mutating func fencedCode(from i: Int, fence: (character: UInt8, length: Int), indent: Int, lineCount n: Int) -> Int {
        var j = i + 1
        while j < n {
            let p = src.firstNonSpace(ofLine: j)
            let e = src.contentEnd(ofLine: j)
            if let close = self.fence(at: p, lineEnd: e), close.character == fence.character, close.length >= fence.length,
                src.trimmed(p + close.length ..< e).isEmpty
            {
                var b = Block(.literal, lines: i ..< j + 1)
                b.indent = Int32(indent)
                appendAttached(b, indent: indent)
                return j + 1
            }
            j += 1
        }
        diagnostics.append(Diagnostic(.warning, .unclosedFence, line: i + 1, column: indent + 1, "code fence is never closed; the rest of the document is code"))
        var b = Block(.literal, lines: i ..< n)
        b.indent = Int32(indent)
        appendAttached(b, indent: indent)
        return n
    }

    private mutating func indentedCode(from i: Int, base: Int, lineCount n: Int) -> Int {
        var j = i + 1
        var end = j
        while j < n {
            if src.isBlank(line: j) { j += 1; continue }
            if indent(ofLine: j) - base < 4 { break }
            j += 1
            end = j
        }
        var b = Block(.literal, lines: i ..< end)
        b.indent = Int32(indent(ofLine: i))
        appendAttached(b, indent: base)
        return end
    }

    private func isThematicBreak(from p: Int, to e: Int) -> Bool {
        guard p < e else { return false }
        let c = lines.byte(p)
        guard c == 0x2A || c == 0x2D || c == 0x5F else { return false }
        var count = 0
        var q = p
        while q < e {
            let b = lines.byte(q)
            if b == c { count += 1 } else if b != 0x20 && b != 0x09 { return false }
            q += 1
        }
        return count >= 3
    }

    // MARK: - HTML, admonitions, definitions, tables

    /// Inline elements: they start an HTML block only as a line holding one complete tag (CommonMark's
    /// seventh kind), so `<a id="x"></a>` before a heading is a paragraph and the heading stays one.
    private static let inlineTags: Set<String> = ["img", "picture", "video", "br", "a", "span", "sup", "sub", "b", "i", "em", "strong", "kbd", "input"]
    /// Tags that start an HTML block: block-level ones anywhere, inline ones alone on their line.
    private static let blockTags: Set<String> = inlineTags.union([
        "address", "article", "aside", "blockquote", "body", "center", "details", "dialog", "dd", "div", "dl", "dt",
        "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "html", "iframe",
        "li", "main", "nav", "ol", "p", "pre", "section", "summary", "table", "tbody", "td", "tfoot", "th", "thead",
        "tr", "ul", "script", "style", "textarea",
    ])

    /// One complete tag (`<a id="x">`, `</span>`, `<br/>`) and nothing after it but spaces.
    private func isLoneTag(from p: Int, to e: Int) -> Bool {
        var q = p + 1
        var quote: UInt8 = 0
        while q < e {
            let b = lines.byte(q)
            if quote != 0 {
                if b == quote { quote = 0 }
            } else if b == 0x22 || b == 0x27 {
                quote = b
            } else if b == 0x3C {
                return false
            } else if b == 0x3E {
                break
            }
            q += 1
        }
        guard q < e else { return false }
        q += 1
        while q < e, lines.byte(q) == 0x20 || lines.byte(q) == 0x09 { q += 1 }
        return q == e
    }

    private func blockTagName(_ p: Int, _ e: Int) -> String? {
        var q = p
        if q < e && lines.byte(q) == 0x2F { q += 1 }
        let s = q
        while q < e, ASCII.isLetter(lines.byte(q)) || (lines.byte(q) >= 0x30 && lines.byte(q) <= 0x39) { q += 1 }
        guard q > s else { return nil }
        if q < e, lines.byte(q) != 0x20, lines.byte(q) != 0x3E, lines.byte(q) != 0x2F, lines.byte(q) != 0x09 { return nil }
        let name = src.string(s ..< q).lowercased()
        return Self.blockTags.contains(name) ? name : nil
    }

    private mutating func htmlBlock(from i: Int, start p: Int, lineEnd e: Int, lineCount n: Int) -> Int? {
        guard lines.byte(p) == 0x3C, p + 1 < e else { return nil }
        if p + 3 < e, lines.byte(p + 1) == 0x21, lines.byte(p + 2) == 0x2D, lines.byte(p + 3) == 0x2D {
            var j = i
            while j < n {
                if contains(line: j, "-->") {
                    var b = Block(.comment, lines: i ..< j + 1)
                    b.indent = Int32(indent(ofLine: i))
                    appendAttached(b, indent: Int(b.indent))
                    return j + 1
                }
                j += 1
            }
            diagnostics.append(Diagnostic(.warning, .unclosedComment, line: i + 1, "HTML comment is never closed"))
            blocks.append(Block(.comment, lines: i ..< n))
            return n
        }
        let name = blockTagName(p + 1, e)
        guard lines.byte(p + 1) == 0x21 || lines.byte(p + 1) == 0x3F || name != nil else { return nil }
        if let name, Self.inlineTags.contains(name), !isLoneTag(from: p, to: e) { return nil }
        var j = i + 1
        while j < n, !src.isBlank(line: j) { j += 1 }
        var b = Block(.html, lines: i ..< j)
        b.indent = Int32(indent(ofLine: i))
        appendAttached(b, indent: Int(b.indent))
        return j
    }

    private func contains(line j: Int, _ needle: StaticString) -> Bool {
        let r = src.contentRange(ofLine: j)
        let count = needle.utf8CodeUnitCount
        guard r.count >= count else { return false }
        return needle.withUTF8Buffer { nb in
            var p = r.lowerBound
            while p + count <= r.upperBound {
                var k = 0
                while k < count && src.bytes[p + k] == nb[k] { k += 1 }
                if k == count { return true }
                p += 1
            }
            return false
        }
    }

    /// `!!! note "Title"`, `??? note`, `???+ note` (MkDocs / Material).
    private func admonitionMarker(_ p: Int, _ e: Int) -> Bool {
        guard p + 3 < e else { return false }
        let c = lines.byte(p)
        guard (c == 0x21 || c == 0x3F), lines.byte(p + 1) == c, lines.byte(p + 2) == c else { return false }
        var q = p + 3
        if q < e && lines.byte(q) == 0x2B { q += 1 }
        return q < e && lines.byte(q) == 0x20
    }

    private func nameAfterAdmonitionMarker(_ p: Int, _ e: Int) -> Range<Int> {
        var q = p + 3
        while q < e && (lines.byte(q) == 0x2B || lines.byte(q) == 0x20) { q += 1 }
        let s = q
        while q < e && lines.byte(q) != 0x20 { q += 1 }
        return s ..< q
    }

    private func admonitionEnd(from i: Int, start p: Int, lineEnd e: Int, indent: Int, lineCount n: Int) -> Int? {
        guard admonitionMarker(p, e) else { return nil }
        var j = i + 1
        var end = j
        while j < n {
            if src.isBlank(line: j) { j += 1; continue }
            if self.indent(ofLine: j) < indent + 4 { break }
            j += 1
            end = j
        }
        return end
    }

    /// `[label]: destination "title"`; footnote definitions (`[^1]:`) are not link definitions.
    private func referenceDefinition(at p: Int, lineEnd e: Int) -> (label: Range<Int>, url: Range<Int>)? {
        guard lines.byte(p) == 0x5B, p + 1 < e, lines.byte(p + 1) != 0x5E else { return nil }
        var q = p + 1
        while q < e {
            let c = lines.byte(q)
            if c == 0x5C { q += 2; continue }
            if c == 0x5D || c == 0x5B { break }
            q += 1
        }
        guard q < e, lines.byte(q) == 0x5D, q > p + 1, q + 1 < e, lines.byte(q + 1) == 0x3A else { return nil }
        var u = q + 2
        while u < e && (lines.byte(u) == 0x20 || lines.byte(u) == 0x09) { u += 1 }
        guard u < e else { return nil }
        var v = u
        if lines.byte(u) == 0x3C {
            while v < e && lines.byte(v) != 0x3E { v += 1 }
            guard v < e else { return nil }
            return (p + 1 ..< q, u + 1 ..< v)
        }
        while v < e && lines.byte(v) != 0x20 && lines.byte(v) != 0x09 { v += 1 }
        return (p + 1 ..< q, u ..< v)
    }

    private func hasPipe(_ p: Int, _ e: Int) -> Bool {
        var q = p
        while q < e { if lines.byte(q) == 0x7C { return true }; q += 1 }
        return false
    }

    /// `| --- | :---: |`, `--|--`: dashes, colons, pipes and spaces, with at least one dash.
    private func isTableDelimiterRow(line j: Int) -> Bool {
        let r = src.trimmed(src.contentRange(ofLine: j))
        guard !r.isEmpty else { return false }
        var dashes = 0
        var pipes = 0
        for q in r {
            switch lines.byte(q) {
            case 0x2D: dashes += 1
            case 0x7C: pipes += 1
            case 0x3A, 0x20, 0x09: break
            default: return false
            }
        }
        return dashes >= 1 && pipes >= 1
    }
}
