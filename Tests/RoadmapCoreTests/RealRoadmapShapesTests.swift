import Testing
import RoadmapCore
@testable import RoadmapReading

/// The shapes real roadmaps take, each in the smallest document that shows it: no task is
/// dropped, items sit where a person sees them, and groups are kept.
@Suite struct RealRoadmapShapesTests {
    // MARK: - Tasks outside every item

    @Test func aTitleWithAChecklistIsAnItem() {
        let d = read("# Plan\n\n- [ ] one\n- [x] two\n", as: .markdown)
        #expect(d.title == "Plan")
        #expect(d.items.map(\.title) == ["Plan"])
        #expect(d.items[0].progress == (1, 2))
        #expect(d.items[0].origin == .untitled)
    }

    @Test func aDocumentWithoutHeadingsIsNamedAfterItsFile() {
        let d = read("- [ ] one\n- [x] two\n", as: .markdown, path: "notes/TODO.md")
        #expect(d.items.map(\.title) == ["TODO"])
        #expect(d.items[0].deliverables.map(\.text) == ["one", "two"])
    }

    @Test func aDocumentWithoutHeadingsIsNamedAfterItsTitleMetadata() {
        let d = read("---\ntitle: Sprint 4\n---\n\n- [ ] one\n", as: .markdown, path: "x.md")
        #expect(d.items.map(\.title) == ["Sprint 4"])
    }

    @Test func tasksBetweenTheTitleAndTheFirstItemAreKept() {
        let d = read("# Title\n\n- [ ] before\n\n## Item A\n\n- [ ] a1\n", as: .markdown)
        #expect(d.items.map(\.title) == ["Title", "Item A"])
        #expect(d.items.map(\.id) == ["title", "item-a"])
    }

    @Test func tasksAboveTheFirstHeadingAreKept() {
        let d = read("- [ ] early\n\n# Title\n\n## Item\n\n- [ ] a\n", as: .markdown, path: "r.md")
        #expect(d.items.map(\.title) == ["Title", "Item"])
        #expect(d.items[0].deliverables.map(\.text) == ["early"])
    }

    @Test(arguments: [
        ("Title\n=====\n\n* [ ] one\n* [x] two\n", Format.markdown),
        ("Title\n=====\n\n* [ ] one\n* [x] two\n", Format.rst),
        ("## Version 0.3\n\n- [ ] one\n- [x] two\n", Format.markdown),
    ])
    func aLoneTitleKeepsItsChecklist(_ text: String, _ format: Format) {
        let d = read(text, as: format)
        #expect(d.items.count == 1)
        #expect(d.items.first.map { $0.progress == (1, 2) } == true)
    }

    @Test func aPlainListUnderTheTitleIsTheRoadmapWhenNothingElseIs() {
        let d = read("# Mypy Roadmap\n\nIntro.\n\n- Faster daemon (#12)\n- Better errors\n", as: .markdown)
        #expect(d.items.map(\.title) == ["Mypy Roadmap"])
        #expect(d.items[0].deliverables.map(\.text) == ["Faster daemon (#12)", "Better errors"])
        #expect(d.items[0].deliverables.allSatisfy { $0.checked == nil })
        #expect(d.items[0].issues.map(\.number) == [12])
    }

    @Test func anIntroductionWithAPlainListIsNotAnItemWhenThereAreItems() {
        let d = read("# R\n\nWe aim for:\n\n- speed\n- ease\n\n## Sync\n\n- [ ] one\n", as: .markdown)
        #expect(d.items.map(\.title) == ["Sync"])
    }

    // MARK: - The title

    @Test func aHigherHeadingLateInTheFileIsNotTheTitle() {
        let d = read("## A\n\n- [ ] a\n\n# B\n\n- [ ] b\n\n## C\n\n- [ ] c\n", as: .markdown)
        #expect(d.title == nil)
        // B has a checklist of its own, so C's counts for it; A is not lost.
        #expect(d.items.map(\.title) == ["A", "B"])
        #expect(d.items[1].progress == (0, 2))
    }

    @Test func twoTopLevelHeadingsKeepTheirSections() {
        let d = read("# 2025\n\n## Sync\n\n- [ ] a\n\n## Search\n\n- [ ] b\n\n# 2026\n\n## Sharing\n\n- [ ] c\n", as: .markdown)
        #expect(d.title == nil)
        #expect(d.items.map(\.title) == ["Sync", "Search", "Sharing"])
        #expect(d.items.map(\.groups) == [["2025"], ["2025"], ["2026"]])
    }

