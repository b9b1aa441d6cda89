import Testing
import RoadmapCore

/// Vetting fields a document declares: allowed values (a list, release names, free text) and
/// fields required from a stage on; `lint` reports each rule with its place, `set` refuses.
@Suite struct VettingTests {
    static let doc = """
        ---
        stages: Vetting Backlog, Being Vetted, Development Ready, Coding In Progress, Delivered
        releases: Ocata, Pike, Queens
        field type: Debt, New, Bug, Open-sourcing
        field size: S, M, L, XL
        field target: release
        field components: text
        required at Development Ready: size, target
        ---
        # Member Roadmap

        ## Quotas

        Status: Development Ready
        Size: XXL
        Target: Pike

        ## Maintenance Mode

        Status: Coding In Progress
        Target: Pyke

        ## Fleet

        Status: Groomed
        Type: New

        ## Telemetry

        Status: Being Vetted
        Type: new
        """

    func findings(_ text: String, only rule: String) -> [String] {
        let tree = SyntaxTree.parse(SourceText(text), as: .markdown)
        let source = Linter.Source(document: DocumentReader.read(tree, path: "doc"), tree: tree)
        return Linter.run([source], only: [rule], today: PartialDate(year: 2026, month: 12, day: 2)).map { "\($0.line):\($0.column) \($0.message)" }
    }

    @Test func theDeclarationGivesTheFieldsTheirValues() throws {
        let v = try #require(Vetting.declared(in: read(Self.doc, as: .markdown).metadata))
        #expect(v.rules.map(\.key) == ["type", "size", "target", "components"])
        #expect(v.rule(for: "SIZE")?.values == .oneOf(["S", "M", "L", "XL"]))
        #expect(v.rule(for: "target")?.values == .release)
        #expect(v.rule(for: "components")?.values == .text)
        #expect(v.releases == ["Ocata", "Pike", "Queens"])
        #expect(v.problem(key: "size", value: "xl") == nil)
        #expect(v.problem(key: "size", value: "XXL") == "\"XXL\" is not a size this document allows; did you mean `XL`?")
        #expect(v.problem(key: "target", value: "Rocky") == "\"Rocky\" is not a target this document allows; use Ocata, Pike, Queens")
        #expect(v.problem(key: "owner", value: "anyone") == nil)
        #expect(v.canonical(key: "size", value: "xl") == "XL")
        #expect(Vetting.declared(in: [Field(key: "title", value: "R", line: 1)]) == nil)
    }

    @Test func lintReportsAnInvalidValueWhereItStands() {
        #expect(findings(Self.doc, only: "invalid-field") == [
            "15:7 Quotas: \"XXL\" is not a size this document allows; did you mean `XL`?",
            "21:9 Maintenance Mode: \"Pyke\" is not a target this document allows; did you mean `Pike`?",
        ])
    }

    @Test func lintReportsAFieldTheStageRequires() {
        // Maintenance Mode is past Development Ready without a size; Telemetry is not there yet.
        #expect(findings(Self.doc, only: "missing-field") == ["18:1 Maintenance Mode is Coding In Progress but has no size (required from Development Ready on)"])
    }

    @Test func lintReportsAStatusThatNamesNoStage() {
        #expect(findings(Self.doc, only: "unknown-stage") == [
            "25:9 Fleet: Status \"Groomed\" is not a stage of this document (read as Being Vetted); the stages are Vetting Backlog, Being Vetted, Development Ready, Coding In Progress, Delivered",
        ])
        // Documents that declare nothing are not checked.
        #expect(findings("# R\n\n## A\n\nStatus: whatever\nSize: XXL\n", only: "unknown-stage").isEmpty)
        #expect(findings("# R\n\n## A\n\nStatus: whatever\nSize: XXL\n", only: "invalid-field").isEmpty)
    }

    @Test func everyWorkflowRuleIsDocumented() throws {
        let lint = try String(decoding: FileSystem.readFile(Fixtures.packageRoot + "/docs/lint.md", limit: 1 << 20), as: UTF8.self)
        for rule in ["unknown-stage", "invalid-field", "missing-field"] {
            #expect(Linter.rules.contains { $0.id == rule })
            #expect(lint.contains("`\(rule)`"), "docs/lint.md does not describe \(rule)")
        }
    }

    @Test func seed004sProcessAsAnExampleRoadmapReadsAndLintsClean() throws {
        let path = Fixtures.packageRoot + "/docs/examples/operators.md"
        let tree = try DocumentLoader().syntax(path: path)
        let doc = DocumentReader.read(tree, path: path)
        #expect(doc.workflow.stages.count == 11)
        #expect(doc.workflow.stages.first?.aliases == ["To Do"] && doc.workflow.stages.last?.isDone == true)
        #expect(Set(doc.items.map(\.stageName)).count == doc.items.count)  // one item per stage shown
        let findings = Linter.run([Linter.Source(document: doc, tree: tree)], today: PartialDate(year: 2026, month: 12, day: 2))
        #expect(findings.filter { $0.severity >= .warning }.map { $0.formatted() } == [])
    }
}
