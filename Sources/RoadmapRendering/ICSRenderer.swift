import RoadmapText
import RoadmapModel
import RoadmapSyntax
import RoadmapIO
import RoadmapReading

/// `render --to ics`: the meetings of planning documents as an iCalendar file (RFC 5545) that
/// calendar applications subscribe to or import.
///
/// Each cadence known to the day becomes one recurring event (`RRULE`) starting at the first
/// meeting on or after `start`; each meeting the notes date to the day, and each next meeting
/// they announce, becomes an all-day event. The output depends only on its input: UIDs come
/// from the path and the line, `DTSTAMP` from the start day, so `render --check` is stable.
public enum ICSRenderer {
    /// One document's meetings and cadences.
    public struct Calendar: Sendable {
        public var path: String
        public var meetings: [Meeting]
        public var cadences: [Cadence]

        public init(path: String, meetings: [Meeting], cadences: [Cadence]) {
            self.path = path
            self.meetings = meetings
            self.cadences = cadences
        }
    }

    /// The iCalendar text (CRLF line ends, lines folded at 75 octets) and a warning for each
    /// cadence too vague to be an event. `start`: the day recurring events count from when a
    /// document dates no meeting.
    public static func render(_ calendars: [Calendar], title: String, start: CalendarDay) -> (text: String, warnings: [RenderWarning]) {
        var lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//roadmap//roadmap//EN", "CALSCALE:GREGORIAN", "METHOD:PUBLISH",
                     "X-WR-CALNAME:" + escape(title)]
        var warnings: [RenderWarning] = []
        for cal in calendars {
            let anchor = MeetingSchedule.anchor(cal.meetings)
            let from = anchor ?? start
            let id = Slug.make(cal.path)
            var series: [Series] = []
            for c in cal.cadences {
                let forecast = MeetingSchedule.forecast(c, from: from, count: 1, anchor: anchor)
                guard let rule = MeetingSchedule.recurrenceRule(forecast.cadence), let first = forecast.occurrences.first, first.precision == .day else {
                    warnings.append(RenderWarning(path: cal.path, diagnostic: Diagnostic(.warning, .cadenceNotToTheDay, line: c.line,
                        "\"\(c.rule)\" is not known to the day (\(forecast.note ?? "no weekday")); no recurring event for it")))
                    continue
                }
                let s = Series(uid: "\(id)-cadence-\(c.line)@roadmap", cadence: forecast.cadence, first: first.day, anchor: anchor)
                series.append(s)
                var description = s.cadence.sentence + "\n(" + s.cadence.rule + "; " + cal.path + ":" + "\(s.cadence.line))"
                if let zone = s.cadence.timeZone, !s.utc, s.cadence.start != nil { description += "\nTimes are in " + zone + "." }
                lines += ["BEGIN:VEVENT", "UID:" + s.uid, "DTSTAMP:" + basic(from) + "T000000Z"] + s.times(first.day)
                lines += ["RRULE:" + rule, "SUMMARY:" + escape(s.cadence.name), "DESCRIPTION:" + escape(description), "END:VEVENT"]
            }
            // A dated meeting on a day of a series is that occurrence, told in full (RECURRENCE-ID),
            // not a second event beside it.
            var dated = Set<String>()
            for m in cal.meetings {
                guard let d = m.date.flatMap(CalendarDay.init(iso:)) else { continue }
                dated.insert(d.description)
                let summary = "SUMMARY:" + escape(m.title)
                let description = "DESCRIPTION:" + escape(details(m, path: cal.path))
                if let s = series.first(where: { $0.meets(on: d) }) {
                    let recurrence = s.times(d)[0].replacingAll("DTSTART", with: "RECURRENCE-ID")
                    lines += ["BEGIN:VEVENT", "UID:" + s.uid, "DTSTAMP:" + basic(d) + "T000000Z", recurrence] + s.times(d) + [summary, description, "END:VEVENT"]
                } else {
                    lines += dayEvent(uid: "\(id)-\(d)-\(m.line)@roadmap", day: d) + [summary, description, "END:VEVENT"]
                }
            }
            // A next meeting the notes announce, unless it is recorded or a series has it.
            for m in cal.meetings {
                guard let next = m.next.flatMap(CalendarDay.init(iso:)), dated.insert(next.description).inserted,
                      !series.contains(where: { $0.meets(on: next) }) else { continue }
                lines += dayEvent(uid: "\(id)-next-\(next)@roadmap", day: next)
                lines += ["SUMMARY:" + escape("Next meeting (after \(m.title))"), "DESCRIPTION:" + escape("Announced in \(m.title) (\(cal.path):\(m.line))."), "END:VEVENT"]
            }
        }
        lines.append("END:VCALENDAR")
        return (lines.map(fold).joined(separator: "\r\n") + "\r\n", warnings)
    }

    /// An all-day event's opening lines; the caller adds its summary, description and end.
    private static func dayEvent(uid: String, day: CalendarDay) -> [String] {
        ["BEGIN:VEVENT", "UID:" + uid, "DTSTAMP:" + basic(day) + "T000000Z", "DTSTART;VALUE=DATE:" + basic(day), "DTEND;VALUE=DATE:" + basic(day.adding(days: 1))]
    }

    /// A recurring event: its cadence, completed, and its first day.
    struct Series {
        var uid: String
        var cadence: Cadence
        var first: CalendarDay
        var anchor: CalendarDay?

        var utc: Bool { cadence.timeZone == "UTC" || cadence.timeZone == "GMT" }

        /// Whether an occurrence of the series falls on `day`.
        func meets(on day: CalendarDay) -> Bool {
            day >= first && MeetingSchedule.forecast(cadence, from: day, count: 1, anchor: anchor).occurrences.first?.day == day
        }

        /// `DTSTART` (and `DTEND`) of the occurrence on `day`: timed when the notes give a time.
        func times(_ day: CalendarDay) -> [String] {
            guard let s = cadence.start else { return ["DTSTART;VALUE=DATE:" + basic(day)] }
            let z = utc ? "Z" : ""
            var out = ["DTSTART:" + basic(day) + "T" + basic(s) + z]
            if let e = cadence.end, e > s { out.append("DTEND:" + basic(day) + "T" + basic(e) + z) }
            return out
        }
    }

    /// What the notes record of a meeting, one line a kind.
    static func details(_ m: Meeting, path: String) -> String {
        var parts: [String] = []
        if let r = m.release { parts.append("Release: " + r) }
        if !m.completed.isEmpty { parts.append("Completed: " + m.completed.joined(separator: ", ")) }
        if !m.added.isEmpty { parts.append("Added: " + m.added.joined(separator: ", ")) }
        if !m.attendees.isEmpty { parts.append("Attendees: " + m.attendees.map(\.name).joined(separator: ", ")) }
        for a in m.actions { parts.append("Action: " + a.text + (a.owner.map { " (\($0))" } ?? "") + (a.done ? " [done]" : "")) }
        parts.append("\(path):\(m.line)")
        return parts.joined(separator: "\n")
    }

    /// `20261203`.
    static func basic(_ d: CalendarDay) -> String { d.description.replacingAll("-", with: "") }
    /// `140000`.
    static func basic(_ t: TimeOfDay) -> String { t.description.replacingAll(":", with: "") + "00" }

    /// A TEXT value escaped (RFC 5545 §3.3.11): backslash, semicolon, comma, newline.
    static func escape(_ s: String) -> String {
        var out = ""
        for c in s {
            switch c {
            case "\\": out += "\\\\"
            case ";": out += "\\;"
            case ",": out += "\\,"
            case "\n": out += "\\n"
            case "\r": continue
            default: out.append(c)
            }
        }
        return out
    }

    /// A content line folded at 75 octets (RFC 5545 §3.1), never inside a UTF-8 sequence:
    /// each continuation starts with a space.
    static func fold(_ line: String) -> String {
        let bytes = Array(line.utf8)
        guard bytes.count > 75 else { return line }
        var out: [UInt8] = []
        var i = 0
        var limit = 75
        while i < bytes.count {
            var end = min(i + limit, bytes.count)
            // Back off to the start of a scalar: continuation bytes are 10xxxxxx.
            while end < bytes.count, end > i, bytes[end] & 0xC0 == 0x80 { end -= 1 }
            if i > 0 { out += [0x0D, 0x0A, 0x20] }
            out += bytes[i ..< end]
            i = end
            limit = 74  // the leading space counts
        }
        return String(decoding: out, as: UTF8.self)
    }
}