    @Test func rstTitleAboveAnAppendixOfTheSameLevel() {
        let d = read("Roadmap\n=======\n\nSync\n----\n- [ ] a\n\nSearch\n------\n- [ ] b\n\nExtras\n======\n\nNotes.\n", as: .rst)
        #expect(d.title == nil)
        #expect(d.items.map(\.title) == ["Sync", "Search", "Extras"])
        #expect(d.items[0].groups == ["Roadmap"])
    }

    // MARK: - Groups and the item level

    @Test func aMilestoneWithOneComponentIsAGroupLikeOneWithTwo() {
        let d = read("""
            # R

            ## Milestone 1

            ### Bootloader

            - [ ] a

            ### Kernel

            - [ ] k

            ## Milestone 2

            ### Bootloader

            - [x] b

            """, as: .markdown)
        #expect(d.items.map(\.title) == ["Bootloader", "Kernel", "Bootloader"])
        #expect(d.items.map(\.groups) == [["Milestone 1"], ["Milestone 1"], ["Milestone 2"]])
        #expect(d.items.map(\.id) == ["bootloader", "kernel", "milestone-2-bootloader"])
    }

    @Test func aTasksSubsectionIsPartOfItsItem() {
        let d = read("# R\n\n## Faster Sync\n\nWhy.\n\n### Tasks\n\n- [x] a\n- [ ] b\n", as: .markdown)
        #expect(d.items.map(\.title) == ["Faster Sync"])
        #expect(d.items[0].progress == (1, 2))
        #expect(d.items[0].groups == [])
    }

    @Test func subsectionsEverySiblingRepeatsAreParts() {
        let d = read("# R\n\n## 1.0\n\n### 目标\n\n- API\n\n### 状态\n\n- [x] review\n\n## 2.0\n\n### 目标\n\n- Plugins\n\n### 状态\n\n- [ ] loader\n", as: .markdown)
        #expect(d.items.map(\.title) == ["1.0", "2.0"])
        #expect(d.items.map(\.status) == [.done, .planned])
    }

    @Test func releasesWithPlainListsUnderAYearAreItems() {
        let d = read("# R\n\n## 2023\n\n### v1.1\n\n- faster\n\n### v1.2\n\n- smaller\n", as: .markdown)
        #expect(d.items.map(\.title) == ["v1.1", "v1.2"])
        #expect(d.items.map(\.groups) == [["2023"], ["2023"]])
        #expect(d.items[0].deliverables.map(\.text) == ["faster"])
    }

    @Test func groupsNestAndAreExported() throws {
        let d = read("# R\n\n## 2024\n\n### Completed\n\n#### Login\n\n- [x] form\n", as: .markdown)
        #expect(d.items.map(\.groups) == [["2024", "Completed"]])
        let json = JSONRenderer.render([d])
        #expect(json.contains("\"groups\": [\n            \"2024\",\n            \"Completed\"\n          ]"))
    }

    // MARK: - Sections that are not items

    @Test(arguments: ["Table of Contents", "Contents", "Purpose of this document", "Moderator: Tim", "Meeting Duration: 1.5 hour",
                      "Video of the meeting", "Attendees", "How to help?", "How to add an item"])
    func aSectionAboutTheDocumentIsNotAnItem(_ title: String) {
        let d = read("# R\n\n## \(title)\n\nSome text.\n\n- a link\n\n## Sync\n\n- [ ] one\n", as: .markdown)
        #expect(d.items.map(\.title) == ["Sync"])
    }

    @Test func aChecklistStillMakesSuchASectionAnItem() {
        let d = read("# R\n\n## Overview\n\n- [ ] write it\n", as: .markdown)
        #expect(d.items.map(\.title) == ["Overview"])
    }

    @Test func aTitleOfQuestionMarksIsStillAnItem() {
        let d = read("# R\n\n## ???\n\n## Sync\n", as: .markdown)
        #expect(d.items.map(\.title) == ["???", "Sync"])
    }

    // MARK: - Status groups

