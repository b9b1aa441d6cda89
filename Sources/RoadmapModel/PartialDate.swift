import RoadmapText

/// A calendar date that may lack its day: `2015-10` or `2015-11-05`.
public struct PartialDate: Hashable, Sendable, Codable, Comparable, CustomStringConvertible {
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
    static func month<Word: Collection>(named word: Word) -> Int? where Word.Element == UInt8 {
        guard word.count >= 3, word.count <= 9, let first = word.first else { return nil }
        // Every month name starts with one of these letters: rule most words out at once.
        switch first | 0x20 {
        case 0x6A, 0x66, 0x6D, 0x61, 0x73, 0x6F, 0x6E, 0x64: break  // j f m a s o n d
        default: return nil
        }
        for (k, name) in monthNames.enumerated() where word.count <= name.count {
            var same = true
            for (a, b) in zip(word, name) where (a >= 0x41 && a <= 0x5A ? a | 0x20 : a) != b {
                same = false
                break
            }
            if same, word.count == name.count || word.count == 3 || (k == 8 && word.count == 4) { return k + 1 }
        }
        return nil
    }

    /// The first date written in `text`: `2026-03-10`, `2026/03/10`, `2026.03.10`, `2015-10`,
    /// `October 2015`, `Oct 5, 2015`, `5 October 2015`, `November 5th 2015`, `11/27/2016`.
    public static func find(in text: String) -> PartialDate? {
        guard hasYear(text) else { return nil }  // every form has a year: rule most titles out cheaply
        let words = tokens(Array(text.utf8))
        return scan(words, year: nil)?.date
    }

    /// The first date in `text`; when none has a year, the first month and day without one
    /// (`Jan 22`, `January 31st`, `1/31`) in `year`.
    public static func find(in text: String, year: Int?) -> PartialDate? {
        scan(tokens(Array(text.utf8)), year: year)?.date
    }

    /// The date `title` is, when it is little more than a date: `2024-01-10`, `November 2015
    /// (Deis v1.13)`, `Tuesday, Jan 22`, `2026-11-21 Planning`; not "Release planned for May 10".
    /// A date without a year takes `year`.
    package static func dateTitle(_ title: String, year: Int?) -> PartialDate? {
        guard title.utf8.contains(where: { $0 >= 0x30 && $0 <= 0x39 }) else { return nil }  // every date has a digit
        // Without brackets, the title's own bytes are what is tokenised: rule it out without a copy.
        var probe = title
        if !probe.withUTF8({ t in t.contains { $0 == 0x28 || $0 == 0x5B } || mayHoldDate(t) }) { return nil }
        // Text in parentheses or brackets is a remark on the date ("(Deis v1.13)").
        var u: [UInt8] = []
        var depth = 0
        for b in title.utf8 {
            if b == 0x28 || b == 0x5B { depth += 1; continue }
            if b == 0x29 || b == 0x5D { depth = max(0, depth - 1); continue }
            if depth == 0 { u.append(b) }
        }
        guard u.withUnsafeBufferPointer(mayHoldDate) else { return nil }
        let words = tokens(u)
        guard words.count <= 12, let found = scan(words, year: year) else { return nil }
        var others = 0
        var namesMeeting = false
        for (k, w) in words.enumerated() where !found.words.contains(k) {
            if w.allSatisfy({ $0 == 0x2D || $0 == 0x2F }) { continue }  // "October 23 - Triage": a dash joins
            let lower = String(decoding: w, as: UTF8.self).lowercased()
            if meetingWords.contains(lower) { namesMeeting = true }
            if fillerWords.contains(lower) || weekday(named: w) != nil { continue }
            others += 1
        }
        // A title that says it is a meeting may name its topic: "2019-10-23 ContribEx Triage Issue Meeting".
        return others <= (namesMeeting ? 5 : 2) ? found.date : nil
    }

