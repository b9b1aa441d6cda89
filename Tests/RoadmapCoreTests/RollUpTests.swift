import Testing
import RoadmapCore

/// A planning file's list of phases, one box a phase section found further on: the list is no
/// item of its own, and a ticked box says its phase is done.
@Suite struct RollUpTests {
    let phases = """
        # Roadmap: Presentation Coach

        ## Phases

        - Integer phases (1, 2, 3): planned milestone work

        - [x] **Phase 1: Recording** - working recording pipeline
        - [ ] **Phase 2: Analysis** - five analysis signals
        - [x] **Phase 3: Review** - scorecard and playback (completed 2026-03-15)

        ## Phase Details

        ### Phase 1: Recording
        **Goal**: a user can record a session.

        ### Phase 2: Analysis
        **Goal**: every session is analyzed.

        - [ ] Eye contact

        ### Phase 3: Review
        **Goal**: the user sees a scorecard.

        """

    @Test func theListSumsUpThePhases() {
        let doc = read(phases, as: .markdown)
        #expect(doc.items.map(\.title) == ["Phase 1: Recording", "Phase 2: Analysis", "Phase 3: Review"])
        #expect(doc.items.map(\.status) == [.done, .planned, .done])
    }

    @Test func boxesThatNameNoSectionAreAChecklist() {
        // "Phase 4" names no section: the list is the item's checklist, as any other.
        let doc = read("# R\n\n## Phases\n\n- [x] **Phase 1: Recording** - done\n- [ ] **Phase 4: Export** - later\n\n## Phase 1: Recording\n\nText.\n", as: .markdown)
        #expect(doc.items.map(\.title) == ["Phases", "Phase 1: Recording"])
        #expect(doc.items[0].progress == (1, 2))
        #expect(doc.items[1].status == .planned)
    }
}