    @Test(arguments: [
        ("Completed", Status.done), ("Released", .done), ("Done ✅", .done), ("Completed Items", .done), ("Recently Released", .done),
        ("Completed in 2023", .done), ("In-Progress (Under Design OR Active Development)", .inProgress), ("Now", .inProgress),
        ("Under development", .inProgress), ("What's Next", .planned), ("Up next", .planned), ("Future", .planned),
        ("Backlog", .backlog), ("Idea Backlog", .backlog), ("Later", .backlog), ("Under Consideration", .backlog),
    ])
    func statusGroupsWhateverTheirLength(_ title: String, _ status: Status) {
        let d = read("# R\n\n## \(title)\n\n### Thing\n\nText.\n", as: .markdown)
        #expect(d.items.map(\.status) == [status], "\(title)")
        #expect(d.items.first?.groups == [title])
    }

    @Test(arguments: ["Backlog Cleanup", "Release Process Improvements", "Done Criteria for Alpha", "Next-gen Storage"])
    func aStatusWordInsideATitleIsNoGroup(_ title: String) {
        let d = read("# R\n\n## \(title)\n\n- [ ] one\n", as: .markdown)
        #expect(d.items.map(\.title) == [title])
    }

    @Test func aGroupsOwnEntriesBeforeItsSubsectionsAreItems() {
        let d = read("# R\n\n## Completed\n\n- Login\n\n### Search\n\nShipped.\n", as: .markdown)
        #expect(d.items.map(\.title) == ["Login", "Search"])
        #expect(d.items.map(\.status) == [.done, .done])
    }

    @Test func anOpenBoxUnderCompletedIsNotDone() {
        let d = read("# R\n\n## Completed\n\n- [ ] not really\n- [x] really\n", as: .markdown)
        #expect(d.items.map(\.status) == [.planned, .done])
    }

    @Test func aStatusGroupInsideAStatusGroupGivesItsOwnStatus() {
        let d = read("# R\n\n## What's Next\n\n### Sync\n\n- [ ] a\n\n### Under Consideration\n\n- Plugins\n", as: .markdown)
        #expect(d.items.map(\.title) == ["Sync", "Plugins"])
        #expect(d.items.map(\.status) == [.planned, .backlog])
        #expect(d.items[1].groups == ["What's Next", "Under Consideration"])
    }

    @Test func aStatusGroupListingItsSubsectionsListsEachItemOnce() {
        let d = read("# R\n\n## Now\n\n- [Feature A](#feature-a)\n- Feature B\n\n### Feature A\n\nText.\n\n### Feature B\n\nText.\n\n## Later\n\n- Idea\n", as: .markdown)
        #expect(d.items.map(\.id) == ["feature-a", "feature-b", "idea"])
        #expect(d.items.map(\.status) == [.inProgress, .inProgress, .backlog])
    }

    @Test func anItemWithItsOwnListKeepsOneStatusPart() {
        let d = read("# R\n\n## Feature X\n\n- part a\n\n### Nice to have\n\n- part c\n\n## Feature Y\n\n- y1\n", as: .markdown)
        #expect(d.items.map(\.title) == ["Feature X", "Feature Y"])
        #expect(d.items[0].deliverables.map(\.text) == ["part a", "part c"])
    }

    @Test func aStatusMarkSaysTheStatus() {
        let d = read("""
            # R

            ## Feature A

            Status: :white_check_mark: Complete

            ## Feature B

            **Status**: :construction: In progress

            ## :white_check_mark: Done

            ### Feature C

            ## ✅ Feature D

            ## 🚧 Feature E
            """, as: .markdown)
        #expect(d.items.map(\.status) == [.done, .inProgress, .done, .done, .inProgress])
        #expect(d.items[2].groups == [":white_check_mark: Done"])
    }

    @Test func subsectionsTitledAsFieldsAreFieldsOfTheItem() {
        let d = read("# R\n\n## Milestone 1\n\nBuild it.\n\n### Tasks: NA\n\n### Leads: Dana, Lee\n\n### Status: In progress\n\n## Milestone 2\n\n### Tasks\n\n- [ ] one\n\n### Leads: Kim\n", as: .markdown)
        #expect(d.items.map(\.title) == ["Milestone 1", "Milestone 2"])
        #expect(d.items[0].fields["leads"] == "Dana, Lee")
        #expect(d.items[0].status == .inProgress)
        #expect(d.items[1].fields["leads"] == "Kim")
    }

