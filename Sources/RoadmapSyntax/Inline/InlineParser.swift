import RoadmapText
import RoadmapModel
/// Reads the inline markup of one block's text: removes it, resolves references, collects links
/// and issue references. One pass over the bytes; searches for closing delimiters are bounded
/// and remember failures, so a 50 MB line of unmatched backticks stays linear.
public struct InlineParser: Sendable {
    public let format: Format
    public let targets: LinkTargets

    public init(format: Format, targets: LinkTargets) {
        self.format = format
        self.targets = targets
    }

    /// Parses `text`; `anonymousIndex` counts RST anonymous references (a reference ending in `__`) across
    /// the document, since they match anonymous targets in order.
    public func parse(_ text: [UInt8], anonymousIndex: inout Int) -> InlineText {
        if isPlain(text) {
            // No markup, link or issue reference can be in it: just collapse the whitespace.
            return InlineText(plain: State.collapse(text))
        }
        var state = State(input: text)
        switch format {
        case .rst: parseRST(&state, anonymousIndex: &anonymousIndex)
        case .markdown: parseMarkdown(&state, allowLinks: true)
        case .text: parsePlain(&state)
        }
        var result = InlineText()
        result.plain = state.plainString()
        result.links = state.links
        result.unresolved = state.unresolved
        result.issues = Self.issues(in: state)
        return result
    }

    /// Issues in reading order: bare `#N` in the text (not inside code), roles, and link URLs,
    /// merged by number (`#3564` and its target URL are one issue).
    private static func issues(in state: State) -> [IssueRef] {
        var located: [(offset: Int, ref: IssueRef)] = []
        for (k, link) in state.links.enumerated() {
            if let ref = IssueReferenceScanner.reference(fromURL: link.url) {
                located.append((state.linkOffsets[k], ref))
            } else if let number = IssueReferenceScanner.number(inLabel: link.text) {
                // `#12` linking to a tracker that is not GitHub: still issue 12, at that URL.
                located.append((state.linkOffsets[k], IssueRef(number: number, url: link.url, repository: nil)))
            }
        }
        located += state.roleIssues
        // Code ranges come in order, as do the references found: walk both together.
        var codeIndex = 0
        for found in IssueReferenceScanner.located(in: state.out) {
            while codeIndex < state.code.count, state.code[codeIndex].upperBound <= found.offset { codeIndex += 1 }
            if codeIndex < state.code.count, state.code[codeIndex].contains(found.offset) { continue }
            located.append(found)
        }
        if located.count <= 1 { return located.map(\.ref) }
        // Links first among equals: a link's text and the `#N` it shows start at one offset.
        let ordered = located.enumerated().sorted { ($0.element.offset, $0.offset) < ($1.element.offset, $1.offset) }
        var issues = IssueSet()
        for entry in ordered { issues.merge(entry.element.ref) }
        return issues.refs
    }

    public func parse(_ text: String) -> InlineText {
        var k = 0
        return parse(Array(text.utf8), anonymousIndex: &k)
    }

    /// Whether `text` holds none of the bytes any markup, URL or issue reference of this
    /// dialect starts with (most titles and much prose): then its plain text is itself.
    package func isPlain(_ text: [UInt8]) -> Bool {
        let special = Self.special
        return text.withUnsafeBufferPointer { t in
            let n = t.count
            var i = 0
            while i < n {
                let b = t[i]
                if special[Int(b)] {
                    switch b {
                    case 0x3A:  // `://`, or an RST role
                        if format == .rst || (i + 2 < n && t[i + 1] == 0x2F && t[i + 2] == 0x2F) { return false }
                    case 0x2D:  // GH-
                        if i >= 2 && (t[i - 1] | 0x20) == 0x68 && (t[i - 2] | 0x20) == 0x67 { return false }
                    case 0x77:  // www.
                        if format == .markdown && i + 3 < n && t[i + 1] == 0x77 && t[i + 2] == 0x77 && t[i + 3] == 0x2E { return false }
                    case 0x6D:  // mailto:
                        if i + 6 < n && t[i + 6] == 0x3A && t[i + 1] == 0x61 { return false }
                    case 0x68:  // http: its `://` decides
                        break
                    case 0x40:  // an e-mail address, which RST links
                        if format == .rst { return false }
                    case 0x26:  // a character reference, which Markdown decodes
                        if format == .markdown { return false }
                    default:
                        return false
                    }
                }
                i += 1
            }
            return true
        }
    }

