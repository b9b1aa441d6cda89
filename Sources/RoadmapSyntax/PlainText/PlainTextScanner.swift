import RoadmapText
import RoadmapModel

/// Splits plain text (a roadmap copied out of a rendered page, notes typed without markup) into
/// blocks: paragraphs, list entries (`•`, `-`, `*`, `1.`) with checkboxes, blank lines, and
/// headings found by their shape.
///
/// A heading is a short line standing alone between blank lines, without closing punctuation,
/// followed by prose or a list. Before the document title the rule is stricter (the line must be
/// followed by real prose), which skips the page chrome a browser copy drags along ("Skip to
/// content", "Latest commit", "History"). `key:value` lines are fields: metadata before the title, an item's fields under its heading.
struct PlainTextScanner {
    private let src: SourceText
    private let lines: LineClassifier
    private var blocks: [Block] = []

    /// Longest line, in characters, that can still be a heading.
    static let maximumHeadingWidth = 72

    init(_ source: SourceText) {
        src = source
        lines = LineClassifier(source)
    }

    consuming func scan() -> SyntaxTree {
        let n = src.lineCount
        var listStack: [(indent: Int, block: Int32)] = []
        var i = 0
        while i < n {
            if isBlank(line: i) {
                let j = src.endOfBlankRun(from: i) { isBlank(line: $0) }
                blocks.append(Block(.blank, lines: i ..< j))
                i = j
                continue
            }
            let indent = src.indent(ofLine: i)
            let p = src.firstNonSpace(ofLine: i)
            let e = src.contentEnd(ofLine: i)
            if isRule(p, e) {
                // `==========`, `- - - - -`: a line that separates, neither a title nor an entry.
                listStack.removeAll()
                blocks.append(Block(.thematicBreak, lines: i ..< i + 1))
                i += 1
                continue
            }
            if let markEnd = lines.bullet(at: p, lineEnd: e) ?? lines.enumerator(at: p, lineEnd: e, letters: false, parenthesized: false)
                ?? bareBox(at: p, lineEnd: e)
            {
                while let top = listStack.last, top.indent >= indent { listStack.removeLast() }
                let box = lines.checkbox(after: markEnd, lineEnd: e)
                var b = Block.listItem(line: i, indent: indent, mark: p ..< markEnd, box: box, lineEnd: e, depth: listStack.count,
                                       parent: listStack.last?.block ?? -1, contentColumn: indent + src.scalarCount(p ..< box.textStart))
                var j = i + 1
                while j < n, !isBlank(line: j), src.indent(ofLine: j) > indent, !startsListEntry(line: j) { j += 1 }
                b.endLine = Int32(j)
                listStack.append((indent, Int32(blocks.count)))
                blocks.append(b)
                i = j
                continue
            }
            listStack.removeAll()
            var j = i + 1
            while j < n, !isBlank(line: j), !startsListEntry(line: j) { j += 1 }
            // "Phase 1 : packaging" right over its list titles it: a heading, not a field (a
            // numbered key names a stage of the work, not a property of it).
            if j == i + 1, j < n, startsListEntry(line: j), let f = metadataField(line: i),
               src.bytes[f.key].contains(where: { $0 >= ASCII.zero && $0 <= ASCII.nine }) {
                appendParagraph(lines: i ..< j, indent: indent)
                i = j
                continue
            }
            // `key:value` lines closing a paragraph are fields (a page copy may glue them to chrome).
            var fieldsStart = j
            while fieldsStart > i, metadataField(line: fieldsStart - 1) != nil { fieldsStart -= 1 }
            if fieldsStart == i || (fieldsStart < j && (j - fieldsStart >= 2 || fieldsStart - i == 1)) {
                if fieldsStart > i { appendParagraph(lines: i ..< fieldsStart, indent: indent) }
                appendFields(lines: fieldsStart ..< j)
                i = j
                continue
            }
            appendParagraph(lines: i ..< j, indent: indent)
            i = j
        }
        findHeadingsAndMetadata()
        return SyntaxTree(source: src, format: .text, blocks: blocks, diagnostics: [])
    }

    private mutating func appendParagraph(lines range: Range<Int>, indent: Int) {
        var b = Block(.paragraph, lines: range)
        b.indent = Int32(indent)
        let first = src.trimmed(src.contentRange(ofLine: range.lowerBound))
        b.textStart = Int32(first.lowerBound); b.textEnd = Int32(first.upperBound)
        blocks.append(b)
    }

