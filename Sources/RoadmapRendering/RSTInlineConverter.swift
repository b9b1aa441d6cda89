import RoadmapText
import RoadmapModel
import RoadmapSyntax
import RoadmapIO
import RoadmapReading

/// Rewrites reStructuredText inline markup as GitHub-flavoured Markdown: references become
/// inline links with their targets resolved, literals become code spans, roles become their
/// text, and emphasis stays as it is (both dialects write it the same way).
struct RSTInlineConverter {
    let targets: LinkTargets
    /// Anonymous references (`` `text`__ ``) take the document's `__ url` targets in order.
    var anonymousIndex = 0

    init(targets: LinkTargets) { self.targets = targets }

    /// The RST text `convertInput` converts: the caller fills it (kept between calls, so its
    /// storage is reused rather than allocated per block).
    var input: [UInt8] = []
    /// What `convertInput` made of `input`.
    private(set) var output: [UInt8] = []

    /// The Markdown for one run of RST text (lines already joined with spaces).
    mutating func convert(_ text: String) -> String {
        input.removeAll(keepingCapacity: true)
        input.append(contentsOf: text.utf8)
        convertInput()
        return String(decoding: output, as: UTF8.self)
    }

    /// Converts the RST in `input` into `output`, as `convert` does, on bytes alone: a large
    /// document converts a million runs, and strings made per run were most of the cost.
    mutating func convertInput() {
        // Taken out of `self` so that appending to it does not copy it.
        var out = output
        output = []
        out.removeAll(keepingCapacity: true)
        let t = input
        defer { output = out }
        // Most prose has no markup at all: nothing to rewrite (looked for on the bytes themselves).
        let plain = !t.contains { $0 == 0x5C || $0 == 0x60 || $0 == 0x3A || $0 == 0x5F || $0 == 0x2A || $0 == 0x5B || $0 == 0x5D || $0 == 0x3C || $0 == 0x7E || $0 == 0x26 }
        if plain {
            out.append(contentsOf: t)
            return
        }
        var i = 0
        let n = t.count
        while i < n {
            let c = t[i]
            if !Self.mayMatter(c) {
                // A run of bytes none of the cases below looks at: copied as it is, at once.
                var k = i + 1
                while k < n, !Self.mayMatter(t[k]) { k += 1 }
                out += t[i ..< k]
                i = k
                continue
            }
            if c == 0x5C, i + 1 < n {  // backslash escape: keep the character, escaped if Markdown would read it
                if t[i + 1] != 0x20 { appendEscaped(t[i + 1], to: &out) }
                i += 2
            } else if c == 0x60, i + 1 < n, t[i + 1] == 0x60, let close = find([0x60, 0x60], in: t, from: i + 2) {
                appendCode(t[(i + 2) ..< close], to: &out)
                i = close + 2
            } else if c == 0x60, let close = find([0x60], in: t, from: i + 1), close > i + 1 {
                i = interpreted(t, content: (i + 1) ..< close, role: nil, into: &out)
            } else if c == 0x3A, i == 0 || !isWord(t[i - 1]), let nameEnd = RSTInlineTokenizer.roleNameEnd(t, from: i + 1), nameEnd + 1 < n, t[nameEnd + 1] == 0x60,
                let close = find([0x60], in: t, from: nameEnd + 2), close > nameEnd + 2
            {
                let role = String(decoding: t[(i + 1) ..< nameEnd], as: UTF8.self).lowercased()
                i = interpreted(t, content: (nameEnd + 2) ..< close, role: role, into: &out)
            } else if c == 0x5B, let close = t[(i + 1)...].prefix(64).firstIndex(of: 0x5D),
                RSTInlineTokenizer.footnoteLabelStart(t, closingAt: close) == i + 1, close + 1 < n, t[close + 1] == 0x5F,
                close + 2 == n || !isWord(t[close + 2])
            {
                // `[1]_` → `[^1]`, a GFM footnote reference
                out += Array("[^".utf8) + t[(i + 1) ..< close] + [0x5D]
                i = close + 2
            } else if c == 0x5F, i > 0, isWord(t[i - 1]), i + 1 == n || (!isWord(t[i + 1]) && t[i + 1] != 0x5F),
                let link = simpleReference(t, endingAt: i, out: out)
            {
                // `name_`: the name is already in `out`; wrap it as a link.
                out.removeLast(link.name.count)
                appendLink(t[link.name], link.url, to: &out)
                i += 1
            } else if c == 0x68, i + 7 < n, t[i + 1] == 0x74, t[i + 2] == 0x74, t[i + 3] == 0x70,
                t[(i + 4)...].starts(with: "://".utf8) || t[(i + 4)...].starts(with: "s://".utf8)
            {
                // A standalone URL: GFM links it as it is; escapes would become part of it.
                var k = i
                while k < n, t[k] != 0x20, t[k] != 0x0A, t[k] != 0x3C, t[k] != 0x3E { k += 1 }
                out += t[i ..< k]
                i = k
            } else if c == 0x2A, let end = emphasisEnd(t, at: i) {
                // *emphasis* and **strong** are written the same way in Markdown; what RST shows
                // as text inside (markup does not nest there: ``x`` is backticks) is escaped.
                let open = i + 1 < n && t[i + 1] == 0x2A ? 2 : 1
                out += t[i ..< i + open]
                for k in (i + open) ..< (end - open) {
                    if LiteralText.markdownNeedsBackslash(t, k) { out.append(0x5C) }
                    out.append(t[k])
                }
                out += t[(end - open) ..< end]
                i = end
            } else {
                // Plain text: escape what Markdown would read as markup.
                if LiteralText.markdownNeedsBackslash(t, i) { out.append(0x5C) }
                out.append(c)
                i += 1
            }
        }
    }

