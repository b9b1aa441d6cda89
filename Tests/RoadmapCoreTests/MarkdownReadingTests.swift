import Testing
import RoadmapCore

@Suite struct MarkdownReadingTests {
    @Test func atxAndSetextHeadingsWithTaskLists() {
        let d = read("""
            Roadmap
            =======

            ## Alpha ##

            - [x] one
            - [X] two

            Beta
            ----

            * [ ] three
              * [x] three point one
            """, as: .markdown)
        #expect(d.title == "Roadmap")
        #expect(d.items.map(\.title) == ["Alpha", "Beta"])
        #expect(d.items[0].status == .done)
        #expect(d.items[1].deliverables[0].children.map(\.text) == ["three point one"])
    }

    @Test func frontMatterIsMetadata() {
        let d = read("---\ntitle: \"Flux Roadmap\"\nweight: 90\n---\n\n# Roadmap\n\n## A\n", as: .markdown)
        #expect(d.metadata["title"] == "Flux Roadmap")
        #expect(d.metadata["weight"] == "90")
        #expect(d.title == "Roadmap")
    }

    @Test func codeHTMLTablesAndCommentsAreNotItems() {
        let d = read("""
            # Roadmap

            ## Item

            ```
            - [ ] fenced
            ```

                - [ ] indented code

            <!--
            - [ ] commented
            -->

            | a | b |
            |---|---|
            | - [ ] cell | x |

            - [ ] real
            """, as: .markdown)
        #expect(d.items[0].deliverables.map(\.text) == ["real"])
    }

    @Test func linksOfEveryKindAndIssueReferences() {
        let d = read("""
            # Roadmap

            ## Item

            Inline [spec](https://spec.example/), reference [docs][d], shortcut [docs], auto <https://auto.example/>,
            bare https://bare.example/path. Tracked in #42, GH-43 and other/repo#44.

            - [ ] [Fix](https://github.com/o/r/issues/9) the `code` **thing**

            [d]: https://docs.example/
            [docs]: https://shortcut.example/
            """, as: .markdown)
        let item = d.items[0]
        #expect(item.links.map(\.url) == ["https://spec.example/", "https://docs.example/", "https://shortcut.example/",
                                          "https://auto.example/", "https://bare.example/path"])
        #expect(item.issues.map(\.number) == [42, 43, 44])
        #expect(item.issues[2].repository == "other/repo")
        let deliverable = item.deliverables[0]
        #expect(deliverable.text == "Fix the code thing")
        #expect(deliverable.issues == [IssueRef(number: 9, url: "https://github.com/o/r/issues/9", repository: "o/r")])
    }

    @Test func keyValueParagraphUnderHeadingIsFields() {
        let d = read("# R\n\n## Phase 1\n\n**Status:** In Progress\nOwner: bob\n\nText.\n", as: .markdown)
        #expect(d.items[0].fields.map(\.key) == ["Status", "Owner"])
        #expect(d.items[0].status == .inProgress)
        #expect(d.items[0].summary == "Text.")
    }

    @Test func explicitHeadingIDs() {
        let d = read("# R\n\n## A long title {#short}\n", as: .markdown)
        #expect(d.items[0].id == "short")
        #expect(d.items[0].title == "A long title")
    }

    @Test func aLoneTagLeftOfAnEntryStartsAnHTMLBlock() {
        // As CommonMark (and GitHub) read it: the tag ends the list, and the HTML block runs to a blank line.
        let d = read("# R\n\n## Item\n\n- [ ] a\n<img src=\"x.png\">\n- [ ] b\n", as: .markdown)
        #expect(d.items[0].deliverables.map(\.text) == ["a"])
        // Indented to the entry's text, or with more after it, it is the entry's text.
        let e = read("# R\n\n## Item\n\n- [ ] a\n  <img src=\"x.png\">\n- [ ] b\n", as: .markdown)
        #expect(e.items[0].deliverables.count == 2)
    }

    @Test func aURLsColonMakesNoField() {
        let d = read("# R\n\n## Item\n\nSee https://github.com/o/r/issues/5\n\n- [ ] a\n", as: .markdown)
        #expect(d.items[0].fields.isEmpty)
        #expect(d.items[0].issues.map(\.number) == [5])
        // Issues and links in field values count.
        let f = read("# R\n\n## Item\n\nTarget: v1.2, see https://github.com/o/r/issues/7\n\n- [ ] a\n", as: .markdown)
        #expect(f.items[0].fields.map(\.key) == ["Target"])
        #expect(f.items[0].issues.map(\.number) == [7] && f.items[0].links.map(\.url) == ["https://github.com/o/r/issues/7"])
    }

    @Test func anAnchorLineBeforeAHeadingGivesItsId() {
        let d = read("# R\n\n<a id=\"fast\"></a>\n## Fast Sync\n\n- [ ] a\n\n<a name='slow'></a>\n\n## Slow Sync\n\n- [ ] b\n", as: .markdown)
        #expect(d.items.map(\.id) == ["fast", "slow"])
        #expect(d.items.map(\.title) == ["Fast Sync", "Slow Sync"])
        // A line with more than the anchor is prose, and the heading after it still a heading.
        let e = read("# R\n\n<a href=\"x\">see</a>\n## Sync\n\n- [ ] a\n", as: .markdown)
        #expect(e.items.map(\.id) == ["sync"])
    }

    @Test func groupSectionWhoseSubsectionsCarryChecklists() {
        let d = read("""
            # Flux Roadmap

            ## Milestones

            Intro.

            ### v2.8

            - [x] a

            ### v2.9

            - [ ] b
            """, as: .markdown)
        #expect(d.items.map(\.title) == ["v2.8", "v2.9"])
        #expect(d.items.map(\.status) == [.done, .planned])
    }

    @Test func admonitionsAreNotItems() {
        let d = read("# R\n\n## Backlog\n\n!!! info\n\n    - not an idea\n\n- Idea one\n- Idea two\n", as: .markdown)
        #expect(d.items.map(\.title) == ["Idea one", "Idea two"])
    }

    @Test func aFooterAfterTheLastBreakIsNoSummary() throws {
        let doc = read("# Roadmap\n\n## Sync\n\n- [ ] Delta uploads\n\n---\n\n*Last updated: 2025-12-01*\n", as: .markdown)
        #expect(doc.items.first?.summary == nil)
        // Before the last section, a break separates parts of an item's text.
        let inner = read("# Roadmap\n\n## Sync\n\n---\n\nUploads in pieces.\n\n## Search\n\nText.\n", as: .markdown)
        #expect(inner.items.first?.summary == "Uploads in pieces.")
    }

    @Test func anEmptyEntryNamesNothing() {
        let d = read("# TODO\n\n## Todo\n\n- check logging\n- \n- graceful stop\n\n## Priorities\n\n1) avoid exit()\n2) \n", as: .markdown)
        #expect(d.items.map(\.title) == ["check logging", "graceful stop", "Priorities"])
        #expect(d.items.last?.deliverables.map(\.text) == ["avoid exit()"])
    }

    @Test func issuesNestedUnderADeliverableAreTheItems() throws {
        let item = try #require(read("# Roadmap\n\n## Templates\n\n- [ ] Import\n  - see #77 and acme/app#78\n- [ ] Export\n", as: .markdown).items.first)
        #expect(item.issues.map(\.number) == [77, 78])
    }
}

