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
        // Review findings: a URL's colon is no field, fields apart, issues in fields, metadata after
        // prose, a paragraph after an entry, mixed and gapped lists, `{#x}` and `----` titles, URL ends.
        "Roadmap\n\nThis is the plan for the next release of the tool we build, in prose form.\n\nItem\n\nTracking issue https://github.com/o/r/issues/5\n\n- [ ] a\n",
        "Roadmap\n\nThis is the plan for the next release of the tool we build, in prose form.\n\nItem\n\nOwner: bob\n\nTarget: v1.2 see https://github.com/o/r/issues/7\n\n- [ ] a\n",
        "Roadmap\n\nIntro paragraph, long enough to be prose for the reader of it.\n\nOwner: alice\n\nItem\n\n- [ ] a\n",
        "Roadmap\n\nThis is the plan for the next release of the tool we build, in prose form.\n\nItem One\n\n- [ ] a deliverable\n\n      Detail paragraph for the deliverable, see #55.\n\n- [ ] b\n",
        "Roadmap\n\nThis is the plan for the next release of the tool we build, in prose form.\n\nItem\n\n1. [ ] a\n2. [ ] b\n- [ ] c\n\nOther\n\n1. [ ] a\n3. [ ] b\n",
        "Roadmap\n\nThis is the plan for the next release of the tool we build, in prose form.\n\nConfig {#weird}\n\n- [ ] a\n\n----\n\nMore text here that is prose, see https://example.com/docs_ and https://e.x/all/* please.\n",
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

    @Test func convertedRSTIsValidForDocutilsToo() {
        // What docutils would refuse: a line of dashes (a separator, written as text), a gap in
        // numbering, lists of two kinds run together.
        let rst = PlainTextConverter.rst(from: tree("Roadmap\n\nThe plan, in a few words for the readers.\n\n----\n\n1. [ ] a\n3. [ ] b\n- [ ] c\n"))
        #expect(rst.contains("\n\\----\n\n"))
        #expect(rst.contains("#. [ ] a\n#. [ ] b\n\n- [ ] c\n"))
    }

    @Test func minutesSayTheyLoseTheirMeeting() throws {
        let minutes = SourceDocument(path: "004.txt", tree: try DocumentLoader().syntax(path: Fixtures.path("004_a71db34335c8e61e.txt")))
        let result = try Renderer.render([minutes], .init(target: .dialect(.markdown)))
        #expect(result.warnings.map { $0.formatted() } == [
            "004.txt:1:1: warning: minutes in plain text are read by their shape; the Markdown copy keeps their text, not the meeting (date, attendees, action items)",
        ])
        // Their text is all there, not hidden as page chrome.
        let text = String(decoding: result.outputs[0].bytes, as: UTF8.self)
        #expect(text.contains("\nA collaboration of service providers & large operators of OpenStack – Meeting Minutes\n"))
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