    /// Bytes that may start markup, a URL or an issue reference (some only with what follows).
    private static let special: [Bool] = {
        var table = [Bool](repeating: false, count: 256)
        for b: UInt8 in [0x23, 0x5C, 0x60, 0x2A, 0x5F, 0x3C, 0x5B, 0x7C, 0x7E, 0x21, 0x7B, 0x3A, 0x2D, 0x77, 0x6D, 0x68, 0x40, 0x26] { table[Int(b)] = true }
        return table
    }()

    // MARK: - State

    struct State {
        let input: [UInt8]
        var out: [UInt8] = []
        var links: [Link] = []
        /// Where in `out` each link's text starts.
        var linkOffsets: [Int] = []
        var roleIssues: [(offset: Int, ref: IssueRef)] = []
        /// Ranges of `out` that came from code and literals: no issue references there.
        var code: [Range<Int>] = []
        var unresolved: [String] = []
        /// Per closing delimiter (by key): searches from at or after this offset already failed.
        /// Allocated on the first failure, which most texts never have.
        var failedFrom: [Int] = []
        /// Bytes the searches for closing delimiters may still look at. Real text uses a small
        /// part of it; text made of nothing but openers (`[[[[…`, `[x](` × 10⁶) runs out, and its
        /// remaining openers read as text, so parsing stays linear in the input.
        var budget: Int

        init(input: [UInt8]) {
            self.input = input
            budget = 16 * input.count + (1 << 16)
            out.reserveCapacity(input.count)
        }

        /// The first index ≥ `from` where `first` (followed by `second`, if given) occurs,
        /// searching at most `window` bytes.
        mutating func find(_ first: UInt8, _ second: UInt8? = nil, from: Int, window: Int = 1 << 16, key: UInt16) -> Int? {
            if Int(key) < failedFrom.count, from >= failedFrom[Int(key)] { return nil }
            guard budget > 0 else { return nil }
            let n = input.count
            let limit = min(n, from + window)
            var i = from
            defer { budget -= i - from + 1 }
            let length = second == nil ? 1 : 2
            while i + length <= limit {
                if input[i] == first && (second == nil || input[i + 1] == second!) { return i }
                i += 1
            }
            if limit == n {
                if failedFrom.isEmpty { failedFrom = Array(repeating: Int.max, count: 160) }
                failedFrom[Int(key)] = min(failedFrom[Int(key)], from)
            }
            return nil
        }

        /// Records a link whose text was just emitted (or is about to be, at `offset`).
        mutating func addLink(_ link: Link, at offset: Int? = nil) {
            links.append(link)
            linkOffsets.append(offset ?? max(0, out.count - link.text.utf8.count))
        }

        mutating func emitCode(_ range: Range<Int>) {
            let start = out.count
            out.append(contentsOf: input[range])
            code.append(start ..< out.count)
        }

        mutating func emit(_ b: UInt8) { out.append(b) }
        mutating func emit(_ range: Range<Int>) { out.append(contentsOf: input[range]) }
        mutating func emit(_ s: String) { out.append(contentsOf: s.utf8) }

        func string(_ r: Range<Int>) -> String { String(decoding: input[r], as: UTF8.self) }

        /// The output with runs of whitespace collapsed to one space and the ends trimmed.
        func plainString() -> String { Self.collapse(out) }

        static func collapse(_ bytes: [UInt8]) -> String {
            bytes.withUnsafeBufferPointer { input in
                String(unsafeUninitializedCapacity: input.count) { out in
                    var n = 0
                    var space = false
                    for b in input {
                        if b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D {
                            space = n > 0
                        } else {
                            if space { out[n] = 0x20; n += 1 }
                            space = false
                            out[n] = b
                            n += 1
                        }
                    }
                    return n
                }
            }
        }
    }

    // MARK: - reStructuredText

