import RoadmapText
import RoadmapModel

/// HTML blocks, admonitions, reference definitions and tables.
extension MarkdownScanner {
    // MARK: - HTML, admonitions, definitions, tables

    /// Inline elements: they start an HTML block only as a line holding one complete tag (CommonMark's
    /// seventh kind), so `<a id="x"></a>` before a heading is a paragraph and the heading stays one.
    static let inlineTags: Set<String> = ["img", "picture", "video", "br", "a", "span", "sup", "sub", "b", "i", "em", "strong", "kbd", "input"]
    /// Tags that start an HTML block: block-level ones anywhere, inline ones alone on their line.
    static let blockTags: Set<String> = inlineTags.union([
        "address", "article", "aside", "blockquote", "body", "center", "details", "dialog", "dd", "div", "dl", "dt",
        "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "html", "iframe",
        "li", "main", "nav", "ol", "p", "pre", "section", "summary", "table", "tbody", "td", "tfoot", "th", "thead",
        "tr", "ul", "script", "style", "textarea",
    ])

    /// One complete tag (`<a id="x">`, `</span>`, `<br/>`) and nothing after it but spaces.
    func isLoneTag(from p: Int, to e: Int) -> Bool {
        var q = p + 1
        var quote: UInt8 = 0
        while q < e {
            let b = lines.byte(q)
            if quote != 0 {
                if b == quote { quote = 0 }
            } else if b == ASCII.quote || b == ASCII.apostrophe {
                quote = b
            } else if b == ASCII.lessThan {
                return false
            } else if b == ASCII.greaterThan {
                break
            }
            q += 1
        }
        guard q < e else { return false }
        q += 1
        while q < e, lines.byte(q) == ASCII.space || lines.byte(q) == ASCII.tab { q += 1 }
        return q == e
    }

    func blockTagName(_ p: Int, _ e: Int) -> String? {
        var q = p
        if q < e && lines.byte(q) == ASCII.slash { q += 1 }
        let s = q
        while q < e, ASCII.isLetter(lines.byte(q)) || (lines.byte(q) >= ASCII.zero && lines.byte(q) <= ASCII.nine) { q += 1 }
        guard q > s else { return nil }
        if q < e, lines.byte(q) != ASCII.space, lines.byte(q) != ASCII.greaterThan, lines.byte(q) != ASCII.slash, lines.byte(q) != ASCII.tab { return nil }
        let name = src.string(s ..< q).lowercased()
        return Self.blockTags.contains(name) ? name : nil
    }

    mutating func htmlBlock(from i: Int, start p: Int, lineEnd e: Int, lineCount n: Int) -> Int? {
        // An MDX comment (`{/* … */}`, as Docusaurus pages hide a draft section): a comment
        // when it closes; else the braces are text.
        if lines.byte(p) == 0x7B, p + 2 < e, lines.byte(p + 1) == ASCII.slash, lines.byte(p + 2) == 0x2A {
            return comment(from: i, closedBy: "*/}", lineCount: n)
        }
        guard lines.byte(p) == ASCII.lessThan, p + 1 < e else { return nil }
        if p + 3 < e, lines.byte(p + 1) == ASCII.exclamation, lines.byte(p + 2) == ASCII.hyphen, lines.byte(p + 3) == ASCII.hyphen {
            if let end = comment(from: i, closedBy: "-->", lineCount: n) { return end }
            diagnostics.append(Diagnostic(.warning, .unclosedComment, line: i + 1, "HTML comment is never closed"))
            blocks.append(Block(.comment, lines: i ..< n))
            return n
        }
        let name = blockTagName(p + 1, e)
        guard lines.byte(p + 1) == ASCII.exclamation || lines.byte(p + 1) == ASCII.question || name != nil else { return nil }
        if let name, Self.inlineTags.contains(name), !isLoneTag(from: p, to: e) { return nil }
        var j = i + 1
        while j < n, !src.isBlank(line: j) { j += 1 }
        var b = Block(.html, lines: i ..< j)
        b.indent = Int32(indent(ofLine: i))
        appendAttached(b, indent: Int(b.indent))
        return j
    }

