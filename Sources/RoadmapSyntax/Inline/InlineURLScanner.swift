import RoadmapText
import RoadmapModel

/// Bare URLs and e-mail addresses in inline text, which every dialect links (Markdown also
/// `www.`): the one scanner the reader, the emphasis matcher and the converters use.
package enum InlineURLScanner {
    /// Whether a plain `http://`, `https://` or `mailto:` URL starts at `i`.
    package static func isURLStart(_ t: [UInt8], _ i: Int) -> Bool {
        guard i == 0 || !IssueReferenceScanner.isWordByte(t[i - 1]) else { return false }
        return hasPrefix(t, i, "https://") || hasPrefix(t, i, "http://") || hasPrefix(t, i, "mailto:")
    }

    /// The e-mail address whose `@` is at `at` (`name@host.domain`), or nil. The local part is
    /// looked for backwards only to the previous `@` or non-address byte, so a run of `@`s
    /// stays linear.
    package static func emailAround(_ t: [UInt8], at: Int) -> Range<Int>? {
        func isLocal(_ b: UInt8) -> Bool { isAlnum(b) || b == 0x2E || b == 0x5F || b == 0x25 || b == 0x2B || b == 0x2D }
        func isAlnum(_ b: UInt8) -> Bool { (b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A || b >= 0x30 && b <= 0x39 }
        var start = at
        while start > 0, isLocal(t[start - 1]) { start -= 1 }
        while start < at, !isAlnum(t[start]) { start += 1 }
        guard start < at, start == 0 || !IssueReferenceScanner.isWordByte(t[start - 1]) && t[start - 1] != 0x2F else { return nil }
        var end = at + 1
        while end < t.count, isAlnum(t[end]) || t[end] == 0x2D || t[end] == 0x2E { end += 1 }
        while end > at + 1, t[end - 1] == 0x2E || t[end - 1] == 0x2D { end -= 1 }
        guard end > at + 1, t[at + 1 ..< end].contains(0x2E), end == t.count || t[end] != 0x40 else { return nil }
        return start ..< end
    }

    /// Whether a `www.` address, which Markdown links, starts at `i`.
    package static func isWWWStart(_ t: [UInt8], _ i: Int) -> Bool {
        (i == 0 || ASCII.isWhitespace(t[i - 1]) || t[i - 1] == 0x28) && hasPrefix(t, i, "www.") && i + 4 < t.count && IssueReferenceScanner.isWordByte(t[i + 4])
    }

    private static func hasPrefix(_ t: [UInt8], _ i: Int, _ p: StaticString) -> Bool {
        t.withUnsafeBufferPointer { ASCII.matches($0, at: i, p) }
    }

    /// A URL runs to whitespace or `<`; trailing punctuation and unbalanced `)` are not part of it.
    package static func urlEnd(_ t: [UInt8], from i: Int) -> Int {
        var e = i
        var parens = 0
        while e < t.count {
            let b = t[e]
            // A backslash ends a URL: it escapes what follows (`docs\_` in converted text).
            if b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D || b == 0x3C || b == 0x3E || b == 0x60 || b == 0x22 || b == 0x5C { break }
            if b == 0x28 { parens += 1 }
            if b == 0x29 { if parens == 0 { break }; parens -= 1 }
            e += 1
        }
        while e > i, [0x2E, 0x2C, 0x3A, 0x3B, 0x21, 0x3F, 0x27, 0x2A, 0x5F].contains(t[e - 1]) { e -= 1 }
        return e
    }
}
