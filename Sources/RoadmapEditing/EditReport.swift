import RoadmapText
import RoadmapModel
import RoadmapSyntax
import RoadmapIO
import RoadmapReading

/// What an editing command (`check`, `set`, `add`, …) prints with `--format json`: the
/// changes of one document (docs/json-schema.md).
public enum EditReport {
    /// `{"schema": 1, "document", "written", "verified", "diff"?, "changes": [{action, subject, item, line, changed}]}`.
    /// `diff` is the dry run's unified diff; a written edit has none.
    public static func json(_ changes: [DocumentEditor.Change], path: String, written: Bool, verified: Bool, diff: String?) -> String {
        JSONOutput.envelope("changes", header: { w in
            w.field("document", path)
            w.field("written", written)
            w.field("verified", verified)
            if let diff { w.field("diff", diff) }
        }) { w in
            for c in changes {
                w.beginObject()
                w.field("action", c.action); w.field("subject", c.subject); w.field("item", c.itemID)
                w.field("line", c.line); w.field("changed", c.changed)
                w.endObject()
            }
        }
    }
}