    @Test func whatTheRoadmapWillNotDoIsNoItem() {
        let d = read("# R\n\n## Next\n\n- Notifier\n\n## Non-Goals\n\n- A GUI\n\n## Not on the roadmap\n\n- Search\n\n## Definition of Done\n\n* Tests pass\n", as: .markdown)
        #expect(d.items.map(\.title) == ["Notifier"])
    }

    @Test(arguments: [
        ("In progress / being explored", Status.inProgress), ("Hecho", .done), ("En curso", .inProgress), ("Terminé", .done),
        ("✅ Fonctionnalités Implémentées", .done), ("Erledigt", .done), ("Supported Features", .done),
    ])
    func statusGroupsInOtherWordsAndLanguages(_ title: String, _ status: Status) {
        let d = read("# R\n\n## \(title)\n\n### Login\n\nText.\n", as: .markdown)
        #expect(d.items.map(\.status) == [status])
        #expect(d.items.first?.groups == [title])
    }

    @Test func aBoldLeadInIsTheEntrysTitle() {
        let d = read("# R\n\n## Next\n\n- **Templated notifier** — the same idea, via Go\n  templates.\n- **Search**: fast.\n- Plain entry\n", as: .markdown)
        #expect(d.items.map(\.title) == ["Templated notifier", "Search", "Plain entry"])
        #expect(d.items.map(\.summary) == ["the same idea, via Go templates.", "fast.", nil])
        #expect(d.items.map(\.id) == ["templated-notifier", "search", "plain-entry"])
    }

    @Test func aBoldLeadInTitlesACheckboxEntryOfAGroupToo() {
        let d = read("# Board\n\n## In Progress\n- [ ] **Auth rewrite**: move sessions to OAuth #12\n\n## Done\n- [x] **Login page** - new design\n", as: .markdown)
        #expect(d.items.map(\.title) == ["Auth rewrite", "Login page"])
        #expect(d.items.map(\.summary) == ["move sessions to OAuth #12", "new design"])
        #expect(d.items.map(\.status) == [.inProgress, .done])
        #expect(d.items[0].issues.map(\.number) == [12])
    }

    @Test func aBoldLeadInThatNamesAKindOfWorkIsNoTitle() {
        // "**Bug**:" says what kind of entry it is; the entry's words name it.
        let d = read("# Board\n\n## Todo\n- [ ] **Bug**: sketch shows late\n- **Feature** - dark mode\n", as: .markdown)
        #expect(d.items.map(\.title) == ["Bug: sketch shows late", "Feature - dark mode"])
        #expect(d.items.map(\.summary) == [nil, nil])
    }

    @Test func aStatusInBoldOrCapitalsClosingAnEntryMarksIt() {
        let d = read("Roadmap\n=======\n\nPackaging\n---------\n\n- Convert installation to pip. **COMPLETED FEB 2021**\n- Implement packrat memoization DONE\n- Windows support\n", as: .rst)
        #expect(d.items.first?.status == .inProgress)
        #expect(d.items.first.map { $0.progress.done } == 2)
        #expect(d.items.first.map { $0.progress.total } == 3)
        // A capitalised word that is no status says nothing: "… for AWS".
        #expect(ItemCollector.closingStatus(ofEntry: "Support for AWS") == nil)
        #expect(ItemCollector.closingStatus(ofEntry: "Support the **new API**") == nil)
    }

    @Test func aLongEntryEndingItsFirstSentenceWithAYearIsTitledByIt() {
        let d = read("# R\n\n## Completed\n\n- Last major release that is compatible with Python 2 (time frame: late 2018). Beginning with v3.x.y we are Python 3 only.\n", as: .markdown)
        #expect(d.items.map(\.title) == ["Last major release that is compatible with Python 2 (time frame: late 2018)"])
    }

    @Test func aFeatureNamedByItsTitleAloneIsAnItem() {
        // `### Plugin API` with nothing under it is a feature not yet described, not a part.
        let d = read("# Roadmap\n\n## 2.0\n\n### Plugin API\n\n## 3.0\n\n### Sync\n\n### Search\n", as: .markdown)
        #expect(d.items.map(\.title) == ["Plugin API", "Sync", "Search"])
        #expect(d.items.map(\.groups) == [["2.0"], ["3.0"], ["3.0"]])
    }

