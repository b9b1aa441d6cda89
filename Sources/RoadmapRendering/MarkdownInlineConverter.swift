import RoadmapText
import RoadmapModel
import RoadmapSyntax
import RoadmapIO
import RoadmapReading

/// Rewrites Markdown inline markup as reStructuredText: links become named references whose
/// targets are collected for a block at the end of the document, code spans become literals,
/// and characters RST would read as markup are escaped.
struct MarkdownInlineConverter {
    let targets: LinkTargets
    /// Named targets in order of first use: (name, url).
    private(set) var collected: [(name: String, url: String)] = []
    private var urlByName: [String: String] = [:]

    /// `reserved`: names already given URLs by targets outside this document's own block.
    init(targets: LinkTargets, reserved: [String: String] = [:]) {
        self.targets = targets
        urlByName = reserved
    }

    mutating func convert(_ text: String) -> String {
        let t = Array(text.utf8)
        var out = ""
        var i = 0
        let n = t.count
        var plainStart = 0
        // Bytes the look-aheads may scan: ample for real text, a bound (and linear time) for
        // text made of openers (`[[[[…`, `<<<<…`).
        var budget = 16 * n + (1 << 16)
        let emphasis = EmphasisMatcher(t)
        func flush(_ upTo: Int, _ out: inout String) {
            if upTo > plainStart { out += Self.escapePlain(String(decoding: t[plainStart ..< upTo], as: UTF8.self)) }
        }
        while i < n {
            let c = t[i]
            if c == 0x5C, i + 1 < n, MarkdownInlineTokenizer.isEscapable(t[i + 1]) {  // \* → the character, escaped again for RST
                flush(i, &out)
                out += Self.escapePlain(String(UnicodeScalar(t[i + 1])))
                i += 2
                plainStart = i
            } else if c == 0x7B, let role = MarkdownInlineTokenizer.mystRole(t, at: i) {
                // MyST {issue}`646` → :issue:`646`
                flush(i, &out)
                out += ":" + String(decoding: t[(i + 1) ..< role.nameEnd], as: UTF8.self) + ":`" + String(decoding: t[role.body], as: UTF8.self) + "`"
                i = role.body.upperBound + 1
                plainStart = i
            } else if c == 0x60 {
                var run = 1
                while i + run < n, t[i + run] == 0x60 { run += 1 }
                if let close = Self.backtickRun(t, length: run, from: i + run, budget: &budget) {
                    flush(i, &out)
                    let code = MarkdownInlineTokenizer.codeSpanContent(t, from: i + run, to: close)
                    out += Self.separated("``" + String(decoding: t[code], as: UTF8.self) + "``", before: i > 0 ? t[i - 1] : nil,
                                          after: close + run < n ? t[close + run] : nil)
                    i = close + run
                    plainStart = i
                } else {
                    i += run
                }
            } else if c == 0x5B || (c == 0x21 && i + 1 < n && t[i + 1] == 0x5B), budget > 0, let link = bracketLink(t, at: c == 0x21 ? i + 1 : i, budget: &budget) {
                flush(i, &out)
                let inner = String(decoding: t[link.text], as: UTF8.self)
                var label = MarkdownInlineConverter(targets: targets)
                let plainLabel = label.plain(inner)
                if let url = link.url {
                    out += reference(plainLabel, url: url)
                } else {
                    out += Self.escapePlain(plainLabel)
                }
                i = link.end
                plainStart = i
            } else if c == 0x2A || c == 0x5F || c == 0x7E {
                // Emphasis: `_x_` and `__x__` are `*x*` and `**x**` in RST, `~~x~~` has no RST
                // form (its text stays), and a mark that pairs with nothing is text.
                var run = 1
                while i + run < n, t[i + run] == c { run += 1 }
                let markup = emphasis.consumed[i] ?? 0
                if markup == 0 && c != 0x2A {  // `snake_case`, `~`: plain text, escaped as such
                    i += run
                    continue
                }
                flush(i, &out)
                // A literal `*` that RST could take for the start of emphasis is escaped.
                let literal = c == 0x7E ? String(repeating: "~", count: run - markup)
                    : c == 0x5F || i + run < n && t[i + run] != 0x20 ? String(repeating: "\\" + String(UnicodeScalar(c)), count: run - markup)
                    : String(repeating: "*", count: run - markup)
                var stars = c == 0x7E || markup == 0 ? "" : String(repeating: "*", count: min(markup, 2))
                // RST markup stands apart from the words around it (`a*b*c` needs `a\ *b*\ c`).
                if emphasis.opened.contains(i) {
                    if !stars.isEmpty, i > 0, Self.isWordByte(t[i - 1]) || t[i - 1] == 0x5C { stars = "\\ " + stars }
                    out += literal + stars
                } else {
                    if !stars.isEmpty, i + run < n, Self.isWordByte(t[i + run]) { stars += "\\ " }
                    out += stars + literal
                }
                i += run
                plainStart = i
            } else if c == 0x3C, i + 3 < n, t[i + 1] == 0x21, t[i + 2] == 0x2D, t[i + 3] == 0x2D,
                let end = Self.commentEnd(t, from: i + 4, budget: &budget)
            {
                // `<!-- omit in toc -->`: a comment has no place in RST inline text.
                flush(i, &out)
                while out.hasSuffix(" ") { out.removeLast() }
                i = end
                plainStart = i
            } else if c == 0x3C, budget > 0, let close = Self.closing(t, after: i, within: 2048, budget: &budget),
                let url = Optional(String(decoding: t[(i + 1) ..< close], as: UTF8.self)), url.contains(":"), !url.contains(" ")
            {
                // <https://…> autolink: a standalone URL in RST
                flush(i, &out)
                out += url
                i = close + 1
                plainStart = i
            } else if c == 0x3C, budget > 0, i + 1 < n, MarkdownInlineTokenizer.isTagStart(t[i + 1]), let close = Self.closing(t, after: i, within: 1024, budget: &budget) {
                // Inline HTML (`<span style=…>`, `<br>`): RST has no inline HTML; its text stays,
                // the tag goes, leaving a space between words as the reader reads it.
                flush(i, &out)
                if let last = out.last, last != " ", last != "\n" { out += " " }
                i = close + 1
                plainStart = i
            } else {
                i += 1
            }
        }
        flush(n, &out)
        return out
    }