    private func parseRST(_ s: inout State, anonymousIndex: inout Int) {
        let special = Self.special
        let t = s.input
        let n = t.count
        var i = 0
        while i < n {
            let c = t[i]
            switch c {
            case 0x5C where i + 1 < n:  // backslash escape
                if t[i + 1] != 0x20 { s.emit(t[i + 1]) }
                i += 2
            case 0x7C where !targets.substitutions.isEmpty:  // |name|: a substitution
                if let ref = substitutionReference(t, at: i), let text = targets.substitutions[LinkTargets.normalize(s.string(ref.name))] {
                    s.emit(text)
                    i = ref.end
                } else {
                    s.emit(c); i += 1
                }
            case 0x60:  // backquote
                if i + 1 < n, t[i + 1] == 0x60 {
                    if let close = s.find(0x60, 0x60, from: i + 2, key: 1) {
                        s.emitCode(i + 2 ..< close)
                        i = close + 2
                    } else {
                        s.emit(i ..< i + 2); i += 2
                    }
                } else if let close = s.find(0x60, from: i + 1, key: 2), close > i + 1 {
                    i = interpretedText(&s, content: i + 1 ..< close, role: nil, anonymousIndex: &anonymousIndex)
                } else {
                    s.emit(c); i += 1
                }
            case 0x3A where i + 1 < n && isRoleStart(t, i):  // :role:`text`
                let nameEnd = Self.roleNameEnd(t, from: i + 1)!
                if let close = s.find(0x60, from: nameEnd + 2, key: 2), close > nameEnd + 2 {
                    let role = s.string(i + 1 ..< nameEnd)
                    i = interpretedText(&s, content: nameEnd + 2 ..< close, role: role, anonymousIndex: &anonymousIndex)
                } else {
                    s.emit(c); i += 1
                }
            case 0x2A:  // *emphasis*, **strong**
                let strong = i + 1 < n && t[i + 1] == 0x2A
                let open = strong ? 2 : 1
                let canOpen = (i == 0 || !isWordByte(t[i - 1])) && i + open < n && !isSpace(t[i + open])
                if canOpen, let close = s.find(0x2A, strong ? 0x2A : nil, from: i + open + 1, window: 4096, key: strong ? 3 : 4),
                    !isSpace(t[close - 1])
                {
                    s.emit(i + open ..< close)
                    i = close + open
                } else {
                    s.emit(c); i += 1
                }
            default:
                if (c == 0x68 || c == 0x6D), Self.isURLStart(t, i) {  // http(s):// and mailto:
                    let end = Self.urlEnd(t, from: i)
                    let url = s.string(i ..< end)
                    s.addLink(Link(text: url, url: url), at: s.out.count)
                    s.emit(i ..< end)
                    i = end
                    continue
                }
                // `dana@example.com`: docutils links a standalone address to `mailto:`
                if c == 0x40, let email = Self.emailAround(t, at: i) {
                    let text = s.string(email.lowerBound ..< email.upperBound)
                    s.emit(i ..< email.upperBound)
                    s.addLink(Link(text: text, url: "mailto:" + text), at: s.out.count - text.utf8.count)
                    i = email.upperBound
                    continue
                }
                // `[1]_`, `[#note]_`: a footnote reference reads as `[1]`, as docutils shows it
                if c == 0x5F, Self.footnoteLabelStart(t, closingAt: i - 1) != nil, i + 1 == n || !isWordByte(t[i + 1]) {
                    i += 1
                    continue
                }
                // `name__` anonymous simple reference: the next anonymous target (`__ url`)
                if c == 0x5F, i > 0, isWordByte(t[i - 1]), i + 1 < n, t[i + 1] == 0x5F, i + 2 == n || !isWordByte(t[i + 2]) && t[i + 2] != 0x5F {
                    var k = i
                    while k > 0, t[k - 1] != 0x5F, isWordByte(t[k - 1]) || t[k - 1] == 0x2D || t[k - 1] == 0x2E { k -= 1 }
                    // `__init__` is a name in prose, not a reference.
                    if k > 0, t[k - 1] == 0x5F {
                        s.emit(i ..< i + 2)
                        i += 2
                        continue
                    }
                    if anonymousIndex < targets.anonymous.count { s.addLink(Link(text: s.string(k ..< i), url: targets.anonymous[anonymousIndex])) }
                    anonymousIndex += 1
                    i += 2
                    continue
                }
                // `name_` simple reference, when a target defines it
                if c == 0x5F, i > 0, isWordByte(t[i - 1]), i + 1 == n || !isWordByte(t[i + 1]) && t[i + 1] != 0x5F {
                    var k = i
                    while k > 0, isWordByte(t[k - 1]) || t[k - 1] == 0x2D || t[k - 1] == 0x2E { k -= 1 }
                    let name = s.string(k ..< i)
                    if let url = targets.resolve(name) {
                        s.addLink(Link(text: name, url: url))
                        i += 1
                        continue
                    }
                }
                // Copy the run of ordinary bytes up to the next one that may start markup at once.
                var j = i + 1
                while j < n && !special[Int(t[j])] { j += 1 }
                s.emit(i ..< j)
                i = j
            }
        }
    }

