import RoadmapText
import RoadmapModel

/// The reader's Markdown inline markup: the spans `MarkdownInlineTokenizer` recognises,
/// turned into plain text, links and issue references.
extension InlineParser {
    func parseMarkdown(_ s: inout State, allowLinks: Bool) {
        let special = Self.special
        let t = s.input
        let n = t.count
        let emphasis = EmphasisMatcher(t)
        var i = 0
        while i < n {
            let c = t[i]
            switch c {
            case 0x5C where i + 1 < n && MarkdownInlineTokenizer.isEscapable(t[i + 1]):
                s.emit(t[i + 1]); i += 2
            case 0x60:
                var run = 1
                while i + run < n, t[i + run] == 0x60 { run += 1 }
                if let close = findBacktickRun(&s, length: run, from: i + run) {
                    s.emitCode(MarkdownInlineTokenizer.codeSpanContent(t, from: i + run, to: close))
                    i = close + run
                } else {
                    s.emit(i ..< i + run); i += run
                }
            case 0x5B where i + 1 < n && t[i + 1] == 0x5E:  // `[^1]`, a GFM footnote reference, reads as `[1]`
                if let close = t[(i + 2)...].prefix(64).firstIndex(of: 0x5D), close > i + 2,
                    !t[(i + 2) ..< close].contains(where: { $0 == 0x20 || $0 == 0x5B })
                {
                    s.emit(0x5B); s.emit((i + 2) ..< close); s.emit(0x5D)
                    i = close + 1
                } else {
                    s.emit(c); i += 1
                }
            case 0x21 where i + 1 < n && t[i + 1] == 0x5B:  // image: keep the alt text
                if allowLinks, let link = bracketLink(&s, at: i + 1) {
                    var inner = State(input: Array(t[link.text]))
                    parseMarkdown(&inner, allowLinks: false)
                    s.out.append(contentsOf: inner.out)
                    i = link.end
                } else {
                    s.emit(c); i += 1
                }
            case 0x5B where allowLinks:
                if let link = bracketLink(&s, at: i) {
                    var inner = State(input: Array(t[link.text]))
                    parseMarkdown(&inner, allowLinks: false)
                    let text = inner.plainString()
                    s.out.append(contentsOf: inner.out)
                    if let url = link.url, !url.isEmpty { s.addLink(Link(text: text, url: url)) }  // `[x]()` points nowhere
                    i = link.end
                } else {
                    s.emit(c); i += 1
                }
            case 0x3C:  // autolink or inline HTML tag
                if let close = s.find(0x3E, from: i + 1, window: 512, key: 5) {
                    let inner = s.string(i + 1 ..< close)
                    if inner.contains("://") || inner.hasPrefix("mailto:"), !inner.contains(" ") {
                        s.addLink(Link(text: inner, url: MarkdownInlineTokenizer.normalizedDestination(inner)), at: s.out.count)
                        s.emit(inner)
                        i = close + 1
                        continue
                    }
                    if InlineURLScanner.emailAround(Array(inner.utf8), at: inner.utf8.firstIndex(of: 0x40).map { inner.utf8.distance(from: inner.utf8.startIndex, to: $0) } ?? 0)?.count == inner.utf8.count {
                        // `<dana@example.com>`: an e-mail autolink
                        s.addLink(Link(text: inner, url: "mailto:" + inner), at: s.out.count)
                        s.emit(inner)
                        i = close + 1
                        continue
                    }
                    if let first = inner.utf8.first, ASCII.isLetter(first) || first == 0x2F || first == 0x21 {
                        s.emit(0x20)
                        i = close + 1
                        continue
                    }
                }
                s.emit(c); i += 1
            case 0x2A, 0x5F, 0x7E:  // emphasis, strong, strikethrough delimiters
                var run = 1
                while i + run < n, t[i + run] == c { run += 1 }
                // Only the delimiters that pair up are markup; the rest is text.
                let markup = emphasis.consumed[i] ?? 0
                if markup < run { s.emit(i ..< i + run - markup) }
                i += run
            default:
                if (c == 0x68 || c == 0x6D || c == 0x77), allowLinks, let end = s.emitBareURL(at: i, www: true) {
                    i = end
                    continue
                }
                if c == 0x26, let ref = HTMLEntity.decode(t, at: i) {  // `&amp;`, `&#169;`
                    s.emit(ref.text)
                    i = ref.end
                    continue
                }
                if c == 0x7B, let end = MarkdownInlineTokenizer.mystRole(t, at: i) {
                    // MyST {issue}`123`
                    let role = s.string(i + 1 ..< end.nameEnd)
                    let body = s.string(end.body)
                    if role == "issue" || role == "pr", let number = Int(body), number > 0 {
                        s.roleIssues.append((s.out.count, IssueRef(number: number, url: nil, repository: nil)))
                        s.code.append(s.out.count ..< s.out.count + 1 + String(number).count)
                        s.emit("#\(number)")
                    } else {
                        s.emit(body)
                    }
                    i = end.body.upperBound + 1
                    continue
                }
                var j = i + 1
                while j < n && !special[Int(t[j])] { j += 1 }
                s.emit(i ..< j)
                i = j
            }
        }
    }

    func findBacktickRun(_ s: inout State, length: Int, from: Int) -> Int? {
        var p = from
        let t = s.input
        while let k = s.find(0x60, from: p, key: UInt16(100 + min(length, 50))) {
            var run = 1
            while k + run < t.count, t[k + run] == 0x60 { run += 1 }
            if run == length { return k }
            p = k + run
        }
        return nil
    }

    /// `[text](url "title")`, `[text][ref]`, `[text][]`, `[text]` (when defined).
    func bracketLink(_ s: inout State, at open: Int) -> (text: Range<Int>, url: String?, end: Int)? {
        let t = s.input
        let n = t.count
        guard s.budget > 0 else { return nil }
        var depth = 0
        var k = open
        var close = -1
        let limit = min(n, open + 4096)
        defer { s.budget -= k - open }
        while k < limit {
            let b = t[k]
            if b == 0x5C { k += 2; continue }
            if b == 0x60 {
                // skip a code span inside the link text
                var run = 1
                while k + run < n, t[k + run] == 0x60 { run += 1 }
                if let end = findBacktickRun(&s, length: run, from: k + run), end < limit { k = end + run; continue }
                k += run
                continue
            }
            if b == 0x5B { depth += 1 } else if b == 0x5D { depth -= 1; if depth == 0 { close = k; break } }
            k += 1
        }
        guard close > open else { return nil }
        let text = open + 1 ..< close
        let next = close + 1
        if next < n, t[next] == 0x28 {
            var scanned = 0
            defer { s.budget -= scanned }
            guard let destination = MarkdownInlineTokenizer.inlineDestination(t, at: next, scanned: &scanned) else { return nil }
            return (text, MarkdownInlineTokenizer.normalizedDestination(destination.raw), destination.end)
        }
        if next < n, t[next] == 0x5B, let refClose = s.find(0x5D, from: next + 1, window: 1000, key: 6) {
            let label = refClose == next + 1 ? s.string(text) : s.string(next + 1 ..< refClose)
            if let url = targets.resolve(label) { return (text, MarkdownInlineTokenizer.normalizedDestination(url), refClose + 1) }
            s.unresolved.append(label)
            return (text, nil, refClose + 1)
        }
        // A shortcut reference only when the label is defined; `[ ]` and `[x]` are plain text.
        if let url = targets.resolve(s.string(text)) { return (text, MarkdownInlineTokenizer.normalizedDestination(url), next) }
        return nil
    }
}