    /// The date a line opens with, a weekday or filler word before it allowed, whatever
    /// follows (a time, a place): "May 25, 2021      21:00 Amsterdam", "Tuesday, 4 Feb 2019".
    package static func leadingDate(_ line: String) -> PartialDate? {
        guard hasYear(line) else { return nil }
        let words = tokens(Array(line.utf8))
        guard let found = scan(words, year: nil) else { return nil }
        let before = words[..<found.words.lowerBound]
        return before.allSatisfy({ weekday(named: $0) != nil || fillerWords.contains(String(decoding: $0, as: UTF8.self).lowercased()) }) ? found.date : nil
    }

    /// Whether `u` has what every date `scan` finds has: a `-`, `.` or `/` (the numeric forms)
    /// or a run of letters that names a month. Most titles ("Item 123", "Release 2") have
    /// neither, and are ruled out without splitting them into words.
    static func mayHoldDate(_ u: UnsafeBufferPointer<UInt8>) -> Bool {
        var start = -1
        for i in 0 ... u.count {
            let b: UInt8 = i < u.count ? u[i] : 0x20
            if b == 0x2D || b == 0x2E || b == 0x2F { return true }
            if ASCII.isLetter(b) {
                if start < 0 { start = i }
            } else if start >= 0 {
                // A month is a word of letters only, so it is a whole run of letters.
                if i - start >= 3, i - start <= 9, month(named: UnsafeBufferPointer(rebasing: u[start ..< i])) != nil { return true }
                start = -1
            }
        }
        return false
    }

    /// Words that may stand beside a date in a meeting's title without making it a topic.
    static let fillerWords: Set<String> = ["meeting", "meetings", "minutes", "notes", "on", "of", "the", "at", "call", "sync", "utc"]
    /// Filler words that say the title is a meeting's.
    static let meetingWords: Set<String> = ["meeting", "meetings", "minutes", "call", "sync"]

    static let weekdayNames: [[UInt8]] = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"].map { Array($0.utf8) }

