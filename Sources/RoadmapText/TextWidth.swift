/// Display width of text in a terminal column grid: East Asian wide characters count two,
/// combining marks zero. Used for RST adornment lengths and table layout.
public enum TextWidth {
    public static func of(_ s: Substring) -> Int { of(String(s)) }

    public static func of(_ s: String) -> Int {
        var copy = s
        let ascii = copy.withUTF8 { u in u.allSatisfy { $0 >= 0x20 && $0 < 0x7F } }
        if ascii { return s.utf8.count }
        var w = 0
        for scalar in s.unicodeScalars { w += width(of: scalar) }
        return w
    }

    /// Columns a scalar takes: 0 for combining marks and zero-width characters, 2 for East
    /// Asian wide and emoji ranges, else 1. Ranges, not Unicode property lookups: this runs for
    /// every cell of every table.
    public static func width(of scalar: Unicode.Scalar) -> Int {
        let v = scalar.value
        if v < 0x300 { return v < 0x20 ? 0 : 1 }
        // General punctuation, arrows, box drawing, blocks, symbols: one column (the usual case here).
        if v >= 0x2010 && v < 0x2E80 && !(0x2060 ... 0x2064).contains(v) && !(0x20D0 ... 0x20FF).contains(v)
            && v != 0x2705 && v != 0x274C && v != 0x2B50
        {
            return 1
        }
        if (0x300 ... 0x36F).contains(v) || (0x1AB0 ... 0x1AFF).contains(v) || (0x1DC0 ... 0x1DFF).contains(v)
            || (0x20D0 ... 0x20FF).contains(v) || (0xFE20 ... 0xFE2F).contains(v) || (0x200B ... 0x200F).contains(v)
            || (0x2060 ... 0x2064).contains(v) || v == 0xFEFF || (0xFE00 ... 0xFE0F).contains(v)
        {
            return 0
        }
        if (0x1100 ... 0x115F).contains(v) || (0x2E80 ... 0xA4CF).contains(v) || (0xAC00 ... 0xD7A3).contains(v)
            || (0xF900 ... 0xFAFF).contains(v) || (0xFE30 ... 0xFE4F).contains(v) || (0xFF00 ... 0xFF60).contains(v)
            || (0xFFE0 ... 0xFFE6).contains(v) || (0x1F300 ... 0x1F64F).contains(v) || (0x1F680 ... 0x1F6FF).contains(v)
            || (0x1F900 ... 0x1FAFF).contains(v)
            || (0x20000 ... 0x3FFFD).contains(v) || (0x2705 == v) || (0x274C == v) || (0x2B50 == v)
        {
            return 2
        }
        return 1
    }

    /// The width of `s` when nothing in it needs escaping (`printable` would return it as it
    /// is), else -1. One pass over the bytes for the usual cell: ASCII, and the three-byte
    /// punctuation, arrows and blocks of U+2010–U+2E7F (dashes, `›`, progress bars) that take
    /// one column each; anything else is measured scalar by scalar.
    public static func printableWidth(_ s: String) -> Int {
        var copy = s
        let measured = copy.withUTF8 { u -> Int? in
            var width = 0
            var i = 0
            let n = u.count
            // Eight bytes at a time while they are printable ASCII (most cells of a table): none
            // has its high bit set, none is below 0x20, none is 0x7F (the exact "has a byte less
            // than" and "has a zero byte" word tests).
            if let base = u.baseAddress {
                let ones: UInt64 = 0x0101_0101_0101_0101, highs: UInt64 = 0x8080_8080_8080_8080
                while i + 8 <= n {
                    let x = UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)
                    let del = x ^ (ones &* 0x7F)
                    if (x & highs) | ((x &- ones &* 0x20) & ~x & highs) | ((del &- ones) & ~del & highs) != 0 { break }
                    width += 8
                    i += 8
                }
            }
            while i < n {
                let b = u[i]
                if b < 0x80 {
                    if b < 0x20 || b == 0x7F { return -1 }
                    width += 1
                    i += 1
                } else if b == 0xE2, i + 2 < n {
                    let v = (UInt32(b & 0x0F) << 12) | (UInt32(u[i + 1] & 0x3F) << 6) | UInt32(u[i + 2] & 0x3F)
                    guard v >= 0x2010, v < 0x2E80, let scalar = Unicode.Scalar(v), self.width(of: scalar) == 1 else { return nil }
                    width += 1
                    i += 3
                } else {
                    return nil  // C1 controls (0xC2 0x80–0x9F) and wide or combining scalars: the slow way
                }
            }
            return width
        }
        if let measured { return measured }
        return printable(s) == s ? of(s) : -1
    }

    /// `s` with control characters (escape sequences a document could smuggle to a terminal)
    /// shown as `\u{…}` instead.
    public static func printable(_ s: String) -> String {
        // C0 controls and DEL are single bytes, C1 controls are 0xC2 0x80–0x9F: a byte scan
        // clears nearly every cell without decoding it.
        var probe = s
        let clean = probe.withUTF8 { u in
            var previous: UInt8 = 0
            for b in u {
                if b < 0x20 || b == 0x7F || (previous == 0xC2 && b < 0xA0 && b >= 0x80) { return false }
                previous = b
            }
            return true
        }
        guard !clean else { return s }
        guard s.unicodeScalars.contains(where: isControl) else { return s }
        var out = ""
        for scalar in s.unicodeScalars {
            if isControl(scalar) { out += "\\u{\(String(scalar.value, radix: 16))}" } else { out.unicodeScalars.append(scalar) }
        }
        return out
    }

    private static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x20 || (0x7F ... 0x9F).contains(scalar.value)
    }

    /// `s` cut to at most `width` columns, ending in `…` when cut.
    public static func truncate(_ s: String, to limit: Int) -> String {
        if of(s) <= limit { return s }
        if limit <= 0 { return "" }
        var out = ""
        var w = 0
        for scalar in s.unicodeScalars {
            let cw = width(of: scalar)
            if w + cw > limit - 1 { break }
            out.unicodeScalars.append(scalar)
            w += cw
        }
        return out + "…"
    }

    /// `s` cut to at most `width` columns from the start, beginning with `…` when cut: the end of
    /// a path and its line number stay (`…/planning.md:18`).
    public static func truncateStart(_ s: String, to limit: Int) -> String {
        if of(s) <= limit { return s }
        if limit <= 0 { return "" }
        var kept: [Unicode.Scalar] = []
        var w = 0
        for scalar in s.unicodeScalars.reversed() {
            let cw = width(of: scalar)
            if w + cw > limit - 1 { break }
            kept.append(scalar)
            w += cw
        }
        var out = "…"
        out.unicodeScalars.append(contentsOf: kept.reversed())
        return out
    }

    /// `s` padded with spaces to `width` columns.
    public static func pad(_ s: String, to columns: Int) -> String {
        let w = of(s)
        return w >= columns ? s : s + String(repeating: " ", count: columns - w)
    }
}
