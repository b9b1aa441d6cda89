/// `roadmap meetings`: one row per meeting, as a terminal table, a Markdown table or JSON.
public enum MeetingListRenderer {
    public struct Row: Sendable {
        public var path: String
        public var meeting: Meeting

        public init(path: String, meeting: Meeting) {
            self.path = path
            self.meeting = meeting
        }
    }

    public static func table(_ rows: [Row], width: Int?, style: TextStyle) -> String {
        var layout = TableLayout(columns: [
            .init("DATE"), .init("TITLE", flexible: true, minimumWidth: 12), .init("RELEASE"),
            .init("COMPLETED", flexible: true, minimumWidth: 10), .init("ADDED", flexible: true, minimumWidth: 10),
        ], rows: rows.map { r in
            [r.meeting.date ?? "–", r.meeting.title, r.meeting.release ?? "–", list(r.meeting.completed), list(r.meeting.added)]
        })
        layout.styled = style.enabled
        layout.headerStyle = { style.dim($0) }
        layout.style = { cell, _, column in column == 0 ? style.cyan(cell) : cell }
        return layout.render(width: width)
    }

    public static func markdown(_ rows: [Row]) -> String {
        var out = "| Date | Meeting | Release | Completed | Added |\n|---|---|---|---|---|\n"
        for r in rows {
            let m = r.meeting
            out += "| \(m.date ?? "–") | \(MarkdownEscaping.cell(m.title)) | \(m.release ?? "–") | \(MarkdownEscaping.cell(list(m.completed))) | \(MarkdownEscaping.cell(list(m.added))) |\n"
        }
        return out
    }

    public static func json(_ rows: [Row]) -> String {
        var w = JSONWriter()
        w.beginObject()
        w.field("schema", JSONRenderer.schemaVersion)
        w.key("meetings")
        w.beginArray()
        for r in rows {
            w.beginObject()
            w.field("document", r.path)
            w.key("meeting")
            JSONRenderer.write(r.meeting, &w)
            w.endObject()
        }
        w.endArray()
        w.endObject()
        return w.string + "\n"
    }

    private static func list(_ names: [String]) -> String { names.isEmpty ? "–" : names.joined(separator: ", ") }
}
