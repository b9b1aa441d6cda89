import RoadmapText
import RoadmapModel
import RoadmapSyntax
import RoadmapIO
import Dispatch
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Finds, without reading the model, every place in a document whose text could contain a
/// query: the byte scan behind the `check`/`uncheck` fast path (`CheckFastPath`).
///
/// It over-approximates on purpose. Each block is compared in a loose form: ASCII letters and
/// digits only, lowercased (non-ASCII lines lowercased as Unicode first), so that spacing,
/// punctuation and emphasis markers, which markup deletes, cannot hide a match. A block with
/// markup that can *insert* letters into the raw text (a link's URL, a role's name, an HTML
/// tag) is compared as a subsequence instead and reported as uncertain. Whatever the reader
/// makes of a title, its plain text comes from its block's bytes by deleting characters, so an
/// item whose title contains the query always shows here as a hit.
package struct TitleScan {
    /// A run of whole lines compared as one: a block, or, from a line scan that could not tell
    /// the blocks apart, several whole blocks (a match in any of them is a match in the run).
    package struct Unit: Equatable {
        package var firstLine: Int32
        package var endLine: Int32
        /// What the caller calls it: a block's index, a heading's, or -1.
        package var id: Int32

        package init(lines: Range<Int>, id: Int) {
            firstLine = Int32(lines.lowerBound)
            endLine = Int32(lines.upperBound)
            self.id = Int32(id)
        }
    }

    /// A block that could contain the query.
    package struct Hit: Equatable {
        /// The unit's `id`: with `init(tree:)`, the block's index in the tree.
        package var block: Int
        /// The line (0-based) the match starts on; meaningful only when `certain`.
        package var line: Int
        /// False when the block has markup, so only a subsequence was found.
        package var certain: Bool
    }

    let source: SourceText
    let units: [Unit]
    /// True when the caller knows every byte of `source` is ASCII.
    let ascii: Bool

    /// Every block of `tree` but blank ones, each compared alone.
    package init(tree: SyntaxTree) {
        source = tree.source
        var units: [Unit] = []
        units.reserveCapacity(tree.blocks.count)
        for (k, block) in tree.blocks.enumerated() where block.kind != .blank { units.append(Unit(lines: block.lines, id: k)) }
        self.units = units
        ascii = false
    }

    /// `units` of `source`: whole blocks, or runs of them, that together hold every line that
    /// is not blank. `ascii`: every byte of `source` is known to be ASCII (not looked at again).
    package init(source: SourceText, units: [Unit], ascii: Bool = false) {
        self.source = source
        self.units = units
        self.ascii = ascii
    }

    /// The loose form of `text`: ASCII letters and digits, lowercased.
    package static func loose(_ text: String) -> [UInt8] {
        loose(Array(text.lowercased().utf8))
    }

    static func loose(_ bytes: some Sequence<UInt8>) -> [UInt8] {
        var out: [UInt8] = []
        for b in bytes where isAlnum(b) { out.append(b | (b >= 0x41 && b <= 0x5A ? 0x20 : 0)) }
        return out
    }

    @inline(__always) static func isAlnum(_ b: UInt8) -> Bool {
        (b >= 0x30 && b <= 0x39) || (b >= 0x61 && b <= 0x7A) || (b >= 0x41 && b <= 0x5A)
    }

    /// Bytes after which the raw text may hold letters the plain text has not: links and their
    /// URLs, roles, substitutions, HTML and attributes.
    @inline(__always) static func insertsText(_ b: UInt8) -> Bool {
        b == 0x60 || b == 0x3C || b == 0x26 || b == 0x5B || b == 0x28 || b == 0x7C || b == 0x3A || b == 0x7B || b == 0x21
    }

    /// What one scan found: the blocks that could hold the query, and whether the document
    /// has text the reader replaces (an RST substitution definition `.. |`, a numeric character
    /// reference `&#`), which could put the query into a title whose bytes do not hold it.
    package struct Result {
        package var hits: [Hit] = []
        package var replaces = false
    }

    /// Every block that could contain `query` (given loose, non-empty), up to `limit` of them.
    /// `replaces` is told of the blocks before the limit was reached, and may be of some after.
    package func scan(_ query: [UInt8], limit: Int = 2) -> Result {
        // A long document in two halves side by side, the first half's hits first.
        guard units.count >= 20_000 else { return scan(query, limit: limit, units[...]) }
        let halves = Slots<Result>(count: 2, value: Result())
        let middle = units.count / 2
        DispatchQueue.concurrentPerform(iterations: 2) { k in
            halves[k] = scan(query, limit: limit, k == 0 ? units[..<middle] : units[middle...])
        }
        var result = halves[0]
        if result.hits.count < limit {
            result.replaces = result.replaces || halves[1].replaces
            result.hits += halves[1].hits.prefix(limit - result.hits.count)
        }
        return result
    }

    /// Plain ASCII text (most large roadmaps) first goes through a filter eight bytes at a
    /// time: a block can hold the query only if it holds its letters in order, and only the
    /// few that do are compared byte by byte (`compare`). Text the reader replaces is looked
    /// for in all the bytes at once, the blocks the limit would have left out included.
    private func scan(_ query: [UInt8], limit: Int, _ units: ArraySlice<Unit>) -> Result {
        guard units.count >= 64, let first = units.first, let last = units.last else { return compare(query, limit: limit, units) }
        let lineStarts = source.lineStarts
        func end(_ line: Int32) -> Int { Int(line) < lineStarts.count ? Int(lineStarts[Int(line)]) : source.bytes.count }
        let span = Int(lineStarts[Int(first.firstLine)]) ..< end(last.endLine)
        var result = Result()
        let plain: Bool = source.bytes.withUnsafeBufferPointer { bytes in
            guard let replaces = Self.replacesInASCII(bytes, span, known: ascii) else { return false }
            result.replaces = replaces
            for k in units.indices where Self.holdsInOrder(query, bytes, Int(lineStarts[Int(units[k].firstLine)]) ..< end(units[k].endLine)) {
                result.hits += compare(query, limit: limit, units[k ... k]).hits
                if result.hits.count >= limit { break }
            }
            return true
        }
        return plain ? result : compare(query, limit: limit, units)
    }

    /// Whether `bytes[range]` has text the reader replaces (as `compare` looks for it); nil
    /// when a byte is not ASCII.
    static func replacesInASCII(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, known: Bool = false) -> Bool? {
        let raw = UnsafeRawBufferPointer(bytes)
        var high: UInt64 = 0
        var i = known ? range.upperBound : range.lowerBound  // known to be ASCII: nothing to look at
        while i + 8 <= range.upperBound {
            high |= raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)
            i += 8
        }
        while i < range.upperBound { high |= UInt64(bytes[i]); i += 1 }  // (with `known`, none)
        guard high & 0x8080_8080_8080_8080 == 0 else { return nil }
        // memchr finds the two bytes many at a time.
        guard let base = bytes.baseAddress else { return false }
        for mark in [UInt8(0x26), 0x7C] {
            var i = range.lowerBound
            while i < range.upperBound, let hit = memchr(base + i, Int32(mark), range.upperBound - i) {
                i = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
                if mark == 0x26, i + 1 < range.upperBound, bytes[i + 1] == 0x23 { return true }
                if mark == 0x7C, i >= 3, bytes[i - 1] == 0x20, bytes[i - 2] == 0x2E, bytes[i - 3] == 0x2E { return true }
                i += 1
            }
        }
        return false
    }

    /// Whether the letters and digits of `bytes[range]` (ASCII), lowercased, hold `query` as a
    /// subsequence. Eight bytes at a time: `b | 0x20` is the lowercase of a letter `b`, so a
    /// word has the letter looked for where `(w | 0x20…) ^ letter…` has a zero byte (the lowest
    /// one the usual bit trick finds is exact); each such byte is then checked alone.
    static func holdsInOrder(_ query: [UInt8], _ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        let raw = UnsafeRawBufferPointer(bytes)
        let ones: UInt64 = 0x0101_0101_0101_0101, highs: UInt64 = 0x8080_8080_8080_8080, lows: UInt64 = 0x2020_2020_2020_2020
        var sub = 0
        var target = query[0]
        var pattern = UInt64(target) &* ones
        var i = range.lowerBound
        let to = range.upperBound
        while i < to {
            if i + 8 <= to {
                let v = (raw.loadUnaligned(fromByteOffset: i, as: UInt64.self) | lows) ^ pattern
                let zero = (v &- ones) & ~v & highs
                if zero == 0 { i += 8; continue }
                i += zero.trailingZeroBitCount >> 3
            }
            let b = bytes[i]
            if (b >= 0x41 && b <= 0x5A ? b | 0x20 : b) == target {
                sub += 1
                if sub == query.count { return true }
                target = query[sub]
                pattern = UInt64(target) &* ones
            }
            i += 1
        }
        return false
    }

    /// Each block compared byte by byte.
    private func compare(_ query: [UInt8], limit: Int, _ units: ArraySlice<Unit>) -> Result {
        precondition(!query.isEmpty)
        let lineStarts = source.lineStarts
        var result = Result()
        // One table lookup a byte: 0 other, 1 letter or digit (`lower` gives it lowercased),
        // 2 markup that may insert text, 3 not ASCII.
        var kind = [UInt8](repeating: 0, count: 256), lower = [UInt8](repeating: 0, count: 256)
        for b in 0 ..< 256 {
            let u = UInt8(b)
            if Self.isAlnum(u) { kind[b] = 1; lower[b] = u | (u >= 0x41 && u <= 0x5A ? 0x20 : 0) }
            else if Self.insertsText(u) { kind[b] = 2 }
            else if u >= 0x80 { kind[b] = 3 }
        }
        // The query is matched as the bytes stream by: as a subsequence, and in the blocks
        // without markup that hold it so, as a substring (Knuth–Morris–Pratt, with the offsets
        // of the last letters in a ring).
        let n = query.count
        var fail = [Int](repeating: 0, count: n)
        var j = 0
        for i in 1 ..< max(n, 1) {
            while j > 0 && query[i] != query[j] { j = fail[j - 1] }
            if query[i] == query[j] { j += 1 }
            fail[i] = j
        }
        var ring = [Int](repeating: 0, count: n)
        let sentinel = query + [0xFF]
        var starts: [Int] = []  // offsets where a substring match starts, in this block
        // For the subsequence pass, the two tables in one: a letter or digit lowercased (all
        // at least 0x30), 1 markup, 2 not ASCII, 0 other.
        var fused = [UInt8](repeating: 0, count: 256)
        for b in 0 ..< 256 { fused[b] = kind[b] == 1 ? lower[b] : kind[b] == 2 ? 1 : kind[b] == 3 ? 2 : 0 }
        fused.withUnsafeBufferPointer { fused in
            sentinel.withUnsafeBufferPointer { sentinel in
                source.bytes.withUnsafeBufferPointer { bytes in
                    kind.withUnsafeBufferPointer { kind in
                        lower.withUnsafeBufferPointer { lower in
                            query.withUnsafeBufferPointer { q in
                                fail.withUnsafeBufferPointer { fail in
                                    ring.withUnsafeMutableBufferPointer { ring in
                                        for block in units {
                                            let k = Int(block.id)
                                            let from = Int(lineStarts[Int(block.firstLine)])
                                            let to = Int(block.endLine) < lineStarts.count ? Int(lineStarts[Int(block.endLine)]) : bytes.count
                                            var markup = false, ascii = true
                                            var sub = 0
                                            starts.removeAll(keepingCapacity: true)
                                            // First the subsequence, one comparison a letter: most blocks
                                            // fail it, and a substring is a subsequence too.
                                            var i = from
                                            while i < to {
                                                let c = fused[Int(bytes[i])]
                                                if c == sentinel[sub] {
                                                    sub += 1  // sentinel[n] is no letter: it stops here
                                                } else if c == 1 {
                                                    markup = true
                                                    let b = bytes[i]
                                                    if b == 0x26, i + 1 < to, bytes[i + 1] == 0x23 { result.replaces = true }
                                                    if b == 0x7C, i >= 3, bytes[i - 1] == 0x20, bytes[i - 2] == 0x2E, bytes[i - 3] == 0x2E { result.replaces = true }
                                                } else if c == 2 {
                                                    ascii = false
                                                }
                                                i += 1
                                            }
                                            if ascii && !markup && sub == n {
                                                var state = 0, slot = 0
                                                for i in from ..< to where kind[Int(bytes[i])] == 1 {
                                                    let c = lower[Int(bytes[i])]
                                                    ring[slot] = i
                                                    slot = slot + 1 == n ? 0 : slot + 1
                                                    while state > 0 && q[state] != c { state = fail[state - 1] }
                                                    if q[state] == c { state += 1 }
                                                    if state == n {
                                                        starts.append(ring[slot])  // the oldest of the last n letters
                                                        state = fail[n - 1]
                                                    }
                                                }
                                            }
                                            if !ascii {
                                                let lines = Self.unicodeLoose(UnsafeBufferPointer(rebasing: bytes[from ..< to]), from: from)
                                                markup = markup || lines.markup
                                                sub = Self.isSubsequence(query, of: lines.text) ? n : 0
                                                starts = Self.occurrences(query, in: lines.text).map { Int(lines.at[$0]) }
                                            }
                                            if markup {
                                                if sub == n { result.hits.append(Hit(block: k, line: Int(block.firstLine), certain: false)) }
                                            } else {
                                                for start in starts { result.hits.append(Hit(block: k, line: source.lineIndex(ofByte: start), certain: true)) }
                                            }
                                            if result.hits.count >= limit { return }
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
        return result
    }

    /// The loose form of a block with non-ASCII text, lowercased as Unicode line by line (a
    /// letter such as `İ` lowercases to ASCII `i` and a combining mark); each byte's offset is
    /// its line's start.
    private static func unicodeLoose(_ bytes: UnsafeBufferPointer<UInt8>, from: Int) -> (text: [UInt8], at: [Int32], markup: Bool) {
        var text: [UInt8] = [], at: [Int32] = [], markup = false
        var start = from
        for raw in bytes.split(separator: 0x0A, omittingEmptySubsequences: false) {
            for b in String(decoding: raw, as: UTF8.self).lowercased().utf8 {
                if isAlnum(b) { text.append(b | (b <= 0x5A && b >= 0x41 ? 0x20 : 0)); at.append(Int32(truncatingIfNeeded: start)) } else if insertsText(b) { markup = true }
            }
            start += raw.count + 1
        }
        return (text, at, markup)
    }

    /// Where `query` starts in `text`, each time.
    private static func occurrences(_ query: [UInt8], in text: [UInt8]) -> [Int] {
        guard text.count >= query.count else { return [] }
        return (0 ... text.count - query.count).filter { text[$0 ..< $0 + query.count].elementsEqual(query) }
    }

    private static func isSubsequence(_ query: [UInt8], of text: [UInt8]) -> Bool {
        var q = 0
        for b in text where b == query[q] {
            q += 1
            if q == query.count { return true }
        }
        return false
    }
}
