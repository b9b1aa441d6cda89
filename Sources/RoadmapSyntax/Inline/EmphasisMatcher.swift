import RoadmapText
import RoadmapModel

/// Which Markdown emphasis delimiters (`*`, `_`, `~~`) pair up, by CommonMark's "process
/// emphasis" rules: a run that finds no partner is literal text (`a *star` keeps its star),
/// as markdown-it shows it.
///
/// One pass over the bytes collects the delimiter runs (skipping code spans, escapes, link
/// destinations, autolinks and bare URLs, which the inline parser reads as a whole), then one
/// pass pairs closers with openers on a stack. The search for an opener is bounded, so
/// pathological input stays linear; an unpaired run is only ever shown, never dropped.
package struct EmphasisMatcher {
    private struct Run {
        let start: Int
        let character: UInt8
        let length: Int
        var remaining: Int
        let canOpen: Bool
        let canClose: Bool
    }

    /// How many delimiter characters of the run starting at each offset are markup (the rest
    /// is text). Runs not listed are all text.
    package private(set) var consumed: [Int: Int] = [:]
    /// The runs (by start) that opened a pair; the others in `consumed` closed one.
    package private(set) var opened: Set<Int> = []

    /// How far back a closer looks for its opener.
    private static let searchDepth = 64

    package init(_ t: [UInt8]) {
        var runs = Self.delimiterRuns(t)
        guard runs.count >= 2 else { return }
        var openers: [Int] = []  // indices into `runs`, innermost last
        for c in runs.indices {
            if runs[c].canClose {
                var k = openers.count - 1
                let floor = max(0, openers.count - Self.searchDepth)
                while k >= floor, runs[c].remaining > 0 {
                    let o = openers[k]
                    guard Self.pairs(runs[o], runs[c]) else { k -= 1; continue }
                    let used = runs[c].character == 0x7E ? 2 : (runs[o].remaining >= 2 && runs[c].remaining >= 2 ? 2 : 1)
                    runs[o].remaining -= used
                    runs[c].remaining -= used
                    opened.insert(runs[o].start)
                    // Delimiters between the pair can no longer open anything.
                    openers.removeSubrange((k + 1)...)
                    if runs[o].remaining == 0 { openers.removeLast() }
                    k = openers.count - 1
                }
            }
            if runs[c].canOpen, runs[c].remaining > 0 { openers.append(c) }
        }
        for r in runs where r.remaining != r.length { consumed[r.start] = r.length - r.remaining }
    }

    private static func pairs(_ opener: Run, _ closer: Run) -> Bool {
        guard opener.character == closer.character, opener.remaining > 0 else { return false }
        if closer.character == 0x7E { return opener.length == closer.length }
        // The rule of three: `*a**` does not pair a run that can both open and close with
        // one whose lengths sum to a multiple of three.
        if opener.canClose || closer.canOpen, (opener.length + closer.length) % 3 == 0, !(opener.length % 3 == 0 && closer.length % 3 == 0) {
            return false
        }
        return true
    }

    private static func delimiterRuns(_ t: [UInt8]) -> [Run] {
        var runs: [Run] = []
        let n = t.count
        // Bytes the look-aheads may scan: ample for real text, a bound for text made of openers.
        var budget = 16 * n + (1 << 16)
        var i = 0
        while i < n {
            let c = t[i]
            switch c {
            case 0x5C:  // an escaped character is text
                i += 2
            case 0x60:  // a code span is read whole
                var run = 1
                while i + run < n, t[i + run] == 0x60 { run += 1 }
                let close = budget > 0 ? closingBackticks(t, length: run, from: i + run) : nil
                budget -= (close ?? min(n, i + run + 4096)) - i
                i = close.map { $0 + run } ?? i + run
            case 0x5D where i + 1 < n && t[i + 1] == 0x28 && budget > 0:  // `](destination)`
                var j = i + 2
                while j < n, t[j] != 0x29, t[j] != 0x20, j - i < 4096 { j += 1 }
                budget -= j - i
                i = j < n && t[j] == 0x29 ? j + 1 : i + 1
            case 0x3C where budget > 0:  // `<https://…>`, `<tag attr="*">`
                var j = i + 1
                while j < n, t[j] != 0x3E, t[j] != 0x3C, j - i < 1024 { j += 1 }
                budget -= j - i
                i = j < n && t[j] == 0x3E ? j + 1 : i + 1
            case 0x68 where InlineURLScanner.isURLStart(t, i), 0x6D where InlineURLScanner.isURLStart(t, i):  // `http…`, `mailto:`
                i = InlineURLScanner.urlEnd(t, from: i)
            case 0x2A, 0x5F, 0x7E:
                var run = 1
                while i + run < n, t[i + run] == c { run += 1 }
                let before: UInt8 = i > 0 ? t[i - 1] : 0x20
                let after: UInt8 = i + run < n ? t[i + run] : 0x20
                let left = !isSpace(after) && (!isPunctuation(after) || isSpace(before) || isPunctuation(before))
                let right = !isSpace(before) && (!isPunctuation(before) || isSpace(after) || isPunctuation(after))
                var canOpen = left, canClose = right
                if c == 0x5F {
                    canOpen = left && (!right || isPunctuation(before))
                    canClose = right && (!left || isPunctuation(after))
                } else if c == 0x7E, run != 2 {
                    canOpen = false; canClose = false
                }
                if canOpen || canClose {
                    runs.append(Run(start: i, character: c, length: run, remaining: run, canOpen: canOpen, canClose: canClose))
                }
                i += run
            default:
                i += 1
            }
        }
        return runs
    }

    /// The start of the next run of exactly `length` backticks, searching a bounded window.
    private static func closingBackticks(_ t: [UInt8], length: Int, from: Int) -> Int? {
        var p = from
        let limit = min(t.count, from + 4096)
        while p < limit {
            guard t[p] == 0x60 else { p += 1; continue }
            var run = 1
            while p + run < t.count, t[p + run] == 0x60 { run += 1 }
            if run == length { return p }
            p += run
        }
        return nil
    }

    private static func isSpace(_ b: UInt8) -> Bool { b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D }
    private static func isPunctuation(_ b: UInt8) -> Bool { LineClassifier.isAdornmentCharacter(b) }
}
