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

@Suite struct HistoryTests {
    @Test func eventsFromVersions() {
        let v1 = read("# R\n\n## Sync\n\n- [ ] one\n", as: .markdown)
        let v2 = read("# R\n\n## Sync\n\n- [x] one\n- [ ] two\n\n## Search\n\n- [x] index\n", as: .markdown)
        let v3 = read("# R\n\n## Search\n\n- [x] index\n", as: .markdown)
        let history = History.of([
            History.Version(commit: "aaaaaaa1", date: "2026-01-01", document: v1),
            History.Version(commit: "bbbbbbb2", date: "2026-02-01", document: v2),
            History.Version(commit: "ccccccc3", date: "2026-03-01", document: v3),
        ])
        #expect(history.events.map { "\($0.commit.prefix(1)) \($0.action) \($0.item)\($0.subject.map { ": \($0)" } ?? "")" } == [
            "a added Sync", "a added Sync: one",
            "b added Search", "b added Search: index", "b checked Search: index",
            "b checked Sync: one", "b added Sync: two",
            "c removed Sync",
        ])
        #expect(history.text().hasPrefix("Sync\n  2026-01-01 aaaaaaa  added\n  2026-01-01 aaaaaaa  added \"one\"\n"))
    }
}
