import Testing
@testable import RoadmapReading
import RoadmapCore

/// Sections of one shape read alike: the phases or releases of a roadmap are all groups of
/// their milestones, or none is, whatever incidental content one of them holds.
@Suite struct SiblingGroupsTests {
    private let phases = """
        # Roadmap

        ## Phase 0 — Quick wins

        **Goal:** small fixes.

        ### P0-1 — Errors tab
        **Shipped:** v1.3.1, with a count badge.

        ### P0-2 — Excluded paths
        **Shipped:** v1.3.1, in Settings.

        ## Phase 1 — Hardening

        ### M-1.1 — Logging
        Structured logs, rotated:

        - Path: the app's data folder
        - At most 5 files of 5 MB

        ### M-1.2 — Cancellation
        Scans stop within a second.

        """

    @Test func aPhaseOfProseMilestonesIsAGroupLikeItsSiblingWithAList() {
        let d = read(phases, as: .markdown)
        #expect(d.items.map(\.title) == ["P0-1 — Errors tab", "P0-2 — Excluded paths", "M-1.1 — Logging", "M-1.2 — Cancellation"])
        #expect(d.items.map(\.groups) == [["Phase 0 — Quick wins"], ["Phase 0 — Quick wins"], ["Phase 1 — Hardening"], ["Phase 1 — Hardening"]])
    }

    @Test func withNoGroupBesideItAPhaseOfProseStaysOneItem() {
        // Both phases have a goal of their own and milestones of prose only: each is one item.
        let prose = phases.replacingOccurrences(of: "- Path: the app's data folder\n- At most 5 files of 5 MB\n", with: "Kept in the data folder.\n")
            .replacingOccurrences(of: "## Phase 1 — Hardening\n", with: "## Phase 1 — Hardening\n\n**Goal:** a sturdier scan.\n")
        let d = read(prose, as: .markdown)
        #expect(d.items.map(\.title) == ["Phase 0 — Quick wins", "Phase 1 — Hardening"])
    }

    @Test func aSingleSubsectionOrAStatusGroupBesideItMakesNoGroup() {
        let d = read("""
            # R

            ## Done

            ### A

            - [x] one

            ## Search

            ### Design
            How the index is kept.

            ### Ranking
            What comes first.

            """, as: .markdown)
        // "Done" is a status group, not a phase like "Search": Search stays one item.
        #expect(d.items.map(\.title) == ["A", "Search"])
    }

    @Test func proseThatNamesAStatusIsNoStatusField() {
        let d = read("""
            # R

            ## v0.1 — First release

            Group items by area, type, phase, status and quarter.

            ### CLI
            Validate and generate.

            ### Schema
            JSON schema 1.0.

            """, as: .markdown)
        #expect(d.items.map(\.title) == ["v0.1 — First release"])
        let fielded = read("# R\n\n## v0.1\n\n### CLI\n\n**Status:** In design\n\n### Schema\n\nJSON schema 1.0.\n", as: .markdown)
        #expect(fielded.items.map(\.title) == ["CLI", "Schema"])
        #expect(fielded.items.first?.status == .inProgress)
    }
}
