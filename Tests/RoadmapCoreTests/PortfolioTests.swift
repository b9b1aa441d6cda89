import Testing
import RoadmapCore

/// `roadmap render --combine` / `-o FILE` over several documents: one portfolio document.
@Suite struct PortfolioTests {
    let api = SourceDocument(path: "teams/api.rst", tree: SyntaxTree.parse(SourceText("""
        :owner: api-team

        .. _api:

        API Roadmap
        ===========

        Sync
        ----

        - [x] Design
        - [ ] Build `tracked <https://github.com/o/r/issues/7>`_

        Search
        ------

        - [ ] Index

        """), as: .rst))
    let web = SourceDocument(path: "teams/web.md", tree: SyntaxTree.parse(SourceText("""
        ## Dark mode

        - [ ] Palette

        ## Offline

        - [x] Cache

        """), as: .markdown))

    @Test func markdownPortfolio() throws {
        let result = try #require(PortfolioWriter.combine([api, web], to: .markdown, title: "Company Roadmap"))
        #expect(result.text == """
            # Company Roadmap

            <a id="api"></a>
            ## API Roadmap

            owner: api-team

            ### Sync

            - [x] Design
            - [ ] Build [tracked](https://github.com/o/r/issues/7)

            ### Search

            - [ ] Index

            ## web.md

            ### Dark mode

            - [ ] Palette

            ### Offline

            - [x] Cache

            """)
        #expect(result.warnings.isEmpty)
        // Each document's items, under its own section.
        let combined = read(result.text, as: .markdown)
        #expect(combined.items.map(\.title) == ["Sync", "Search", "Dark mode", "Offline"])
        #expect(combined.items.map(\.progress.done) == [1, 0, 0, 1])
        #expect(combined.items[0].deliverables[1].issues.map(\.number) == [7])
    }

    @Test func rstPortfolio() throws {
        let result = try #require(PortfolioWriter.combine([api, web], to: .rst))
        #expect(result.text == """
            =======
            Roadmap
            =======

            .. _api:

            API Roadmap
            ===========

            :owner: api-team

            Sync
            ----

            - [x] Design
            - [ ] Build `tracked <https://github.com/o/r/issues/7>`_

            Search
            ------

            - [ ] Index

            web.md
            ======

            Dark mode
            ---------

            - [ ] Palette

            Offline
            -------

            - [x] Cache

            """)
        let combined = read(result.text, as: .rst)
        #expect(combined.title == "Roadmap")
        #expect(combined.items.map(\.id) == ["sync", "search", "dark-mode", "offline"])
    }

    @Test func targetsTwoDocumentsDefineDifferentlyAreReported() throws {
        let a = SourceDocument(path: "a.md", tree: SyntaxTree.parse(SourceText("# A\n\n## X\n\n- [ ] [spec][s]\n\n[s]: https://a.example\n"), as: .markdown))
        let b = SourceDocument(path: "b.md", tree: SyntaxTree.parse(SourceText("# B\n\n## Y\n\n- [ ] [spec][s]\n\n[s]: https://b.example\n"), as: .markdown))
        let result = try #require(PortfolioWriter.combine([a, b], to: .markdown))
        #expect(result.warnings.map { $0.formatted() } == [
            "b.md:7:1: warning: link target \"s\" is defined in a.md too; in the combined document the first one wins",
        ])
        #expect(try #require(PortfolioWriter.combine([a, a], to: .markdown)).warnings.isEmpty, "the same URL twice is no conflict")
    }

    @Test func rstLinkNamesTwoDocumentsUseStayApart() throws {
        let a = SourceDocument(path: "a.md", tree: SyntaxTree.parse(SourceText("# A\n\n## X\n\nSee [docs](https://a.example/).\n\n- [ ] x\n"), as: .markdown))
        let b = SourceDocument(path: "b.md", tree: SyntaxTree.parse(SourceText("# B\n\n## Y\n\nSee [docs](https://b.example/).\n\n- [ ] y\n"), as: .markdown))
        let result = try #require(PortfolioWriter.combine([a, b], to: .rst, title: "===="))
        #expect(result.text.hasPrefix("=====\n\\====\n=====\n"), "a title docutils would take for an adornment is escaped")
        #expect(result.text.contains("See `docs`_.") && result.text.contains("See `docs <https://b.example/>`__."))
        #expect(result.warnings.isEmpty)
        let combined = read(result.text, as: .rst)
        #expect(combined.items.flatMap(\.links).map(\.url) == ["https://a.example/", "https://b.example/"])
    }

    @Test func metadataIsWhatTheReaderTook() throws {
        let toml = SourceDocument(path: "t.md", tree: SyntaxTree.parse(SourceText("+++\nhomepage = \"https://x.org\"\nowner = \"*team* <b>\"\n+++\n\n# T\n\n## I\n\n- [ ] a\n"), as: .markdown))
        let text = try #require(PortfolioWriter.combine([toml], to: .markdown)).text
        #expect(text.contains("## T\n\nhomepage: https://x.org  \nowner: \\*team\\* \\<b>\n"))
    }

    @Test func deepHeadingsStopAtTheDialectsLastLevel() throws {
        let deep = SourceDocument(path: "d.md", tree: SyntaxTree.parse(SourceText("# T\n\n## 2\n\n### 3\n\n#### 4\n\n##### 5\n\n###### 6\n"), as: .markdown))
        let text = try #require(PortfolioWriter.combine([deep], to: .markdown)).text
        #expect(text.contains("\n###### 5\n") && text.contains("\n###### 6\n"))
        #expect(PortfolioWriter.combine([deep], to: .text) == nil)
    }
}
