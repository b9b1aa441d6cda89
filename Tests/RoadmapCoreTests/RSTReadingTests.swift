import Testing
import RoadmapCore

@Suite struct RSTReadingTests {
    @Test func sectionsBelowTheTitleAreItems() {
        let d = read("""
            Roadmap
            =======

            Alpha
            -----
            First item.

             - [x] done thing
             - [ ] open thing

            Beta
            ----
            Tracked as GitHub issue #12.
            """, as: .rst)
        #expect(d.title == "Roadmap")
        #expect(d.items.map(\.id) == ["alpha", "beta"])
        #expect(d.items[0].status == .inProgress)
        #expect(d.items[0].summary == "First item.")
        #expect(d.items[0].deliverables.map(\.text) == ["done thing", "open thing"])
        #expect(d.items[1].issues.map(\.number) == [12])
        #expect(d.items[1].status == .planned)
    }

    @Test func overlinedTitlesAndLevelsInOrderOfFirstAppearance() {
        let d = read("""
            ########
             Title
            ########

            One
            ***

            Sub
            ===
            text

            Two
            ***
            """, as: .rst)
        #expect(d.title == "Title")
        #expect(d.items.map(\.title) == ["One", "Two"])
        #expect(d.items[0].line == 5)
    }

    @Test func shortUnderlineIsATitleWithAWarning() {
        let d = read("Roadmap\n=====\n\nItem one\n----\ntext\n", as: .rst)
        #expect(d.title == "Roadmap")
        #expect(d.items.map(\.title) == ["Item one"])
        #expect(d.diagnostics.contains { $0.severity == .warning && $0.line == 5 && $0.message.contains("too short") })
    }

    @Test func veryShortUnderlineIsText() {
        let d = read("Title\n=====\n\nA long paragraph line\n--\n", as: .rst)
        #expect(d.items.isEmpty)
    }

    @Test func fieldListUnderTitleGivesFieldsAndStatus() {
        let d = read("""
            Roadmap
            =======

            Item
            ----
            :status: done
            :owner: alice

            Text.
            """, as: .rst)
        let item = d.items[0]
        #expect(item.fields.map(\.key) == ["status", "owner"])
        #expect(item.fields["owner"] == "alice")
        #expect(item.status == .done)
    }

    @Test func literalBlocksDirectivesAndCommentsAreNeverDeliverables() {
        let d = read("""
            Roadmap
            =======

            Item
            ----
            Example::

                - [ ] inside a literal block

            .. note::

               - [ ] inside a directive

            ..
               - [ ] inside a comment

            - [ ] real one
            """, as: .rst)
        #expect(d.items[0].deliverables.map(\.text) == ["real one"])
    }

    @Test func nestedChecklistsBecomeChildren() {
        let d = read("""
            Roadmap
            =======

            Item
            ----
            - [ ] parent

              - [x] child one
              - [ ] child two

            - [X] sibling
            """, as: .rst)
        let ds = d.items[0].deliverables
        #expect(ds.map(\.text) == ["parent", "sibling"])
        #expect(ds[0].children.map(\.text) == ["child one", "child two"])
        #expect(ds[0].children[0].checked == true)
        #expect(d.items[0].progress == (2, 4))
    }

    @Test func referencesResolveThroughTargetsCaseInsensitively() {
        let d = read("""
            Roadmap
            =======

            Item
            ----
            See `The Spec`_ and `embedded <https://e.example/x>`_ and `anon`__.

            - [ ] `Fix It`_

            .. _the   spec: https://spec.example/
            .. _`fix it`: https://github.com/o/r/pull/7
            __ https://anon.example/
            """, as: .rst)
        let item = d.items[0]
        #expect(item.links.map(\.url) == ["https://spec.example/", "https://e.example/x", "https://anon.example/"])
        #expect(item.deliverables[0].issues == [IssueRef(number: 7, url: "https://github.com/o/r/pull/7", repository: "o/r")])
    }

    @Test func explicitAnchorBeforeASectionIsItsID() {
        let d = read("""
            Roadmap
            =======

            .. _custom-id:

            Some Long Title
            ---------------
            text
            """, as: .rst)
        #expect(d.items[0].id == "custom-id")
    }

    @Test func statusGroupsGiveTheirItemsAStatus() {
        let d = read("""
            Roadmap
            =======

            Completed
            ---------

            Shipped thing
            ^^^^^^^^^^^^^
            text

            In progress
            -----------

            Current thing
            ^^^^^^^^^^^^^
            text
            """, as: .rst)
        #expect(d.items.map(\.title) == ["Shipped thing", "Current thing"])
        #expect(d.items.map(\.status) == [.done, .inProgress])
    }

    @Test func duplicateTitlesGetDistinctIDs() {
        let d = read("R\n=\n\nSame\n----\na\n\nSame\n----\nb\n", as: .rst)
        #expect(d.items.map(\.id) == ["same", "same-2"])
    }

    @Test func rolesAreKeptAsText() {
        let d = read("R\n=\n\nItem\n----\nPart of the :ref:`planning process <planning>` and :gh:`123`.\n", as: .rst)
        #expect(d.items[0].summary == "Part of the planning process and #123.")
        #expect(d.items[0].issues.map(\.number) == [123])
    }

    @Test func aStatusLineUnderTheTitleIsAField() throws {
        // scancode's roadmap: "Status: Done" on a line of its own, as Markdown writes it.
        let text = "Roadmap\n=======\n\nPackage files\n-------------\n\nStatus: Done\n\nSearch\n------\n\nWe index.\n\nStatus: in progress\nOwner: dana\n\nNotes\n-----\n\nNote: this is prose.\n\n- [ ] x\n"
        let d = read(text, as: .rst)
        #expect(d.items.map(\.status) == [.done, .inProgress, .planned])
        #expect(d.items[1].fields["Owner"] == "dana")
        #expect(d.items[2].summary == "Note: this is prose.")
        // `set` changes the value where it stands.
        let e = DocumentEditor(path: "doc", tree: SyntaxTree.parse(SourceText(text), as: .rst))
        let after = try e.verified(e.setField(item: 0, key: "status", value: "planned")).applied(to: e.tree.source.bytes)
        #expect(String(decoding: after, as: UTF8.self).contains("-------------\n\nStatus: planned\n\nSearch"))
    }

    @Test func rawSubstitutionsAreNoText() throws {
        // scikit-learn's roadmap strikes entries through with raw HTML around them.
        let text = ".. |ss| raw:: html\n\n   <strike>\n\n.. |se| raw:: html\n\n   </strike>\n\nRoadmap\n=======\n\nGoals\n-----\n\n* |ss| a stacking implementation |se|\n* kmeans variants\n"
        let item = try #require(read(text, as: .rst).items.first)
        #expect(item.deliverables.map(\.text) == ["a stacking implementation", "kmeans variants"])
    }
}

