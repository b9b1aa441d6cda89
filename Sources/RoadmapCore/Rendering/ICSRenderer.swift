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
            for c in cal.cadences {
                let forecast = MeetingSchedule.forecast(c, from: from, count: 1, anchor: anchor)
                guard let rule = MeetingSchedule.recurrenceRule(forecast.cadence), let first = forecast.occurrences.first, first.precision == .day else {
                    warnings.append(RenderWarning(path: cal.path, diagnostic: Diagnostic(.warning, line: c.line,
                        "\"\(c.rule)\" is not known to the day (\(forecast.note ?? "no weekday")); no recurring event for it")))
                    continue
                }
                let r = forecast.cadence
                lines.append("BEGIN:VEVENT")
                lines.append("UID:\(id)-cadence-\(c.line)@roadmap")
                lines.append("DTSTAMP:" + basic(from) + "T000000Z")
                if let s = r.start {
                    let utc = r.timeZone == "UTC" || r.timeZone == "GMT"
                    lines.append("DTSTART:" + basic(first.day) + "T" + basic(s) + (utc ? "Z" : ""))
                    if let e = r.end, e > s { lines.append("DTEND:" + basic(first.day) + "T" + basic(e) + (utc ? "Z" : "")) }
                } else {
                    lines.append("DTSTART;VALUE=DATE:" + basic(first.day))
                }
                lines.append("RRULE:" + rule)
                lines.append("SUMMARY:" + escape(r.name))
                var description = r.sentence + "\n(" + r.rule + "; " + cal.path + ":" + "\(r.line))"
                if let zone = r.timeZone, zone != "UTC", zone != "GMT", r.start != nil { description += "\nTimes are in " + zone + "." }
                lines.append("DESCRIPTION:" + escape(description))
                lines.append("END:VEVENT")
            }
            var dated = Set<String>()
            for m in cal.meetings {
                guard let d = m.date.flatMap(CalendarDay.init(iso:)) else { continue }
                dated.insert(d.description)
                lines.append(contentsOf: dayEvent(uid: "\(id)-\(d)-\(m.line)@roadmap", day: d, summary: m.title, description: details(m, path: cal.path)))
            }
            // A next meeting the notes announce, unless it is itself recorded.
            for m in cal.meetings {
                guard let next = m.next.flatMap(CalendarDay.init(iso:)), dated.insert(next.description).inserted else { continue }
                lines.append(contentsOf: dayEvent(uid: "\(id)-next-\(next)@roadmap", day: next, summary: "Next meeting (after \(m.title))",
                                                  description: "Announced in \(m.title) (\(cal.path):\(m.line))."))
            }
        }
        lines.append("END:VCALENDAR")
        return (lines.map(fold).joined(separator: "\r\n") + "\r\n", warnings)
    }

    private static func dayEvent(uid: String, day: CalendarDay, summary: String, description: String) -> [String] {
        ["BEGIN:VEVENT", "UID:" + uid, "DTSTAMP:" + basic(day) + "T000000Z", "DTSTART;VALUE=DATE:" + basic(day),
         "DTEND;VALUE=DATE:" + basic(day.adding(days: 1)), "SUMMARY:" + escape(summary), "DESCRIPTION:" + escape(description), "END:VEVENT"]
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
