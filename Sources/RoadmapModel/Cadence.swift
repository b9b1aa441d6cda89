import RoadmapText

/// How often a document says its meetings happen: "the first Thursday of each month",
/// "biweekly on odd calendar weeks from 14:00 to 14:30", "every other week".
///
/// What the words leave open stays nil (a weekday, a time); `MeetingSchedule` fills it from
/// a meeting the document dates, or says the dates cannot be known.
public struct Cadence: Hashable, Sendable, Codable {
    public enum Frequency: Hashable, Sendable, Codable {
        /// Every `interval` weeks; `parity` when the notes tie them to odd or even ISO weeks.
        case weekly(interval: Int, parity: WeekParity?)
        /// Once a month; on the `ordinal` weekday (1 to 4, or -1 for the last) when the notes say which.
        case monthly(ordinal: Int?)
    }

    /// Odd or even ISO 8601 week numbers ("odd calendar weeks").
    public enum WeekParity: String, Hashable, Sendable, Codable {
        case odd, even
    }

    public var frequency: Frequency
    public var weekday: Weekday?
    public var start: TimeOfDay?
    public var end: TimeOfDay?
    /// A time zone the notes name with the time (`UTC`, `CET`), as written.
    public var timeZone: String?
    /// What the meeting is called: "Release Planning Meeting", else the section it is described in.
    public var name: String
    /// The sentence that says it, markup removed.
    public var sentence: String
    /// 1-based line where the sentence starts.
    public var line: Int

    public init(frequency: Frequency, weekday: Weekday? = nil, start: TimeOfDay? = nil, end: TimeOfDay? = nil, timeZone: String? = nil,
                name: String, sentence: String, line: Int)
    {
        self.frequency = frequency
        self.weekday = weekday
        self.start = start
        self.end = end
        self.timeZone = timeZone
        self.name = name
        self.sentence = sentence
        self.line = line
    }

    /// The rule in words: "first Thursday of each month, 14:00–14:30".
    public var rule: String {
        var s: String
        switch frequency {
        case .monthly(let ordinal?):
            s = Cadence.ordinalName(ordinal) + " " + (weekday?.name ?? "day") + " of each month"
        case .monthly(nil):
            s = "monthly" + (weekday.map { " on a \($0.name)" } ?? "")
        case .weekly(let interval, let parity):
            s = interval == 1 ? "weekly" : interval == 2 ? "every other week" : "every \(interval) weeks"
            if let parity { s += " (\(parity.rawValue) ISO weeks)" }
            if let weekday { s += " on \(weekday.name)" }
        }
        if let start { s += ", " + start.description + (end.map { "–" + $0.description } ?? "") + (timeZone.map { " " + $0 } ?? "") }
        return s
    }

    static func ordinalName(_ n: Int) -> String {
        switch n {
        case 1: "first"
        case 2: "second"
        case 3: "third"
        case 4: "fourth"
        case -1: "last"
        default: "\(n)th"
        }
    }
}

/// A time of day on a 24-hour clock.
public struct TimeOfDay: Hashable, Sendable, Codable, Comparable, CustomStringConvertible {
    public var hour: Int
    public var minute: Int

    /// nil unless it is a time: 0–23 hours, 0–59 minutes.
    public init?(hour: Int, minute: Int) {
        guard (0 ... 23).contains(hour), (0 ... 59).contains(minute) else { return nil }
        self.hour = hour
        self.minute = minute
    }

    /// `14:00`.
    public var description: String { (hour < 10 ? "0" : "") + "\(hour):" + (minute < 10 ? "0" : "") + "\(minute)" }

    public static func < (a: Self, b: Self) -> Bool { (a.hour, a.minute) < (b.hour, b.minute) }
}