    @Test func aShareDoneInAGroupTitleSaysNothingOfEachItem() {
        let d = read("# R\n\n## 1.0 - 37% completed - 3 / 8\n\n### Sync\n\n### Hook (resolved)\n\n## Phase 2 - 0% complete\n\n### Alpha\n\nText.\n\n### Beta\n\nText.\n\n## Sync - 50% done\n\nText.\n", as: .markdown)
        #expect(d.items.map(\.status) == [.planned, .done, .planned, .planned, .inProgress])
    }

    @Test func aLegendTableIsNoProgress() {
        let d = read("# R\n\n## Status Columns\n\n| Status | Meaning |\n|---|---|\n| **Todo** | Planned |\n| **Done** | Completed |\n", as: .markdown)
        #expect(d.items.first?.progress.total == 0)
        #expect(d.items.first?.status == .planned)
    }

    @Test func releasedVersionsAreDoneAndNearHorizonsArePlannedGroups() {
        let d = read("""
            # R

            ## Released Versions

            ### v0.8.0

            Text.

            ## Short term

            - Multi datacenter support
            - User management

            ## Soon

            - Julia support

            ## Long term

            - Recovery policy
            """, as: .markdown)
        #expect(d.items.map(\.title) == ["v0.8.0", "Multi datacenter support", "User management", "Julia support", "Recovery policy"])
        #expect(d.items.map(\.status) == [.done, .planned, .planned, .planned, .backlog])
    }

    @Test func milestonesWrittenAsEntriesOverTheirChecklistsAreItems() {
        let text = "# Roadmap 2022\n\n## Milestones\n\n* Distributed Deployment\n    * [x] Sharding\n    * [x] Cluster scaling\n* Payload Processing\n    * [x] Null values\n    * [ ] More payload types\n"
        let d = read(text, as: .markdown)
        #expect(d.items.map(\.title) == ["Distributed Deployment", "Payload Processing"])
        #expect(d.items.map(\.status) == [.done, .inProgress])
        #expect(d.items.map { $0.progress.done } == [2, 1])
        // Under a feature's own title, such entries are its parts: one item.
        let feature = read(text.replacingOccurrences(of: "## Milestones", with: "## Kaggle API Integration"), as: .markdown)
        #expect(feature.items.map(\.title) == ["Kaggle API Integration"])
    }

    @Test func aQualifierOrMarkAtTheEndOfATitleSaysTheStatus() {
        let d = read("""
            # R

            ## Phase 1 — combat _(current)_

            ## Phase 2 (in progress)

            ## Online (future)

            ## Registry — deferred, low value

            ## Slice 0 — Docs ✓

            ## Instances ✅ Shipped

            ## Sync (Android, iOS)
            """, as: .markdown)
        #expect(d.items.map(\.status) == [.inProgress, .inProgress, .backlog, .backlog, .done, .done, .planned])
    }

    @Test func aHeadingOverSubsectionsOfProseGroupsThem() {
        let d = read("# R\n\n## Points pending a PDEP\n\n### Extensibility\n\nBetter arrays.\n\n### String data type\n\nA dtype.\n", as: .markdown)
        #expect(d.items.map(\.title) == ["Extensibility", "String data type"])
        #expect(d.items.map(\.groups) == [["Points pending a PDEP"], ["Points pending a PDEP"]])
        #expect(d.items.map(\.summary) == ["Better arrays.", "A dtype."])
        // An item that says something of its own, or whose subsections are its parts, stays one item.
        #expect(read("# R\n\n## Sync\n\nFast sync.\n\n### Phase 1\n\nA.\n\n### Phase 2\n\nB.\n", as: .markdown).items.map(\.title) == ["Sync"])
        #expect(read("# R\n\n## Sync\n\n### Motivation\n\nA.\n\n### Design\n\nB.\n", as: .markdown).items.map(\.title) == ["Sync"])
    }

