import RoadmapText

/// A day of the proleptic Gregorian calendar, with the arithmetic a meeting schedule needs:
/// days between dates, weekdays, ISO weeks. Pure integer arithmetic: no time zone, no locale.
public struct CalendarDay: Hashable, Sendable, Codable, Comparable, CustomStringConvertible {
    public let year: Int
    public let month: Int
    public let day: Int

    /// nil unless `year-month-day` is a real day (no February 30th).
    public init?(year: Int, month: Int, day: Int) {
        guard (1 ... 12).contains(month), day >= 1, day <= CalendarDay.length(ofMonth: month, year: year) else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// The day `dayNumber` days after 1970-01-01.
    public init(dayNumber z: Int) {
        // Howard Hinnant's civil_from_days: exact for every day, no loops.
        let z = z + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        day = doy - (153 * mp + 2) / 5 + 1
        month = mp < 10 ? mp + 3 : mp - 9
        year = yoe + era * 400 + (month <= 2 ? 1 : 0)
    }

    /// The day a date names; nil for a month without a day.
    public init?(_ date: PartialDate) {
        guard let d = date.day else { return nil }
        self.init(year: date.year, month: date.month, day: d)
    }

    /// Parses `yyyy-mm-dd`.
    public init?(iso: String) {
        guard let date = PartialDate(iso: iso) else { return nil }
        self.init(date)
    }

    /// Days since 1970-01-01 (negative before).
    public var dayNumber: Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let doy = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    public var weekday: Weekday {
        // 1970-01-01 was a Thursday.
        let k = ((dayNumber % 7) + 7 + 3) % 7  // 0 = Monday
        return Weekday.allCases[k]
    }

    /// The ISO 8601 week: its year (which can differ from `year` near New Year) and number.
    public var isoWeek: (year: Int, week: Int) {
        // The week belongs to the year of its Thursday.
        let thursday = adding(days: 3 - weekday.index)
        let jan1 = CalendarDay(year: thursday.year, month: 1, day: 1)!
        return (thursday.year, (thursday.dayNumber - jan1.dayNumber) / 7 + 1)
    }

    /// The Monday of this day's week.
    public var weekStart: CalendarDay { adding(days: -weekday.index) }

    public func adding(days: Int) -> CalendarDay { CalendarDay(dayNumber: dayNumber + days) }

    public var partialDate: PartialDate { PartialDate(year: year, month: month, day: day) }

    /// `yyyy-mm-dd`.
    public var description: String { partialDate.description }

    public static func < (a: Self, b: Self) -> Bool { (a.year, a.month, a.day) < (b.year, b.month, b.day) }

    public static func isLeap(_ year: Int) -> Bool { year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) }

    public static func length(ofMonth month: Int, year: Int) -> Int {
        switch month {
        case 2: isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }
}

/// A day of the week, Monday first as in ISO 8601.
public enum Weekday: String, CaseIterable, Hashable, Sendable, Codable {
    case monday, tuesday, wednesday, thursday, friday, saturday, sunday

    /// 0 for Monday … 6 for Sunday.
    public var index: Int { Weekday.allCases.firstIndex(of: self)! }

    /// `MO`, `TU`, …: the iCalendar name.
    public var icalName: String { String(rawValue.prefix(2)).uppercased() }

    /// `Monday`, …
    public var name: String { rawValue.prefix(1).uppercased() + rawValue.dropFirst() }

    /// The weekday a word names: `Thursday`, `Thursdays`, `Thu`, `Thurs`; nil otherwise.
    public init?(word: String) {
        let w = word.lowercased()
        for d in Weekday.allCases {
            let n = d.rawValue
            // "sat" and "sun" are words too often to be taken for days.
            if w == n || w == n + "s" || (w.count >= 3 && w.count < n.count && n.hasPrefix(w) && w != "sat" && w != "sun") {
                self = d
                return
            }
        }
        return nil
    }
}
