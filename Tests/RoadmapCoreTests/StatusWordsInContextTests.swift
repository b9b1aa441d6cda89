import Testing
import RoadmapCore

/// Status words say a status where they stand as one, not wherever they occur: in a remark, a
/// heading with a qualifier, a list label.
@Suite struct StatusWordsInContextTests {
    @Test func anAcronymsExpansionIsNoStatus() {
        #expect(Status(remark: "Active Directory") == nil)
        #expect(Status(remark: "Open Application Model") == nil)
        #expect(Status(remark: "done") == .done)
        #expect(Status(remark: "complete; updated to use trame") == .done)
        #expect(Status(remark: "in progress since May") == .inProgress)
        #expect(Status(remark: "open") == .planned)
        #expect(Status(remark: "active, 2 people") == .inProgress)
        #expect(Status(remark: "Future Major Release") == .backlog)  // only words that open names are in doubt

        let doc = read("""
            # Roadmap

            ## v1.0

            * Single sign-on via AD (Active Directory)
            * Export to PDF

            ## v2.0

            * Search (done)
            * Sync

            ## SSO (Active Directory)

            - [ ] LDAP

            """, as: .markdown)
        #expect(doc.items.map(\.status) == [.planned, .inProgress, .planned])
        #expect(doc.items[0].progress.total == 0)
        #expect(doc.items[1].progress == (1, 2))
    }

    @Test func aSprintBacklogIsPlannedWork() {
        let doc = read("# Roadmap\n\n## Next Sprint Backlog\n\n1. Add the docs directory.\n2. Create the notice template.\n\n## Product Backlog\n\n- Themes\n", as: .markdown)
        #expect(doc.items.map(\.status) == [.planned, .planned, .backlog])
    }

    @Test func listsUnderLabelsCountTheirEntries() {
        let done = read("# Plan\n\n## Trees\n\n**Done:**\n\n- Redwood\n- Sakura\n\n**Nice to have:**\n\n- Willow\n", as: .markdown).items[0]
        #expect(done.status == .done)
        #expect(done.progress == (2, 2))  // the idea counts for neither
        let half = read("# Plan\n\n## Trees\n\n**Done:**\n\n- Redwood\n- Sakura\n\n**Remaining:**\n\n- Willow\n- Oak\n- Fir\n", as: .markdown).items[0]
        #expect(half.status == .inProgress)
        #expect(half.progress == (2, 5))
    }

    @Test func aStatusHeadingMayCarryAQualifier() {
        func status(_ title: String) -> [Status] {
            read("# R\n\n## \(title)\n\n- Undo\n- Redo\n", as: .markdown).items.map(\.status)
        }
        #expect(status("Shipped in v0.10") == [.done, .done])
        #expect(status("Later, after these gates") == [.backlog, .backlog])
        #expect(status("In progress now") == [.inProgress, .inProgress])
        #expect(status("Currently working on") == [.inProgress, .inProgress])
        #expect(status("Planned for later") == [.planned, .planned])
        // A feature named with a status word is one item, not a group.
        #expect(status("Open in browser") == [.planned])
        #expect(status("Working with Kubernetes") == [.planned])
        #expect(read("# R\n\n## Open in browser\n\n- Undo\n- Redo\n", as: .markdown).items.map(\.title) == ["Open in browser"])
    }

    @Test func idiomsNameStatusGroupsToo() {
        let doc = read("# LDM\n\n## What’s in the works\n\n- Watch probabilities\n\n## Pie in the sky stuff\n\n- Configurable UI\n", as: .markdown)
        #expect(doc.items.map(\.status) == [.inProgress, .backlog])
        #expect(doc.items.map(\.groups) == [["What’s in the works"], ["Pie in the sky stuff"]])
    }

    @Test func aStatusInBracketsAfterAnEntryMarksIt() {
        let doc = read("# Roadmap\n\n## Milestones\n\n- M0: Bootstrap. [DONE]\n- M1: Demo. [DONE]\n- M2: Memory. [IN PROGRESS]\n- M3: Roles. [PLANNED]\n- M4: See [docs]\n", as: .markdown)
        #expect(doc.items[0].status == .inProgress)
        #expect(doc.items[0].progress == (2, 5))
    }

    @Test func anEmojiBeforeEveryHeadingIsDecoration() {
        // 📦 says nothing: beside it, ✅ decorates too, and the open boxes say how far the work is.
        let decorated = read("# Release Checklist\n\n## 📦 Package Distribution\n\n### PyPI\n- [x] Verify\n\n## ✅ Final Steps\n\n### Checks\n- [ ] Bump\n- [ ] Test\n", as: .markdown)
        #expect(decorated.items.map(\.status) == [.done, .planned])
        // Marks that all say a status keep saying it.
        let marked = read("# Roadmap\n\n## ✅ Phase 1\n\n### Login\n- [ ] Form\n\n## 🚧 Phase 2\n\n### Search\n- [ ] Index\n", as: .markdown)
        #expect(marked.items.map(\.status) == [.done, .inProgress])
    }