    @Test func statusLabelsOverPlainListsSayHowFarTheItemIs() {
        let d = read("""
            # R

            ## Slice 1

            **Done (local, no external services):**

            - TypeScript strict
            - Domain stubs

            **Remaining:**

            - Vercel projects

            ## Slice 2

            Done:

            - Everything
            """, as: .markdown)
        #expect(d.items.map(\.status) == [.inProgress, .done])
        #expect(d.items[0].summary == nil)
        #expect(d.items[0].deliverables.map(\.text) == ["TypeScript strict", "Domain stubs", "Vercel projects"])
    }

    @Test func entriesStruckThroughOrTickedAreDone() {
        let d = read("# R\n\n## Updaters\n\n- ~~Squirrel~~\n- ✅ Tauri\n- Sparkle\n\n## Later\n\n- ~~Old idea~~\n- New idea\n", as: .markdown)
        #expect(d.items.map(\.title) == ["Updaters", "Old idea", "New idea"])
        #expect(d.items.map(\.status) == [.inProgress, .done, .backlog])
        #expect(d.items[0].progress == (2, 3))
        // Struck through in part, an entry is a correction, not a done one.
        #expect(read("# R\n\n## A\n\n- ~~Squirrel~~ Tauri\n- Sparkle\n", as: .markdown).items[0].progress == (0, 0))
    }

    @Test func aTableWithAStatusColumnSaysHowFarTheItemIs() {
        let d = read("""
            # R

            ## Milestone 9

            | Step | File | Status |
            |------|------|--------|
            | 1 | coverage audit | ✅ Done |
            | 2 | docs | Complete |

            ## Milestone 10

            | Step | Status |
            |---|---|
            | 1 | Done |
            | 2 | Pending |
            """, as: .markdown)
        #expect(d.items.map(\.status) == [.done, .inProgress])
    }

    @Test func sectionsAboutTheDocumentAreNoItems() {
        let d = read("# R\n\n## Objective of this document\n\nWhy.\n\n## v2.0.0\n\n- Web UI\n\n## Contributing to the Roadmap\n\nPRs.\n\n## Philosophy for Future Releases\n\n- Plain text\n\n## Questions?\n\n- Ask.\n\n## Summary\n\nThis.\n", as: .markdown)
        #expect(d.items.map(\.title) == ["v2.0.0"])
    }

    @Test func aStatusWordOverProseIsAnItemOfThatStatus() {
        let d = read("# R\n\n## Next\n\nWe will rewrite the parser.\n\n## Search\n\nFull-text search.\n", as: .markdown)
        #expect(d.items.map(\.title) == ["Next", "Search"])
        #expect(d.items[0].summary == "We will rewrite the parser.")
    }

    @Test func aNumberAfterAWordInATitleIsNoIssue() {
        let d = read("# R\n\n## Extras #1\n\nText.\n\n## Sync (#12)\n\nText.\n", as: .markdown)
        #expect(d.items.map { $0.issues.map(\.number) } == [[], [12]])
    }

    @Test func aGroupInsideAStatusGroupPassesItsStatusOn() {
        let d = read("# R\n\n## Backlog\n\n### Platform\n\n#### Packaging\n- Debian package\n\n#### Docs\n- User guide\n\n## Deferred / Maybe\n\n### Later\n\nText.\n", as: .markdown)
        #expect(d.items.map(\.status) == [.backlog, .backlog, .backlog])
    }

    @Test func aLongEntryIsTitledByItsLeadInOrFirstSentence() {
        let d = read("""
            # R

            ## Next up

            1. **Submit the sitemap.** ~15 min. Verify the domain.
            2. The developer notes are a bit thin. The use of a local .cookiecutterrc file is invaluable so you do not have to enter it.
            """, as: .markdown)
        #expect(d.items.map(\.title) == ["Submit the sitemap", "The developer notes are a bit thin"])
        #expect(d.items[0].summary == "~15 min. Verify the domain.")
    }

    @Test func aCrossInAStatusColumnIsNotDone() {
        let d = read("# R\n\n## M\n\n| Step | Status |\n|---|---|\n| 1 | ✅ |\n| 2 | ❌ |\n", as: .markdown)
        #expect(d.items.map(\.status) == [.inProgress])
    }

