import RoadmapText
import RoadmapModel

/// Splits a Markdown document (CommonMark with GFM task lists and tables, YAML front matter,
/// MkDocs admonitions) into blocks in one pass over its lines.
///
/// Code (fenced and indented), HTML blocks and comments, tables and block quotes are kept as
/// opaque blocks, so a `- [ ]` inside them is never read as a deliverable.
struct MarkdownScanner: BlockScanning {
    let src: SourceText
    let lines: LineClassifier
    var blocks: [Block] = []
    var diagnostics: [Diagnostic] = []
    var listStack: [(markerIndent: Int, contentColumn: Int, block: Int32)] = []
    /// Lines from which a document is scanned in two halves on two threads.
    let parallelLines: Int

    /// Documents of `parallelLines` lines and more are scanned in two halves side by side.
    init(_ source: SourceText, parallelFrom parallelLines: Int = MarkdownScanner.parallelLines) {
        src = source
        lines = LineClassifier(source)
        self.parallelLines = parallelLines
    }

    /// About 5,000 sections of a roadmap: below it, a second thread costs more than it saves.
    static let parallelLines = 65536

    consuming func scan() -> SyntaxTree {
        let n = src.lineCount
        if n >= max(parallelLines, 4),
           let split = HalvesScan.splitLine(in: src, where: { atxLevel(at: src.firstNonSpace(ofLine: $0), lineEnd: src.contentEnd(ofLine: $0)) != nil })
        {
            // Front matter is only ever at the top: the first half reads it.
            var first = MarkdownScanner(src, parallelFrom: parallelLines)
            let start = first.frontMatter(lineCount: n)
            if start < split {
                if let second = HalvesScan.scan(&first, MarkdownScanner(src, parallelFrom: parallelLines), from: start, split: split, lineCount: n) {
                    HalvesScan.join(&first, second)
                }
                return SyntaxTree(source: src, format: .markdown, blocks: first.blocks, diagnostics: first.diagnostics)
            }
        }
        // Every block has a line: this never regrows, and untouched capacity costs no memory.
        blocks.reserveCapacity(n + 1)
        var i = frontMatter(lineCount: n)
        while i < n {
            i = scanBlock(at: i, lineCount: n)
        }
        return SyntaxTree(source: src, format: .markdown, blocks: blocks, diagnostics: diagnostics)
    }

    /// CommonMark's tab stops are four columns apart (docutils' eight).
    func indent(ofLine i: Int) -> Int { src.indent(ofLine: i, tabStop: 4) }

    // MARK: - Front matter

    /// `---` … `---` (YAML) or `+++` … `+++` (TOML) as the very first lines.
    mutating func frontMatter(lineCount n: Int) -> Int {
        let first = src.trimmed(src.contentRange(ofLine: 0))
        guard first.count == 3, indent(ofLine: 0) == 0 else { return 0 }
        let c = lines.byte(first.lowerBound)
        guard (c == ASCII.hyphen || c == ASCII.plus), lines.byte(first.lowerBound + 1) == c, lines.byte(first.lowerBound + 2) == c else { return 0 }
        var j = 1
        while j < n {
            let r = src.trimmed(src.contentRange(ofLine: j))
            if r.count == 3, lines.byte(r.lowerBound) == c || (c == ASCII.hyphen && lines.byte(r.lowerBound) == ASCII.period),
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

    mutating func scanBlock(at i: Int, lineCount n: Int) -> Int {
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
        if lines.byte(p) == ASCII.greaterThan {
            var j = i + 1
            while j < n, !src.isBlank(line: j), lines.byte(src.firstNonSpace(ofLine: j)) == ASCII.greaterThan { j += 1 }
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

    mutating func appendAttached(_ block: Block, indent: Int) {
        var b = block
        if let top = listStack.last, indent >= top.contentColumn { b.parent = top.block }
        blocks.append(b)
    }

    // MARK: - Headings

    func atxLevel(at p: Int, lineEnd e: Int) -> Int? {
        var q = p
        while q < e && lines.byte(q) == ASCII.hash && q - p < 7 { q += 1 }
        let level = q - p
        guard level >= 1, level <= 6 else { return nil }
        return q == e || lines.byte(q) == ASCII.space || lines.byte(q) == ASCII.tab ? level : nil
    }

    mutating func atxHeading(line i: Int, level: Int, start p: Int, end e: Int) -> Int {
        listStack.removeAll()
        var s = p + level
        var t = e
        while s < t && (lines.byte(s) == ASCII.space || lines.byte(s) == ASCII.tab) { s += 1 }
        while t > s && (lines.byte(t - 1) == ASCII.space || lines.byte(t - 1) == ASCII.tab) { t -= 1 }
        // An optional closing sequence of #s, preceded by a space.
        var c = t
        while c > s && lines.byte(c - 1) == ASCII.hash { c -= 1 }
        if c < t, c == s || lines.byte(c - 1) == ASCII.space || lines.byte(c - 1) == ASCII.tab {
            t = c
            while t > s && (lines.byte(t - 1) == ASCII.space || lines.byte(t - 1) == ASCII.tab) { t -= 1 }
        }
        var b = Block(.heading, lines: i ..< i + 1)
        b.level = Int32(level)
        b.indent = Int32(indent(ofLine: i))
        b.textStart = Int32(s); b.textEnd = Int32(t)
        b.markStart = Int32(p); b.markEnd = Int32(p + level)
        b.style = HeadingStyle(character: ASCII.hash, atx: true).packed
        blocks.append(b)
        return i + 1
    }

    /// `===` or `---` (up to three spaces of indent, trailing spaces allowed).
    func setextLevel(line j: Int) -> Int? {
        guard indent(ofLine: j) <= 3, let a = lines.adornment(line: j, allowIndent: true) else { return nil }
        if a.character == ASCII.equals { return 1 }
        if a.character == ASCII.hyphen { return 2 }
        return nil
    }
}