    @Test func aFoldedListTakesItsSummaryAsItsLabel() {
        // `<details><summary>Completed</summary>` folds away the done work, as "**Completed:**" would head it.
        let doc = read("# Roadmap\n\n## Features\n\n- Search\n\n<details>\n<summary><b>Completed</b></summary>\n\n- Login\n- Sync\n\n</details>\n", as: .markdown)
        #expect(doc.items.map(\.status) == [.inProgress])
        #expect(doc.items[0].progress == (2, 3))
    }

    @Test func whatWillNotBeDoneIsNoWorkToCount() {
        // A section about it is no item; a list under such a label counts for neither side.
        let sections = read("# Roadmap\n\n## Search\n\n- [ ] Index\n\n## Not going to do\n\n- Editing\n\n## Not considering at this time\n\n- Plugins\n", as: .markdown)
        #expect(sections.items.map(\.title) == ["Search"])
        let labels = read("# Roadmap\n\n## Viewer\n\nDone:\n- Tables\n\nRemaining:\n- Rasters\n\nNot going to do:\n- Editing\n", as: .markdown)
        #expect(labels.items[0].progress == (1, 2))
    }

    @Test func ideasInOtherLanguagesAreTheBacklog() {
        for title in ["Idées", "Ideen", "Ideias", "📝 Autres idées futures"] {
            let doc = read("# Roadmap\n\n## \(title)\n\n- Dark mode\n- Plugins\n", as: .markdown)
            #expect(doc.items.map(\.status) == [.backlog, .backlog], "\(title)")
        }
    }

    @Test func landedFixedAndInFlightSayAStatus() {
        let table = read("# Tracker\n\n## Milestones\n\n| # | Milestone | Status |\n|---|---|---|\n| 1 | Identity | **Landed** |\n| 2 | Diff | Fixed |\n| 3 | Density | in flight |\n", as: .markdown)
        #expect(table.items.map(\.status) == [.done, .done, .inProgress])
    }

    @Test func anEntrySaysItsStatusAfterADashOrAfterItsStrike() {
        // "— shipped 2026-03-25" after an entry, as after a title; "~~Bug~~ **Fixed** (date)".
        let releases = read("# Plan\n\n## Releases\n\n- v1.0 Redesign — shipped 2026-03-25\n- v1.1 Search - done\n- v2.0 Plugins\n", as: .markdown)
        #expect(releases.items.map(\.status) == [.inProgress])
        #expect(releases.items[0].progress == (2, 3))
        let bugs = read("# TODO\n\n## Bugs\n\n- ~~Language switch broken~~ **Fixed** (2026-04-29)\n- ~~Form cannot be submitted~~ **Done.**\n- ~~Old plan~~ replaced by the new one\n- Broken link\n", as: .markdown)
        #expect(bugs.items[0].progress == (2, 4))
        // A mark at the end of an entry (a dependency met) is no status of the work.
        let deps = read("# Plan\n\n## Spectator mode\n\nDependencies:\n\n- Base game ✅\n- Free camera\n", as: .markdown)
        #expect(deps.items[0].status == .planned)
    }

    @Test func aStatusInBracketsBeforeARemarkOrInBoldAtTheStart() {
        // PEP 251's schedule, and Blosc's "**[Done]**" entries; a reference in prose says nothing.
        let pep = read("Schedule\n========\n\nRelease Schedule\n----------------\n\n* 21-Dec-2001: 2.2   [Released] (final release)\n* 14-Dec-2001: 2.2c1 [Released]\n* 2.3\n", as: .rst)
        #expect(pep.items[0].progress == (2, 3))
        let blosc = read("# Plan\n\n## Features\n\n* **[Done]** Adopt OpenZL\n* **[Ongoing] Improve safety:** always\n* Issues go to the [Backlog] for triage\n", as: .markdown)
        #expect(blosc.items[0].status == .inProgress)
        #expect(blosc.items[0].progress == (1, 3))
    }

    @Test func aSectionAboutTheDocumentWithAStatusOfItsOwnIsWork() {
        // "Index" and "Glossary" are pages of a tracker here, not the document's own.
        let doc = read("# Tracker\n\n## Index\n\nStatus: Done\n\nBuild the search index.\n\n## Glossary\n\nStatus: In progress\n\n## License\n\nMIT.\n", as: .markdown)
        #expect(doc.items.map(\.title) == ["Index", "Glossary"])
        #expect(doc.items.map(\.status) == [.done, .inProgress])
    }

    @Test func aChangelogOverItsVersionsIsTheReleasedWork() {
        let doc = read("# Roadmap\n\n## Upcoming\n\n- [ ] XMPP transport\n\n## Changelog\n\n### 0.5.2\n\n- Fix report mode (#20)\n\n### 0.5.1\n\n- SSL certificates\n", as: .markdown)
        #expect(doc.items.map(\.title) == ["XMPP transport", "0.5.2", "0.5.1"])
        #expect(doc.items.map(\.status) == [.planned, .done, .done])
        #expect(doc.items[1].issues.map(\.number) == [20])
        // A changelog that only points elsewhere is still no item.
        let pointer = read("# Roadmap\n\n## Sync\n\n- [ ] a\n\n## Changelog\n\nSee CHANGELOG.md.\n", as: .markdown)
        #expect(pointer.items.map(\.title) == ["Sync"])
    }

