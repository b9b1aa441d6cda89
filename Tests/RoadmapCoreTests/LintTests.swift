import Testing
import RoadmapCore

/// Every rule: a document that triggers it, and one that does not.
@Suite struct LintTests {
    static let today = PartialDate(year: 2026, month: 11, day: 21)

    func rules(_ documents: [(String, Format)], only rule: String) -> [Linter.Finding] {
        let sources = documents.enumerated().map { k, d in
            let tree = SyntaxTree.parse(SourceText(d.0), as: d.1)
            return Linter.Source(document: DocumentReader.read(tree, path: "doc\(k)"), tree: tree)
        }
        return Linter.run(sources, only: [rule], today: Self.today)
    }

    @Test func theDeisRoadmapAgainstItsPlanningNotes() throws {
        let sources = try [0, 1].map { n -> Linter.Source in
            let path = Fixtures.path(Fixtures.seedNames[n])
            let tree = try DocumentLoader().syntax(path: path)
            return Linter.Source(document: DocumentReader.read(tree, path: path), tree: tree)
        }
        let findings = Linter.run(sources, today: Self.today)
        let messages = findings.map(\.message)
        #expect(messages.contains { $0.hasPrefix("Stateless Logger was recorded as completed in October 2015") })
        #expect(messages.contains { $0.hasPrefix("Production Hardening was recorded as completed in September 2015") })
        #expect(messages.contains { $0.hasPrefix("Deis v2 was added in October 2015") })
        #expect(!messages.contains { $0.hasPrefix("Pluggable Storage Subsystem was added") })  // added, then completed
        #expect(!findings.contains { $0.severity == .error })
    }

    let roadmap = "# Roadmap\n\n## Sync\n\n- [ ] one\n\n## Search\n\n- [x] two\n"

