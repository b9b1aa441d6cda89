import RoadmapText
import RoadmapModel
import RoadmapSyntax
import RoadmapIO
import RoadmapReading
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Literal text written in a markup dialect: a backslash before each character the dialect
/// would read as markup, URLs kept whole (both dialects link them as they are, and a
/// backslash would become part of them).
enum LiteralText {
    /// Literal text as Markdown: code, emphasis, links, HTML, entities and strikethrough escaped.
    static func markdown(_ text: String) -> String {
        escaped(text, mayNeed: { $0 == 0x5C || $0 == 0x60 || $0 == 0x2A || $0 == 0x5F || $0 == 0x5B || $0 == 0x5D || $0 == 0x3C || $0 == 0x26 || $0 == 0x7E },
                needs: markdownNeedsBackslash)
    }

    /// Literal text as RST: backquotes, `*`, `|`, `\`, a `_` ending a word (a reference) and a
    /// `::` ending the text (a literal block) escaped.
    static func rst(_ text: String) -> String {
        escaped(text, mayNeed: { $0 == 0x5C || $0 == 0x60 || $0 == 0x2A || $0 == 0x5F || $0 == 0x7C || $0 == 0x3A }) { t, i in
            let before: UInt8 = i > 0 ? t[i - 1] : 0x20, next: UInt8 = i + 1 < t.count ? t[i + 1] : 0x20
            switch t[i] {
            case 0x5C, 0x60, 0x2A, 0x7C: return true
            case 0x5F: return (isWord(before) || before == 0x5D) && !isWord(next) && next != 0x5F
            // docutils looks for `::` in the raw text: the last colon is the one to escape
            case 0x3A: return before == 0x3A && i + 1 == t.count
            default: return false
            }
        }
    }

    /// Whether Markdown would read byte `i` of `t` as markup (or the start of it): what a
    /// backslash must keep literal.
    static func markdownNeedsBackslash(_ t: [UInt8], _ i: Int) -> Bool {
        let before: UInt8 = i > 0 ? t[i - 1] : 0x20, next: UInt8 = i + 1 < t.count ? t[i + 1] : 0x20
        switch t[i] {
        case 0x5C, 0x60, 0x2A, 0x5B, 0x5D: return true
        case 0x5F: return !(isWord(before) && isWord(next))  // `snake_case` is no emphasis
        case 0x3C: return isWord(next) || next == 0x2F || next == 0x21 || next == 0x3F
        case 0x7E: return next == 0x7E || before == 0x7E
        case 0x26: return isEntity(t, at: i)
        default: return false
        }
    }

