import RoadmapText
import RoadmapModel

/// Splits a reStructuredText document into blocks in one pass over its lines.
///
/// It reads what docutils reads, leniently: section titles with an underline or an over- and
/// underline of any punctuation character, levels in the order their styles first appear;
/// field lists, bullet and enumerated lists (nested by indentation), explicit markup (targets,
/// directives, comments) with their indented bodies, literal blocks after `::`, tables.
/// Nothing recurses, so any nesting depth is safe.
struct RSTScanner: BlockScanning {
    private let src: SourceText
    private let lines: LineClassifier
    var blocks: [Block] = []
    var diagnostics: [Diagnostic] = []
    /// Adornment styles in order of first appearance: the index + 1 is the section level.
    private var styles: [HeadingStyle] = []
    /// Open list entries, innermost last.
    private var listStack: [(markerIndent: Int, contentColumn: Int, block: Int32)] = []
    /// Set after a paragraph ending in `::`: the indentation a literal block must exceed.
    private var literalAfterIndent: Int? = nil

    /// Lines from which a document is scanned in two halves on two threads.
    private let parallelLines: Int

    /// Documents of `parallelLines` lines and more are scanned in two halves side by side.
    init(_ source: SourceText, parallelFrom parallelLines: Int = RSTScanner.parallelLines) {
        src = source
        lines = LineClassifier(source)
        self.parallelLines = parallelLines
    }

    /// About 5,000 sections of a Deis-style roadmap: below it, a second thread costs more than it saves.
    static let parallelLines = 65536

    consuming func scan() -> SyntaxTree {
        let n = src.lineCount
        if n >= max(parallelLines, 4), let split = HalvesScan.splitLine(in: src, where: { lines.adornment(line: $0) == nil && lines.adornment(line: $0 + 1) != nil }),
           let tree = scanInHalves(at: split) { return tree }
        // Every block has a line: this never regrows, and untouched capacity costs no memory.
        blocks.reserveCapacity(n + 1)
        var i = 0
        while i < n {
            i = scanBlock(at: i, lineCount: n)
        }
        return SyntaxTree(source: src, format: .rst, blocks: blocks, diagnostics: diagnostics)
    }

    // MARK: - Two halves

    /// The one-pass scan's blocks, made by scanning the halves before and after `split` side by
    /// side (`HalvesScan`); the second half's section levels are renumbered after the first's.
    private func scanInHalves(at split: Int) -> SyntaxTree? {
        let n = src.lineCount
        var first = RSTScanner(src, parallelFrom: parallelLines)
        guard let second = HalvesScan.scan(&first, RSTScanner(src, parallelFrom: parallelLines), split: split, lineCount: n) else {
            return SyntaxTree(source: src, format: .rst, blocks: first.blocks, diagnostics: first.diagnostics)
        }
        // The second half's styles in the numbering of the whole: the first half's, then its new ones.
        var level: [Int32] = []
        for style in second.styles {
            if let known = first.styles.firstIndex(of: style) {
                level.append(Int32(known + 1))
            } else {
                first.styles.append(style)
                level.append(Int32(first.styles.count))
            }
        }
        HalvesScan.join(&first, second) { b in
            if b.kind == .heading { b.level = level[Int(b.level) - 1] }
        }
        return SyntaxTree(source: src, format: .rst, blocks: first.blocks, diagnostics: first.diagnostics)
    }

    // MARK: - One block

