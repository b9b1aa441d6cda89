import Testing
import RoadmapCore

@Suite struct VersionDiffTests {
    @Test func theOlderDeisRoadmapToTheNewerOne() throws {
        let diff = VersionDiff.between(try Fixtures.seed(3), try Fixtures.seed(1), meetings: try Fixtures.seed(0).meetings)
        #expect(diff.changes == [
            .itemRemoved(title: "Pluggable Storage Subsystem"), .itemRemoved(title: "User-defined Health Checks"),
            .itemAdded(title: "Production Hardening"), .itemAdded(title: "Stateless Logger"),
            .checklistAdded(item: "TTY Broker", count: 3), .checklistAdded(item: "Scheduling and Orchestration", count: 3),
            .checklistAdded(item: "Networking v2", count: 3), .checklistAdded(item: "Update Service", count: 4),
            .checklistAdded(item: "Deis Push", count: 2),
        ])
        #expect(Set(diff.meetingMatches.map(\.meeting)) == ["July 2015 (Deis v1.9)"])
        #expect(diff.meetingMatches.map(\.item) == ["Pluggable Storage Subsystem", "User-defined Health Checks", "Production Hardening", "Stateless Logger"])
        #expect(diff.meetingMatches.map(\.role) == ["completed", "completed", "added", "added"])
    }

    @Test func deliverablesStatusFieldsIssuesAndRenames() {
        let old = read("# R\n\n## A\n\nOwner: dana\n\n- [ ] one\n- [ ] two\n\n## B\n\nTracked in #5.\n\n- [ ] x\n", as: .markdown)
        let new = read("# R\n\n## A\n\nOwner: eve\n\n- [x] one\n- [ ] three\n\nSee #9.\n\n## Bee\n\nTracked in #5.\n\n- [ ] x\n", as: .markdown)
        let diff = VersionDiff.between(old, new)
        #expect(diff.changes == [
            .itemRenamed(from: "B", to: "Bee"),
            .deliverableChecked(item: "A", text: "one"), .deliverableAdded(item: "A", text: "three"), .deliverableRemoved(item: "A", text: "two"),
            .fieldChanged(item: "A", key: "owner", from: "dana", to: "eve"), .issueLinked(item: "A", issue: "#9"),
        ])
        #expect(VersionDiff.between(old, old).isEmpty)
    }
}
