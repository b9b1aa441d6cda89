import Foundation
import Testing

/// Stages on the command line: `list --stage/--target`, sorting and grouping by stage, the board's
/// columns from the declared stages.
@Suite struct WorkflowCommandTests {
    static let operators = """
        ---
        stages: Vetting Backlog / To Do, Being Vetted, Prioritized, Development Ready, Coding In Progress, Code Committed, Delivered
        ---
        # Operators' roadmap

        ## Telemetry

        Status: Development Ready
        Target: Pike
        Size: L

        ## Logging

        Status: Vetting Backlog
        Target: Pike

        ## Quotas

        Status: Coding In Progress
        Target: Ocata
        Size: M

        ## Tracing

        Status: Delivered
        Target: Ocata

        """

    func ids(_ args: [String], in dir: String) throws -> [String] {
        try CLI.run(["list", "--format", "ids"] + args, in: dir).stdout.split(separator: "\n").map(String.init)
    }

    @Test func listFiltersByStageAndTargetAndSortsByStageInWorkflowOrder() throws {
        let dir = try CLI.sandbox(["ROADMAP.md": Self.operators])
        #expect(try ids(["--stage", "development ready"], in: dir) == ["telemetry"])
        #expect(try ids(["--stage", "done"], in: dir) == [])
        #expect(try ids(["--target", "PIKE"], in: dir) == ["telemetry", "logging"])
        #expect(try ids(["--sort", "stage"], in: dir) == ["logging", "telemetry", "quotas", "tracing"])
        #expect(try ids(["--sort", "target,size"], in: dir) == ["quotas", "tracing", "telemetry", "logging"])
        let json = try CLI.run(["list", "--stage", "Coding In Progress", "--format", "json"], in: dir)
        let items = try #require((try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])?["items"] as? [[String: Any]])
        #expect(items.map { $0["stage"] as? String } == ["Coding In Progress"])
        #expect(items.map { $0["status"] as? String } == ["in-progress"])
    }

    @Test func groupByStageFollowsTheWorkflow() throws {
        let dir = try CLI.sandbox(["ROADMAP.md": Self.operators])
        let out = try CLI.run(["list", "--group-by", "stage", "--no-color"], in: dir).stdout
        let headings = out.split(separator: "\n").filter { $0.hasPrefix("stage: ") }
        #expect(headings == ["stage: Vetting Backlog", "stage: Development Ready", "stage: Coding In Progress", "stage: Delivered"])
        let byTarget = try CLI.run(["list", "--group-by", "target", "--no-color"], in: dir).stdout
        #expect(byTarget.hasPrefix("target: Ocata\n"))
    }

    @Test func theBoardHasAColumnPerDeclaredStageAndFitsEightyColumns() throws {
        let dir = try CLI.sandbox(["ROADMAP.md": Self.operators])
        let board = try CLI.run(["board", "--no-color"], in: dir)
        #expect(board.status == 0)
        let lines = board.stdout.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.allSatisfy { $0.count <= 80 })
        for heading in ["VETTING BACKLOG", "BEING VETTED (0)", "DEVELOPMENT READY", "CODE COMMITTED (0)", "DELIVERED (1)"] {
            #expect(board.stdout.contains(heading))
        }
        let json = try CLI.run(["board", "--format", "json"], in: dir).stdout
        let columns = try #require((try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])?["columns"] as? [[String: Any]])
        #expect(columns.count == 7)
        #expect(columns.map { $0["stage"] as? String }.first == "Vetting Backlog")
    }

    @Test func moveSetsTheStageInPlaceAndDryRunWritesNothing() throws {
        let dir = try CLI.sandbox(["ROADMAP.md": Self.operators])
        let dry = try CLI.run(["move", "logging", "being vetted", "--dry-run"], in: dir)
        #expect(dry.status == 0 && dry.stdout.contains("+Status: Being Vetted"))
        #expect(try String(contentsOfFile: dir + "/ROADMAP.md", encoding: .utf8) == Self.operators)
        let moved = try CLI.run(["move", "logging", "Being Vetted"], in: dir)
        #expect(moved.status == 0)
        #expect(try String(contentsOfFile: dir + "/ROADMAP.md", encoding: .utf8) == Self.operators.replacingOccurrences(of: "Status: Vetting Backlog", with: "Status: Being Vetted"))
        let bad = try CLI.run(["move", "logging", "Bieng Vetted"], in: dir)
        #expect(bad.status == 2 && bad.stderr.contains("did you mean `Being Vetted`?"))
    }

    @Test func stageFilterTakesTheOtherNamesAStageIsDeclaredWith() throws {
        let dir = try CLI.sandbox(["ROADMAP.md": Self.operators])
        #expect(try ids(["--stage", "to do"], in: dir) == ["logging"])
        #expect(try ids(["--stage", "Vetting Backlog"], in: dir) == ["logging"])
        #expect(try ids(["--stage", "to-do"], in: dir) == ["logging"])
    }
}