    /// The text of Markdown inline markup, for link labels (RST references cannot nest markup).
    mutating func plain(_ text: String) -> String {
        InlineParser(format: .markdown, targets: targets).parse(text).plain
    }

    /// `` `label`_ `` with a target collected, or an anonymous `` `label <url>`__ `` when the
    /// name already points elsewhere (docutils rejects a name given two URLs).
    private mutating func reference(_ label: String, url: String) -> String {
        let name = LinkTargets.normalize(label)
        let safe = !label.isEmpty && !label.contains(where: { $0 == "`" || $0 == "<" || $0 == ">" || $0 == "\\" || $0 == ":" })
        guard safe, !name.isEmpty else { return "`\(label.isEmpty ? url : Self.escapeInReference(label)) <\(url)>`__" }
        if let existing = urlByName[name] {
            return existing == url ? "`\(label)`_" : "`\(Self.escapeInReference(label)) <\(url)>`__"
        }
        urlByName[name] = url
        collected.append((label, url))
        return "`\(label)`_"
    }

    /// `[text](url)`, `[text][ref]`, `[text][]` and `[text]` when defined.
    private func bracketLink(_ t: [UInt8], at open: Int, budget: inout Int) -> (text: Range<Int>, url: String?, end: Int)? {
        var depth = 0, k = open, close = -1
        let limit = min(t.count, open + 4096)
        defer { budget -= k - open }
        while k < limit {
            let b = t[k]
            if b == 0x5C { k += 2; continue }
            if b == 0x5B { depth += 1 } else if b == 0x5D { depth -= 1; if depth == 0 { close = k; break } }
            k += 1
        }
        guard close > open else { return nil }
        let text = (open + 1) ..< close
        let next = close + 1
        if next < t.count, t[next] == 0x28 {
            var scanned = 0
            defer { budget -= scanned }
            guard let destination = MarkdownInlineTokenizer.inlineDestination(t, at: next, scanned: &scanned) else { return nil }
            return (text, destination.raw, destination.end)
        }
        if next < t.count, t[next] == 0x5B, let refClose = t[(next + 1)...].prefix(1000).firstIndex(of: 0x5D) {
            let label = refClose == next + 1 ? String(decoding: t[text], as: UTF8.self) : String(decoding: t[(next + 1) ..< refClose], as: UTF8.self)
            return (text, targets.resolve(label), refClose + 1)
        }
        if let url = targets.resolve(String(decoding: t[text], as: UTF8.self)) { return (text, url, next) }
        return nil
    }