    @Test func plainEntriesMarkedOneByOneSayHowFarTheItemIs() {
        let d = read("""
            # R

            ## Cython backend

            - [done] Type annotations
            - [done] Array types
            - Docs

            ## Phases

            - **Phase 1:** Frontend (Done ✅) - one UI layer.
            - **Phase 3:** Ecosystem (later) - plugins.

            ## Plain

            - One
            - Two (see #12)
            """, as: .markdown)
        #expect(d.items.map(\.status) == [.inProgress, .inProgress, .planned])
        #expect(d.items.map { [$0.progress.done, $0.progress.total] } == [[2, 3], [1, 2], [0, 0]])
    }

    // MARK: - Plain bullets

    @Test func plainEntriesAreDeliverablesWithoutAState() {
        let d = read("# R\n\n## Sync\n\n- Delta uploads\n  - detail\n- Resumable downloads\n", as: .markdown)
        let ds = d.items[0].deliverables
        #expect(ds.map(\.text) == ["Delta uploads detail", "Resumable downloads"] || ds.map(\.text) == ["Delta uploads", "Resumable downloads"])
        #expect(ds.count == 2)
        #expect(ds.allSatisfy { $0.checked == nil && !$0.hasCheckbox })
        #expect(d.items[0].progress == (0, 0))
        #expect(d.items[0].status == .planned)
    }

    @Test func aGivenStatusDecidesPlainEntries() {
        let d = read("# R\n\n## Completed\n\n### Sync\n\n- a\n- b\n\n## Search\n\nStatus: planned\n\n- c\n", as: .markdown)
        #expect(d.items.map(\.progress.done) == [2, 0])
        #expect(d.items.map(\.progress.total) == [2, 1])
    }

    @Test func checkboxesOutrankPlainEntries() {
        let d = read("# R\n\n## Sync\n\n- plain\n- [ ] task\n", as: .markdown)
        #expect(d.items[0].deliverables.map(\.text) == ["task"])
        #expect(d.items[0].progress == (0, 1))
    }

    @Test func plainEntriesExportAsNull() {
        let d = read("# R\n\n## Sync\n\n- a\n", as: .markdown)
        #expect(JSONRenderer.render([d]).contains("\"checked\": null"))
    }

    // MARK: - RST details

    @Test func anAnonymousSimpleReferenceTakesTheNextAnonymousTarget() {
        let d = read("R\n=\n\nSync\n----\n\nSee the API__ and `docs <https://d.example>`__.\n\n__ https://api.example/\n\n- [ ] x\n", as: .rst)
        #expect(d.items[0].summary == "See the API and docs.")
        #expect(d.items[0].links.map(\.url) == ["https://api.example/", "https://d.example"])
    }

    @Test func pythonDunderNamesAreNotReferences() {
        let d = read("R\n=\n\nSync\n----\n\n- [ ] Drop __init__ from the package\n", as: .rst)
        #expect(d.items[0].deliverables[0].text == "Drop __init__ from the package")
        #expect(d.items[0].deliverables[0].links.isEmpty)
    }

    @Test func fieldsBelowTheFirstParagraphBelongToTheItem() {
        let d = read("R\n=\n\nSync\n----\n\nThe summary.\n\n:owner: dana\n:target-release: 3.1\n\n- [ ] x\n", as: .rst)
        #expect(d.items[0].summary == "The summary.")
        #expect(d.items[0].fields.map(\.key) == ["owner", "target-release"])
        #expect(d.items[0].fields["target-release"] == "3.1")
    }

    @Test func aDoubleColonReadsAsDocutilsShowsIt() {
        let d = read("R\n=\n\nSync\n----\n\nExample::\n\n  code\n\n- [ ] Run it::\n- [ ] Then this ::\n", as: .rst)
        #expect(d.items[0].summary == "Example:")
        #expect(d.items[0].deliverables.map(\.text) == ["Run it:", "Then this"])
    }

    @Test func aRefRoleGivesItsText() {
        let d = read("R\n=\n\nSync\n----\n\n- [ ] See :ref:`the guide <guide-label>`\n", as: .rst)
        #expect(d.items[0].deliverables[0].text == "See the guide")
    }

    @Test func aFootnoteIsNotTheSummary() {
        let d = read("R\n=\n\nSync\n----\n\n.. [#] A footnote.\n\nThe summary.\n", as: .rst)
        #expect(d.items[0].summary == "The summary.")
    }

