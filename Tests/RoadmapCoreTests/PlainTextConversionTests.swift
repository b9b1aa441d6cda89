import Testing
import RoadmapCore

/// `roadmap render --to markdown|rst` of a plain-text roadmap: literal text, escaped.
@Suite struct PlainTextConversionTests {
    typealias Reading = MarkdownConversionTests.Reading

    func tree(_ text: String) -> SyntaxTree { SyntaxTree.parse(SourceText(text), as: .text) }

    let page = """
        Skip to content
        History

        title:Roadmap

        Team Roadmap

        The roadmap of the team, kept as plain text for everyone to read.

        Fast Sync

        owner:dana

        Sync in seconds, not minutes, for repositories of any size.

          • [x] Design the *wire* format
          • [ ] Build it (see https://github.com/o/r/issues/12_a)

        This feature is tracked as GitHub issue #7.

        """

    @Test func markdownKeepsTheChromeOutOfSight() {
        #expect(PlainTextConverter.markdown(from: tree(page)) == """
            ---
            title: Roadmap
            ---

            <!-- Skip to content
            History -->

            # Team Roadmap

            The roadmap of the team, kept as plain text for everyone to read.

            ## Fast Sync

            owner: dana

            Sync in seconds, not minutes, for repositories of any size.

            - [x] Design the \\*wire\\* format
            - [ ] Build it (see https://github.com/o/r/issues/12_a)

            This feature is tracked as GitHub issue #7.

            """)
    }

    @Test func rstTitlesFieldsAndChecklists() {
        #expect(PlainTextConverter.rst(from: tree(page)) == """
            :title: Roadmap

            ..
               Skip to content
               History

            Team Roadmap
            ============

            The roadmap of the team, kept as plain text for everyone to read.

            Fast Sync
            ---------

            :owner: dana

            Sync in seconds, not minutes, for repositories of any size.

            - [x] Design the \\*wire\\* format
            - [ ] Build it (see https://github.com/o/r/issues/12_a)

            This feature is tracked as GitHub issue #7.

            """)
    }

    @Test func bothReadAsTheSameRoadmap() {
        let before = Reading(DocumentReader.read(tree(page), path: "p"))
        #expect(!before.items.isEmpty)
        #expect(before == Reading(read(PlainTextConverter.markdown(from: tree(page)), as: .markdown)))
        #expect(before == Reading(read(PlainTextConverter.rst(from: tree(page)), as: .rst)))
    }

    /// Plain text is literal: what either dialect would read as markup stays text.
    @Test(arguments: [
        "Road Map\n\nThe plan, in a few words for the readers.\n\nItem #\n\nSee <b>bold</b> &amp; `code`, *stars*, [link](x) and a_b_ ~~gone~~ | pipes.\n\n  • [ ] a\n",
        "Road Map\n\nThe plan, in a few words for the readers.\n\nItem\n\nSteps follow, in order.\n1) first then\n- not a list\n# not a heading\n.. not a comment\n:not: a field\n\n  • [ ] a ::\n",
        "Road Map\n\nThe plan, in a few words for the readers.\n\nItem\n\nA. Einstein said so, and so did\n====\n\n  • [ ] done_\n  • [x] [1]_ and |sub|\n",
    ])
    func markupLookalikesStayText(_ text: String) {
        let before = Reading(DocumentReader.read(tree(text), path: "p"))
        let md = PlainTextConverter.markdown(from: tree(text))
        let rst = PlainTextConverter.rst(from: tree(text))
        #expect(before == Reading(read(md, as: .markdown)), "\(md)")
        #expect(before == Reading(read(rst, as: .rst)), "\(rst)")
        let lines = read(md, as: .markdown).items.first?.deliverables.map(\.text) ?? []
        #expect(lines == (DocumentReader.read(tree(text), path: "p").items.first?.deliverables.map(\.text) ?? []))
    }

    @Test func seed003ReadsTheSameInBothDialects() throws {
        let tree = try DocumentLoader().syntax(path: Fixtures.path("003_31d8104eb97a307f.txt"))
        #expect(tree.format == .text)
        let before = Reading(DocumentReader.read(tree, path: "003"))
        #expect(before.items.count == 10)
        #expect(before == Reading(read(PlainTextConverter.markdown(from: tree), as: .markdown)))
        #expect(before == Reading(read(PlainTextConverter.rst(from: tree), as: .rst)))
    }
}