    /// A comment from line `i` to the line that holds `closing`, appended: the line after it,
    /// or nil when no line closes it (nothing is appended then).
    private mutating func comment(from i: Int, closedBy closing: StaticString, lineCount n: Int) -> Int? {
        var j = i
        while j < n {
            if contains(line: j, closing) {
                var b = Block(.comment, lines: i ..< j + 1)
                b.indent = Int32(indent(ofLine: i))
                appendAttached(b, indent: Int(b.indent))
                return j + 1
            }
            j += 1
        }
        return nil
    }

    func contains(line j: Int, _ needle: StaticString) -> Bool {
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
    func admonitionMarker(_ p: Int, _ e: Int) -> Bool {
        guard p + 3 < e else { return false }
        let c = lines.byte(p)
        guard (c == ASCII.exclamation || c == ASCII.question), lines.byte(p + 1) == c, lines.byte(p + 2) == c else { return false }
        var q = p + 3
        if q < e && lines.byte(q) == ASCII.plus { q += 1 }
        return q < e && lines.byte(q) == ASCII.space
    }

    func nameAfterAdmonitionMarker(_ p: Int, _ e: Int) -> Range<Int> {
        var q = p + 3
        while q < e && (lines.byte(q) == ASCII.plus || lines.byte(q) == ASCII.space) { q += 1 }
        let s = q
        while q < e && lines.byte(q) != ASCII.space { q += 1 }
        return s ..< q
    }

    func admonitionEnd(from i: Int, start p: Int, lineEnd e: Int, indent: Int, lineCount n: Int) -> Int? {
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
    func referenceDefinition(at p: Int, lineEnd e: Int) -> (label: Range<Int>, url: Range<Int>)? {
        guard lines.byte(p) == ASCII.leftBracket, p + 1 < e, lines.byte(p + 1) != ASCII.caret else { return nil }
        var q = p + 1
        while q < e {
            let c = lines.byte(q)
            if c == ASCII.backslash { q += 2; continue }
            if c == ASCII.rightBracket || c == ASCII.leftBracket { break }
            q += 1
        }
        guard q < e, lines.byte(q) == ASCII.rightBracket, q > p + 1, q + 1 < e, lines.byte(q + 1) == ASCII.colon else { return nil }
        var u = q + 2
        while u < e && (lines.byte(u) == ASCII.space || lines.byte(u) == ASCII.tab) { u += 1 }
        guard u < e else { return nil }
        var v = u
        if lines.byte(u) == ASCII.lessThan {
            while v < e && lines.byte(v) != ASCII.greaterThan { v += 1 }
            guard v < e else { return nil }
            return (p + 1 ..< q, u + 1 ..< v)
        }
        while v < e && lines.byte(v) != ASCII.space && lines.byte(v) != ASCII.tab { v += 1 }
        return (p + 1 ..< q, u ..< v)
    }

    func hasPipe(_ p: Int, _ e: Int) -> Bool {
        var q = p
        while q < e { if lines.byte(q) == ASCII.pipe { return true }; q += 1 }
        return false
    }

    /// `| --- | :---: |`, `--|--`: dashes, colons, pipes and spaces, with at least one dash.
    func isTableDelimiterRow(line j: Int) -> Bool {
        let r = src.trimmed(src.contentRange(ofLine: j))
        guard !r.isEmpty else { return false }
        var dashes = 0
        var pipes = 0
        for q in r {
            switch lines.byte(q) {
            case ASCII.hyphen: dashes += 1
            case ASCII.pipe: pipes += 1
            case ASCII.colon, ASCII.space, ASCII.tab: break
            default: return false
            }
        }
        return dashes >= 1 && pipes >= 1
    }
}