    @Test func continuationLinesAndHangingIndentsJoinTheEntry() {
        let d = read("R\n=\n\nSync\n----\n\n- [ ] A long entry that\n  continues here\n- [ ] Index\n   with hanging indent\n", as: .rst)
        #expect(d.items[0].deliverables.map(\.text) == ["A long entry that continues here", "Index with hanging indent"])
    }

    @Test func longFieldKeysKeepTheirValue() {
        let d = read("R\n=\n\nSync\n----\n\n:maintainers: dana, lee\n", as: .rst)
        #expect(d.items[0].fields["maintainers"] == "dana, lee")
    }

    @Test func aDefinitionListsChecklistBelongsToTheItem() {
        let d = read("R\n=\n\nSync\n----\n\nPhase one\n   - [ ] task a\n   - [x] task b\n", as: .rst)
        #expect(d.items[0].summary == nil)  // the term labels the checklist; it describes nothing
        #expect(d.items[0].deliverables.map(\.text) == ["task a", "task b"])
        #expect(d.items[0].progress == (1, 2))
    }

    @Test func aFieldOverAChecklistKeepsItsTasks() {
        let d = read("R\n=\n\nSync\n----\n\n:Goals:\n   - [ ] goal a\n   - [ ] goal b\n:owner: dana\n", as: .rst)
        #expect(d.items[0].deliverables.map(\.text) == ["goal a", "goal b"])
        #expect(d.items[0].fields["owner"] == "dana")
    }

    @Test func aFieldValueOnTheNextLineIsTheValue() {
        let d = read("R\n=\n\nSync\n----\n\n:owner:\n   dana\n\n- [ ] x\n", as: .rst)
        #expect(d.items[0].fields["owner"] == "dana")
    }

    @Test func anEmailAddressLinksInRST() {
        let d = read("R\n=\n\nSync\n----\n\n- [ ] Mail dana@example.com first\n", as: .rst)
        #expect(d.items[0].deliverables[0].links.map(\.url) == ["mailto:dana@example.com"])
        #expect(d.items[0].deliverables[0].text == "Mail dana@example.com first")
    }

    // MARK: - Markdown details

    @Test func characterReferencesAreDecoded() {
        let d = read("# R\n\n## Q&amp;A\n\n- [ ] Tom &amp; Jerry &copy; &#169; &#xA9; &bogus;\n", as: .markdown)
        #expect(d.items[0].title == "Q&A")
        #expect(d.items[0].deliverables[0].text == "Tom & Jerry © © © &bogus;")
    }

    @Test func linkDestinationsReadAsCommonMarkGivesThem() {
        let d = read("# R\n\n## A\n\n- [ ] [x](<a b>) [y](https://e.x/?a=1&amp;b=2) [z](https://e.x/\\_q) <dana@example.com>\n", as: .markdown)
        #expect(d.items[0].deliverables[0].links.map(\.url) == ["a%20b", "https://e.x/?a=1&b=2", "https://e.x/_q", "mailto:dana@example.com"])
    }

    @Test func substitutionsShowTheirText() {
        let d = read("R\n=\n\nSync\n----\n\n- [ ] Ship |proj| now |check|\n- [ ] |logo| here\n\n.. |proj| replace:: Project *X*\n.. |check| unicode:: U+2713\n.. |logo| image:: logo.png\n", as: .rst)
        #expect(d.items[0].deliverables.map(\.text) == ["Ship Project X now ✓", "logo here"])
    }

    @Test func aTabIndentedEntryIsNestedAsCommonMarkReadsIt() {
        let d = read("# R\n\n## A\n\n- [ ] parent\n\t- [ ] child\n\t- [x] child2\n1. [ ] step\n\t1. [ ] sub\n", as: .markdown)
        let top = d.items[0].deliverables
        #expect(top.map(\.text) == ["parent", "step"])
        #expect(top[0].children.map(\.text) == ["child", "child2"])
        #expect(top[1].children.map(\.text) == ["sub"])
    }

    @Test func anUnpairedEmphasisMarkIsText() {
        let d = read("# R\n\n## A\n\n- [ ] task *with star\n- [ ] unclosed **bold\n- [ ] _under and *pair* and __strong__\n- [ ] **a*b** ~~gone~~ ~one~\n", as: .markdown)
        #expect(d.items[0].deliverables.map(\.text) == ["task *with star", "unclosed **bold", "_under and pair and strong", "a*b gone ~one~"])
    }
}
