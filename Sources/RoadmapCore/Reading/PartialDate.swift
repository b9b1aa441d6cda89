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

    static let monthNames = [
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
    ]

    /// The month a word names (`Oct`, `October`, `Sept`), or nil.
    static func month(named word: Substring) -> Int? {
        let w = word.lowercased()
        guard w.count >= 3 else { return nil }
        for (k, name) in monthNames.enumerated() {
            if name == w || (w.count <= name.count && name.hasPrefix(w) && (w.count == 3 || w == "sept")) { return k + 1 }
        }
        return nil
    }

    /// The first date written in `text`: `2026-03-10`, `2026/03/10`, `2015-10`, `October 2015`,
    /// `Oct 5, 2015`, `5 October 2015`, `November 5th 2015`.
    public static func find(in text: String) -> PartialDate? {
        let words = tokens(text)
        for (k, w) in words.enumerated() {
            if let iso = isoLike(w) { return iso }
            if let m = month(named: w) {
                // Month [day[,]] year
                if k + 1 < words.count, let y = year(words[k + 1]) { return PartialDate(year: y, month: m) }
                if k + 2 < words.count, let d = day(words[k + 1]), let y = year(words[k + 2]) { return PartialDate(year: y, month: m, day: d) }
                // day Month year
                if k >= 1, k + 1 < words.count, let d = day(words[k - 1]), let y = year(words[k + 1]) { return PartialDate(year: y, month: m, day: d) }
            }
        }
        return nil
    }

    /// A month and day without a year (`November 5th`, `Nov 28`, `12/15`), as (month, day) pairs in order.
    public static func monthDays(in text: String) -> [(month: Int, day: Int)] {
        var out: [(Int, Int)] = []
        let words = tokens(text)
        for (k, w) in words.enumerated() {
            if let m = month(named: w), k + 1 < words.count, let d = day(words[k + 1]) { out.append((m, d)) }
        }
        return out
    }

    /// Words and numbers of `text`; `/` and `-` stay inside a token so `2016-12-01` and `12/15` survive.
    static func tokens(_ text: String) -> [Substring] {
        text.split(whereSeparator: { !($0.isLetter || $0.isNumber || $0 == "-" || $0 == "/") })
    }

    private static func year(_ w: Substring) -> Int? {
        guard w.count == 4, let y = Int(w), (1970 ... 2200).contains(y) else { return nil }
        return y
    }

    private static func day(_ w: Substring) -> Int? {
        var digits = w
        for suffix in ["st", "nd", "rd", "th"] where digits.lowercased().hasSuffix(suffix) { digits = digits.dropLast(2) }
        guard digits.count <= 2, let d = Int(digits), (1 ... 31).contains(d) else { return nil }
        return d
    }

    private static func isoLike(_ w: Substring) -> PartialDate? {
        let sep: Character = w.contains("-") ? "-" : "/"
        let parts = w.split(separator: sep, omittingEmptySubsequences: false)
        guard parts.count == 2 || parts.count == 3, parts[0].count == 4, let y = year(parts[0]),
            parts[1].count <= 2, let m = Int(parts[1]), (1 ... 12).contains(m)
        else { return nil }
        if parts.count == 3 {
            guard parts[2].count <= 2, let d = Int(parts[2]), (1 ... 31).contains(d) else { return nil }
            return PartialDate(year: y, month: m, day: d)
        }
        return PartialDate(year: y, month: m)
    }
}
