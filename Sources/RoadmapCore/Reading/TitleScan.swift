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
struct TitleScan {
    /// A block that could contain the query.
    struct Hit: Equatable {
        /// The block's index in the tree.
        var block: Int
        /// The line (0-based) the match starts on; meaningful only when `certain`.
        var line: Int
        /// False when the block has markup, so only a subsequence was found.
        var certain: Bool
    }

    let tree: SyntaxTree

    /// The loose form of `text`: ASCII letters and digits, lowercased.
    static func loose(_ text: String) -> [UInt8] {
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

    /// Every block that could contain `query` (given loose, non-empty), at most `limit` of them.
    func hits(_ query: [UInt8], limit: Int = 3) -> [Hit] {
        precondition(!query.isEmpty)
        let bytes = tree.source.bytes
        let starts = tree.source.lineStarts
        var out: [Hit] = []
        var text: [UInt8] = []
        var lineOf: [Int32] = []  // the line of each loose byte
        text.reserveCapacity(1024)
        lineOf.reserveCapacity(1024)
        let first = query[0]
        for (k, block) in tree.blocks.enumerated() where block.kind != .blank {
            text.removeAll(keepingCapacity: true)
            lineOf.removeAll(keepingCapacity: true)
            var markup = false, ascii = true
            let from = Int(starts[Int(block.firstLine)])
            let to = Int(block.endLine) < starts.count ? Int(starts[Int(block.endLine)]) : bytes.count
            var line = Int(block.firstLine)
            var nextLine = line + 1 < starts.count ? Int(starts[line + 1]) : Int.max
            var i = from
            while i < to {
                let b = bytes[i]
                while i >= nextLine { line += 1; nextLine = line + 1 < starts.count ? Int(starts[line + 1]) : Int.max }
                if b >= 0x80 { ascii = false; break }
                if Self.isAlnum(b) {
                    text.append(b | (b <= 0x5A && b >= 0x41 ? 0x20 : 0))
                    lineOf.append(Int32(line))
                } else if Self.insertsText(b) {
                    markup = true
                }
                i += 1
            }
            if !ascii { (text, lineOf, markup) = Self.unicodeLoose(bytes[from ..< to], firstLine: Int(block.firstLine), starts: starts) }
            guard text.count >= query.count, text.contains(first) else { continue }
            if markup {
                if Self.isSubsequence(query, of: text) { out.append(Hit(block: k, line: Int(block.firstLine), certain: false)) }
            } else {
                var p = 0
                while p + query.count <= text.count {
                    if text[p] == first, text[p ..< p + query.count].elementsEqual(query) {
                        out.append(Hit(block: k, line: Int(lineOf[p]), certain: true))
                    }
                    p += 1
                }
            }
            if out.count >= limit { return out }
        }
        return out
    }

    /// The loose form of a block with non-ASCII text, lowercased as Unicode line by line (a
    /// letter such as `İ` lowercases to ASCII `i` and a combining mark).
    private static func unicodeLoose(_ bytes: ArraySlice<UInt8>, firstLine: Int, starts: [Int32]) -> ([UInt8], [Int32], Bool) {
        var text: [UInt8] = [], lineOf: [Int32] = [], markup = false
        var line = firstLine
        for raw in bytes.split(separator: 0x0A, omittingEmptySubsequences: false) {
            let lower = String(decoding: raw, as: UTF8.self).lowercased().utf8
            for b in lower {
                if isAlnum(b) { text.append(b | (b <= 0x5A && b >= 0x41 ? 0x20 : 0)); lineOf.append(Int32(line)) } else if insertsText(b) { markup = true }
            }
            line += 1
        }
        return (text, lineOf, markup)
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
