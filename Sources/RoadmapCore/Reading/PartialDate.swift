/// A calendar date that may lack its day: `2015-10` or `2015-11-05`.
public struct PartialDate: Hashable, Sendable, Comparable, CustomStringConvertible {
    public var year: Int
    public var month: Int
    public var day: Int?

    public init(year: Int, month: Int, day: Int? = nil) {
        self.year = year
        self.month = month
        self.day = day
    }

    /// `yyyy-mm-dd`, or `yyyy-mm` without a day.
    public var description: String {
        let m = month < 10 ? "0\(month)" : "\(month)"
        guard let day else { return "\(year)-\(m)" }
        return "\(year)-\(m)-\(day < 10 ? "0\(day)" : "\(day)")"
    }

    public static func < (a: Self, b: Self) -> Bool {
        (a.year, a.month, a.day ?? 0) < (b.year, b.month, b.day ?? 0)
    }

    /// Parses `yyyy-mm-dd` or `yyyy-mm`.
    public init?(iso: String) {
        let parts = iso.split(separator: "-")
        guard parts.count == 2 || parts.count == 3, let y = Int(parts[0]), let m = Int(parts[1]), (1 ... 12).contains(m) else { return nil }
        year = y
        month = m
        day = parts.count == 3 ? Int(parts[2]) : nil
    }

    static let monthNames: [[UInt8]] = [
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
    ].map { Array($0.utf8) }

    /// The month a word names (`Oct`, `October`, `Sept`), or nil.
    static func month(named word: ArraySlice<UInt8>) -> Int? {
        guard word.count >= 3, word.count <= 9 else { return nil }
        let w = word.map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }
        for (k, name) in monthNames.enumerated() where name.starts(with: w) {
            if w.count == name.count || w.count == 3 || (k == 8 && w.count == 4) { return k + 1 }
        }
        return nil
    }

    /// The first date written in `text`: `2026-03-10`, `2026/03/10`, `2015-10`, `October 2015`,
    /// `Oct 5, 2015`, `5 October 2015`, `November 5th 2015`.
    public static func find(in text: String) -> PartialDate? {
        guard hasYear(text) else { return nil }  // every form has a year: rule most titles out cheaply
        let u = Array(text.utf8)
        let words = tokens(u)
        for (k, w) in words.enumerated() {
            if let iso = isoLike(w) { return iso }
            if let m = month(named: w) {
                // day Month year
                if k >= 1, k + 1 < words.count, let d = day(words[k - 1]), let y = year(words[k + 1]) { return PartialDate(year: y, month: m, day: d) }
                // Month day[,] year
                if k + 2 < words.count, let d = day(words[k + 1]), let y = year(words[k + 2]) { return PartialDate(year: y, month: m, day: d) }
                // Month year
                if k + 1 < words.count, let y = year(words[k + 1]) { return PartialDate(year: y, month: m) }
            }
        }
        return nil
    }

    /// A month and day without a year (`November 5th`, `Nov 28`), as (month, day) pairs in order.
    public static func monthDays(in text: String) -> [(month: Int, day: Int)] {
        var out: [(Int, Int)] = []
        let words = tokens(Array(text.utf8))
        for (k, w) in words.enumerated() {
            if let m = month(named: w), k + 1 < words.count, let d = day(words[k + 1]) { out.append((m, d)) }
        }
        return out
    }

    /// Whether four digits in a row (and no more) read as a year from 1970 to 2200.
    static func hasYear(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { u in
        var run = 0
        var value = 0
        for b in u {
            if b >= 0x30 && b <= 0x39 {
                run += 1
                value = value * 10 + Int(b - 0x30)
            } else {
                if run == 4 && value >= 1970 && value <= 2200 { return true }
                run = 0
                value = 0
            }
        }
        return run == 4 && value >= 1970 && value <= 2200
        }
    }

    /// Runs of letters, digits, `-` and `/` (so `2016-12-01` and `12/15` stay whole).
    static func tokens(_ u: [UInt8]) -> [ArraySlice<UInt8>] {
        var out: [ArraySlice<UInt8>] = []
        var start = -1
        for (i, b) in u.enumerated() {
            let inWord = (b >= 0x30 && b <= 0x39) || LineClassifier.isASCIILetter(b) || b == 0x2D || b == 0x2F || b >= 0x80
            if inWord {
                if start < 0 { start = i }
            } else if start >= 0 {
                out.append(u[start ..< i])
                start = -1
            }
        }
        if start >= 0 { out.append(u[start...]) }
        return out
    }

    private static func number(_ w: ArraySlice<UInt8>) -> Int? {
        guard !w.isEmpty, w.count <= 9 else { return nil }
        var n = 0
        for b in w {
            guard b >= 0x30 && b <= 0x39 else { return nil }
            n = n * 10 + Int(b - 0x30)
        }
        return n
    }

    private static func year(_ w: ArraySlice<UInt8>) -> Int? {
        guard w.count == 4, let y = number(w), (1970 ... 2200).contains(y) else { return nil }
        return y
    }

    private static func day(_ w: ArraySlice<UInt8>) -> Int? {
        var digits = w
        if digits.count > 2, let last = digits.last, LineClassifier.isASCIILetter(last) {
            let suffix = String(decoding: digits.suffix(2), as: UTF8.self).lowercased()
            if ["st", "nd", "rd", "th"].contains(suffix) { digits = digits.dropLast(2) }
        }
        guard digits.count <= 2, let d = number(digits), (1 ... 31).contains(d) else { return nil }
        return d
    }

    private static func isoLike(_ w: ArraySlice<UInt8>) -> PartialDate? {
        guard w.count >= 6, w.count <= 10 else { return nil }
        let sep: UInt8 = w.contains(0x2D) ? 0x2D : 0x2F
        let parts = w.split(separator: sep, omittingEmptySubsequences: false)
        guard parts.count == 2 || parts.count == 3, parts[0].count == 4, let y = year(parts[0]),
            parts[1].count <= 2, let m = number(parts[1]), (1 ... 12).contains(m)
        else { return nil }
        if parts.count == 3 {
            guard parts[2].count <= 2, let d = number(parts[2]), (1 ... 31).contains(d) else { return nil }
            return PartialDate(year: y, month: m, day: d)
        }
        return PartialDate(year: y, month: m)
    }
}