    @Test func completedButOpen() {
        let notes = "# Meeting Minutes\n\n## 2026-01-05\n\nRoadmap items added: Sync, Search\n\nRoadmap items completed: Sync, Search\n"
        #expect(rules([(roadmap, .markdown), (notes, .markdown)], only: "completed-but-open").map(\.message) == [
            "Sync was recorded as completed in 2026-01-05 but is still planned on the roadmap",
        ])
        #expect(rules([(roadmap, .markdown)], only: "completed-but-open").isEmpty)
    }

    @Test func addedButAbsent() {
        let notes = "# Meeting Minutes\n\n## 2026-01-05\n\nRoadmap items added: Sync, Offline\n\n## 2026-02-05\n\nRoadmap items added: Gone\n\n## 2026-03-05\n\nRoadmap items completed: Gone\n"
        #expect(rules([(roadmap, .markdown), (notes, .markdown)], only: "added-but-absent").map(\.message) == [
            "Offline was added in 2026-01-05 but the roadmap has no such item",
        ])
    }

    @Test func neverAdded() {
        let notes = "# Meeting Minutes\n\n## 2026-01-05\n\nRoadmap items added: Sync\n"
        #expect(rules([(roadmap, .markdown), (notes, .markdown)], only: "never-added").map(\.message) == ["no meeting added Search"])
        #expect(rules([(roadmap, .markdown)], only: "never-added").isEmpty)  // no meetings: nothing to reconcile
    }

    @Test func unresolvedReference() {
        let bad = "R\n=\n\nSync\n----\n\n- [ ] `Spec`_\n"
        #expect(rules([(bad, .rst)], only: "unresolved-reference").map { "\($0.line):\($0.column)" } == ["7:7"])
        #expect(rules([(bad + "\n.. _spec: https://s.example/\n", .rst)], only: "unresolved-reference").isEmpty)
        #expect(rules([("# R\n\n## A\n\nSee [the spec][spec].\n", .markdown)], only: "unresolved-reference").first?.severity == .error)
    }

    @Test func duplicateTarget() {
        let doc = "R\n=\n\nA\n-\n\n- [ ] `x`_\n\n.. _x: https://a.example/\n.. _X: https://b.example/\n"
        #expect(rules([(doc, .rst)], only: "duplicate-target").count == 1)
        #expect(rules([(roadmap, .markdown)], only: "duplicate-target").isEmpty)
    }

    @Test func duplicateTitle() {
        #expect(rules([("# R\n\n## Sync\n\n- [ ] a\n\n## sync\n\n- [ ] b\n", .markdown)], only: "duplicate-title").map(\.line) == [7])
        #expect(rules([(roadmap, .markdown)], only: "duplicate-title").isEmpty)
    }

    @Test func malformedCheckbox() {
        let found = rules([("# R\n\n## A\n\n- [] empty\n- [ x] shifted\n- [v] tick\n- [x] fine\n- [link](https://x.example/)\n", .markdown)], only: "malformed-checkbox")
        #expect(found.map(\.message) == [
            "\"[]\" is not a checkbox; write [ ] or [x]", "\"[ x]\" is not a checkbox; write [ ] or [x]", "\"[v]\" is not a checkbox; write [ ] or [x]",
        ])
        #expect(rules([(roadmap, .markdown)], only: "malformed-checkbox").isEmpty)
    }

    @Test func anRSTListWithoutABlankLineBeforeItIsReported() {
        let text = "R\n=\n\nA\n-\n\nProgress:\n* New object model\n* TLS support\n\nB\n-\n\nWe keep the API\n- which users rely on - stable.\n\n* a real list\n"
        let found = rules([(text, .rst)], only: "list-without-blank-line")
        #expect(found.map(\.line) == [8])
        #expect(found.first?.message == "these entries read as the paragraph's text, not a list: reStructuredText needs a blank line before a list")
        // Markdown lets a list interrupt a paragraph: nothing to report.
        #expect(rules([("# R\n\n## A\n\nProgress:\n* one\n* two\n", .markdown)], only: "list-without-blank-line").isEmpty)
    }

    @Test func anRSTContinuationLineNotIndentedIsReported() {
        // docutils ends the entry at the unindented line ("unexpected unindent"): the entry reads
        // "Extending the passes", the rest is a paragraph of its own.
        let text = "R\n=\n\nA\n-\n\n- Extending the passes\nto be faster.\n\n- OpenPulse, a\n  scheduler.\n\n  More about it.\n\n1. [ ] ship\nthe rest\n"
        let found = rules([(text, .rst)], only: "unindented-continuation")
        #expect(found.map(\.line) == [8])  // (docutils reads "1. [ ] ship" over "the rest" as a paragraph, no list)
        #expect(found.first?.message.hasPrefix("this line ends the list entry on line 7") == true)
        #expect(rules([("# R\n\n## A\n\n- lazy\ncontinuation\n", .markdown)], only: "unindented-continuation").isEmpty)
    }

    @Test func taskManagersMarksAreOpenTasksNotMistakes() {
        // `[/]` (in progress), `[~]`, `[>]` (deferred) are counted as open tasks; `[v]` and `[ /]`
        // are no box at all, and the item's progress leaves them out, so lint says so.
        let text = "# R\n\n## M2\n\n- [x] a\n- [/] half\n- [~] later\n- [>] moved\n- [v] seen\n- [ /] spaced\n- [ ] b\n"
        let found = rules([(text, .markdown)], only: "malformed-checkbox")
        #expect(found.map(\.message) == ["[v]", "[ /]"].map { "\"\($0)\" is not a checkbox; write [ ] or [x]" })
        #expect(found.map(\.line) == [9, 10])
    }

    @Test func shortAdornment() {
        #expect(rules([("Roadmap\n=====\n\nItem\n----\ntext\n", .rst)], only: "short-adornment").map(\.line) == [2])
        #expect(rules([("Roadmap\n=======\n\nItem\n----\ntext\n", .rst)], only: "short-adornment").isEmpty)
    }

    @Test func noDeliverables() {
        #expect(rules([("# R\n\n## Offline\n\nJust prose.\n", .markdown)], only: "no-deliverables").map(\.message) == ["Offline has no deliverables and no issue links"])
        #expect(rules([("# R\n\n## Offline\n\nTracked in #4.\n", .markdown)], only: "no-deliverables").isEmpty)
    }

    @Test func emptySection() {
        #expect(rules([("# R\n\n## Empty\n\n## Full\n\nText.\n", .markdown)], only: "empty-section").map(\.message) == ["Empty has nothing under its title"])
        #expect(rules([(roadmap, .markdown)], only: "empty-section").isEmpty)
        // An item read from an entry of a status list is its one line: nothing is missing under it.
        let statusList = "# R\n\n## Completed\n\n- Support for OpenShift\n- A chaos hub\n\n## Backlog\n\n- Windows nodes\n"
        #expect(read(statusList, as: .markdown).items.count == 3)
        #expect(rules([(statusList, .markdown)], only: "empty-section").isEmpty)
    }

    @Test func overdueAction() {
        let notes = "# Meeting Minutes\n\n## 2026-01-05\n\nAction items:\n\n- [ ] Dana: ship it, due 2026-02-01\n- [x] Eve: done already, due 2026-02-01\n- [ ] Lee: later, due 2027-01-01\n- [ ] Kim: no date\n"
        #expect(rules([(notes, .markdown)], only: "overdue-action").map(\.message) == ["Dana: \"ship it, due 2026-02-01\" was due 2026-02-01"])
    }

    @Test func meetingOrder() {
        let notes = "# Meeting Minutes\n\n## 2026-04-01\n\n## 2026-03-01\n\n## 2026-05-01\n\n## 2026-02-01\n\n## 2026-01-01\n"
        #expect(rules([(notes, .markdown)], only: "meeting-order").map(\.line) == [7])
        #expect(rules([("# Meeting Minutes\n\n## 2026-03-01\n\n## 2026-02-01\n\n## 2026-01-01\n", .markdown)], only: "meeting-order").isEmpty)
    }

    @Test func githubAnnotations() {
        let f = Linter.Finding(path: "ROADMAP.md", line: 3, column: 1, severity: .error, message: "bad 100%", rule: "x")
        #expect(f.github() == "::error file=ROADMAP.md,line=3,col=1,title=x::bad 100%25")
        #expect(f.formatted() == "ROADMAP.md:3:1: error: bad 100% [x]")
    }
}
