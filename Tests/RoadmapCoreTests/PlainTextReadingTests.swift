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
}
