import RoadmapText
import RoadmapModel

/// The spans of Markdown inline markup that the reader (`InlineParser`) and the
/// Markdown → RST converter both recognise, so the two read one grammar.
package enum MarkdownInlineTokenizer {
    /// A Markdown link destination as CommonMark gives it to a link: backslash escapes and
    /// character references decoded, and what a URL cannot hold (spaces, non-ASCII, quotes,
    /// angle brackets) percent-encoded; `%XX` already there is kept.
    package static func normalizedDestination(_ dest: String) -> String {
        let plain = dest.utf8.allSatisfy { $0 > 0x20 && $0 < 0x7F && $0 != 0x5C && $0 != 0x26 && $0 != 0x22 && $0 != 0x3C && $0 != 0x3E && $0 != 0x60 }
        if plain { return dest }
        var bytes: [UInt8] = []
        var escaped = false
        for b in HTMLEntity.decoded(dest).utf8 {
            if !escaped, b == 0x5C { escaped = true; continue }
            if escaped, !LineClassifier.isAdornmentCharacter(b) { bytes.append(0x5C) }
            escaped = false
            bytes.append(b)
        }
        if escaped { bytes.append(0x5C) }
        let hex = Array("0123456789ABCDEF".utf8)
        var out: [UInt8] = []
        for b in bytes {
            if b <= 0x20 || b >= 0x7F || b == 0x22 || b == 0x3C || b == 0x3E || b == 0x60 || b == 0x5C || b == 0x5E || b == 0x7B || b == 0x7D || b == 0x7C {
                out += [0x25, hex[Int(b >> 4)], hex[Int(b & 0xF)]]
            } else {
                out.append(b)
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// MyST `{name}`body``: where the name ends (its `}`) and the body's range.
    package static func mystRole(_ t: [UInt8], at i: Int) -> (nameEnd: Int, body: Range<Int>)? {
        var k = i + 1
        while k < t.count, k - i < 32, IssueReferenceScanner.isWordByte(t[k]) || t[k] == 0x2D || t[k] == 0x3A { k += 1 }
        guard k > i + 1, k + 1 < t.count, t[k] == 0x7D, t[k + 1] == 0x60 else { return nil }
        var e = k + 2
        while e < t.count, e - k < 256, t[e] != 0x60 { e += 1 }
        guard e < t.count, t[e] == 0x60 else { return nil }
        return (k, k + 2 ..< e)
    }
    /// The destination of an inline link, `(url "title")` or `(<url with spaces>)`, whose `(`
    /// is at `open`: the URL as written (not yet normalized) and where the link ends, past its
    /// `)`. Balanced parentheses and backslash escapes stay inside; at most 4096 bytes are looked
    /// at, and `scanned` grows by how many were.
    package static func inlineDestination(_ t: [UInt8], at open: Int, scanned: inout Int) -> (raw: String, end: Int)? {
        let n = t.count
        var j = open + 1
        var parens = 1
        let limit = min(n, open + 4096)
        defer { scanned += j - open }
        while j < limit {
            let b = t[j]
            if b == 0x5C { j += 2; continue }
            if b == 0x28 { parens += 1 } else if b == 0x29 { parens -= 1; if parens == 0 { break } }
            j += 1
        }
        guard j < limit, t[j] == 0x29 else { return nil }
        // ASCII without carriage returns (nearly every URL): cut by bytes, the same cuts the
        // Character-wise way below makes, without walking Characters.
        if !t[(open + 1) ..< j].contains(where: { $0 >= 0x80 || $0 == 0x0D }) {
            var a = open + 1, b = j
            while a < b, t[a] == 0x20 || t[a] == 0x09 || t[a] == 0x0A { a += 1 }
            while b > a, t[b - 1] == 0x20 || t[b - 1] == 0x09 || t[b - 1] == 0x0A { b -= 1 }
            if a < b, t[a] == 0x3C, let gt = t[a ..< b].firstIndex(of: 0x3E) {
                return (String(decoding: t[(a + 1) ..< gt], as: UTF8.self), j + 1)
            }
            let end = t[a ..< b].firstIndex { $0 == 0x20 || $0 == 0x09 || $0 == 0x0A } ?? b
            return (String(decoding: t[a ..< end], as: UTF8.self), j + 1)
        }
        var dest = String(decoding: t[(open + 1) ..< j], as: UTF8.self).trimming(" \t\n")
        if dest.hasPrefix("<"), let gt = dest.firstIndex(of: ">") {
            dest = String(dest[dest.index(after: dest.startIndex) ..< gt])
        } else if let sp = dest.firstIndex(where: { $0 == " " || $0 == "\t" || $0 == "\n" }) {
            dest = String(dest[..<sp])
        }
        return (dest, j + 1)
    }

    /// The content of a code span between its backtick runs: one space is stripped from each
    /// end when both have one (`` ` `x` ` `` shows `` `x` ``), as CommonMark says.
    package static func codeSpanContent(_ t: [UInt8], from a: Int, to b: Int) -> Range<Int> {
        if b - a >= 2, t[a] == 0x20, t[b - 1] == 0x20 { return (a + 1) ..< (b - 1) }
        return a ..< b
    }

    /// Whether the byte after `<` can start an HTML tag (a letter, or `/` closing one).
    package static func isTagStart(_ b: UInt8) -> Bool { ASCII.isLetter(b) || b == 0x2F }

    /// Whether a backslash before `b` escapes it: any ASCII punctuation, as CommonMark says.
    @inline(__always) package static func isEscapable(_ b: UInt8) -> Bool { LineClassifier.isAdornmentCharacter(b) }
}
