import Testing
@testable import RoadmapReading
import RoadmapCore

/// A roadmap that ticks its headings: `### [x] CLI` is an item, done, and its section a group.
@Suite struct CheckboxHeadingTests {
    @Test func tickedHeadingsAreItemsWithTheirStatus() {
        let d = read("""
            # Roadmap

            ## v0.1.0 - Initial Release

            Group items by area, type, phase, status and quarter.

            ### [x] CLI with validate

            Validates files.

            ### [ ] JSON schema

            ## v0.2.0 - Distribution

            ### [X] Homebrew tap

            """, as: .markdown)
        #expect(d.items.map(\.title) == ["[x] CLI with validate", "[ ] JSON schema", "[X] Homebrew tap"])
        #expect(d.items.map(\.status) == [.done, .planned, .done])
        #expect(d.items.map(\.groups) == [["v0.1.0 - Initial Release"], ["v0.1.0 - Initial Release"], ["v0.2.0 - Distribution"]])
    }

    @Test func aGroupMarkedDoneSaysSoOfTheItemsInIt() {
        let d = read("""
            # Roadmap

            ## Phase 1 ✅

            ### Sync

            Uploads in the background.

            ### Search

            - [x] Index
            - [ ] Query language

            ## Phase 2 (done)

            ### Export

            Text.

            ### Backup

            Text.

            ## Phase 3

            ### Import

            Text.

            ### Themes

            Text.

            """, as: .markdown)
        #expect(d.items.map(\.title) == ["Sync", "Search", "Export", "Backup", "Import", "Themes"])
        #expect(d.items.map(\.status) == [.done, .done, .done, .done, .planned, .planned])
        // The checklist still says what was ticked.
        #expect(d.items[1].progress == (1, 2))
    }

    @Test func tickingTheBoxKeepsTheID() {
        let open = read("# R\n\n## v1\n\n### [ ] HTML output\n\n### [ ] CLI\n", as: .markdown)
        let done = read("# R\n\n## v1\n\n### [x] HTML output\n\n### [X] CLI\n", as: .markdown)
        #expect(open.items.map(\.id) == ["html-output", "cli"])
        #expect(done.items.map(\.id) == open.items.map(\.id))
        #expect(Slug.make("[x]ray tracing") == "x-ray-tracing")
    }

    @Test func onlyABoxFollowedByASpaceCounts() {
        #expect(HeadingVocabulary.checkboxStatus(title: "  [x] Done") == .done)
        #expect(HeadingVocabulary.checkboxStatus(title: "[ ] Open") == .planned)
        #expect(HeadingVocabulary.checkboxStatus(title: "[x]Done") == nil)
        #expect(HeadingVocabulary.checkboxStatus(title: "[v] Done") == nil)
        #expect(HeadingVocabulary.checkboxStatus(title: "[x]") == nil)
    }
}
