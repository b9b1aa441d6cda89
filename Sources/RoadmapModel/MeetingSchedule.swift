import RoadmapText

/// The dates a meeting cadence gives: `roadmap meetings --next` and the iCalendar file.
///
/// What the cadence leaves open is taken from the document's last dated meeting (its anchor):
/// "every other week" counts the weeks from it, "monthly" meets on the same weekday of the
/// month it did. Without one, the dates are only as precise as the words: a week, a month.
public enum MeetingSchedule {
    /// How precisely an occurrence is known.
    public enum Precision: String, Sendable {
        /// The day.
        case day
        /// The ISO week (the day is its Monday): "odd calendar weeks" without a weekday.
        case week
        /// The month (the day is its first): "monthly" without a day.
        case month
    }

    /// A date a cadence gives.
    public struct Occurrence: Hashable, Sendable, CustomStringConvertible {
        public var day: CalendarDay
        public var precision: Precision

        public init(day: CalendarDay, precision: Precision) {
            self.day = day
            self.precision = precision
        }

        /// `2026-12-03`, `2026-W49`, `2026-12`.
        public var description: String {
            switch precision {
            case .day: day.description
            case .week: "\(day.isoWeek.year)-W" + (day.isoWeek.week < 10 ? "0" : "") + "\(day.isoWeek.week)"
            case .month: day.partialDate.withoutDay.description
            }
        }
    }

    /// A cadence, completed from the anchor, with its next dates.
    public struct Forecast: Sendable {
        public var cadence: Cadence
        /// The dated meeting the open parts were taken from.
        public var anchor: CalendarDay?
        public var occurrences: [Occurrence]
        /// Why there are no dates, or why they are weeks or months, when so.
        public var note: String?
    }

    /// The day of the last meeting `meetings` date to the day.
    public static func anchor(_ meetings: [Meeting]) -> CalendarDay? {
        meetings.compactMap { $0.date.flatMap(CalendarDay.init(iso:)) }.max()
    }

    /// The next `count` dates of `cadence` on or after `from`.
    public static func forecast(_ cadence: Cadence, from: CalendarDay, count: Int, anchor: CalendarDay?) -> Forecast {
        let c = resolved(cadence, anchor: anchor)
        let count = max(0, min(count, 1000))
        var out: [Occurrence] = []
        var note: String? = nil
        switch c.frequency {
        case .monthly(let ordinal):
            var (y, m) = (from.year, from.month)
            while out.count < count {
                if let ordinal, let weekday = c.weekday {
                    if let d = nth(weekday, ordinal, year: y, month: m), d >= from { out.append(Occurrence(day: d, precision: .day)) }
                } else {
                    out.append(Occurrence(day: CalendarDay(year: y, month: m, day: 1)!, precision: .month))
                }
                (y, m) = m == 12 ? (y + 1, 1) : (y, m + 1)
            }
            if c.weekday == nil || ordinal == nil { note = "the notes say monthly but not on which day, and no meeting is dated to count from" }
        case .weekly(let interval, let parity):
            let precision: Precision = c.weekday == nil ? .week : .day
            if precision == .week { note = "the notes name no weekday, and no meeting is dated to take it from" }
            if interval > 1, parity == nil, anchor == nil {
                note = "the notes say every \(interval == 2 ? "other" : "\(interval)th") week, and no meeting is dated to count the weeks from"
                break
            }
            var week = from.weekStart
            while out.count < count {
                if takes(week, interval: interval, parity: parity, anchor: anchor) {
                    let day = week.adding(days: c.weekday?.index ?? 0)
                    if day >= from || precision == .week { out.append(Occurrence(day: day, precision: precision)) }
                }
                week = week.adding(days: 7)
            }
        }
        return Forecast(cadence: c, anchor: anchor, occurrences: out, note: note)
    }

    /// Whether the cadence meets in the week starting on Monday `week`.
    static func takes(_ week: CalendarDay, interval: Int, parity: Cadence.WeekParity?, anchor: CalendarDay?) -> Bool {
        if let parity { return (week.isoWeek.week % 2 == 1) == (parity == .odd) }
        guard interval > 1, let anchor else { return true }
        let weeks = (week.dayNumber - anchor.weekStart.dayNumber) / 7
        return ((weeks % interval) + interval) % interval == 0
    }

    /// `cadence` with what it leaves open taken from the anchor meeting.
    public static func resolved(_ cadence: Cadence, anchor: CalendarDay?) -> Cadence {
        guard let anchor else { return cadence }
        var c = cadence
        if c.weekday == nil { c.weekday = anchor.weekday }
        if case .monthly(nil) = c.frequency, c.weekday == anchor.weekday {
            let n = (anchor.day - 1) / 7 + 1
            c.frequency = .monthly(ordinal: anchor.day + 7 > CalendarDay.length(ofMonth: anchor.month, year: anchor.year) ? -1 : n)
        }
        return c
    }

    /// The `ordinal` (1…4, -1 last) `weekday` of a month; nil when the month has no such day.
    public static func nth(_ weekday: Weekday, _ ordinal: Int, year: Int, month: Int) -> CalendarDay? {
        let length = CalendarDay.length(ofMonth: month, year: year)
        if ordinal < 0 {
            let last = CalendarDay(year: year, month: month, day: length)!
            return last.adding(days: -((last.weekday.index - weekday.index + 7) % 7))
        }
        let first = CalendarDay(year: year, month: month, day: 1)!
        let day = 1 + (weekday.index - first.weekday.index + 7) % 7 + (ordinal - 1) * 7
        return day <= length ? CalendarDay(year: year, month: month, day: day) : nil
    }

    /// The iCalendar recurrence rule: `FREQ=MONTHLY;BYDAY=1TH`, `FREQ=WEEKLY;INTERVAL=2;BYDAY=MO;WKST=MO`;
    /// nil unless the cadence is known to the day.
    public static func recurrenceRule(_ c: Cadence) -> String? {
        guard let weekday = c.weekday else { return nil }
        switch c.frequency {
        case .monthly(let ordinal?): return "FREQ=MONTHLY;BYDAY=\(ordinal)\(weekday.icalName)"
        case .monthly(nil): return nil
        case .weekly(let interval, _):
            return "FREQ=WEEKLY" + (interval > 1 ? ";INTERVAL=\(interval)" : "") + ";BYDAY=\(weekday.icalName);WKST=MO"
        }
    }
}

extension PartialDate {
    /// The month, without the day.
    var withoutDay: PartialDate { PartialDate(year: year, month: month) }
}
