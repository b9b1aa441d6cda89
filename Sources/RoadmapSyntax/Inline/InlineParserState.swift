import RoadmapText
import RoadmapModel

extension InlineParser {
    /// What one parse has produced so far: output bytes, links, code ranges, and the
    /// bookkeeping that keeps the searches for closing delimiters linear.
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

        /// Emits the bare URL at `i` (`http…`, `mailto:`; `www.` too with `www`) as a link to
        /// itself and returns where it ends, or returns nil when none starts there.
        mutating func emitBareURL(at i: Int, www: Bool = false) -> Int? {
            guard InlineURLScanner.isURLStart(input, i) || (www && InlineURLScanner.isWWWStart(input, i)) else { return nil }
            let end = InlineURLScanner.urlEnd(input, from: i)
            let text = string(i ..< end)
            addLink(Link(text: text, url: text.hasPrefix("www.") ? "http://" + text : text), at: out.count)
            emit(i ..< end)
            return end
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
}