    /// The bytes `convert` may do something with: markup starts (`\\`, `` ` ``, `:`, `[`, `_`,
    /// `*`), a URL's `h`, and what Markdown reads as markup (`LiteralText.markdownNeedsBackslash`).
    @inline(__always) private static func mayMatter(_ b: UInt8) -> Bool {
        switch b {
        case 0x5C, 0x60, 0x3A, 0x5B, 0x5D, 0x5F, 0x68, 0x2A, 0x3C, 0x7E, 0x26: true
        default: false
        }
    }

    private mutating func interpreted(_ t: [UInt8], content: Range<Int>, role: String?, into out: inout [UInt8]) -> Int {
        let suffix = role == nil ? RSTInlineTokenizer.referenceSuffix(t, at: content.upperBound + 1) : 0
        let after = content.upperBound + 1 + suffix
        // Text that does not end in `>` embeds no target: it is shown as it is (found on the
        // last byte: the last character is `>` only if the last byte is).
        let (display, embedded) = content.isEmpty || t[content.upperBound - 1] != 0x3E
            ? (String(decoding: t[content], as: UTF8.self), nil)
            : RSTInlineTokenizer.splitEmbeddedTarget(String(decoding: t[content], as: UTF8.self))
        if let role {
            if role == "literal" || role == "code" {
                appendCode(Array(display.utf8)[...], to: &out)
            } else if role == "pep" || role == "rfc" {
                out += Array("\(role.uppercased()) \(display)".utf8)
            } else if RSTInlineTokenizer.issueRoles.contains(role), let number = RSTInlineTokenizer.issueNumber(inRoleText: display) {
                out += Array("#\(number)".utf8)
            } else if role == "strong" {
                out += Array("**\(display)**".utf8)
            } else if role == "emphasis" {
                out += Array("*\(display)*".utf8)
            } else {
                out += Array(display.utf8)
            }
            return after
        }
        var url: String?
        switch RSTInlineTokenizer.reference(display: display, embedded: embedded, suffix: suffix) {
        case nil: break
        case .url(let written): url = written
        case .name(let name): url = targets.resolve(name)
        case .anonymous:
            if anonymousIndex < targets.anonymous.count { url = targets.anonymous[anonymousIndex] }
            anonymousIndex += 1
        }
        if let url {
            if embedded == nil { appendLink(t[content], url, to: &out) } else { appendLink(display.utf8, url, to: &out) }
        } else if suffix > 0 {
            out += Array(display.utf8)  // an unresolved reference: its text, as docutils would show it
        } else {
            out += Array("*\(display.trimming(" "))*".utf8)  // the default role renders as emphasis
        }
        return after
    }