    /// Copies `text`, a backslash before every byte `needs` picks; `mayNeed` rules out most
    /// text at once (it is a superset of what `needs` picks).
    private static func escaped(_ text: String, mayNeed: (UInt8) -> Bool, needs: ([UInt8], Int) -> Bool) -> String {
        guard text.utf8.contains(where: mayNeed) else { return text }
        let t = Array(text.utf8)
        var out: [UInt8] = []
        out.reserveCapacity(t.count + 8)
        var i = 0
        while i < t.count {
            if t[i] == 0x68 || t[i] == 0x6D, InlineURLScanner.isURLStart(t, i) {
                let end = InlineURLScanner.urlEnd(t, from: i)
                out += t[i ..< end]
                i = end
                continue
            }
            if needs(t, i) { out.append(0x5C) }
            out.append(t[i])
            i += 1
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Whether a line of `t` starts with a byte that may begin Markdown structure, so that
    /// `markdownEscapingLineStarts` may change it; false: it leaves the text as it is.
    static func markdownLineStartsMayNeedEscapes(_ t: UnsafeBufferPointer<UInt8>) -> Bool {
        // Only the first byte of each line matters: look at those alone.
        func mayStartStructure(_ b: UInt8) -> Bool {
            b == 0x23 || b == 0x3E || b == 0x2D || b == 0x2A || b == 0x2B || b == 0x3C || b == 0x3D || (b >= 0x30 && b <= 0x39) || b == 0x21 || b == 0x3F
        }
        guard let base = t.baseAddress, !t.isEmpty else { return false }
        if mayStartStructure(t[0]) { return true }
        // From line feed to line feed (`memchr`), most text being one line.
        var i = 0
        while i < t.count, let hit = memchr(base + i, 0x0A, t.count - i) {
            let next = base.distance(to: hit.assumingMemoryBound(to: UInt8.self)) + 1
            if next < t.count, mayStartStructure(t[next]) { return true }
            i = next
        }
        return false
    }

    /// Lines of converted prose that Markdown would read as structure (a heading, a list
    /// entry, a quote, an HTML block, a setext underline) get a backslash first.
    static func markdownEscapingLineStarts(_ text: String) -> String {
        var text = text
        // On the bytes themselves: every paragraph and entry of a conversion passes here.
        guard text.withUTF8({ markdownLineStartsMayNeedEscapes($0) }) else { return text }
        return text.split(separator: "\n", omittingEmptySubsequences: false).map { line -> String in
            let l = String(line)
            let t = Array(l.utf8)
            guard let c = t.first else { return l }
            let next: UInt8 = t.count > 1 ? t[1] : 0x20
            switch c {
            case 0x23, 0x3E, 0x3C:  // #, >, <
                return "\\" + l
            case 0x21, 0x3F:  // `!!! note`, `??? tip`: MkDocs admonitions
                return l.hasPrefix("!!!") || l.hasPrefix("???") ? "\\" + l : l
            case 0x2D, 0x2A, 0x2B, 0x3D:  // -, *, +: a bullet before a space; -, = alone: an underline
                if next == 0x20 || t.allSatisfy({ $0 == c || $0 == 0x20 }) { return "\\" + l }
                return l
            case 0x30 ... 0x39:
                var k = 0
                while k < t.count, t[k] >= 0x30 && t[k] <= 0x39 { k += 1 }
                if k < t.count, k <= 9, t[k] == 0x2E || t[k] == 0x29, k + 1 == t.count || t[k + 1] == 0x20 {
                    return String(decoding: t[..<k], as: UTF8.self) + "\\" + String(decoding: t[k...], as: UTF8.self)
                }
                return l
            default:
                return l
            }
        }.joined(separator: "\n")
    }

    /// Lines of escaped text that RST would read as structure (a list entry, an explicit
    /// markup start, a field, an option, a section underline, a doctest) get a backslash first.
    static func rstEscapingLineStarts(_ text: String) -> String {
        var text = text
        // Most lines start with a letter and hold no enumerator: when every line is ASCII and
        // none could start structure (`mayStartRSTStructure`), the text stays as it is, found
        // on bytes without splitting it into lines and words.
        let unchanged = text.withUTF8 { t in
            var i = 0
            while i < t.count {
                var e = i
                while e < t.count, t[e] != 0x0A {
                    if t[e] >= 0x80 || t[e] == 0x0D { return false }  // characters of more than a byte
                    e += 1
                }
                if e > i, mayStartRSTStructure(t, i ..< e) { return false }
                i = e + 1
            }
            return true
        }
        if unchanged { return text }
        return text.split(separator: "\n", omittingEmptySubsequences: false).map { line -> String in
            let l = String(line)
            let t = Array(l.utf8)
            guard let c = t.first else { return l }
            let next: UInt8 = t.count > 1 ? t[1] : 0x20
            let words = l.split(separator: " ", maxSplits: 1)
            let first = words.first.map(String.init) ?? ""
            // Bullets, `..`, `:field:`, `>>>`, `--option`, `-o`, and a run of one punctuation mark (an adornment).
            if ["-", "*", "+", "•", "‣", "⁃"].contains(first) && words.count > 1 { return "\\" + l }
            if c == 0x2E && next == 0x2E { return "\\" + l }
            if c == 0x3A, t.dropFirst().contains(0x3A) { return "\\" + l }
            if l.hasPrefix(">>>") || (c == 0x2D && next != 0x20) { return "\\" + l }
            if t.count >= 2, LineClassifier.isAdornmentCharacter(c), t.allSatisfy({ $0 == c }) { return "\\" + l }
            // Enumerators: `1.`, `1)`, `(1)`, `a.`, `IV)`, `#.` followed by a space.
            if words.count > 1 || t.count <= 6, isEnumerator(first) { return "\\" + l }
            return l
        }.joined(separator: "\n")
    }

    /// `1.`, `(a)`, `iv)`, `#.`: what docutils may read as an enumerated list's marker.
    /// Whether an ASCII line could be one `rstEscapingLineStarts` escapes: it starts with a
    /// punctuation mark, or its first word does, or ends with `.` or `)` (an enumerator).
    private static func mayStartRSTStructure(_ t: UnsafeBufferPointer<UInt8>, _ line: Range<Int>) -> Bool {
        if LineClassifier.isAdornmentCharacter(t[line.lowerBound]) { return true }
        var w = line.lowerBound
        while w < line.upperBound, t[w] == 0x20 { w += 1 }
        guard w < line.upperBound else { return false }
        if LineClassifier.isAdornmentCharacter(t[w]) { return true }
        var end = w
        while end < line.upperBound, t[end] != 0x20 { end += 1 }
        return t[end - 1] == 0x2E || t[end - 1] == 0x29
    }

    static func isEnumerator(_ word: String) -> Bool {
        var w = Substring(word)
        if w.hasPrefix("(") {
            guard w.hasSuffix(")") else { return false }
            w = w.dropFirst().dropLast()
        } else if w.hasSuffix(".") || w.hasSuffix(")") {
            w = w.dropLast()
        } else {
            return false
        }
        guard !w.isEmpty else { return false }
        if w == "#" || w.allSatisfy(\.isNumber) { return true }
        if w.count == 1, w.first!.isLetter, w.first!.isASCII { return true }
        return w.allSatisfy { "ivxlcdmIVXLCDM".contains($0) }
    }

    private static func isWord(_ b: UInt8) -> Bool { IssueReferenceScanner.isWordByte(b) }

    /// `&amp;`, `&#38;`, `&#x26;`: an entity Markdown would decode.
    private static func isEntity(_ t: [UInt8], at i: Int) -> Bool {
        var k = i + 1
        while k < t.count, k - i <= 32, (t[k] >= 0x30 && t[k] <= 0x39) || ASCII.isLetter(t[k]) || t[k] == 0x23 { k += 1 }
        return k > i + 1 && k < t.count && t[k] == 0x3B
    }
}
