import RoadmapText
import RoadmapModel
import Dispatch

/// A scanner that reads a document one block at a time, each block starting where the last
/// ended: what `HalvesScan` needs to scan a large document's two halves side by side.
protocol BlockScanning: Sendable {
    var blocks: [Block] { get set }
    var diagnostics: [Diagnostic] { get set }
    /// Scans the block starting at line `i` and returns the line after it.
    mutating func scanBlock(at i: Int, lineCount n: Int) -> Int
}

/// Scans up to a line and from it on, on two threads.
///
/// The caller picks `split` where a block starts at the margin after a blank line: there every
/// open list, code or literal block and markup body has ended, so a fresh scanner starting at
/// `split` goes on as the first would. What the first scanner carries on (RST section styles)
/// the caller renumbers in the second half's blocks. Whether a block really starts at `split`
/// is checked: when the first half's last block runs past it (a table holding blank lines, a
/// fence with no end), the second half is dropped and the first goes on alone.
enum HalvesScan {
    /// A line near the middle where a block starts at the margin after a blank line, and
    /// `startsBlock` (a section title, a heading) says the scanner surely starts one there:
    /// where the first half's scan very likely ends a block (`scan` checks that it does).
    static func splitLine(in src: SourceText, where startsBlock: (Int) -> Bool) -> Int? {
        let n = src.lineCount
        var i = max(1, n / 2)
        let limit = min(n - 1, i + 50_000)
        while i < limit {
            if src.isBlank(line: i - 1), !src.isBlank(line: i), src.indent(ofLine: i) == 0, startsBlock(i) { return i }
            i += 1
        }
        return nil
    }

    /// The second scanner when the halves meet at `split`; else nil, with `first` scanned to
    /// the end. `first` starts at line `start` (after what it has read already).
    static func scan<Scanner: BlockScanning>(_ first: inout Scanner, _ second: Scanner, from start: Int = 0, split: Int, lineCount n: Int) -> Scanner? {
        let halves = Halves(first, second)
        DispatchQueue.concurrentPerform(iterations: 2) { k in
            var scanner = k == 0 ? halves.first : halves.second
            halves.clear(k)  // the scanner's arrays uniquely referenced: no copy on the first append
            var i = k == 0 ? start : split
            let end = k == 0 ? split : n
            scanner.blocks.reserveCapacity(k == 0 ? n + 1 : n - split + 1)
            while i < end { i = scanner.scanBlock(at: i, lineCount: n) }
            halves.set(k, scanner, stop: i)
        }
        first = halves.first
        guard halves.stop == split else {
            var i = halves.stop
            while i < n { i = first.scanBlock(at: i, lineCount: n) }
            return nil
        }
        return halves.second
    }

    /// Appends `second`'s blocks and diagnostics to `first`'s, its parent indices moved past
    /// `first`'s blocks; `adjust` renumbers what else the second half counted on its own.
    static func join<Scanner: BlockScanning>(_ first: inout Scanner, _ second: Scanner, adjust: (inout Block) -> Void = { _ in }) {
        let offset = Int32(first.blocks.count)
        for var b in second.blocks {
            if b.parent >= 0 { b.parent += offset }
            adjust(&b)
            first.blocks.append(b)
        }
        first.diagnostics += second.diagnostics
    }

    /// What the two threads hand back; each writes only its own half, read after both finish.
    private final class Halves<Scanner: BlockScanning>: @unchecked Sendable {
        var first: Scanner
        var second: Scanner
        var stop = 0

        init(_ first: Scanner, _ second: Scanner) {
            self.first = first
            self.second = second
        }

        func clear(_ k: Int) {
            if k == 0 { first.blocks = [] } else { second.blocks = [] }
        }

        func set(_ k: Int, _ scanner: Scanner, stop i: Int) {
            if k == 0 { first = scanner; stop = i } else { second = scanner }
        }
    }
}