    /// Where RST emphasis or strong emphasis starting at `i` ends (the rule the reader applies).
    private func emphasisEnd(_ t: [UInt8], at i: Int) -> Int? {
        let n = t.count
        let strong = i + 1 < n && t[i + 1] == 0x2A
        let open = strong ? 2 : 1
        guard i == 0 || !isWord(t[i - 1]), i + open < n, t[i + open] != 0x20 else { return nil }
        // Like the reader: the first closer decides, and it must follow a non-space.
        var k = i + open + 1
        while k < min(n, i + 4096) {
            if t[k] == 0x2A, !strong || (k + 1 < n && t[k + 1] == 0x2A) { return t[k - 1] != 0x20 ? k + open : nil }
            k += 1
        }
        return nil
    }

    /// The name (its bytes in `t`) and URL of a simple reference (`name_`) whose `_` is at `i`,
    /// when its name, as `out` has it, resolves.
    private func simpleReference(_ t: [UInt8], endingAt i: Int, out: [UInt8]) -> (name: Range<Int>, url: String)? {
        var k = i
        while k > 0, isWord(t[k - 1]) || t[k - 1] == 0x2D || t[k - 1] == 0x2E { k -= 1 }
        let name = String(decoding: t[k ..< i], as: UTF8.self)
        guard let url = targets.resolve(name), out.count >= i - k, out[(out.count - (i - k))...].elementsEqual(t[k ..< i]) else { return nil }
        return (k ..< i, url)
    }

    private func find(_ needle: [UInt8], in t: [UInt8], from: Int) -> Int? {
        var k = from
        while k + needle.count <= t.count {
            // An escaped backquote does not end interpreted text (docutils).
            if t[k] == needle[0], needle.count == 1 ? !RSTInlineTokenizer.isEscaped(t, at: k) : t[k + 1] == needle[1] { return k }
            k += 1
        }
        return nil
    }

    private func isWord(_ b: UInt8) -> Bool {
        (b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A) || b >= 0x80
    }

    private func appendEscaped(_ b: UInt8, to out: inout [UInt8]) {
        if "\\`*_[]<>#".utf8.contains(b) { out.append(0x5C) }
        out.append(b)
    }

    /// A code span with a fence longer than any backtick run inside it.
    private func appendCode(_ code: ArraySlice<UInt8>, to out: inout [UInt8]) {
        var longest = 0, run = 0
        for b in code {
            run = b == 0x60 ? run + 1 : 0
            longest = max(longest, run)
        }
        let pad = code.first == 0x60 || code.last == 0x60
        for _ in 0 ... longest { out.append(0x60) }
        if pad { out.append(0x20) }
        out += code
        if pad { out.append(0x20) }
        for _ in 0 ... longest { out.append(0x60) }
    }

    /// `[text](url)`, the text's brackets escaped; a URL with spaces or parentheses goes in
    /// angle brackets, as CommonMark allows.
    private func appendLink<Text: Sequence<UInt8>>(_ text: Text, _ url: String, to out: inout [UInt8]) {
        out.append(0x5B)
        if text.contains(where: { $0 == 0x5B || $0 == 0x5D }) {
            for b in text {
                if b == 0x5B || b == 0x5D { out.append(0x5C) }
                out.append(b)
            }
        } else {
            out.append(contentsOf: text)
        }
        out.append(0x5D)
        out.append(0x28)
        var url = url
        url.withUTF8 { u in
            let angled = u.contains { $0 == 0x20 || $0 == 0x28 || $0 == 0x29 }
            if angled { out.append(0x3C) }
            out.append(contentsOf: u)
            if angled { out.append(0x3E) }
        }
        out.append(0x29)
    }
}
