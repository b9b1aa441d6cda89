import RoadmapText
import RoadmapModel
import RoadmapSyntax
import RoadmapIO
import RoadmapReading

/// The lint rules of a document's declared workflow and vetting fields: an item in a stage the
/// document does not declare, a field value the document does not allow, a field an item's
/// stage requires and it lacks.
extension Linter {
    /// The rules, in the order they run (after the item rules).
    static let workflowRules: [Rule] = [
        Rule(id: "unknown-stage", severity: .warning, summary: "a status field that names none of the stages the document declares"),
        Rule(id: "invalid-field", severity: .error, summary: "a vetting field whose value is not one the document allows (`field KEY: A, B`, `release`)"),
        Rule(id: "missing-field", severity: .warning, summary: "an item without a field its stage requires (`required at STAGE: KEY, …`)"),
    ]

    static func checkWorkflow(_ s: Source, _ add: (String, String, Int, Int, String) -> Void) {
        let doc = s.document
        let path = doc.path
        let vetting = Vetting.declared(in: doc.metadata)
        guard doc.declaredWorkflow != nil || vetting != nil else { return }
        let workflow = doc.workflow
        let src = s.tree.source
        /// The column where `value` starts on field `f`'s line (1 when it is not found as written).
        func column(of f: Field) -> Int {
            guard f.line >= 1, f.line <= src.lineCount else { return 1 }
            let line = src.line(f.line - 1)
            guard let r = line.range(ofLowercased: f.value.lowercased()) else { return 1 }
            return line.distance(from: line.startIndex, to: r.lowerBound) + 1
        }
        for item in doc.items {
            if doc.declaredWorkflow != nil, let f = item.fields.first(where: { ["status", "stage"].contains($0.key.lowercased()) }),
               workflow.stage(named: f.value) == nil
            {
                let close = workflow.names.map { ($0, EditDistance.between(Workflow.key($0), Workflow.key(f.value))) }.min { $0.1 < $1.1 }
                let hint = close.flatMap { $0.1 <= max(2, f.value.count / 3) ? "; did you mean `\($0.0)`?" : nil } ?? "; the stages are \(workflow.stages.map(\.name).joined(separator: ", "))"
                add("unknown-stage", path, f.line, column(of: f), "\(item.title): \(f.key) \"\(f.value)\" is not a stage of this document (read as \(item.stageName))\(hint)")
            }
            guard let vetting else { continue }
            for f in item.fields {
                if let problem = vetting.problem(key: f.key, value: f.value) {
                    add("invalid-field", path, f.line, column(of: f), "\(item.title): \(problem)")
                }
            }
            for m in vetting.missing(in: item, workflow: workflow) {
                add("missing-field", path, item.line, 1, "\(item.title) is \(item.stageName) but has no \(m.key) (required from \(m.stage) on)")
            }
        }
    }
}