    /// `` `text` `` with an optional role before it and `_`/`__` after it; returns where to go on.
    private func interpretedText(_ s: inout State, content: Range<Int>, role: String?, anonymousIndex: inout Int) -> Int {
        let t = s.input
        var after = content.upperBound + 1
        var suffix = 0
        if role == nil, after < t.count, t[after] == 0x5F {
            suffix = after + 1 < t.count && t[after + 1] == 0x5F ? 2 : 1
            after += suffix
        }
        let (display, embedded) = Self.splitEmbeddedTarget(s.string(content))
        if let role {
            let r = role.lowercased()
            if ["gh", "issue", "ghissue", "github", "pr", "ghpull", "pull"].contains(r),
                let number = Int(display.filter(\.isNumber)), number > 0, display.allSatisfy({ $0.isNumber || $0 == "#" })
            {
                s.roleIssues.append((s.out.count, IssueRef(number: number, url: nil, repository: nil)))
                s.code.append(s.out.count ..< s.out.count + 1 + String(number).count)
                s.emit("#\(number)")
            } else if r == "pep" || r == "rfc" {
                s.emit("\(r.uppercased()) \(display)")
            } else {
                s.emit(display)
            }
            return after
        }
        s.emit(display)
        if suffix == 0 { return after }
        if let embedded {
            if embedded.hasSuffix("_"), !embedded.contains("://") {
                let name = String(embedded.dropLast())
                if let url = targets.resolve(name) { s.addLink(Link(text: display, url: url)) } else { s.unresolved.append(name) }
            } else {
                s.addLink(Link(text: display, url: embedded.filter { !$0.isWhitespace }))
            }
        } else if suffix == 2 {
            if anonymousIndex < targets.anonymous.count { s.addLink(Link(text: display, url: targets.anonymous[anonymousIndex])) }
            anonymousIndex += 1
        } else if let url = targets.resolve(display) {
            s.addLink(Link(text: display, url: url))
        } else {
            s.unresolved.append(display)
        }
        return after
    }

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