    mutating func scanBlock(at i: Int, lineCount n: Int) -> Int {
        if src.isBlank(line: i) {
            let j = src.endOfBlankRun(from: i) { src.isBlank(line: $0) }
            blocks.append(Block(.blank, lines: i ..< j))
            return j
        }
        let indent = src.indent(ofLine: i)
        let p = src.firstNonSpace(ofLine: i)
        let e = src.contentEnd(ofLine: i)

        if let base = literalAfterIndent {
            literalAfterIndent = nil
            if indent > base { return literal(from: i, base: base, lineCount: n) }
        }
        closeLists(above: indent)

        if lines.byte(p) == ASCII.period, p + 1 < e, lines.byte(p + 1) == ASCII.period, p + 2 == e || lines.byte(p + 2) == ASCII.space {
            return explicitMarkup(at: i, indent: indent, start: p, end: e, lineCount: n)
        }
        if lines.byte(p) == ASCII.underscore, p + 2 < e, lines.byte(p + 1) == ASCII.underscore, lines.byte(p + 2) == ASCII.space {
            // `__ url`: an anonymous target
            var b = Block(.target, lines: i ..< bodyEnd(after: i, indent: indent, lineCount: n))
            b.indent = Int32(indent)
            b.markStart = Int32(p); b.markEnd = Int32(p + 2)
            let url = src.trimmed(p + 3 ..< e)
            b.textStart = Int32(url.lowerBound); b.textEnd = Int32(url.upperBound)
            blocks.append(b)
            return Int(b.endLine)
        }
        if let markEnd = lines.bullet(at: p, lineEnd: e) {
            return listItem(at: i, indent: indent, markStart: p, markEnd: markEnd, lineEnd: e, lineCount: n)
        }
        if let field = fieldMarker(at: p, lineEnd: e) {
            var b = Block(.field, lines: i ..< fieldEnd(after: i, indent: indent, lineCount: n))
            b.indent = Int32(indent)
            b.markStart = Int32(field.name.lowerBound); b.markEnd = Int32(field.name.upperBound)
            b.textStart = Int32(field.value.lowerBound); b.textEnd = Int32(field.value.upperBound)
            blocks.append(b)
            return Int(b.endLine)
        }
        if lines.byte(p) == ASCII.plus, p + 1 < e, lines.byte(p + 1) == ASCII.hyphen || lines.byte(p + 1) == ASCII.equals {
            return table(from: i, lineCount: n) { $0.isBlank(line: $1) }
        }
        if isSimpleTableBorder(line: i) {
            return simpleTable(from: i, lineCount: n)
        }
        if let markEnd = lines.enumerator(at: p, lineEnd: e), isEnumeratedListItem(line: i, indent: indent, lineCount: n) {
            return listItem(at: i, indent: indent, markStart: p, markEnd: markEnd, lineEnd: e, lineCount: n)
        }
        if indent == 0, let over = lines.adornment(line: i) {
            if i + 2 < n, !src.isBlank(line: i + 1), let under = lines.adornment(line: i + 2), under.character == over.character,
                lines.adornment(line: i + 1) == nil
            {
                return heading(lines: i ..< i + 3, titleLine: i + 1, style: HeadingStyle(character: over.character, overlined: true),
                               adornmentLength: under.length, overLength: over.length)
            }
            if over.length >= 4 {
                var b = Block(.thematicBreak, lines: i ..< i + 1)
                b.markStart = Int32(p); b.markEnd = Int32(e)
                blocks.append(b)
                return i + 1
            }
        }
        if indent == 0, i + 1 < n, let under = lines.adornment(line: i + 1) {
            let title = src.trimmed(p ..< e)
            let width = TextWidth.of(src.string(title))
            if under.length >= width || under.length >= 4 {
                if under.length < width {
                    diagnostics.append(Diagnostic(.warning, .shortAdornment, line: i + 2, "title underline too short for \"\(src.string(title))\""))
                }
                return heading(lines: i ..< i + 2, titleLine: i, style: HeadingStyle(character: under.character),
                               adornmentLength: under.length, overLength: nil)
            }
        }
        return paragraph(from: i, indent: indent, lineCount: n)
    }

    // MARK: - Sections

