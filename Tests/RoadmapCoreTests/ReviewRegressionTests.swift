import Testing
import RoadmapCore

/// Cases a review found; each stays fixed.
@Suite struct ReviewRegressionTests {
    func editor(_ text: String, _ format: Format) -> DocumentEditor {
        DocumentEditor(path: "doc", tree: SyntaxTree.parse(SourceText(text), as: format))
    }

    @Test func markdownProseWithAColonIsNotAField() throws {
        let e = editor("# Roadmap\n\n## Search\n\nNote: this is prose, not a field list.\nIt has a second line without a colon\n\n- [ ] One\n", .markdown)
        #expect(try e.unsetField(item: 0, key: "note").patches.isEmpty)
        let set = String(decoding: try e.setField(item: 0, key: "note", value: "hello").applied(to: e.tree.source.bytes), as: UTF8.self)
        #expect(set.contains("## Search\n\nnote: hello\n\nNote: this is prose"))
    }

    @Test func markdownFieldsTheReaderCannotReadAreRefused() {
        let e = editor("# R\n\n## A\n\nOwner: dana\nTarget: 2\n\n- [ ] x\n", .markdown)
        #expect(throws: EditError.self) { try e.setField(item: 0, key: "target", value: "") }
        #expect(throws: EditError.self) { try e.setField(item: 0, key: "Target (new)", value: "3") }
        #expect(throws: EditError.self) { try e.setField(item: 0, key: "a very long key with many words", value: "3") }
    }

    @Test func emphasisedValuesAreReplacedWhole() throws {
        let e = editor("# R\n\n## A\n\nOwner: **dana**\n", .markdown)
        #expect(try e.setField(item: 0, key: "owner", value: "dana").patches.isEmpty)
        let after = String(decoding: try e.setField(item: 0, key: "owner", value: "eve").applied(to: e.tree.source.bytes), as: UTF8.self)
        #expect(after.hasSuffix("Owner: **eve**\n"))
    }

    @Test func multiLineRSTFieldIsReplacedWhole() throws {
        let e = editor("R\n=\n\nOffline\n-------\n:target: 2.0\n  continued target\n\nText.\n", .rst)
        let after = String(decoding: try e.setField(item: 0, key: "target", value: "3.0").applied(to: e.tree.source.bytes), as: UTF8.self)
        #expect(read(after, as: .rst).items[0].fields["target"] == "3.0")
    }

    @Test func nestedDeliverableAtTheEndOfAFileWithoutNewline() throws {
        let e = editor("# R\n\n## A\n\n- [ ] x", .markdown)
        let after = String(decoding: try e.addDeliverable(item: 0, text: "y", checked: false, link: nil, under: "1").applied(to: e.tree.source.bytes), as: UTF8.self)
        #expect(read(after, as: .markdown).items[0].progress.total == 2)
    }

    @Test func aFirstChecklistGoesBeforeTheNextSectionsAnchor() throws {
        let e = editor("Roadmap\n=======\n\nSync\n----\n\nFaster sync.\n\n.. _cache:\n\nOffline Mode\n------------\n\n- [ ] cache\n", .rst)
        let after = String(decoding: try e.addDeliverable(item: 0, text: "Delta", checked: false, link: nil, under: nil).applied(to: e.tree.source.bytes), as: UTF8.self)
        #expect(read(after, as: .rst).items.map(\.id) == ["sync", "cache"])
    }

    @Test func enumeratedSiblingsCountOn() throws {
        let e = editor("R\n=\n\nSync\n----\n\n1. [ ] one\n2. [x] two\n", .rst)
        let after = String(decoding: try e.addDeliverable(item: 0, text: "three", checked: false, link: nil, under: nil).applied(to: e.tree.source.bytes), as: UTF8.self)
        #expect(after.hasSuffix("2. [x] two\n3. [ ] three\n"))
    }

