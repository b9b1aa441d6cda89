import RoadmapText
import RoadmapModel

/// The spans of reStructuredText inline markup that the reader (`InlineParser`) and the
/// RST → Markdown converter both recognise, so the two read one grammar.
package enum RSTInlineTokenizer {
    /// Where the label of an RST footnote reference (`[1]`, `[#]`, `[#note]`, `[*]`) starts, given its `]`.
    package static func footnoteLabelStart(_ t: [UInt8], closingAt close: Int) -> Int? {
        guard close >= 2, close < t.count, t[close] == 0x5D else { return nil }
        var k = close - 1
        while k >= 0, close - k <= 64, t[k] != 0x5B {
            let b = t[k]
            guard (b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A) || b == 0x23 || b == 0x2A || b == 0x2D || b == 0x5F else { return nil }
            k -= 1
        }
        guard k >= 0, k < close - 1, t[k] == 0x5B else { return nil }
        return k + 1
    }

    /// `text <url>` and `text <name_>` carry their target inside: the text shown, and the target.
    package static func splitEmbeddedTarget(_ content: String) -> (display: String, embedded: String?) {
        guard content.hasSuffix(">"), let lt = content.lastIndex(of: "<") else { return (content, nil) }
        let inner = String(content[content.index(after: lt) ..< content.index(before: content.endIndex)])
        let before = String(content[..<lt]).trimming(" \t\n")
        return (before.isEmpty ? inner : before, inner)
    }

    /// Whether the byte at `k` is escaped: an odd run of backslashes before it. docutils does
    /// not end inline markup at an escaped end-string (`` `on \`patches <url>`__ ``).
    package static func isEscaped(_ t: [UInt8], at k: Int) -> Bool {
        var j = k - 1
        while j >= 0, t[j] == 0x5C { j -= 1 }
        return (k - 1 - j) % 2 == 1
    }

    /// Text inside interpreted text or a reference with its backslash escapes read, as docutils
    /// shows it: `\`` is a backquote, an escaped space is nothing.
    package static func unescaped(_ text: String) -> String {
        guard text.utf8.contains(0x5C) else { return text }
        var out: [UInt8] = []
        var it = Array(text.utf8)[...]
        while let b = it.popFirst() {
            if b == 0x5C, let next = it.popFirst() {
                if next != 0x20 && next != 0x0A { out.append(next) }
            } else {
                out.append(b)
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Whether a role (`:name:` then a backquote) starts at `i`, apart from the word before it.
    package static func isRoleStart(_ t: [UInt8], _ i: Int) -> Bool {
        guard i == 0 || !IssueReferenceScanner.isWordByte(t[i - 1]) else { return false }
        guard let end = roleNameEnd(t, from: i + 1) else { return false }
        return end + 1 < t.count && t[end + 1] == 0x60
    }

    /// The `:` closing a role name that starts at `from`.
    package static func roleNameEnd(_ t: [UInt8], from: Int) -> Int? {
        var k = from
        while k < t.count, k - from < 64 {
            let b = t[k]
            if b == 0x3A { return k > from ? k : nil }
            if !(IssueReferenceScanner.isWordByte(b) || b == 0x2D || b == 0x2E || b == 0x2B) { return nil }
            k += 1
        }
        return nil
    }

    /// The roles that name an issue or pull request (`:issue:`12``), read as `#12`.
    package static let issueRoles: Set<String> = ["gh", "issue", "ghissue", "github", "pr", "ghpull", "pull"]

    /// `|name|` at `i`, standing apart from the words around it (a `_` or `__` after it, making
    /// it a reference too, is skipped).
    package static func substitutionReference(_ t: [UInt8], at i: Int) -> (name: Range<Int>, end: Int)? {
        guard i == 0 || !IssueReferenceScanner.isWordByte(t[i - 1]) else { return nil }
        var k = i + 1
        while k < t.count, k - i < 256, t[k] != 0x7C, t[k] != 0x0A { k += 1 }
        guard k < t.count, t[k] == 0x7C, k > i + 1, !ASCII.isWhitespace(t[i + 1]), !ASCII.isWhitespace(t[k - 1]) else { return nil }
        var end = k + 1
        while end < t.count, end - k <= 2, t[end] == 0x5F { end += 1 }
        guard end == t.count || !IssueReferenceScanner.isWordByte(t[end]) else { return nil }
        return (i + 1 ..< k, end)
    }

    /// Where an interpreted text (`` `text` ``) refers to, by the `_` or `__` after its closing
    /// backquote: nothing (no suffix; the default role), a target written inside it
    /// (`` `text <url>`_ ``, `` `text <name_>`_ ``), the next anonymous target (`__`), or the
    /// target named by its text.
    package enum Reference: Equatable, Sendable {
        /// A URL written in the reference itself (whitespace inside it removed, as docutils does).
        case url(String)
        /// A target name to resolve against the document's targets.
        case name(String)
        /// The next `__ url` target of the document, in order.
        case anonymous
    }

    /// How many underscores (0, 1 or 2) follow an interpreted text whose closing backquote
    /// is just before `after`.
    package static func referenceSuffix(_ t: [UInt8], at after: Int) -> Int {
        guard after < t.count, t[after] == 0x5F else { return 0 }
        return after + 1 < t.count && t[after + 1] == 0x5F ? 2 : 1
    }

    /// The reference an interpreted text makes, given its parts (`splitEmbeddedTarget`) and
    /// its suffix (`referenceSuffix`); nil when it is no reference.
    package static func reference(display: String, embedded: String?, suffix: Int) -> Reference? {
        guard suffix > 0 else { return nil }
        if let embedded {
            if embedded.hasSuffix("_"), !embedded.contains("://") { return .name(String(embedded.dropLast())) }
            return .url(embedded.filter { !$0.isWhitespace })
        }
        return suffix == 2 ? .anonymous : .name(display)
    }

    /// The number an issue role's text names (`12`, `#12`), or nil when the text holds anything else.
    package static func issueNumber(inRoleText display: String) -> Int? {
        guard let number = Int(display.filter(\.isNumber)), display.allSatisfy({ $0.isNumber || $0 == "#" }) else { return nil }
        return number
    }
}