    private func startsListEntry(line j: Int) -> Bool {
        let p = src.firstNonSpace(ofLine: j)
        let e = src.contentEnd(ofLine: j)
        return lines.bullet(at: p, lineEnd: e) != nil || lines.enumerator(at: p, lineEnd: e, letters: false, parenthesized: false) != nil
            || bareBox(at: p, lineEnd: e) != nil
    }

    /// Whether bytes `p ..< e` are one punctuation character repeated (at least three times),
    /// spaces between allowed.
    private func isRule(_ p: Int, _ e: Int) -> Bool {
        guard e - p >= 3 else { return false }
        let c = src.bytes[p]
        guard c == 0x3D || c == 0x2D || c == 0x2A || c == 0x5F || c == 0x7E || c == 0x23 || c == 0x2B || c == 0x2E else { return false }
        var count = 0
        for q in p ..< e {
            let b = src.bytes[q]
            if b == c { count += 1 } else if b != ASCII.space && b != ASCII.tab { return false }
        }
        return count >= 3
    }

    /// A task box opening a line without a list marker (`[x] Design`, as a TODO.txt writes its
    /// tasks): a list entry whose marker is empty, so its box is read as any other.
    private func bareBox(at p: Int, lineEnd e: Int) -> Int? {
        guard p < e, src.bytes[p] == ASCII.leftBracket else { return nil }
        return lines.checkbox(after: p, lineEnd: e).box == p + 1 ? p : nil  // the rule every list entry's box follows
    }

    /// Blank, counting no-break spaces as spaces (browser copies are full of them).
    private func isBlank(line i: Int) -> Bool {
        var p = src.start(ofLine: i)
        let e = src.contentEnd(ofLine: i)
        while p < e {
            let c = src.bytes[p]
            if c == ASCII.space || c == ASCII.tab || c == ASCII.verticalTab || c == ASCII.formFeed {
                p += 1
            } else if c == 0xC2, p + 1 < e, src.bytes[p + 1] == 0xA0 {
                p += 2
            } else {
                return false
            }
        }
        return true
    }

    // MARK: - Second pass

    private mutating func findHeadingsAndMetadata() {
        var titleFound = false
        var k = 0
        while k < blocks.count {
            defer { k += 1 }
            guard blocks[k].kind == .paragraph else { continue }
            guard let textEnd = headingTextEnd(at: k) else { continue }
            guard let next = nextContentBlock(after: k) else { continue }
            let follows: Bool
            if titleFound {
                follows = blocks[next].kind == .listItem || blocks[next].kind == .paragraph
            } else {
                follows = blocks[next].kind == .listItem || isProse(blocks[next])
            }
            guard follows else { continue }
            blocks[k].kind = .heading
            blocks[k].textEnd = textEnd
            // A numbered heading ("a) Faster sync", "2. Search") is one of a series, never the
            // document's title: the document then has none.
            // So is one its list follows on the next line, as a TODO file's sections are written.
            blocks[k].level = titleFound || startsWithEnumerator(blocks[k]) || next == k + 1 && blocks[next].kind == .listItem ? 2 : 1
            titleFound = true
            // A heading that ends in a colon ("a) Enhancement of the constraints:") is titled without it.
            if blocks[k].textEnd > blocks[k].textStart, src.bytes[Int(blocks[k].textEnd) - 1] == ASCII.colon { blocks[k].textEnd -= 1 }
        }
    }

    /// Whether the block's text starts with an enumerator and a space: `a)`, `(b)`, `1.`, `2)`, `IV.`.
    private func startsWithEnumerator(_ b: Block) -> Bool {
        let t = src.bytes[b.text]
        var i = t.startIndex
        if i < t.endIndex, t[i] == 0x28 { i += 1 }
        let start = i
        while i < t.endIndex, i - start < 4, ASCII.isLetter(t[i]) || (t[i] >= 0x30 && t[i] <= 0x39) { i += 1 }
        guard i > start, i + 1 < t.endIndex, t[i] == 0x29 || t[i] == ASCII.period, t[i + 1] == ASCII.space else { return false }
        // One letter (a, B), digits, or a roman numeral: not a word such as "Notes." or "Done)".
        let run = t[start ..< i]
        return run.count == 1 || run.allSatisfy { $0 >= 0x30 && $0 <= 0x39 } || run.allSatisfy { "ivxlcIVXLC".utf8.contains($0) }
    }

    /// The first block after `k` that is not blank or a field (an item's fields sit under its heading).
    private func nextContentBlock(after k: Int) -> Int? {
        var j = k + 1
        while j < blocks.count, blocks[j].kind == .blank || blocks[j].kind == .field { j += 1 }
        return j < blocks.count ? j : nil
    }

