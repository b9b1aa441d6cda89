import RoadmapText
import RoadmapModel

/// Byte-level questions about single lines that every dialect's scanner asks.
package struct LineClassifier {
    let source: SourceText

    package init(_ source: SourceText) { self.source = source }

    @inline(__always) func byte(_ p: Int) -> UInt8 { source.bytes[p] }

    /// The character of an adornment line (one punctuation character repeated, trailing spaces
    /// allowed, starting at column 0) and its length, or nil.
    package func adornment(line i: Int, allowIndent: Bool = false) -> (character: UInt8, length: Int)? {
        let s = allowIndent ? source.firstNonSpace(ofLine: i) : source.start(ofLine: i)
        let e = source.trimmed(s ..< source.contentEnd(ofLine: i)).upperBound
        guard e > s else { return nil }
        let c = byte(s)
        guard Self.isAdornmentCharacter(c) else { return nil }
        var p = s + 1
        while p < e {
            if byte(p) != c { return nil }
            p += 1
        }
        return (c, e - s)
    }

    /// Printable 7-bit ASCII that is neither a letter nor a digit nor a space (docutils' rule).
    package static func isAdornmentCharacter(_ c: UInt8) -> Bool {
        (c >= 0x21 && c <= 0x2F) || (c >= 0x3A && c <= 0x40) || (c >= 0x5B && c <= 0x60) || (c >= 0x7B && c <= 0x7E)
    }

    /// A bullet at `p`: `-`, `*`, `+`, `•`, `‣`, `⁃`, `◦`, `▪` followed by a space or the line end.
    /// Returns the offset just past the marker.
    package func bullet(at p: Int, lineEnd e: Int, extended: Bool = true) -> Int? {
        guard p < e else { return nil }
        let c = byte(p)
        var markEnd = -1
        if c == ASCII.hyphen || c == ASCII.asterisk || c == ASCII.plus {
            markEnd = p + 1
        } else if extended, c == 0xE2, p + 2 < e {
            let b1 = byte(p + 1), b2 = byte(p + 2)
            // • U+2022, ‣ U+2023, ⁃ U+2043, ◦ U+25E6, ▪ U+25AA
            if (b1 == 0x80 && (b2 == 0xA2 || b2 == 0xA3)) || (b1 == 0x81 && b2 == 0x83)
                || (b1 == 0x97 && b2 == 0xA6) || (b1 == 0x96 && b2 == 0xAA)
            {
                markEnd = p + 3
            }
        }
        guard markEnd > 0 else { return nil }
        if markEnd == e || byte(markEnd) == ASCII.space || byte(markEnd) == ASCII.tab { return markEnd }
        return nil
    }

    /// An enumerator at `p`: `1.`, `1)`, `(1)`, `#.`, `a.`, `(a)`, `iv.` followed by a space or
    /// the line end. Returns the offset just past the marker.
    package func enumerator(at p: Int, lineEnd e: Int, letters: Bool = true, parenthesized: Bool = true) -> Int? {
        guard p < e else { return nil }
        var q = p
        let open = byte(q) == ASCII.leftParenthesis
        if open {
            guard parenthesized else { return nil }
            q += 1
        }
        let bodyStart = q
        if q < e && byte(q) == ASCII.hash {
            q += 1
        } else {
            while q < e && byte(q) >= ASCII.zero && byte(q) <= ASCII.nine && q - bodyStart < 9 { q += 1 }
            if q == bodyStart && letters {
                // one letter, or a run of roman numerals
                while q < e && Self.isRoman(byte(q)) && q - bodyStart < 8 { q += 1 }
                if q == bodyStart, q < e, ASCII.isLetter(byte(q)) { q += 1 }
            }
        }
        guard q > bodyStart, q < e else { return nil }
        let close = byte(q)
        if open {
            guard close == ASCII.rightParenthesis else { return nil }
        } else {
            guard close == ASCII.period || close == ASCII.rightParenthesis else { return nil }
        }
        q += 1
        if q == e || byte(q) == ASCII.space || byte(q) == ASCII.tab { return q }
        return nil
    }

    static func isRoman(_ c: UInt8) -> Bool {
        switch c {
        case 0x69, 0x76, 0x78, 0x6C, 0x63, 0x64, 0x6D, 0x49, 0x56, 0x58, 0x4C, 0x43, 0x44, 0x4D: true
        default: false
        }
    }

    /// After a list marker: skips spaces, reads `[ ]`, `[x]`, `[X]` (or another mark of an open
    /// task, `[/]`; and a star after the box, `[ ]*`, as Kiro marks optional tasks). Returns where the text starts,
    /// the checkbox state offset (or -1) and whether it is checked.
    package func checkbox(after markEnd: Int, lineEnd e: Int) -> (textStart: Int, box: Int, checked: Bool) {
        var p = markEnd
        while p < e && (byte(p) == ASCII.space || byte(p) == ASCII.tab) { p += 1 }
        if p + 2 < e, let checked = TaskBox.state(open: byte(p), mark: byte(p + 1), close: byte(p + 2)) {
            // Kiro's plans mark an optional task with a star after its box: `- [ ]* 2.1 Write tests`.
            let after = p + 3 < e && byte(p + 3) == 0x2A && (p + 4 == e || byte(p + 4) == ASCII.space) ? p + 4 : p + 3
            if after == e || byte(after) == ASCII.space || byte(after) == ASCII.tab {
                var t = after
                while t < e && (byte(t) == ASCII.space || byte(t) == ASCII.tab) { t += 1 }
                return (t, p + 1, checked)
            }
        }
        return (p, -1, false)
    }
}