    private func isRoleStart(_ t: [UInt8], _ i: Int) -> Bool {
        guard i == 0 || !isWordByte(t[i - 1]) else { return false }
        guard let end = Self.roleNameEnd(t, from: i + 1) else { return false }
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

    // MARK: - Markdown

    private func parseMarkdown(_ s: inout State, allowLinks: Bool) {
        let special = Self.special
        let t = s.input
        let n = t.count
        let emphasis = EmphasisMatcher(t)
        var i = 0
        while i < n {
            let c = t[i]
            switch c {
            case 0x5C where i + 1 < n && isASCIIPunctuation(t[i + 1]):
                s.emit(t[i + 1]); i += 2
            case 0x60:
                var run = 1
                while i + run < n, t[i + run] == 0x60 { run += 1 }
                if let close = findBacktickRun(&s, length: run, from: i + run) {
                    var a = i + run, b = close
                    if b - a >= 2, t[a] == 0x20, t[b - 1] == 0x20 { a += 1; b -= 1 }
                    s.emitCode(a ..< b)
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
                        s.addLink(Link(text: inner, url: Self.normalizedDestination(inner)), at: s.out.count)
                        s.emit(inner)
                        i = close + 1
                        continue
                    }
                    if Self.emailAround(Array(inner.utf8), at: inner.utf8.firstIndex(of: 0x40).map { inner.utf8.distance(from: inner.utf8.startIndex, to: $0) } ?? 0)?.count == inner.utf8.count {
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
                if (c == 0x68 || c == 0x6D || c == 0x77), allowLinks, Self.isURLStart(t, i) || isWWWStart(t, i) {
                    let end = Self.urlEnd(t, from: i)
                    let text = s.string(i ..< end)
                    s.addLink(Link(text: text, url: text.hasPrefix("www.") ? "http://" + text : text), at: s.out.count)
                    s.emit(i ..< end)
                    i = end
                    continue
                }
                if c == 0x26, let ref = HTMLEntity.decode(t, at: i) {  // `&amp;`, `&#169;`
                    s.emit(ref.text)
                    i = ref.end
                    continue
                }
                if c == 0x7B, let end = Self.mystRole(t, at: i) {
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

    private func findBacktickRun(_ s: inout State, length: Int, from: Int) -> Int? {
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
    private func bracketLink(_ s: inout State, at open: Int) -> (text: Range<Int>, url: String?, end: Int)? {
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
            var j = next + 1
            var parens = 1
            let urlLimit = min(n, next + 4096)
            defer { s.budget -= j - next }
            while j < urlLimit {
                let b = t[j]
                if b == 0x5C { j += 2; continue }
                if b == 0x28 { parens += 1 } else if b == 0x29 { parens -= 1; if parens == 0 { break } }
                j += 1
            }
            guard j < urlLimit, t[j] == 0x29 else { return nil }
            var dest = s.string(next + 1 ..< j).trimming(" \t\n")
            if dest.hasPrefix("<"), let gt = dest.firstIndex(of: ">") {
                dest = String(dest[dest.index(after: dest.startIndex) ..< gt])
            } else if let sp = dest.firstIndex(where: { $0 == " " || $0 == "\t" || $0 == "\n" }) {
                dest = String(dest[..<sp])
            }
            return (text, Self.normalizedDestination(dest), j + 1)
        }
        if next < n, t[next] == 0x5B, let refClose = s.find(0x5D, from: next + 1, window: 1000, key: 6) {
            let label = refClose == next + 1 ? s.string(text) : s.string(next + 1 ..< refClose)
            if let url = targets.resolve(label) { return (text, Self.normalizedDestination(url), refClose + 1) }
            s.unresolved.append(label)
            return (text, nil, refClose + 1)
        }
        // A shortcut reference only when the label is defined; `[ ]` and `[x]` are plain text.
        if let url = targets.resolve(s.string(text)) { return (text, Self.normalizedDestination(url), next) }
        return nil
    }

    /// A Markdown link destination as CommonMark gives it to a link: backslash escapes and
    /// character references decoded, and what a URL cannot hold (spaces, non-ASCII, quotes,
    /// angle brackets) percent-encoded; `%XX` already there is kept.
    static func normalizedDestination(_ dest: String) -> String {
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

    // MARK: - Plain text

    private func parsePlain(_ s: inout State) {
        let t = s.input
        var i = 0
        while i < t.count {
            if (t[i] == 0x68 || t[i] == 0x6D), Self.isURLStart(t, i) {
                let end = Self.urlEnd(t, from: i)
                let url = s.string(i ..< end)
                s.addLink(Link(text: url, url: url), at: s.out.count)
                s.emit(i ..< end)
                i = end
                continue
            }
            s.emit(t[i])
            i += 1
        }
    }

    // MARK: - Bytes

    /// `|name|` at `i`, standing apart from the words around it (a `_` or `__` after it, making
    /// it a reference too, is skipped).
    private func substitutionReference(_ t: [UInt8], at i: Int) -> (name: Range<Int>, end: Int)? {
        guard i == 0 || !isWordByte(t[i - 1]) else { return nil }
        var k = i + 1
        while k < t.count, k - i < 256, t[k] != 0x7C, t[k] != 0x0A { k += 1 }
        guard k < t.count, t[k] == 0x7C, k > i + 1, !isSpace(t[i + 1]), !isSpace(t[k - 1]) else { return nil }
        var end = k + 1
        while end < t.count, end - k <= 2, t[end] == 0x5F { end += 1 }
        guard end == t.count || !isWordByte(t[end]) else { return nil }
        return (i + 1 ..< k, end)
    }

    /// Whether a plain `http://`, `https://` or `mailto:` URL starts at `i`.
    package static func isURLStart(_ t: [UInt8], _ i: Int) -> Bool {
        guard i == 0 || !IssueReferenceScanner.isWordByte(t[i - 1]) else { return false }
        return hasPrefix(t, i, "https://") || hasPrefix(t, i, "http://") || hasPrefix(t, i, "mailto:")
    }

    /// The e-mail address whose `@` is at `at` (`name@host.domain`), or nil. The local part is
    /// looked for backwards only to the previous `@` or non-address byte, so a run of `@`s
    /// stays linear.
    static func emailAround(_ t: [UInt8], at: Int) -> Range<Int>? {
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

    private func isWWWStart(_ t: [UInt8], _ i: Int) -> Bool {
        (i == 0 || isSpace(t[i - 1]) || t[i - 1] == 0x28) && Self.hasPrefix(t, i, "www.") && i + 4 < t.count && isWordByte(t[i + 4])
    }

    private static func hasPrefix(_ t: [UInt8], _ i: Int, _ p: StaticString) -> Bool {
        let count = p.utf8CodeUnitCount
        guard i + count <= t.count else { return false }
        return p.withUTF8Buffer { pb in
            for k in 0 ..< count where t[i + k] != pb[k] { return false }
            return true
        }
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

    @inline(__always) private func isSpace(_ b: UInt8) -> Bool { b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D }
    @inline(__always) private func isWordByte(_ b: UInt8) -> Bool { IssueReferenceScanner.isWordByte(b) }
    @inline(__always) private func isASCIIPunctuation(_ b: UInt8) -> Bool { LineClassifier.isAdornmentCharacter(b) }
}
