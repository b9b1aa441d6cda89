import RoadmapText
import RoadmapModel
import RoadmapSyntax
import RoadmapIO
import RoadmapReading

/// `roadmap show`: one item in full, for a person or as JSON.
public enum ItemDetailRenderer {
    /// A meeting that names an item, and how.
    public struct MeetingMention: Sendable {
        public var meeting: Meeting
        public var path: String
        /// `completed`, `added`.
        public var role: String

        public init(meeting: Meeting, path: String, role: String) {
            self.meeting = meeting
            self.path = path
            self.role = role
        }
    }

    /// The meetings across `documents` whose completed or added lists name `item`.
    public static func mentions(of item: Item, in documents: [Document]) -> [MeetingMention] {
        var out: [MeetingMention] = []
        for d in documents {
            for m in d.meetings {
                if m.completed.contains(where: { ItemName.matches($0, item.title) }) { out.append(MeetingMention(meeting: m, path: d.path, role: "completed")) }
                if m.added.contains(where: { ItemName.matches($0, item.title) }) { out.append(MeetingMention(meeting: m, path: d.path, role: "added")) }
            }
        }
        return out
    }

    public static func text(_ item: Item, document: Document, mentions: [MeetingMention], style: TextStyle) -> String {
        // Nothing from the document reaches the terminal as a control character.
        func clean(_ d: [Deliverable]) -> [Deliverable] {
            d.map { var d = $0; d.text = TextWidth.printable(d.text); d.children = clean(d.children); return d }
        }
        var item = item
        item.title = TextWidth.printable(item.title)
        item.summary = item.summary.map(TextWidth.printable)
        item.fields = item.fields.map { Field(key: TextWidth.printable($0.key), value: TextWidth.printable($0.value), line: $0.line) }
        item.deliverables = clean(item.deliverables)
        item.links = item.links.map { Link(text: TextWidth.printable($0.text), url: TextWidth.printable($0.url)) }
        let mentions = mentions.map { m -> MeetingMention in var m = m; m.meeting.title = TextWidth.printable(m.meeting.title); return m }
        return plainText(item, document: document, mentions: mentions, style: style)
    }

    private static func plainText(_ item: Item, document: Document, mentions: [MeetingMention], style: TextStyle) -> String {
        var out = style.bold(item.title) + "  " + style.dim("(\(item.id))") + "\n"
        // Labels line up; a long field name widens the column rather than touching its value.
        let width = max(10, (item.fields.map { TextWidth.of($0.key) }.max() ?? 0) + 2)
        func label(_ s: String, _ style: TextStyle) -> String { Self.label(s, style, width: width) }
        let p = item.progress
        // A declared stage says more than the status it counts as.
        var statusLine = style.status(item.stage ?? item.status.rawValue, item.status)
        if p.total > 0 { statusLine += " · \(ProgressBar.text(done: p.done, total: p.total))" }
        out += label("Status", style) + statusLine + "\n"
        out += label("Source", style) + "\(document.path):\(item.line)\n"
        for f in item.fields where f.key.lowercased() != "status" {
            out += label(f.key, style) + f.value + "\n"
        }
        if !item.issues.isEmpty {
            out += label("Issues", style) + item.issues.map { i in i.url.map { "\(i.qualifiedLabel) \(style.dim($0))" } ?? i.qualifiedLabel }.joined(separator: ", ") + "\n"
        }
        if let summary = item.summary {
            out += "\n" + wrap(summary, width: 78, indent: "") + "\n"
        }
        if !item.deliverables.isEmpty {
            out += "\n" + style.bold("Deliverables") + "\n"
            for (position, d) in item.deliverables.flattened {
                let depth = position.split(separator: ".").count - 1
                let box = d.checked.map { $0 ? style.green("✓") : "☐" } ?? "·"
                var line = String(repeating: "  ", count: depth + 1) + style.dim(position) + " " + box + " " + d.text
                let urls = (d.links.map(\.url) + d.issues.compactMap(\.url)).uniqued()
                if !urls.isEmpty { line += " " + style.dim("— " + urls.joined(separator: ", ")) }
                out += line + "\n"
            }
        }
        let otherLinks = item.links.filter { l in !item.issues.contains { $0.url == l.url } }
        if !otherLinks.isEmpty {
            out += "\n" + style.bold("Links") + "\n"
            for l in otherLinks { out += "  \(l.text == l.url ? l.url : "\(l.text) — \(style.dim(l.url))")\n" }
        }
        if !mentions.isEmpty {
            out += "\n" + style.bold("Meetings") + "\n"
            for m in mentions {
                let date = m.meeting.date.map { m.meeting.title.hasPrefix($0) ? "" : $0 + " " } ?? ""
                out += "  \(date)\(m.meeting.title): \(m.role) " + style.dim("(\(m.path):\(m.meeting.line))") + "\n"
            }
        }
        return out
    }

    public static func json(_ item: Item, document: Document, mentions: [MeetingMention]) -> String {
        var w = JSONWriter()
        w.beginObject()
        w.field("schema", JSONRenderer.schemaVersion)
        w.field("document", document.path)
        w.key("item")
        JSONRenderer.write(item, &w)
        w.key("meetings")
        w.beginArray()
        for m in mentions {
            w.beginObject()
            w.field("document", m.path); w.field("title", m.meeting.title); w.field("line", m.meeting.line)
            w.field("date", m.meeting.date); w.field("role", m.role)
            w.endObject()
        }
        w.endArray()
        w.endObject()
        return w.string + "\n"
    }

    private static func label(_ s: String, _ style: TextStyle, width: Int) -> String {
        style.dim(TextWidth.pad(s.prefix(1).uppercased() + s.dropFirst() + ":", to: width))
    }

    /// Greedy word wrap.
    static func wrap(_ text: String, width: Int, indent: String) -> String {
        var lines: [String] = []
        var current = indent
        for word in text.split(separator: " ") {
            if current.count > indent.count && TextWidth.of(current) + 1 + TextWidth.of(word) > width {
                lines.append(current)
                current = indent
            }
            current += (current.count > indent.count ? " " : "") + word
        }
        if current.count > indent.count { lines.append(current) }
        return lines.joined(separator: "\n")
    }
}

extension Array where Element: Hashable {
    func uniqued() -> [Element] {
        var seen = Set<Element>()
        return filter { seen.insert($0).inserted }
    }
}
