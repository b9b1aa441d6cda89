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

    @Test func anIntroductionOfProseDoesNotSwallowTheSubsections() {
        let d = read("""
            Roadmap
            =======

            Near Term Plans
            ---------------

            Outline for the next 12-18 months.

            TLS Hardening
            ^^^^^^^^^^^^^

            Add interop tests with OpenSSL.

            ECC Refactoring
            ^^^^^^^^^^^^^^^

            Share curve representations.

            """, as: .rst)
        #expect(d.items.map(\.title) == ["TLS Hardening", "ECC Refactoring"])
        #expect(d.items.map(\.groups) == [["Near Term Plans"], ["Near Term Plans"]])
    }

    @Test func aSectionNamedRoadmapHoldsTheItems() {
        let d = read("# Kube-vip Roadmap\n\n## Release methodology\n\nTick-tock.\n\n## Roadmap\n\nTwo areas:\n\n- HA control plane\n- LoadBalancer services\n\n### HA Control Plane\n\n- **Re-implement load balancing** - via IPVS.\n", as: .markdown)
        #expect(d.items.map(\.title) == ["HA Control Plane"])
        #expect(d.items[0].deliverables.count == 1)
    }

    @Test func aGroupsStatusFieldSpeaksForItsItems() {
        let d = read("# R\n\n## Phase 1\n\n**Status:** In Progress\n\n### GRPC API\n\n- Protos\n\n### Design\n\n- Diagrams\n\n## Phase 2\n\n### Runtime\n\n- Shims\n\n### Storage\n\n- Snapshots\n", as: .markdown)
        #expect(d.items.map(\.title) == ["GRPC API", "Design", "Runtime", "Storage"])
        #expect(d.items.map(\.status) == [.inProgress, .inProgress, .planned, .planned])
    }

    @Test func areasRepeatedUnderAStatusGroupAreNoTemplate() {
        let d = read("# Roadmap\n\n## Planning\n\n### Core\n- [x] a\n- [ ] b\n\n### Security\n- [ ] c\n\n## Backlog\n\n### Core\n- [ ] d\n\n### Security\n- [ ] e\n", as: .markdown)
        #expect(d.items.map(\.title) == ["Core", "Security", "Core", "Security"])
        #expect(d.items.map(\.status) == [.inProgress, .planned, .backlog, .backlog])
    }

    @Test func eachYearsRoadmapHoldsItsItemsThoughTheyShareParts() {
        let d = read("# Katib 2021 Roadmap\n\n## New Features\n\n- AutoML\n\n## Enhancements\n\n- Faster UI\n\n# Katib 2020 Roadmap\n\n## New Features\n\n- NAS\n\n## Enhancements\n\n- Common\n", as: .markdown)
        #expect(d.items.map(\.title) == ["New Features", "Enhancements", "New Features", "Enhancements"])
        #expect(d.items.map(\.groups) == [["Katib 2021 Roadmap"], ["Katib 2021 Roadmap"], ["Katib 2020 Roadmap"], ["Katib 2020 Roadmap"]])
    }

    @Test func aGroupsOwnPlanIsAnItemUnlessItIsATableOfContents() {
        // A KEP's "Design Details" over its plan, then "Graduation" over Alpha and Beta.
        let kep = read("# Plan\n\n## Design\n\n- Define the annotation\n- Add tests\n\n### Graduation\n\n#### Alpha\n\n- Gather feedback\n\n#### Beta\n\n- Remove the old annotation\n", as: .markdown)
        #expect(kep.items.map(\.title) == ["Design", "Alpha", "Beta"])
        #expect(kep.items[0].deliverables.map(\.text) == ["Define the annotation", "Add tests"])
        let contents = read("# Plan\n\n## Milestones\n\n1. [Alpha](#alpha),\n2. and [Beta](#beta)\n\n### Alpha\n\n#### A1\n\n- x\n\n### Beta\n\n#### B1\n\n- y\n", as: .markdown)
        #expect(contents.items.map(\.title) == ["A1", "B1"])
    }

    @Test func objectivesIsACollectionOfGoals() {
        let doc = read("# Roadmap\n\n## Objectives\n\n### Faster sync\n\nSync in seconds.\n\n### Offline mode\n\nWork without a network.\n\n## Later\n\n- Plugins\n", as: .markdown)
        #expect(doc.items.map(\.title) == ["Faster sync", "Offline mode", "Plugins"])
    }
}

