import Testing
import RoadmapCore

@Suite struct PlainTextReadingTests {
    @Test func headingsAreShortStandaloneLinesFollowedByProse() {
        let d = read("""
            Skip to content

            Latest commit

            status:draft

            Project Roadmap

            This is the roadmap of the project, copied out of a rendered page for safekeeping.

            First Item

            A description of the first item, long enough to be prose and not a heading.

              • [ ] one deliverable
              • [x] another one

            This feature is tracked as GitHub issue #77.
            """, as: .text)
        #expect(d.title == "Project Roadmap")
        #expect(d.metadata["status"] == "draft")
        #expect(d.items.map(\.title) == ["First Item"])
        #expect(d.items[0].issues.map(\.number) == [77])
        #expect(d.items[0].deliverables.map(\.checked) == [false, true])
    }

    @Test func sentencesAreNotHeadings() {
        let d = read("Title\n\nThis is a long sentence that describes something in a lot of detail.\n\nA short line.\n\nMore prose follows here and it is rather long as well, truly.\n", as: .text)
        #expect(d.title == "Title")
        #expect(d.items.isEmpty)
    }

    @Test func numberedHeadingsEndingInAColonAreItemsNotTheTitle() throws {
        // a), b), c): a series of items, none of them the document's title; a colon may end
        // one, and a long one may wrap onto a second line before it.
        let text = """
            This file describes the roadmap from version 6.0 to version 7.0.

            a) Enhancement of the binding constraints:

            Binding constraints will be extended to the output of dispatchable plants.

            b) Automation of the definition of "DC approximation" load flow
            constraints:

            A new generator will set up the constraints automatically from impedances.

            c) Extension of the hydro storage model

            The next version shall manage hydro resources with much more flexibility.
            """
        let d = read(text, as: .text)
        #expect(d.title == nil)
        #expect(d.items.map(\.title) == ["a) Enhancement of the binding constraints",
                                         "b) Automation of the definition of \"DC approximation\" load flow constraints",
                                         "c) Extension of the hydro storage model"])
        // Renaming keeps the colon, which is not part of the title.
        let e = DocumentEditor(path: "doc", tree: SyntaxTree.parse(SourceText(text), as: .text))
        let after = try e.verified(e.rename(item: 0, to: "a) Better constraints")).applied(to: e.tree.source.bytes)
        #expect(String(decoding: after, as: UTF8.self).contains("\na) Better constraints:\n\nBinding"))
    }

    @Test func aLabelOverAListIsNoHeading() {
        let d = read("Plan\n\nThis is a long sentence that describes the plan in a lot of detail here.\n\nIn no particular order:\n- route refresh\n- graceful restart\n", as: .text)
        #expect(d.items.map(\.title) == ["Plan"])
    }

    @Test func tasksWithoutAListMarkerAreDeliverables() throws {
        // A TODO.txt writes its tasks as boxes at the start of lines, without bullets.
        let text = "Project Roadmap\n\nThe plan for this year.\n\nSync engine\n\n[x] Design\n[ ] Prototype\n[/] Release\n\nSearch\n\n[ ] Index\n"
        let d = read(text, as: .text)
        #expect(d.items.map(\.title) == ["Sync engine", "Search"])
        #expect(d.items.map(\.progress.done) == [1, 0])
        #expect(d.items.map(\.progress.total) == [3, 1])
        #expect(d.items[0].deliverables.map(\.text) == ["Design", "Prototype", "Release"])
        // Ticked in place, one byte.
        let e = DocumentEditor(path: "doc", tree: SyntaxTree.parse(SourceText(text), as: .text))
        let after = try e.verified(e.setChecked(true, item: 0, selectors: ["Prototype"], all: false)).applied(to: e.tree.source.bytes)
        #expect(String(decoding: after, as: UTF8.self) == "Project Roadmap\n\nThe plan for this year.\n\nSync engine\n\n[x] Design\n[x] Prototype\n[/] Release\n\nSearch\n\n[ ] Index\n")
    }

    @Test func aTodoFileWithListsRightUnderTheirHeadings() {
        // DoomRPG's TODO: sections glued to their lists, and "..." for more to come.
        let text = "General\n- Fix the save checksum\n- Credit everyone\n\nDRLA\n...\n\nLauncher\n- Load order system\n- Add new classes\n"
        #expect(FormatDetector.sniff(Array(text.utf8)) == .text)
        let d = read(text, as: .text)
        #expect(d.items.map(\.title) == ["General", "Launcher"])
        #expect(d.items.map(\.deliverables.count) == [2, 2])
    }

    @Test func separatorLinesAreNeitherTitlesNorEntries() {
        let text = "Chores\n\n- Wash the car\n- Fix the fence\n\n==========\n\n - - - - - - - -\n\n- Buy milk\n"
        let d = read(text, as: .text)
        #expect(d.items.map(\.title) == ["Chores"])
        #expect(d.items.first?.deliverables.map(\.text) == ["Wash the car", "Fix the fence", "Buy milk"])
    }

    @Test func aNumberedKeyOverItsListIsAHeadingNotAField() {
        let d = read("Release plan\n\nGoal : a package people can install.\n\nPhase 1 : packaging\n1. Write the DESCRIPTION file\n2. Generate the NAMESPACE\n\nPhase 2 : bug fixes\n1. Clean the pipelines\n", as: .text)
        #expect(d.items.map(\.title) == ["Phase 1 : packaging", "Phase 2 : bug fixes"])
        #expect(d.items.map { $0.deliverables.count } == [2, 1])
        #expect(d.metadata.map(\.key) == ["Goal"])
    }

    @Test func aTodoFilesTasksUnderItsTitleAreAnItem() {
        let d = read("ROADMAP\n\n- route refresh\n- operational draft support\n\nImportant\n* write the documentation\n", as: .text, path: "ROADMAP")
        #expect(d.items.map(\.title) == ["ROADMAP", "Important"])
        #expect(d.items.map { $0.deliverables.count } == [2, 1])
    }
}