    @Test func crlfDiffsKeepTheirLineEndings() throws {
        let e = editor("# R\r\n\r\n## S\r\n\r\n- [ ] one\r\n", .markdown)
        let diff = e.diff(try e.setChecked(true, item: 0, selectors: [], all: false))
        #expect(diff.contains("-- [ ] one\r\n+- [x] one\r\n"))
        let n = editor("# A\n\n## S\n\n- [ ] one", .markdown)
        #expect(n.diff(try n.setChecked(true, item: 0, selectors: [], all: false)).hasSuffix("-- [ ] one\n\\ No newline at end of file\n+- [x] one\n\\ No newline at end of file\n"))
    }

    @Test func processDocumentsAreNamedByWholeWords() {
        let d = read("# Data Processing Roadmap\n\n## Faster Ingest\n\nStatus: in progress\n\n## Streaming\n\n- [ ] a\n\n## Spark migration (2026-06-01)\n\nText.\n", as: .markdown)
        #expect(d.items.map(\.title) == ["Faster Ingest", "Streaming", "Spark migration (2026-06-01)"])
        #expect(d.meetings.isEmpty)
    }

    @Test func oneTasksSubsectionBelongsToItsItem() {
        let d = read("# R\n\n## Feature X\n\nDescription.\n\n### Tasks\n\n- [ ] a\n- [x] b\n\n## Feature Y\n\n### Tasks\n\n- [ ] c\n", as: .markdown)
        #expect(d.items.map(\.title) == ["Feature X", "Feature Y"])
        #expect(d.items[0].progress == (1, 2))
    }

    @Test func controlCharactersNeverReachTheTerminal() {
        let d = read("# R\n\n## Evil \u{1B}[31mred\n", as: .markdown)
        let table = ItemListRenderer.table([ItemListRenderer.Section(document: d, items: d.items)], width: nil, style: .plain)
        #expect(!table.contains("\u{1B}"))
        #expect(table.contains("Evil \\u{1b}[31mred"))
        #expect(TextWidth.of("🚀") == 2)
    }

    @Test func aCellIsMeasuredInOnePassAsTheSlowWayMeasuresIt() {
        // Bars, dashes and arrows are one column each; wide, combining and control scalars
        // take the slow way, which must agree.
        let cells = ["2/5 ████░░░░░░", "–", "Sync › Login", "a—b", "→ next", "plain", "", "☕ tea", "日本", "e\u{301}", "🚀 launch",
                     "tab\there", "esc \u{1B}[0m", "c1 \u{85}", "⌚", "\u{2060}joined", "✅ done"]
        for cell in cells {
            let expected = TextWidth.printable(cell) == cell ? TextWidth.of(cell) : -1
            #expect(TextWidth.printableWidth(cell) == expected, "\(cell.debugDescription)")
        }
        #expect(TextWidth.printableWidth("2/5 ████░░░░░░") == 14)
        #expect(TextWidth.printableWidth("日本") == 4)
        #expect(TextWidth.printableWidth("esc \u{1B}[0m") == -1)
    }

    @Test func meetingLabelsOnConsecutiveLinesAndEntries() {
        let d = read("# Meeting Minutes\n\n## 2026-05-19\n\nRoadmap items completed: Sync, Login\nRoadmap items added: Search\n\nAttendees: Dana (Acme, Inc.), Eve\n\nAdded:\n\n- Search, with commas\n", as: .markdown)
        let m = d.meetings[0]
        #expect(m.completed == ["Sync", "Login"])
        #expect(m.added == ["Search", "Search, with commas"])
        #expect(m.attendees.map(\.name) == ["Dana", "Eve"])
        #expect(m.attendees.first?.organization == "Acme, Inc.")
    }

    // MARK: - The review of the reading rules added for real roadmaps

