import RoadmapText
import RoadmapModel
import RoadmapSyntax
import RoadmapIO
import RoadmapReading

/// The JSON form of documents: the stable, versioned contract of `roadmap export` and
/// `roadmap render --to json` (docs/json-schema.md describes it field by field).
public enum JSONRenderer {
    /// Bumped only when a field changes meaning or disappears (see `JSONOutput.schemaVersion`).
    public static let schemaVersion = JSONOutput.schemaVersion

    public static func render(_ documents: [Document], pretty: Bool = true) -> String {
        envelope("documents", pretty: pretty) { w in
            for d in documents { write(d, &w) }
        }
    }

    /// The frame of a JSON output that is a list (see `JSONOutput.envelope`).
    public static func envelope(_ key: StaticString, pretty: Bool = true, header: (inout JSONWriter) -> Void = { _ in },
                                _ elements: (inout JSONWriter) -> Void) -> String {
        JSONOutput.envelope(key, pretty: pretty, header: header, elements)
    }

    public static func write(_ d: Document, _ w: inout JSONWriter) {
        writeHead(d, &w)
        for item in d.items { write(item, &w) }
        writeTail(d, &w)
    }

    /// A document's object up to the opening of its items' list: what is known before its
    /// items are read, so that `export` can write items as they stream in.
    public static func writeHead(_ d: Document, _ w: inout JSONWriter) {
        w.beginObject()
        w.field("path", d.path)
        w.field("format", d.format.rawValue)
        w.field("title", d.title)
        w.key("metadata"); write(fields: d.metadata, &w)
        w.key("items")
        w.beginArray()
    }

    /// The rest of a document's object after its last item: meetings and diagnostics.
    public static func writeTail(_ d: Document, _ w: inout JSONWriter) {
        w.endArray()
        w.key("meetings")
        w.beginArray()
        for m in d.meetings { write(m, &w) }
        w.endArray()
        w.key("diagnostics")
        w.beginArray()
        for diag in d.diagnostics {
            w.beginObject()
            w.field("severity", diag.severity.rawValue)
            w.field("id", diag.id.rawValue)
            w.field("line", diag.line)
            w.field("column", diag.column)
            w.field("message", diag.message)
            w.endObject()
        }
        w.endArray()
        w.endObject()
    }

    public static func write(_ item: Item, _ w: inout JSONWriter) {
        w.beginObject()
        w.field("id", item.id)
        w.field("title", item.title)
        w.field("line", item.line)
        w.field("status", item.status.rawValue)
        if let stage = item.stage { w.field("stage", stage) }
        w.key("groups")
        w.beginArray()
        for g in item.groups { w.value(g) }
        w.endArray()
        w.field("summary", item.summary)
        w.key("fields"); write(fields: item.fields, &w)
        let p = item.progress
        w.key("progress")
        w.beginObject(); w.field("done", p.done); w.field("total", p.total); w.endObject()
        w.key("deliverables")
        w.beginArray()
        for d in item.deliverables { write(d, &w) }
        w.endArray()
        w.key("issues"); write(issues: item.issues, &w)
        w.key("links"); write(links: item.links, &w)
        w.endObject()
    }

    /// Deliverables nest at most `ReadingContext.maximumNesting` deep, so this recursion is bounded.
    public static func write(_ d: Deliverable, _ w: inout JSONWriter) {
        w.beginObject()
        w.field("text", d.text)
        w.field("checked", d.checked)
        w.field("line", d.line)
        w.key("links"); write(links: d.links, &w)
        w.key("issues"); write(issues: d.issues, &w)
        w.key("children")
        w.beginArray()
        for c in d.children { write(c, &w) }
        w.endArray()
        w.endObject()
    }

    public static func write(_ m: Meeting, _ w: inout JSONWriter) {
        w.beginObject()
        w.field("title", m.title)
        w.field("line", m.line)
        w.field("date", m.date)
        w.field("release", m.release)
        w.stringArray("completed", m.completed)
        w.stringArray("added", m.added)
        w.key("links"); write(links: m.links, &w)
        for (key, people) in [("attendees" as StaticString, m.attendees), ("absent", m.absent)] {
            w.key(key)
            w.beginArray()
            for a in people {
                w.beginObject(); w.field("name", a.name); w.field("organization", a.organization)
                w.field("handle", a.handle); w.field("role", a.role); w.endObject()
            }
            w.endArray()
        }
        w.key("actions")
        w.beginArray()
        for a in m.actions {
            w.beginObject()
            w.field("id", a.id); w.field("text", a.text); w.field("owner", a.owner); w.field("done", a.done); w.field("line", a.line)
            w.endObject()
        }
        w.endArray()
        w.stringArray("decisions", m.decisions)
        w.field("next", m.next)
        w.endObject()
    }

    static func write(fields: [Field], _ w: inout JSONWriter) {
        w.beginObject()
        var seen = Set<String>()
        for f in fields where seen.insert(f.key).inserted { w.field(named: f.key, f.value) }
        w.endObject()
    }

    static func write(links: [Link], _ w: inout JSONWriter) {
        w.beginArray()
        for l in links { w.beginObject(); w.field("text", l.text); w.field("url", l.url); w.endObject() }
        w.endArray()
    }

    static func write(issues: [IssueRef], _ w: inout JSONWriter) {
        w.beginArray()
        for i in issues { w.beginObject(); w.field("number", i.number); w.field("url", i.url); w.field("repository", i.repository); w.endObject() }
        w.endArray()
    }
}
