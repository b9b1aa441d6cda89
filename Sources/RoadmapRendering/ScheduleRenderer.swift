import RoadmapText
import RoadmapModel
import RoadmapSyntax
import RoadmapIO
import RoadmapReading

/// `roadmap meetings --next`: the meeting cadences of the documents and the dates they give.
public enum ScheduleRenderer {
    /// One cadence of one document, with its forecast.
    public struct Row: Sendable {
        public var path: String
        public var forecast: MeetingSchedule.Forecast

        public init(path: String, forecast: MeetingSchedule.Forecast) {
            self.path = path
            self.forecast = forecast
        }
    }

    /// A row for each cadence the documents state, with its next `count` dates from `from`;
    /// what a cadence leaves open is taken from its document's last dated meeting.
    public static func rows(_ sources: [SourceDocument], from: CalendarDay, count: Int) -> [Row] {
        sources.flatMap { s in
            let d = s.document()
            let anchor = MeetingSchedule.anchor(d.meetings)
            return CadenceFinder.cadences(in: s.tree, title: d.title).map { c in
                Row(path: s.path, forecast: MeetingSchedule.forecast(c, from: from, count: count, anchor: anchor))
            }
        }
    }

    /// A heading line a cadence, then its dates indented: for reading in a terminal.
    public static func text(_ rows: [Row]) -> String {
        var out = ""
        for (k, r) in rows.enumerated() {
            let c = r.forecast.cadence
            if k > 0 { out += "\n" }
            out += "\(c.name): \(c.rule) (\(r.path):\(c.line))\n"
            for o in r.forecast.occurrences { out += "  " + line(o, c) + "\n" }
            if let note = r.forecast.note { out += "  (\(note))\n" }
        }
        return out
    }

    /// A bullet list a cadence.
    public static func markdown(_ rows: [Row]) -> String {
        var out = ""
        for r in rows {
            let c = r.forecast.cadence
            out += "- **\(c.name)**: \(c.rule)" + (r.forecast.note.map { " (\($0))" } ?? "") + "\n"
            for o in r.forecast.occurrences { out += "  - " + line(o, c) + "\n" }
        }
        return out
    }

    public static func json(_ rows: [Row]) -> String {
        JSONRenderer.envelope("cadences") { w in
            for r in rows {
                let c = r.forecast.cadence
                w.beginObject()
                w.field("document", r.path)
                w.field("line", c.line)
                w.field("name", c.name)
                w.field("rule", c.rule)
                w.field("sentence", c.sentence)
                w.field("weekday", c.weekday?.rawValue)
                w.field("start", c.start?.description)
                w.field("end", c.end?.description)
                w.field("timeZone", c.timeZone)
                w.field("rrule", MeetingSchedule.recurrenceRule(c))
                w.field("anchor", r.forecast.anchor?.description)
                w.key("next")
                w.beginArray()
                for o in r.forecast.occurrences {
                    w.beginObject()
                    w.field("date", o.description)
                    w.field("precision", o.precision.rawValue)
                    w.endObject()
                }
                w.endArray()
                w.field("note", r.forecast.note)
                w.endObject()
            }
        }
    }

    /// `2026-12-03  Thursday  14:00–14:30`, `2026-W49  week of 2026-11-30`, `2026-12  some day`.
    static func line(_ o: MeetingSchedule.Occurrence, _ c: Cadence) -> String {
        switch o.precision {
        case .day:
            var s = o.description + "  " + o.day.weekday.name
            if let start = c.start { s += "  " + start.description + (c.end.map { "–" + $0.description } ?? "") + (c.timeZone.map { " " + $0 } ?? "") }
            return s
        case .week: return o.description + "  week of " + o.day.description
        case .month: return o.description + "  day not known"
        }
    }
}
