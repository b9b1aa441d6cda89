import Foundation
import Testing

/// `list` over many documents at once: a portfolio, each row saying where it comes from.
@Suite struct PortfolioCommandTests {
    /// Two teams' roadmaps in a temporary folder.
    func teams() throws -> String {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("portfolio-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        try "# Team A\n\n## Sync\n\nOwner: ana\n\n- [x] Design\n- [ ] Build\n\n## Search\n\nOwner: bo\n\n- [ ] Index\n"
            .write(toFile: dir + "/a.md", atomically: true, encoding: .utf8)
        try "# Team B\n\n## Backup\n\nOwner: ana\n\n- [x] Plan\n".write(toFile: dir + "/b.md", atomically: true, encoding: .utf8)
        return dir
    }

    @Test func combineIsOneTableWithASourceColumnSortedAcross() throws {
        let dir = try teams()
        let r = try CLI.run(["list", "a.md", "b.md", "--combine", "--sort", "title", "--color", "never"], in: dir)
        #expect(r.status == 0)
        let lines = r.stdout.split(separator: "\n").map(String.init)
        #expect(lines.first?.hasPrefix("SOURCE  ID") == true)
        #expect(lines.dropFirst().map { $0.split(separator: " ").prefix(2).joined(separator: " ") } == ["b.md backup", "a.md search", "a.md sync"])
    }

    @Test func groupingAcrossDocumentsSaysWhereEachRowIsFrom() throws {
        let dir = try teams()
        let r = try CLI.run(["list", "a.md", "b.md", "--group-by", "owner", "--format", "markdown"], in: dir)
        #expect(r.stdout.contains("### owner: ana\n\n| Source | ID | Title | Status | Progress | Issues |\n|---|---|---|---|---|---|\n| a.md | `sync` |"))
        #expect(r.stdout.contains("| b.md | `backup` | Backup | done | 1/1 |  |"))
    }

    @Test func oneDocumentHasNoSourceColumn() throws {
        let dir = try teams()
        let r = try CLI.run(["list", "a.md", "--combine", "--color", "never"], in: dir)
        #expect(r.stdout.hasPrefix("ID "))
    }

    @Test func jsonNamesEachItemsDocument() throws {
        let dir = try teams()
        let r = try CLI.run(["list", "a.md", "b.md", "--combine", "--sort", "title", "--format", "json"], in: dir)
        let json = try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as! [String: Any]
        let items = json["items"] as! [[String: Any]]
        #expect(items.map { $0["document"] as! String } == ["b.md", "a.md", "a.md"])
        #expect(items.map { $0["id"] as! String } == ["backup", "search", "sync"])
    }
}
