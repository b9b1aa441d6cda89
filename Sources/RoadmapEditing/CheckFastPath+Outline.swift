import RoadmapText
import RoadmapModel
import RoadmapSyntax
import RoadmapReading

extension CheckFastPath {
    /// What the fast path needs of a whole RST document, from one pass over its lines rather
    /// than its block tree: every section title with its level, the runs of lines `TitleScan`
    /// compares, where footnotes may be, and the ticked boxes' letters.
    ///
    /// `RSTScanner` starts a block afresh at a line that is not indented and follows a blank
    /// line: nothing it reads runs on past that but a simple table (and there is no state to
    /// carry but the title styles met so far). Between two such lines the blocks are followed
    /// as the scanner reads them while they are of a few plain kinds (titles, paragraphs,
    /// bullet entries, explicit markup); from the first line of any other kind (a field, a
    /// table, an enumerated list, what follows `::`) to the next fresh start the lines are
    /// *unknown*: compared as one run, their boxes counted as maybe, and a title there, which
    /// needs an adornment line at column 0, makes the outline give up. So does a simple table
    /// or a byte order mark. An outline is certain or is not made.
    struct Outline {
        struct Heading {
            /// The heading's first line (the overline, if any) and its title's.
            var firstLine: Int
            var titleLine: Int
            var level: Int
            /// Whether the block right before it (blank lines skipped) may be a label
            /// (`.. _id:`), which would give the item its id.
            var mayBeLabeled: Bool
        }

        let source: SourceText
        private(set) var headings: [Heading] = []
        /// Every line that is not blank, in runs `TitleScan` compares; a title's run has the
        /// heading's index as its id, the others -1.
        private(set) var units: [TitleScan.Unit] = []
        /// Lines where a footnote or citation (`.. [1] text`) may start.
        private(set) var footnoteLines: [Int] = []
        /// Ticked boxes by letter, and lines with unknown blocks that hold `[X]` or `[x]`.
        private(set) var upper = 0, lower = 0, maybeUpper = 0, maybeLower = 0

        /// The letter most ticked boxes use, as `CheckFastPath.documentLetter` counts them on the
        /// tree: `.some(nil)` when no box is ticked; nil when the unknown lines could change it.
        var documentLetter: UInt8?? {
            if upper > lower + maybeLower { return .some(0x58) }
            if lower > 0, upper + maybeUpper <= lower { return .some(0x78) }
            if upper + lower + maybeUpper + maybeLower == 0 { return .some(nil) }
            return nil
        }

        private enum Last { case plain, markup, unknown }

        /// The outline of `source` (an RST document), or nil when a line scan cannot be certain of it.
        init?(_ source: SourceText) {
            guard !source.hasBOM else { return nil }
            self.source = source
            let lines = LineClassifier(source)
            let n = source.lineCount
            var styles: [HeadingStyle] = []
            var last = Last.plain
            var unknownFrom: Int? = nil  // the first unknown line of the current run
            units.reserveCapacity(n)  // untouched capacity costs no memory; regrowing copies
            var i = 0
            while i < n {
                let shape = source.shape(ofLine: i)
                let p = shape.p, e = shape.e, indent = shape.indent
                if p == e {
                    var j = i + 1
                    while j < n, source.shape(ofLine: j).isBlank { j += 1 }
                    // A fresh start: what was unknown ends here.
                    if let from = unknownFrom, j < n, source.indent(ofLine: j) == 0 {
                        units.append(TitleScan.Unit(lines: from ..< i, id: -1))
                        unknownFrom = nil
                    }
                    i = j
                    continue
                }
                if isSimpleTableBorder(p, e) { return nil }  // a simple table runs on past blank lines
                if source.byte(p) == ASCII.period, p + 3 < e, source.byte(p + 1) == ASCII.period, source.byte(p + 2) == ASCII.space,
                    source.byte(p + 3) == ASCII.leftBracket
                {
                    footnoteLines.append(i)
                }
                if unknownFrom != nil {
                    guard unknownLine(i, p, e, lines) else { return nil }
                    i += 1
                    continue
                }
                // A block starts on line i: the scanner's questions, in its order.
                let b0 = source.byte(p)
                if (b0 == ASCII.period && p + 1 < e && source.byte(p + 1) == ASCII.period && (p + 2 == e || source.byte(p + 2) == ASCII.space))
                    || (b0 == ASCII.underscore && p + 2 < e && source.byte(p + 1) == ASCII.underscore && source.byte(p + 2) == ASCII.space)
                {
                    // Explicit markup or an anonymous target, with its indented body.
                    let end = bodyEnd(after: i, indent: indent)
                    units.append(TitleScan.Unit(lines: i ..< end, id: -1))
                    last = .markup
                    i = end
                    continue
                }
                if let markEnd = lines.bullet(at: p, lineEnd: e) {
                    let box = lines.checkbox(after: markEnd, lineEnd: e)
                    // `Block` keeps a box at most 254 bytes past its marker.
                    if box.checked, box.box - markEnd + 1 <= 255 {
                        if source.byte(box.box) == 0x58 { upper += 1 } else { lower += 1 }
                    }
                    var j = i + 1
                    while j < n {
                        let line = source.shape(ofLine: j)
                        let q = line.p, qe = line.e
                        if line.isBlank || line.indent <= indent { break }
                        if lines.bullet(at: q, lineEnd: qe) != nil || lines.enumerator(at: q, lineEnd: qe) != nil { break }
                        j += 1
                    }
                    units.append(TitleScan.Unit(lines: i ..< j, id: -1))
                    last = .plain
                    if endsWithDoubleColon(j - 1), j < n { unknownFrom = j; last = .unknown }  // what follows `::` may be literal
                    i = j
                    continue
                }
                // A field, a grid table, an enumerated entry: not followed here.
                if b0 == ASCII.colon || (b0 == ASCII.plus && p + 1 < e) || lines.enumerator(at: p, lineEnd: e) != nil {
                    unknownFrom = i
                    last = .unknown
                    guard unknownLine(i, p, e, lines) else { return nil }
                    i += 1
                    continue
                }
                if indent == 0, let over = lines.adornment(line: i) {
                    if i + 2 < n, !source.isBlank(line: i + 1), let under = lines.adornment(line: i + 2), under.character == over.character,
                        lines.adornment(line: i + 1) == nil
                    {
                        heading(i ..< i + 3, titleLine: i + 1, style: HeadingStyle(character: over.character, overlined: true), &styles, last)
                        last = .plain
                        i += 3
                        continue
                    }
                    guard over.length >= 4 else { return nil }  // a short line of punctuation: a paragraph or a title
                    units.append(TitleScan.Unit(lines: i ..< i + 1, id: -1))  // a transition
                    last = .plain
                    i += 1
                    continue
                }
                if indent == 0, i + 1 < n, let under = lines.adornment(line: i + 1) {
                    let title = source.trimmed(p ..< e)
                    guard under.length >= 4 || under.length >= TextWidth.of(source.string(title)) else { return nil }
                    heading(i ..< i + 2, titleLine: i, style: HeadingStyle(character: under.character), &styles, last)
                    last = .plain
                    i += 2
                    continue
                }
                // A paragraph: lines of its indentation, up to a blank line.
                var j = i + 1
                while j < n {
                    let line = source.shape(ofLine: j)
                    if line.isBlank || line.indent != indent { break }
                    j += 1
                }
                units.append(TitleScan.Unit(lines: i ..< j, id: -1))
                last = .plain
                if endsWithDoubleColon(j - 1), j < n { unknownFrom = j; last = .unknown }  // what follows `::` may be literal
                i = j
            }
            if let from = unknownFrom { units.append(TitleScan.Unit(lines: from ..< n, id: -1)) }
        }