    private mutating func heading(lines range: Range<Int>, titleLine: Int, style: HeadingStyle, adornmentLength: Int, overLength: Int?) -> Int {
        listStack.removeAll()
        var level = (styles.firstIndex(of: style) ?? -1) + 1
        if level == 0 {
            styles.append(style)
            level = styles.count
        }
        var b = Block(.heading, lines: range)
        let title = src.trimmed(src.contentRange(ofLine: titleLine))
        b.textStart = Int32(title.lowerBound); b.textEnd = Int32(title.upperBound)
        let adornLine = range.upperBound - 1
        b.markStart = Int32(src.start(ofLine: adornLine)); b.markEnd = Int32(src.contentEnd(ofLine: adornLine))
        b.level = Int32(level)
        b.style = style.packed
        if let overLength, overLength != adornmentLength {
            diagnostics.append(Diagnostic(.warning, .adornmentMismatch, line: range.lowerBound + 1, "title overline and underline differ in length"))
        }
        blocks.append(b)
        return range.upperBound
    }

    // MARK: - Lists

    private mutating func closeLists(above indent: Int) {
        while let top = listStack.last, indent < top.contentColumn, indent <= top.markerIndent {
            listStack.removeLast()
        }
    }

    /// docutils' rule: an enumerated item's second line is blank, indented, or another enumerator.
    private func isEnumeratedListItem(line i: Int, indent: Int, lineCount n: Int) -> Bool {
        guard i + 1 < n, !src.isBlank(line: i + 1) else { return true }
        let nextIndent = src.indent(ofLine: i + 1)
        if nextIndent > indent { return true }
        let q = src.firstNonSpace(ofLine: i + 1)
        return nextIndent == indent && lines.enumerator(at: q, lineEnd: src.contentEnd(ofLine: i + 1)) != nil
    }

    private mutating func listItem(at i: Int, indent: Int, markStart: Int, markEnd: Int, lineEnd e: Int, lineCount n: Int) -> Int {
        while let top = listStack.last, top.markerIndent >= indent { listStack.removeLast() }
        let box = lines.checkbox(after: markEnd, lineEnd: e)
        var contentColumn = indent + (markEnd - markStart) + 1
        if box.textStart < e { contentColumn = indent + src.scalarCount(markStart ..< box.textStart) }
        var b = Block.listItem(line: i, indent: indent, mark: markStart ..< markEnd, box: box, lineEnd: e, depth: listStack.count,
                               parent: listStack.last?.block ?? -1, contentColumn: contentColumn)
        // Continuation lines: indented past the marker, and not a nested entry.
        var j = i + 1
        while j < n, !src.isBlank(line: j) {
            let ind = src.indent(ofLine: j)
            if ind <= indent { break }
            let q = src.firstNonSpace(ofLine: j)
            let qe = src.contentEnd(ofLine: j)
            if lines.bullet(at: q, lineEnd: qe) != nil || lines.enumerator(at: q, lineEnd: qe) != nil { break }
            j += 1
        }
        b.endLine = Int32(j)
        if endsWithDoubleColon(line: j - 1) { literalAfterIndent = indent }
        listStack.append((indent, contentColumn, Int32(blocks.count)))
        blocks.append(b)
        return j
    }

    // MARK: - Fields, explicit markup

    /// `:name: value` (the name may hold escaped colons); not a role such as `:ref:`x``.
    private func fieldMarker(at p: Int, lineEnd e: Int) -> (name: Range<Int>, value: Range<Int>)? {
        guard lines.byte(p) == ASCII.colon, p + 1 < e, lines.byte(p + 1) != ASCII.space, lines.byte(p + 1) != ASCII.colon else { return nil }
        var q = p + 1
        while q < e {
            let c = lines.byte(q)
            if c == ASCII.backslash { q += 2; continue }
            if c == ASCII.colon { break }
            q += 1
        }
        guard q < e, lines.byte(q - 1) != ASCII.space else { return nil }
        let after = q + 1
        guard after == e || lines.byte(after) == ASCII.space || lines.byte(after) == ASCII.tab else { return nil }
        return (p + 1 ..< q, src.trimmed(after ..< e))
    }

