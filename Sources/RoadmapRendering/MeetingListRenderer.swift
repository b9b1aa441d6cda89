import RoadmapText
import RoadmapModel
import RoadmapSyntax
import RoadmapIO
import RoadmapReading

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
        // Columns that are empty for every meeting (no minutes have attendees, say) are left out.
        let extras: [(header: String, cell: (Meeting) -> String)] = [
            ("ATTENDEES", { $0.attendees.isEmpty ? "–" : "\($0.attendees.count)" }),
            ("DECISIONS", { $0.decisions.isEmpty ? "–" : "\($0.decisions.count)" }),
            ("NEXT", { $0.next ?? "–" }),
        ].filter { extra in rows.contains { extra.cell($0.meeting) != "–" } }
        var layout = TableLayout(columns: [
            .init("DATE"), .init("TITLE", flexible: true, minimumWidth: 12), .init("RELEASE"),
            .init("COMPLETED", flexible: true, minimumWidth: 10), .init("ADDED", flexible: true, minimumWidth: 10),
        ] + extras.map { TableLayout.Column($0.header) }, rows: rows.map { r in
            [r.meeting.date ?? "–", r.meeting.title, r.meeting.release ?? "–", list(r.meeting.completed), list(r.meeting.added)]
                + extras.map { $0.cell(r.meeting) }
        })
        layout.styled = style.enabled
        layout.headerStyle = { style.dim($0) }
        layout.style = { cell, _, column in column == 0 ? style.cyan(cell) : cell }
        return layout.render(width: width)
    }

    public static func markdown(_ rows: [Row]) -> String {
        // As in the table: Attendees and Next only when some meeting has them.
        let columns: [(header: String, cell: (Meeting) -> String, optional: Bool)] = [
            ("Date", { $0.date ?? "–" }, false),
            ("Meeting", { MarkdownEscaping.cell($0.title) }, false),
            ("Release", { $0.release ?? "–" }, false),
            ("Completed", { MarkdownEscaping.cell(list($0.completed)) }, false),
            ("Added", { MarkdownEscaping.cell(list($0.added)) }, false),
            ("Attendees", { m in MarkdownEscaping.cell(list(m.attendees.map { a in a.organization.map { "\(a.name) (\($0))" } ?? a.name })) }, true),
            ("Next", { $0.next ?? "–" }, true),
        ]
        let shown = columns.filter { c in !c.optional || rows.contains { c.cell($0.meeting) != "–" } }
        var out = "| " + shown.map(\.header).joined(separator: " | ") + " |\n|" + String(repeating: "---|", count: shown.count) + "\n"
        for r in rows { out += "| " + shown.map { $0.cell(r.meeting) }.joined(separator: " | ") + " |\n" }
        return out
    }

    public static func json(_ rows: [Row]) -> String {
        JSONRenderer.envelope("meetings") { w in
            for r in rows {
                w.beginObject()
                w.field("document", r.path)
                w.key("meeting")
                JSONRenderer.write(r.meeting, &w)
                w.endObject()
            }
        }
    }

    private static func list(_ names: [String]) -> String { names.isEmpty ? "–" : names.joined(separator: ", ") }
}

/// `roadmap actions`: the action items of every meeting.
public enum ActionListRenderer {
    public struct Row: Sendable {
        public var path: String
        public var meeting: Meeting
        public var action: ActionItem

        public init(path: String, meeting: Meeting, action: ActionItem) {
            self.path = path
            self.meeting = meeting
            self.action = action
        }
    }

    public static func table(_ rows: [Row], width: Int?, style: TextStyle) -> String {
        var layout = TableLayout(columns: [
            // The wider of text and source gives way first; a cut source keeps its file name and line.
            .init("DATE"), .init("ID"), .init("OWNER"), .init("DONE"), .init("TEXT", flexible: true, minimumWidth: 20),
            .init("SOURCE", flexible: true, minimumWidth: 10, keepsEnd: true),
        ], rows: rows.map { r in
            [r.meeting.date ?? "–", r.action.id ?? "–", r.action.owner ?? "–", r.action.done ? "✓" : "☐", r.action.text, "\(r.path):\(r.action.line)"]
        })
        layout.styled = style.enabled
        layout.headerStyle = { style.dim($0) }
        layout.style = { cell, _, column in column == 0 ? style.cyan(cell) : cell }
        return layout.render(width: width)
    }

    public static func markdown(_ rows: [Row]) -> String {
        var out = "| Date | Meeting | Id | Owner | Done | Action |\n|---|---|---|---|---|---|\n"
        for r in rows {
            out += "| \(r.meeting.date ?? "–") | \(MarkdownEscaping.cell(r.meeting.title)) | \(r.action.id ?? "–") | \(MarkdownEscaping.cell(r.action.owner ?? "–")) | \(r.action.done ? "yes" : "no") | \(MarkdownEscaping.cell(r.action.text)) |\n"
        }
        return out
    }

    public static func json(_ rows: [Row]) -> String {
        JSONRenderer.envelope("actions") { w in
            for r in rows {
                w.beginObject()
                w.field("document", r.path)
                w.field("meeting", r.meeting.title)
                w.field("date", r.meeting.date)
                w.field("id", r.action.id); w.field("text", r.action.text); w.field("owner", r.action.owner)
                w.field("done", r.action.done); w.field("line", r.action.line)
                w.endObject()
            }
        }
    }
}