    /// Where the title of a heading at block `k` ends, or nil when the block cannot be one.
    private func headingTextEnd(at k: Int) -> Int32? {
        var b = blocks[k]
        // A numbered heading may wrap onto a second line before its colon ("b) Automation of
        // the load flow\nconstraints:"); it is then read as one title.
        if b.endLine - b.firstLine == 2, b.indent == 0, startsWithEnumerator(b) {
            let second = src.trimmed(src.contentRange(ofLine: Int(b.firstLine) + 1))
            guard !second.isEmpty, src.bytes[second.upperBound - 1] == ASCII.colon else { return nil }
            b.textEnd = Int32(second.upperBound)
            return isHeadingCandidate(b, at: k, width: Self.maximumHeadingWidth * 2) ? b.textEnd : nil
        }
        guard b.endLine - b.firstLine == 1, b.indent == 0 else { return nil }
        return isHeadingCandidate(b, at: k, width: Self.maximumHeadingWidth) ? b.textEnd : nil
    }

    private func isHeadingCandidate(_ b: Block, at k: Int, width: Int) -> Bool {
        guard k == 0 || blocks[k - 1].kind == .blank || blocks[k - 1].kind == .field else { return false }
        // (A TODO file puts its lists right under their headings: "General" over "- Fix the save".)
        guard k + 1 == blocks.count || blocks[k + 1].kind == .blank || blocks[k + 1].kind == .field || blocks[k + 1].kind == .listItem
        else { return false }
        let text = src.string(b.text)
        guard !text.isEmpty, TextWidth.of(text) <= width else { return false }
        // A colon may end a numbered heading ("a) Enhancement of the constraints:"); other
        // closing punctuation, or a colon after an unnumbered line (a label: "Agenda:"), makes
        // the line a sentence.
        if let last = text.unicodeScalars.last, ".,;".unicodeScalars.contains(last) { return false }
        if text.hasSuffix(":"), text.hasSuffix("::") || !startsWithEnumerator(b) { return false }
        if text.contains("://") { return false }
        // "-> checked with OCaml 3.12": a note on the entry above, not a title.
        if text.hasPrefix("->") || text.hasPrefix("=>") || text.hasPrefix("<-") { return false }
        return true
    }

    /// Prose: a paragraph with a long line, or one that ends a sentence.
    private func isProse(_ b: Block) -> Bool {
        guard b.kind == .paragraph else { return false }
        var longest = 0
        for i in b.lines { longest = max(longest, src.contentRange(ofLine: i).count) }
        if longest >= 60 { return true }
        let last = src.trimmed(src.contentRange(ofLine: b.lines.upperBound - 1))
        return !last.isEmpty && src.bytes[last.upperBound - 1] == ASCII.period
    }

    private func metadataField(line i: Int) -> (key: Range<Int>, value: Range<Int>)? {
        let r = src.trimmed(src.contentRange(ofLine: i))
        guard let first = r.first, ASCII.isLetter(src.bytes[first]) else { return nil }
        var p = r.lowerBound
        while p < r.upperBound {
            let c = src.bytes[p]
            if c == ASCII.colon { break }
            let ok = ASCII.isLetter(c) || (c >= ASCII.zero && c <= ASCII.nine) || c == ASCII.space || c == ASCII.hyphen || c == ASCII.underscore
            if !ok || p - r.lowerBound > 30 { return nil }
            p += 1
        }
        guard p < r.upperBound, p + 1 < r.upperBound, src.bytes[p + 1] != ASCII.slash else { return nil }
        let value = src.trimmed(p + 1 ..< r.upperBound)
        guard !value.isEmpty else { return nil }
        // "Goal : a package" (a space before the colon, as French writes it): the key is "Goal".
        var keyEnd = p
        while keyEnd > r.lowerBound, src.bytes[keyEnd - 1] == ASCII.space { keyEnd -= 1 }
        return (r.lowerBound ..< keyEnd, value)
    }

    private mutating func appendFields(lines range: Range<Int>) {
        for i in range {
            guard let f = metadataField(line: i) else { continue }
            var field = Block(.field, lines: i ..< i + 1)
            field.markStart = Int32(f.key.lowerBound); field.markEnd = Int32(f.key.upperBound)
            field.textStart = Int32(f.value.lowerBound); field.textEnd = Int32(f.value.upperBound)
            blocks.append(field)
        }
    }
}
