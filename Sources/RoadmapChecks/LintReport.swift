import RoadmapText
import RoadmapModel
import RoadmapSyntax
import RoadmapIO
import RoadmapReading

/// What `lint` prints besides one line per finding: the findings as JSON
/// (docs/json-schema.md) and the count of each severity.
public enum LintReport {
    /// `{"schema": 1, "findings": [{path, line, column, severity, rule, message}]}`.
    public static func json(_ findings: [Linter.Finding]) -> String {
        JSONOutput.envelope("findings") { w in
            for f in findings {
                w.beginObject()
                w.field("path", f.path); w.field("line", f.line); w.field("column", f.column)
                w.field("severity", f.severity.rawValue); w.field("rule", f.rule); w.field("message", f.message)
                w.endObject()
            }
        }
    }

    /// "2 errors, 1 warning, 0 notes": every finding that is neither error nor warning is a note.
    public static func summary(_ findings: [Linter.Finding]) -> String {
        let errors = findings.filter { $0.severity == .error }.count
        let warnings = findings.filter { $0.severity == .warning }.count
        let notes = findings.count - errors - warnings
        return "\(errors) error\(errors == 1 ? "" : "s"), \(warnings) warning\(warnings == 1 ? "" : "s"), \(notes) note\(notes == 1 ? "" : "s")"
    }
}