    @Test func placeholdersStandForNoWork() {
        let doc = read("# Roadmap\n\n## Features\n\n- [ ] NONE.\n\n## Later\n\n- Trend charts\n- None currently\n\n## Sync\n\n- TBD\n", as: .markdown)
        #expect(doc.items.map(\.title) == ["Features", "Trend charts", "Sync"])
        #expect(doc.items[0].progress == (0, 0))
        #expect(doc.items[2].deliverables.isEmpty)
    }

    @Test func aStatusWordInAComparisonSaysNone() {
        let doc = read("# Roadmap\n\n## Quarterly Review\n\n- Review previous quarter (shipped vs. slipped)\n- Update priorities\n", as: .markdown)
        #expect(doc.items[0].status == .planned)
    }

    @Test func anEntryOfAGroupSaysItsStatusAfterADash() {
        let doc = read("# Roadmap\n\n## Next: v1.0\n\n- **API freeze** - shipped in 0.9.0. The surface is now sealed.\n- Documentation\n", as: .markdown)
        #expect(doc.items.map(\.status) == [.done, .planned])
    }

    @Test func ideasWhateverFollowsAndTheRoadmapsUpkeep() {
        let doc = read("# Roadmap\n\n## Ideas Under Consideration\n\n- Glossary\n\n## Roadmap Maintenance\n\n### Monthly Review\n- Review issues\n\n## Contact & Feedback\n\n- Open an issue\n", as: .markdown)
        #expect(doc.items.map(\.title) == ["Glossary"])
        #expect(doc.items.map(\.status) == [.backlog])
        // "Ideas first" orders the work; it is no backlog.
        #expect(read("# R\n\n## Ideas first\n\n- [ ] Collect feedback\n", as: .markdown).items.map(\.title) == ["Ideas first"])
    }

    @Test func aStatusLineUnderAnEntryMarksIt() throws {
        // Kubernetes' early roadmap: "- Status: DONE" under each numbered entry, nested or
        // indented short of it (a list of its own to CommonMark).
        for indent in ["   ", "  "] {
            let text = "# Roadmap\n\n## Core features\n\n1. Consistent v1 API\n\(indent)- Status: DONE. Released in 0.15.0\n2. Persistent storage\n\(indent)- Status: in progress\n3. Easy dockercfg\n\(indent)- Status:\n"
            let item = try #require(read(text, as: .markdown).items.first)
            #expect(item.deliverables.map(\.text) == ["Consistent v1 API", "Persistent storage", "Easy dockercfg"], "\(indent.count)")
            #expect(item.status == .inProgress)
            #expect(item.progress == (1, 3))
        }
    }

    @Test func whatComesAfterTheReleaseInViewIsTheBacklog() {
        for title in ["Long term", "Longer-term", "Beyond 1.0", "Post 2.0", "After v3"] {
            let doc = read("# Roadmap\n\n## \(title)\n\n- Plugins\n- Themes\n", as: .markdown)
            #expect(doc.items.map(\.status) == [.backlog, .backlog], "\(title)")
        }
        #expect(read("# Roadmap\n\n## After launch\n\n- Plugins\n", as: .markdown).items.map(\.title) == ["After launch"])
        // With a checklist of its own it is an item, like the releases beside it (chaos-mesh).
        let checklist = read("# Roadmap\n\n## v1.0\n\n- [x] a\n\n## Long-term\n\n- [x] operator\n- [ ] cloud\n", as: .markdown)
        #expect(checklist.items.map(\.title) == ["v1.0", "Long-term"])
        #expect(checklist.items.map(\.status) == [.done, .inProgress])
    }

    @Test func aStatusLineBeforeANestedEntryKeepsTheOthersInPlace() throws {
        // The roots are counted again when the first nested entry shows: the status line
        // ("  - Status: DONE", a list of its own) must be left out there too (it crashed).
        let item = try #require(read("# R\n\n## Core\n\n1. API\n  - Status: DONE\n2. Storage\n   - nested child\n", as: .markdown).items.first)
        #expect(item.deliverables.map(\.text) == ["API", "Storage"])
        #expect(item.deliverables[1].children.map(\.text) == ["nested child"])
    }

    @Test func aRemarkInParenthesesUnderTheTitleSaysTheStatus() {
        // Ansible's roadmaps: "**(done)**" and "**(pushed out to future release)**" under a feature.
        let doc = read("# R\n\n## Group Priorities\n\n**(done)**\n\n- Start using it\n- Document it\n\n## PluginLoader\n\n**(pushed out to future release)**\n\n- Split loaders\n\n## Vault\n\n(see the docs)\n\n- Multiple passwords\n", as: .markdown)
        #expect(doc.items.map(\.status) == [.done, .backlog, .planned])
        #expect(doc.items[0].progress == (2, 2))
    }
}

