import RoadmapText
import RoadmapModel

/// Lists and paragraphs (with their setext headings).
extension MarkdownScanner {
    // MARK: - Lists

    /// `-`, `*`, `+` or `1.`/`1)` followed by a space or the end of the line.
    func listMarker(at p: Int, lineEnd e: Int) -> Int? {
        if let m = lines.bullet(at: p, lineEnd: e, extended: false) {
            return isThematicBreak(from: p, to: e) ? nil : m
        }
        var q = p
        while q < e, lines.byte(q) >= ASCII.zero, lines.byte(q) <= ASCII.nine, q - p < 9 { q += 1 }
        guard q > p, q < e, lines.byte(q) == ASCII.period || lines.byte(q) == ASCII.rightParenthesis else { return nil }
        q += 1
        return q == e || lines.byte(q) == ASCII.space || lines.byte(q) == ASCII.tab ? q : nil
    }

    mutating func listItem(at i: Int, indent: Int, markStart: Int, markEnd: Int, lineEnd e: Int, lineCount n: Int) -> Int {
        while let top = listStack.last, indent < top.contentColumn { listStack.removeLast() }
        let box = lines.checkbox(after: markEnd, lineEnd: e)
        var spaces = 0
        var q = markEnd
        while q < e && lines.byte(q) == ASCII.space { spaces += 1; q += 1 }
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
    func continuation(after i: Int, lineCount n: Int) -> Int {
        var j = i + 1
        while j < n, !src.isBlank(line: j) {
            let p = src.firstNonSpace(ofLine: j)
            let e = src.contentEnd(ofLine: j)
            if interruptsParagraph(line: j, start: p, end: e) { break }
            // A lone tag left of the entry's text is no lazy continuation: it starts an HTML
            // block outside the list (CommonMark's seventh kind, tried before laziness).
            if let top = listStack.last, indent(ofLine: j) < top.contentColumn, lines.byte(p) == ASCII.lessThan, p + 1 < e,
                ASCII.isLetter(lines.byte(p + 1)) || lines.byte(p + 1) == ASCII.slash, isLoneTag(from: p, to: e)
            {
                break
            }
            j += 1
        }
        return j
    }

    func interruptsParagraph(line j: Int, start p: Int, end e: Int) -> Bool {
        // Four columns past the enclosing content: a continuation line, whatever it starts with.
        if indent(ofLine: j) - (listStack.last?.contentColumn ?? 0) >= 4 { return false }
        if listMarker(at: p, lineEnd: e) != nil { return true }
        if atxLevel(at: p, lineEnd: e) != nil || fence(at: p, lineEnd: e) != nil || isThematicBreak(from: p, to: e) { return true }
        let c = lines.byte(p)
        if c == ASCII.greaterThan { return true }
        if c == ASCII.lessThan, p + 1 < e, lines.byte(p + 1) == ASCII.exclamation || blockTagName(p + 1, e).map({ !Self.inlineTags.contains($0) }) == true { return true }
        if (c == ASCII.exclamation || c == ASCII.question), admonitionMarker(p, e) { return true }
        return false
    }

    // MARK: - Paragraphs and setext headings

    mutating func paragraph(from i: Int, indent: Int, lineCount n: Int) -> Int {
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

    mutating func setextHeading(lines range: Range<Int>, level: Int) -> Int {
        listStack.removeAll()
        var b = Block(.heading, lines: range)
        b.level = Int32(level)
        let title = src.trimmed(src.contentRange(ofLine: range.lowerBound))
        b.textStart = Int32(title.lowerBound)
        b.textEnd = Int32(src.trimmed(src.contentRange(ofLine: range.upperBound - 2)).upperBound)
        let under = range.upperBound - 1
        b.markStart = Int32(src.firstNonSpace(ofLine: under)); b.markEnd = Int32(src.contentEnd(ofLine: under))
        b.style = HeadingStyle(character: level == 1 ? ASCII.equals : ASCII.hyphen).packed
        blocks.append(b)
        return range.upperBound
    }
}