    @Test func aStatusTableDoesNotOverruleTheGroupAndUnknownRowsAreOpen() {
        let d = read("""
            # Roadmap

            ## Planned

            ### Windows port

            Platform support:

            | Platform | Status |
            | --- | --- |
            | Linux | Stable |
            | Windows | Not supported |

            ## Release 2.0

            | Scenario | State |
            | --- | --- |
            | Settings UI | ✔️ |
            | Tab tear-off | 📝 |
            """, as: .markdown)
        // The platforms of an item under "Planned" say nothing of it; the scenarios of a release
        // are its items, each with its state (📝, unknown, is open).
        #expect(d.items.map(\.title) == ["Windows port", "Settings UI", "Tab tear-off"])
        #expect(d.items.map(\.status) == [.planned, .done, .planned])
    }

    @Test func listsWithoutAKnownLabelAreOpenAndANiceToHaveListSpeaksForItself() {
        let d = read("# R\n\n## Search\n\n**Done:**\n\n- Spec\n\nStill to do:\n\n- Index\n\n## Q2 2026\n\nWe will:\n\n- Ship export\n\nNice to have:\n\n- Graphs\n", as: .markdown)
        #expect(d.items.map(\.status) == [.inProgress, .planned])
    }

    @Test func genericSubsectionsArePartsOfTheirItem() {
        let d = read("# R\n\n## Offline sync\n\n### Why\n\nTeams work offline.\n\n### How\n\nA queue.\n\n## Storage\n\n### Current state\n\nSQLite.\n\n### Target state\n\nPostgres.\n", as: .markdown)
        #expect(d.items.map(\.title) == ["Offline sync", "Storage"])
    }

    @Test func aBoldParagraphIsStillTheSummaryAndABoldFieldReadsWhole() {
        let d = read("# R\n\n## Sync\n\n**Sync must work offline.**\n\n## Reconnect\n\n**Priority: High** - critical UX fix\n\n- Codes\n", as: .markdown)
        #expect(d.items[0].summary == "Sync must work offline.")
        #expect(d.items[1].fields["priority"] == "High - critical UX fix")
    }

    @Test func aWordThatSaysIssueKeepsTheTitlesReference() {
        let d = read("# R\n\n## Dark mode (PR #123)\n\n- Theme\n\n## Fix login crash, issue #45\n\n- Patch\n\n## Extras #1\n\n- More\n", as: .markdown)
        #expect(d.items.map { $0.issues.map(\.number) } == [[123], [45], []])
    }

    @Test func textUnderANextMeetingHeadingIsKept() throws {
        let d = read("# Team Sync 2026-03-05\n\n## Attendees\n\n- Dana\n\n## Next meeting\n\nLee to schedule in April.\n", as: .markdown, path: "notes.md")
        #expect(d.meetings.first?.next == "Lee to schedule in April.")
    }

    @Test func aFirstSentenceDoesNotEndAtAnAbbreviationAndWorkTitledContributingStays() {
        let d = read("# R\n\n## Next\n\n- Support for e.g. Postgres and MySQL backends in the storage layer with automatic migrations and rollbacks for all.\n\n## Contributing to upstream Kubernetes\n\n- Scheduler plugin API\n\n## Phase 3 — Research\n\n- [ ] Prototype\n", as: .markdown)
        #expect(d.items[0].title.hasPrefix("Support for e.g. Postgres"))
        #expect(d.items.map(\.status) == [.planned, .planned, .planned])  // "Next" is planned; "Research" is no backlog word
        #expect(d.items[1].title == "Contributing to upstream Kubernetes")
    }

    @Test func aStatusTitleWithAMarkKeepsItsWordsStatus() {
        let d = read("# Project\n\n## Roadmap\n\n### ⏳ Planned\n\nNothing here yet.\n", as: .markdown)
        #expect(d.items.map(\.status) == [.planned])
    }

    @Test func aProcessDocumentsPlainListIsNoItem() {
        let d = read("Meeting Notes Workflow\n======================\n\nHow to update the wiki after a meeting.\n\n- Take notes\n- Notify Kyler\n", as: .rst)
        #expect(d.items.isEmpty)
    }
}