    private mutating func explicitMarkup(at i: Int, indent: Int, start p: Int, end e: Int, lineCount n: Int) -> Int {
        let end = bodyEnd(after: i, indent: indent, lineCount: n)
        let q = p + 3
        var b = Block(.comment, lines: i ..< end)
        b.indent = Int32(indent)
        if q < e, lines.byte(q) == ASCII.underscore, let target = targetName(from: q + 1, lineEnd: e) {
            b.kind = .target
            b.markStart = Int32(target.name.lowerBound); b.markEnd = Int32(target.name.upperBound)
            b.textStart = Int32(target.url.lowerBound); b.textEnd = Int32(target.url.upperBound)
        } else if q < e, lines.byte(q) == ASCII.leftBracket, let close = (q ..< e).first(where: { lines.byte($0) == ASCII.rightBracket }),
            RSTInlineTokenizer.footnoteLabelStart(Array(src.bytes[q ... close]), closingAt: close - q) == 1
        {
            // `.. [1] text`: a footnote or citation, text a reader sees (not a comment)
            b.kind = .paragraph
            b.markStart = Int32(q + 1); b.markEnd = Int32(close)
        } else if q < e, lines.byte(q) == ASCII.pipe, let close = (q + 1 ..< e).first(where: { lines.byte($0) == ASCII.pipe }), close > q + 1,
            close + 2 < e, lines.byte(close + 1) == ASCII.space, directiveName(from: close + 2, lineEnd: e) != nil
        {
            // `.. |name| replace:: text`: a substitution definition; mark is the name, text
            // the directive and its argument.
            b.kind = .directive
            b.markStart = Int32(q + 1); b.markEnd = Int32(close)
            b.textStart = Int32(close + 2); b.textEnd = Int32(e)
        } else if q < e, lines.byte(q) == ASCII.pipe || directiveName(from: q, lineEnd: e) != nil {
            b.kind = .directive
            if let name = directiveName(from: q, lineEnd: e) {
                b.markStart = Int32(name.lowerBound); b.markEnd = Int32(name.upperBound)
                let arg = src.trimmed(name.upperBound + 2 ..< e)
                b.textStart = Int32(arg.lowerBound); b.textEnd = Int32(arg.upperBound)
            }
        }
        blocks.append(b)
        return end
    }

    /// The name of `.. _name: url` / `.. _`name`: url`, and the URL on the first line.
    private func targetName(from p: Int, lineEnd e: Int) -> (name: Range<Int>, url: Range<Int>)? {
        var q = p
        let name: Range<Int>
        if q < e, lines.byte(q) == ASCII.backtick {
            q += 1
            let s = q
            while q < e, lines.byte(q) != ASCII.backtick { q += 1 }
            guard q < e else { return nil }
            name = s ..< q
            q += 1
            guard q < e, lines.byte(q) == ASCII.colon else { return nil }
        } else {
            let s = q
            while q < e {
                let c = lines.byte(q)
                if c == ASCII.backslash { q += 2; continue }
                if c == ASCII.colon, q + 1 == e || lines.byte(q + 1) == ASCII.space { break }
                q += 1
            }
            guard q < e, q > s else { return nil }
            name = s ..< q
        }
        return (name, src.trimmed(q + 1 ..< e))
    }

    /// `name::` after `.. `: letters, digits, `-`, `_`, `+`, `:`, `.`.
    private func directiveName(from p: Int, lineEnd e: Int) -> Range<Int>? {
        var q = p
        while q + 1 < e {
            let c = lines.byte(q)
            if c == ASCII.colon && lines.byte(q + 1) == ASCII.colon {
                return q > p && (q + 2 == e || lines.byte(q + 2) == ASCII.space) ? p ..< q : nil
            }
            let ok = ASCII.isLetter(c) || (c >= ASCII.zero && c <= ASCII.nine) || c == ASCII.hyphen || c == ASCII.underscore || c == ASCII.plus || c == ASCII.colon || c == ASCII.period
            if !ok { return nil }
            q += 1
        }
        return nil
    }