        /// A line of an unknown run: its possible boxes counted; false when it could be part of
        /// a title (an adornment line at column 0).
        private mutating func unknownLine(_ i: Int, _ p: Int, _ e: Int, _ lines: LineClassifier) -> Bool {
            if p == source.start(ofLine: i), lines.adornment(line: i) != nil { return false }
            var sawUpper = false, sawLower = false
            var q = p
            while q + 2 < e {
                if source.byte(q) == ASCII.leftBracket, source.byte(q + 2) == ASCII.rightBracket {
                    let s = source.byte(q + 1)
                    if s == 0x58 { sawUpper = true } else if s == 0x78 { sawLower = true }
                }
                q += 1
            }
            if sawUpper { maybeUpper += 1 }
            if sawLower { maybeLower += 1 }
            return true
        }

        private mutating func heading(_ lines: Range<Int>, titleLine: Int, style: HeadingStyle, _ styles: inout [HeadingStyle], _ last: Last) {
            var level = (styles.firstIndex(of: style) ?? -1) + 1
            if level == 0 {
                styles.append(style)
                level = styles.count
            }
            units.append(TitleScan.Unit(lines: lines, id: headings.count))
            headings.append(Heading(firstLine: lines.lowerBound, titleLine: titleLine, level: level, mayBeLabeled: last != .plain))
        }

        /// `RSTScanner.bodyEnd`: one past the last line of the indented body after line `i`.
        private func bodyEnd(after i: Int, indent: Int) -> Int {
            let n = source.lineCount
            var j = i + 1
            var end = j
            while j < n {
                let line = source.shape(ofLine: j)
                if line.isBlank { j += 1; continue }
                if line.indent <= indent { break }
                j += 1
                end = j
            }
            return end
        }

        /// A line the scanner could take for a simple table's border (`===  ===`), anywhere.
        private func isSimpleTableBorder(_ p: Int, _ e: Int) -> Bool {
            guard source.byte(p) == ASCII.equals else { return false }
            let end = source.trimmed(p ..< e).upperBound
            var columns = 1, gap = false
            for q in p ..< end {
                let c = source.byte(q)
                if c == ASCII.equals {
                    if gap { columns += 1; gap = false }
                } else if c == ASCII.space {
                    gap = true
                } else {
                    return false
                }
            }
            return columns >= 2
        }

        private func endsWithDoubleColon(_ i: Int) -> Bool {
            let r = source.trimmed(source.contentRange(ofLine: i))
            return r.count >= 2 && source.byte(r.upperBound - 1) == ASCII.colon && source.byte(r.upperBound - 2) == ASCII.colon
        }
    }
}

extension SourceText {
    @inline(__always) fileprivate func byte(_ p: Int) -> UInt8 { bytes[p] }

    /// `firstNonSpace`, `contentEnd` and `indent` of line `i` in one pass over its start.
    @inline(__always) fileprivate func shape(ofLine i: Int) -> LineShape {
        let e = contentEnd(ofLine: i)
        var p = start(ofLine: i), col = 0
        while p < e {
            let b = bytes[p]
            if b == ASCII.space { col += 1 } else if b == ASCII.tab { col = (col / 8 + 1) * 8 } else { break }
            p += 1
        }
        return LineShape(p: p, e: e, indent: col)
    }
}

/// Where a line's text starts and ends, and its indentation in columns.
private struct LineShape {
    var p: Int, e: Int, indent: Int
    var isBlank: Bool { p == e }
}