    /// Past the `-->` that closes a comment whose text starts at `from`.
    private static func commentEnd(_ t: [UInt8], from: Int, budget: inout Int) -> Int? {
        guard budget > 0 else { return nil }
        var k = from
        defer { budget -= k - from + 1 }
        while k + 2 < t.count, k - from < 4096 {
            if t[k] == 0x2D, t[k + 1] == 0x2D, t[k + 2] == 0x3E { return k + 3 }
            k += 1
        }
        return nil
    }

    private static func isWordByte(_ b: UInt8) -> Bool { b >= 0x80 || IssueReferenceScanner.isWordByte(b) }

    /// The first `>` after `i`, within `within` bytes.
    private static func closing(_ t: [UInt8], after i: Int, within: Int, budget: inout Int) -> Int? {
        let close = t[(i + 1)...].prefix(within).firstIndex(of: 0x3E)
        budget -= (close ?? min(t.count, i + 1 + within)) - i
        return close
    }

    private static func backtickRun(_ t: [UInt8], length: Int, from: Int, budget: inout Int) -> Int? {
        guard budget > 0 else { return nil }
        var k = from
        defer { budget -= k - from + 1 }
        while k < t.count {
            if t[k] == 0x60 {
                var run = 1
                while k + run < t.count, t[k + run] == 0x60 { run += 1 }
                if run == length { return k }
                k += run
            } else {
                k += 1
            }
        }
        return nil
    }

    /// RST inline markup must stand apart from a word around it (`x``y``z` is no literal): an
    /// escaped space (`\ `, which docutils drops) goes between them.
    static func separated(_ markup: String, before: UInt8?, after: UInt8?) -> String {
        // docutils: markup starts after space or `-:/'"<([{`, and ends before space or `-.,:;!?\/'")]}>`.
        let opens: [UInt8] = Array("-:/'\"<([{".utf8), closes: [UInt8] = Array("-.,:;!?\\/'\")]}>".utf8)
        var s = markup
        if let b = before, b != 0x20, b != 0x0A, b != 0x09, !opens.contains(b), b < 0x80 { s = "\\ " + s }
        if let a = after, a != 0x20, a != 0x0A, a != 0x09, !closes.contains(a), a < 0x80 { s += "\\ " }
        return s
    }

    /// Text with what RST would read as markup escaped: backquotes, `|`, a `_` ending a word
    /// (a reference), and `\`. Emphasis (`*`, `**`) is the same in both dialects and stays.
    static func escapePlain(_ s: String) -> String {
        guard s.utf8.contains(where: { $0 == 0x60 || $0 == 0x7C || $0 == 0x5F || $0 == 0x5C || $0 == 0x5B }) else { return s }
        var out = ""
        let chars = Array(s)
        for (k, ch) in chars.enumerated() {
            let next: Character? = k + 1 < chars.count ? chars[k + 1] : nil
            switch ch {
            case "`", "|", "\\":
                out += "\\" + String(ch)
            case "_" where k > 0 && (chars[k - 1].isLetter || chars[k - 1].isNumber || chars[k - 1] == "]" || chars[k - 1] == "`")
                && (next == nil || !(next!.isLetter || next!.isNumber || next! == "_")):
                out += "\\_"
            default:
                out.append(ch)
            }
        }
        return out
    }

    static func escapeInReference(_ s: String) -> String {
        var out = ""
        for ch in s {
            if ch == "`" || ch == "<" || ch == ">" || ch == "\\" { out.append("\\") }
            out.append(ch)
        }
        return out
    }
}