    /// One past the last line of field `i`'s value: its indented body, up to a list in it. The
    /// list's entries are blocks of their own (a field `:Goals:` over a checklist keeps its tasks).
    private func fieldEnd(after i: Int, indent: Int, lineCount n: Int) -> Int {
        let end = bodyEnd(after: i, indent: indent, lineCount: n)
        var j = i + 1
        while j < end {
            if !src.isBlank(line: j) {
                let q = src.firstNonSpace(ofLine: j), qe = src.contentEnd(ofLine: j)
                if lines.bullet(at: q, lineEnd: qe) != nil || lines.enumerator(at: q, lineEnd: qe) != nil {
                    while j > i + 1, src.isBlank(line: j - 1) { j -= 1 }
                    return j
                }
            }
            j += 1
        }
        return end
    }

    /// One past the last line of an indented body that follows line `i` (blank lines inside kept,
    /// trailing blank lines left for the next block).
    private func bodyEnd(after i: Int, indent: Int, lineCount n: Int) -> Int {
        var j = i + 1
        var end = j
        while j < n {
            if src.isBlank(line: j) { j += 1; continue }
            if src.indent(ofLine: j) <= indent { break }
            j += 1
            end = j
        }
        return end
    }

    // MARK: - Literal blocks, tables, paragraphs

    private mutating func literal(from i: Int, base: Int, lineCount n: Int) -> Int {
        let end = bodyEnd(after: i, indent: base, lineCount: n)
        var b = Block(.literal, lines: i ..< end)
        b.indent = Int32(src.indent(ofLine: i))
        blocks.append(b)
        return end
    }

    private func isSimpleTableBorder(line i: Int) -> Bool {
        let s = src.firstNonSpace(ofLine: i)
        let e = src.trimmed(s ..< src.contentEnd(ofLine: i)).upperBound
        guard e > s, lines.byte(s) == ASCII.equals else { return false }
        var columns = 1
        var p = s
        var inGap = false
        while p < e {
            let c = lines.byte(p)
            if c == ASCII.equals {
                if inGap { columns += 1; inGap = false }
            } else if c == ASCII.space {
                inGap = true
            } else {
                return false
            }
            p += 1
        }
        return columns >= 2
    }

    private mutating func table(from i: Int, lineCount n: Int, endsBefore: (SourceText, Int) -> Bool) -> Int {
        var j = i + 1
        while j < n && !endsBefore(src, j) { j += 1 }
        listStack.removeAll()
        blocks.append(Block(.table, lines: i ..< j))
        return j
    }

    /// A simple table ends at a border line followed by a blank line or the end.
    private mutating func simpleTable(from i: Int, lineCount n: Int) -> Int {
        var j = i + 1
        let limit = min(n, i + 5000)
        while j < limit {
            if isSimpleTableBorder(line: j) && (j + 1 == n || src.isBlank(line: j + 1)) {
                blocks.append(Block(.table, lines: i ..< j + 1))
                return j + 1
            }
            j += 1
        }
        return paragraph(from: i, indent: src.indent(ofLine: i), lineCount: n)
    }

    private mutating func paragraph(from i: Int, indent: Int, lineCount n: Int) -> Int {
        // A line indented deeper ends the paragraph: after one line it is a definition list's
        // term (`Q3\n   - [ ] task`), after more an unexpected indentation; either way docutils
        // reads what follows as blocks of its own.
        var j = i + 1
        while j < n, !src.isBlank(line: j), src.indent(ofLine: j) == indent { j += 1 }
        var b = Block(.paragraph, lines: i ..< j)
        b.indent = Int32(indent)
        let first = src.trimmed(src.contentRange(ofLine: i))
        b.textStart = Int32(first.lowerBound); b.textEnd = Int32(first.upperBound)
        if let top = listStack.last, indent >= top.contentColumn || indent > top.markerIndent {
            b.parent = top.block
        }
        if endsWithDoubleColon(line: j - 1) { literalAfterIndent = indent }
        blocks.append(b)
        return j
    }

    private func endsWithDoubleColon(line i: Int) -> Bool {
        let r = src.trimmed(src.contentRange(ofLine: i))
        return r.count >= 2 && lines.byte(r.upperBound - 1) == ASCII.colon && lines.byte(r.upperBound - 2) == ASCII.colon
    }
}