    /// The weekday a word names (`Mon`, `Tues`, `Thursday`), 0 for Sunday, or nil.
    static func weekday(named word: ArraySlice<UInt8>) -> Int? {
        guard word.count >= 3, word.count <= 9 else { return nil }
        let w = word.map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }
        for (k, name) in weekdayNames.enumerated() where name.starts(with: w) { return k }
        return nil
    }

    /// The first date among `words`, with the indices of the words it takes. With `year`, a
    /// month and day without a year count too, when no word gives a full date.
    static func scan(_ words: [ArraySlice<UInt8>], year: Int?) -> (date: PartialDate, words: ClosedRange<Int>)? {
        for (k, w) in words.enumerated() {
            if let iso = isoLike(w) ?? numericLike(w) { return (iso, k ... k) }
            if let m = month(named: w) {
                // day Month year; "23rd - 24th March 2017" starts on the 23rd
                if k >= 1, k + 1 < words.count, var d = day(words[k - 1]), let y = Self.year(words[k + 1]) {
                    var first = k - 1
                    if k >= 3, words[k - 2].elementsEqual("-".utf8), let start = day(words[k - 3]), start < d { d = start; first = k - 3 }
                    return (PartialDate(year: y, month: m, day: d), first ... (k + 1))
                }
                // Month day[,] year
                if k + 2 < words.count, let d = day(words[k + 1]), let y = Self.year(words[k + 2]) { return (PartialDate(year: y, month: m, day: d), k ... (k + 2)) }
                // Month year
                if k + 1 < words.count, let y = Self.year(words[k + 1]) { return (PartialDate(year: y, month: m), k ... (k + 1)) }
            }
        }
        guard let year else { return nil }
        for (k, w) in words.enumerated() {
            if let m = month(named: w) {
                // "31 July, 2:30pm": a day before the month is nearer than the hour after it.
                if k >= 1, let d = day(words[k - 1]) { return (PartialDate(year: year, month: m, day: d), (k - 1) ... k) }
                if k + 1 < words.count, let d = day(words[k + 1]) { return (PartialDate(year: year, month: m, day: d), k ... (k + 1)) }
            }
            if let md = numericMonthDay(w) { return (PartialDate(year: year, month: md.month, day: md.day), k ... k) }
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

    /// Whether four digits in a row (and no more) read as a year from 1970 to 2200, or two
    /// digits end a run of three numbers between slashes or dots (`4/20/23`, `07.14.21`).
    static func hasYear(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { u in
        var run = 0
        var value = 0
        var slashes = 0  // numbers joined by slashes so far, before the current run
        for b in u {
            if b >= 0x30 && b <= 0x39 {
                run += 1
                if run <= 5 { value = value * 10 + Int(b - 0x30) }  // a longer run is no year; no overflow
            } else {
                if run == 4 && value >= 1970 && value <= 2200 { return true }
                if run == 2 && slashes == 2 { return true }
                slashes = (b == 0x2F && run > 0 && run <= 2) || (b == 0x2E && run == 2) ? slashes + 1 : 0
                run = 0
                value = 0
            }
        }
        return run == 4 && value >= 1970 && value <= 2200 || run == 2 && slashes == 2
        }
    }

    /// Runs of letters, digits, `-` and `/`, and dots between digits (so `2016-12-01`, `12/15`
    /// and `2019.03.01` stay whole).
    static func tokens(_ u: [UInt8]) -> [ArraySlice<UInt8>] {
        var out: [ArraySlice<UInt8>] = []
        var start = -1
        func isDigit(_ i: Int) -> Bool { i >= 0 && i < u.count && u[i] >= 0x30 && u[i] <= 0x39 }
        for (i, b) in u.enumerated() {
            // A dot between digits stays in the word (`2019.03.01`, `1.12`).
            let inWord = (b >= 0x30 && b <= 0x39) || ASCII.isLetter(b) || b == 0x2D || b == 0x2F || b >= 0x80
                || (b == 0x2E && isDigit(i - 1) && isDigit(i + 1))
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

    /// A year written with two digits, as POSIX `%y` reads it: `23` is 2023, `98` is 1998.
    private static func shortYear(_ w: ArraySlice<UInt8>) -> Int? {
        guard w.count == 2, let y = number(w) else { return nil }
        return y < 69 ? 2000 + y : 1900 + y
    }

    private static func day(_ w: ArraySlice<UInt8>) -> Int? {
        var digits = w
        // The first day of a range: `5-6` in "September 5-6, 2017", `23-24` in "23-24 June 2017".
        if let dash = digits.firstIndex(of: 0x2D), dash > digits.startIndex, dash - digits.startIndex <= 4,
           let second = day(digits[(dash + 1)...]), let first = day(digits[..<dash]), first < second {
            return first
        }
        if digits.count > 2, let last = digits.last, ASCII.isLetter(last) {
            let suffix = String(decoding: digits.suffix(2), as: UTF8.self).lowercased()
            if ["st", "nd", "rd", "th"].contains(suffix) { digits = digits.dropLast(2) }
        }
        guard digits.count <= 2, let d = number(digits), (1 ... 31).contains(d) else { return nil }
        return d
    }

    /// `2026-03-10`, `2026/03/10`, `2026.03.10`, `2026-03`.
    private static func isoLike(_ w: ArraySlice<UInt8>) -> PartialDate? {
        // An ISO 8601 date and time (`2026-03-10T12`): the date part.
        if w.count > 11, w.count <= 13, w[w.startIndex + 10] == 0x54 { return isoLike(w.prefix(10)) }
        guard w.count >= 6, w.count <= 10 else { return nil }
        let sep: UInt8 = w.contains(0x2D) ? 0x2D : w.contains(0x2E) ? 0x2E : 0x2F
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

    /// `11/27/2016` (month first, as in the US), `27.11.2016` (day first); `27/11/2016` when the
    /// first number cannot be a month. With slashes the year may have two digits (`4/20/23`, as
    /// minutes are often headed); with dots it may not, as `1.10.12` is more often a version.
    private static func numericLike(_ w: ArraySlice<UInt8>) -> PartialDate? {
        guard w.count >= 6, w.count <= 10 else { return nil }
        let sep: UInt8 = w.contains(0x2E) ? 0x2E : 0x2F
        let parts = w.split(separator: sep, omittingEmptySubsequences: false)
        // With dots a two-digit year needs every part of two digits (`07.14.21`): `1.10.12` is a version.
        let shortYearAllowed = sep == 0x2F || parts.count == 3 && parts.allSatisfy { $0.count == 2 }
        guard parts.count == 3, parts[0].count <= 2, parts[1].count <= 2, let a = number(parts[0]), let b = number(parts[1]),
            let y = year(parts[2]) ?? (shortYearAllowed ? shortYear(parts[2]) : nil) else { return nil }
        // Dots put the day first (`27.11.2016`), slashes the month (`11/27/2016`); the other
        // order when the first cannot be (`07.14.21`, `27/11/2016`).
        let dayFirst = sep == 0x2E ? b <= 12 : a > 12
        let (m, d) = dayFirst ? (b, a) : (a, b)
        guard (1 ... 12).contains(m), (1 ... 31).contains(d) else { return nil }
        return PartialDate(year: y, month: m, day: d)
    }

    /// `1/31`: a month and day without a year.
    static func numericMonthDay(_ w: ArraySlice<UInt8>) -> (month: Int, day: Int)? {
        guard w.count >= 3, w.count <= 5 else { return nil }
        let parts = w.split(separator: 0x2F, omittingEmptySubsequences: false)
        guard parts.count == 2, parts[0].count <= 2, parts[1].count <= 2, let m = number(parts[0]), let d = number(parts[1]),
            (1 ... 12).contains(m), (1 ... 31).contains(d) else { return nil }
        return (m, d)
    }

    /// The date a file's name gives (`2015-06-03.md`, `20191206.md`, `2019/CG-01-22.md`), or
    /// only its year (`2019/notes.md`). The last two parts of the path are read.
    package static func fromPath(_ path: String) -> (date: PartialDate?, year: Int?) {
        let parts = path.split(separator: "/").suffix(2)
        var runs: [(value: Int, length: Int)] = []
        for part in parts {
            var value = 0
            var length = 0
            for b in part.utf8 {
                if b >= 0x30 && b <= 0x39 {
                    if length < 9 { value = value * 10 + Int(b - 0x30) }
                    length += 1
                } else if length > 0 {
                    runs.append((value, length))
                    value = 0
                    length = 0
                }
            }
            if length > 0 { runs.append((value, length)) }
            runs.append((-1, 0))  // parts do not run together
        }
        var year: Int? = nil
        for (k, r) in runs.enumerated() {
            if r.length == 8 {
                let (y, m, d) = (r.value / 10000, r.value / 100 % 100, r.value % 100)
                if (1970 ... 2200).contains(y), (1 ... 12).contains(m), (1 ... 31).contains(d) { return (PartialDate(year: y, month: m, day: d), y) }
            }
            guard r.length == 4, (1970 ... 2200).contains(r.value) else { continue }
            if year == nil { year = r.value }
            // The next two numbers after the year, wherever they are, when they read as month and day.
            let rest = runs[(k + 1)...].filter { $0.length > 0 }.prefix(2)
            if rest.count == 2, rest.allSatisfy({ $0.length <= 2 }), (1 ... 12).contains(rest.first!.value), (1 ... 31).contains(rest.last!.value) {
                return (PartialDate(year: r.value, month: rest.first!.value, day: rest.last!.value), r.value)
            }
        }
        return (nil, year)
    }
}
