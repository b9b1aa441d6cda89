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
    /// With `plain` false the result's plain text is left empty: its links and issues are all
    /// the caller wants.
    public func parse(_ text: [UInt8], anonymousIndex: inout Int, plain: Bool = true) -> InlineText {
        if isPlain(text) {
            // No markup, link or issue reference can be in it: just collapse the whitespace.
            return InlineText(plain: plain ? State.collapse(text) : "")
        }
        var state = State(input: text)
        switch format {
        case .rst: parseRST(&state, anonymousIndex: &anonymousIndex)
        case .markdown: parseMarkdown(&state, allowLinks: true)
        case .text: parsePlain(&state)
        }
        var result = InlineText()
        if plain { result.plain = state.plainString() }
        result.links = state.links
        result.unresolved = state.unresolved
        result.issues = Self.issues(in: state)
        return result
    }

    /// Issues in reading order: bare `#N` in the text (not inside code), roles, and link URLs,
    /// merged by number (`#3564` and its target URL are one issue).
    static func issues(in state: State) -> [IssueRef] {
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
        var issues = IssueSet()
        // Links first among equals: a link's text and the `#N` it shows start at one offset.
        // Usually they come in order already (a link, then the `#N` its text shows).
        if zip(located, located.dropFirst()).allSatisfy({ $0.offset <= $1.offset }) {
            for entry in located { issues.merge(entry.ref) }
        } else {
            let ordered = located.enumerated().sorted { ($0.element.offset, $0.offset) < ($1.element.offset, $1.offset) }
            for entry in ordered { issues.merge(entry.element.ref) }
        }
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

    /// Whether a link or an issue reference may come out of `text`. False only when it holds
    /// none of the bytes each of them needs: `#` (`#12`, `owner/repo#12`), `GH-`, a URL's or
    /// role's `:`, `www.`, an e-mail's `@`, a reference's `_`, `[` and `<` (Markdown links), `{`
    /// (MyST roles), `&` (an entity may be a `#`) and `|` (a substitution may hold one). Prose
    /// whose only markup is literals or emphasis is ruled out, which `isPlain` cannot do.
    package func mayHoldReference(_ text: [UInt8]) -> Bool {
        let table = Self.referenceBytes
        return text.withUnsafeBufferPointer { t in
            let n = t.count
            for i in 0 ..< n where table[Int(t[i])] {
                switch t[i] {
                case 0x2D:  // GH-
                    if i >= 2 && (t[i - 1] | 0x20) == 0x68 && (t[i - 2] | 0x20) == 0x67 { return true }
                case 0x77:  // www.
                    if i + 3 < n && t[i + 1] == 0x77 && t[i + 2] == 0x77 && t[i + 3] == 0x2E { return true }
                default:
                    return true
                }
            }
            return false
        }
    }

    /// The bytes `mayHoldReference` stops at (`-` and `w` only with what stands around them).
    static let referenceBytes: [Bool] = {
        var table = [Bool](repeating: false, count: 256)
        for b: UInt8 in [0x23, 0x2D, 0x3A, 0x77, 0x40, 0x5F, 0x5B, 0x3C, 0x7B, 0x26, 0x7C] { table[Int(b)] = true }
        return table
    }()

    /// Bytes that may start markup, a URL or an issue reference (some only with what follows).
    static let special: [Bool] = {
        var table = [Bool](repeating: false, count: 256)
        for b: UInt8 in [0x23, 0x5C, 0x60, 0x2A, 0x5F, 0x3C, 0x5B, 0x7C, 0x7E, 0x21, 0x7B, 0x3A, 0x2D, 0x77, 0x6D, 0x68, 0x40, 0x26] { table[Int(b)] = true }
        return table
    }()

    // MARK: - Plain text

    func parsePlain(_ s: inout State) {
        let t = s.input
        var i = 0
        while i < t.count {
            if (t[i] == 0x68 || t[i] == 0x6D), let end = s.emitBareURL(at: i) {
                i = end
                continue
            }
            s.emit(t[i])
            i += 1
        }
    }

    @inline(__always) func isSpace(_ b: UInt8) -> Bool { b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D }
    @inline(__always) func isWordByte(_ b: UInt8) -> Bool { IssueReferenceScanner.isWordByte(b) }
}
