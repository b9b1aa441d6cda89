import RoadmapText
import RoadmapModel

/// The reader's reStructuredText inline markup: the spans `RSTInlineTokenizer` recognises,
/// turned into plain text, links and issue references.
extension InlineParser {
    func parseRST(_ s: inout State, anonymousIndex: inout Int) {
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
                if let ref = RSTInlineTokenizer.substitutionReference(t, at: i), let text = targets.substitutions[LinkTargets.normalize(s.string(ref.name))] {
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
                } else if let close = closingBackquote(&s, from: i + 1), close > i + 1 {
                    i = interpretedText(&s, content: i + 1 ..< close, role: nil, anonymousIndex: &anonymousIndex)
                } else {
                    s.emit(c); i += 1
                }
            case 0x3A where i + 1 < n && RSTInlineTokenizer.isRoleStart(t, i):  // :role:`text`
                let nameEnd = RSTInlineTokenizer.roleNameEnd(t, from: i + 1)!
                if let close = closingBackquote(&s, from: nameEnd + 2), close > nameEnd + 2 {
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
                if (c == 0x68 || c == 0x6D), let end = s.emitBareURL(at: i) {  // http(s):// and mailto:
                    i = end
                    continue
                }
                // `dana@example.com`: docutils links a standalone address to `mailto:`
                if c == 0x40, let email = InlineURLScanner.emailAround(t, at: i) {
                    let text = s.string(email.lowerBound ..< email.upperBound)
                    s.emit(i ..< email.upperBound)
                    s.addLink(Link(text: text, url: "mailto:" + text), at: s.out.count - text.utf8.count)
                    i = email.upperBound
                    continue
                }
                // `[1]_`, `[#note]_`: a footnote reference reads as `[1]`, as docutils shows it
                if c == 0x5F, RSTInlineTokenizer.footnoteLabelStart(t, closingAt: i - 1) != nil, i + 1 == n || !isWordByte(t[i + 1]) {
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

    /// The backquote that ends interpreted text begun before `from`: the first one not escaped.
    func closingBackquote(_ s: inout State, from: Int) -> Int? {
        var k = from
        while let close = s.find(0x60, from: k, key: 2) {
            if !RSTInlineTokenizer.isEscaped(s.input, at: close) { return close }
            k = close + 1
        }
        return nil
    }

    /// `` `text` `` with an optional role before it and `_`/`__` after it; returns where to go on.
    func interpretedText(_ s: inout State, content: Range<Int>, role: String?, anonymousIndex: inout Int) -> Int {
        let t = s.input
        let suffix = role == nil ? RSTInlineTokenizer.referenceSuffix(t, at: content.upperBound + 1) : 0
        let after = content.upperBound + 1 + suffix
        var (display, embedded) = RSTInlineTokenizer.splitEmbeddedTarget(s.string(content))
        display = RSTInlineTokenizer.unescaped(display)
        if let role {
            let r = role.lowercased()
            if RSTInlineTokenizer.issueRoles.contains(r), let number = RSTInlineTokenizer.issueNumber(inRoleText: display), number > 0 {
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
        switch RSTInlineTokenizer.reference(display: display, embedded: embedded, suffix: suffix) {
        case nil:
            break
        case .url(let url):
            s.addLink(Link(text: display, url: url))
        case .name(let name):
            if let url = targets.resolve(name) { s.addLink(Link(text: display, url: url)) } else { s.unresolved.append(name) }
        case .anonymous:
            if anonymousIndex < targets.anonymous.count { s.addLink(Link(text: display, url: targets.anonymous[anonymousIndex])) }
            anonymousIndex += 1
        }
        return after
    }
}
