import Foundation
import Testing
import RoadmapCore

/// `roadmap render --to markdown`: RST in, GitHub-flavoured Markdown out, reading back as the same roadmap.
@Suite struct MarkdownConversionTests {
    func markdown(_ rst: String) -> String {
        MarkdownConverter.markdown(from: SyntaxTree.parse(SourceText(rst), as: .rst))
    }

    @Test func sectionsChecklistsAndReferences() {
        let rst = """
            :title: Roadmap

            Deis Roadmap
            ============

            TTY Broker
            ----------
            :Owner: alice

            Deis can open WebSockets through the ``routing mesh``.

            - [ ] `TTY Broker component`_
            - [x] `Interactive Deis Run <https://github.com/deis/deis/issues/117>`_ (``deis run bash``)

              - [ ] see :ref:`planning`

            .. _`TTY Broker component`: https://github.com/deis/deis/issues/3808

            """
        #expect(markdown(rst) == """
            ---
            title: Roadmap
            ---

            # Deis Roadmap

            ## TTY Broker

            Owner: alice

            Deis can open WebSockets through the `routing mesh`.

            - [ ] [TTY Broker component](https://github.com/deis/deis/issues/3808)
            - [x] [Interactive Deis Run](https://github.com/deis/deis/issues/117) (`deis run bash`)

              - [ ] see planning

            """)
    }

    @Test func literalBlocksCommentsAndLabels() {
        let rst = """
            Roadmap
            =======

            .. a note for maintainers

            .. _fast-sync:

            Fast Sync
            ---------

            Run it like this::

                roadmap list --status open

            See `the docs`__.

            __ https://example.org/docs

            """
        let converted = markdown(rst)
        #expect(read(converted, as: .markdown).items.map(\.id) == ["fast-sync"], "the label keeps the id")
        #expect(converted == """
            # Roadmap

            <!-- a note for maintainers -->

            <a id="fast-sync"></a>
            ## Fast Sync

            Run it like this:

            ```
            roadmap list --status open
            ```

            See [the docs](https://example.org/docs).

            """)
    }

    @Test func proseThatLooksLikeAFieldStaysProse() {
        // RST reads `Key: value` under a title as a field only with a field's key; Markdown with
        // any key, so the others are escaped.
        let rst = "Roadmap\n=======\n\nLogger\n------\n\nNote: rewritten in Go\n\n- [x] done\n\nSync\n----\n\nStatus: rewritten in Go\n\n- [x] done\n"
        let md = markdown(rst)
        #expect(md.contains("Note\\: rewritten in Go"))
        #expect(md.contains("\nStatus: rewritten in Go"))
        let converted = read(md, as: .markdown)
        #expect(converted.items.map(\.status) == [.done, .done])
        #expect(converted.items.map { $0.fields.map(\.key) } == [[], ["Status"]])
    }

    @Test func itemFieldsShowOneUnderAnother() {
        let converted = markdown("R\n=\n\nA\n-\n\n:owner: core\n:target: 0.1\n\n- [ ] x\n")
        // Two trailing spaces: a hard line break on GitHub, and nothing to the reader.
        #expect(converted.contains("## A\n\nowner: core  \ntarget: 0.1\n"))
        #expect(read(converted, as: .markdown).items[0].fields.map(\.value) == ["core", "0.1"])
    }

    @Test func footnotesBecomeGFMFootnotes() {
        let rst = "Roadmap\n=======\n\nFreeze [1]_ soon.\n\n.. [1] No new modules, see #539.\n"
        #expect(markdown(rst) == "# Roadmap\n\nFreeze [^1] soon.\n\n[^1]: No new modules, see #539.\n")
        #expect(read(rst, as: .rst).diagnostics.isEmpty)
    }

    @Test func enumeratedListsKeepTheirNumbers() {
        #expect(markdown("3. three\n4. four\n") == "3. three\n4. four\n")
        #expect(markdown("(2) two\n") == "2. two\n")
        #expect(markdown("a. first\nb. second\n") == "1. first\n1. second\n")
    }

    @Test func codeSpansKeepTheirBackticks() {
        #expect(markdown("Use ``a `b` c`` here.\n") == "Use ``a `b` c`` here.\n")
    }

    /// What a reader gets out of a roadmap: the converted document must give the same.
    struct Reading: Equatable {
        var items: [String]
        var meetings: [String]

        init(_ d: Document) {
            func describe(_ ds: [Deliverable]) -> String {
                ds.map { d in
                    let box = d.checked.map { $0 ? "x" : " " } ?? "·"
                    return "[\(box) \(d.text) \(d.issues.map { "\($0)" }) \(d.links.map(\.url)) \(describe(d.children))]"
                }.joined()
            }
            items = d.items.map { i in
                "\(i.id)|\(i.title)|\(i.status)|\(i.fields.map { "\($0.key)=\($0.value)" })|\(describe(i.deliverables))|\(i.issues.map { "\($0)" }.sorted())"
            }
            meetings = d.meetings.map { "\($0.title)|\($0.date ?? "-")|\($0.completed)|\($0.added)" }
        }
    }

    func convertsFaithfully(_ path: String) throws {
        let tree = try DocumentLoader().syntax(path: path)
        guard tree.format == .rst else { return }
        let converted = MarkdownConverter.markdown(from: tree)
        let before = Reading(DocumentReader.read(tree, path: path))
        let after = Reading(DocumentReader.read(SyntaxTree.parse(SourceText(converted), as: .markdown), path: path))
        #expect(before == after, "\(path) reads differently once converted to Markdown")
    }

    /// Inputs a review found to change once converted: they must read the same.
    @Test(arguments: [
        "R\n=\n\nA\n-\n\n- [ ] parent\n\n  More.\n\n  - [x] child\n",
        "R\n=\n\nA\n-\n\n- [ ] support C\n  # and friends\n\nB\n-\n\n- [ ] b\n",
        "R\n=\n\nA\n-\n\nNotes:\n* [x] looks done\n",
        "R\n=\n\nA\n-\n\n- [ ] ship\n  1. [x] more\n- [ ] next\n",
        "R\n=\n\nA\n-\n\nThe marker is\n<!-- (an opener).\n\n- [ ] a\n\nB\n-\n\n- [x] b\n",
        "R\n=\n\nA\n-\n\n- [ ] <b>x</b> ~~y~~ [l](https://e.x) *args and **kwargs, a_b_c_ 5 * 3\n",
        "R\n=\n\nG\n-\n\nA\n~\n\nStatus: done\n\n- [ ] a\n\nB\n~\n\n- [ ] b\n",
        "R\n=\n\nA\n-\n\n- [ ] see http://bare.example/x_(y) and *emphasis* and **strong**\n",
    ])
    func markdownLookalikesStayText(_ rst: String) {
        let converted = markdown(rst)
        #expect(Reading(read(rst, as: .rst)) == Reading(read(converted, as: .markdown)), "\(converted)")
    }

    @Test func markdownToRSTReadsTheSame() throws {
        for name in Fixtures.seedNames + ["setext-crlf.md"] {
            let tree = try DocumentLoader().syntax(path: Fixtures.path(name))
            guard tree.format == .markdown else { continue }
            let rst = RSTConverter.rst(from: tree)
            #expect(Reading(DocumentReader.read(tree, path: name)) == Reading(read(rst, as: .rst)), "\(name)")
        }
        for path in Fixtures.corpusFiles where path.hasSuffix(".md") {
            let tree = try DocumentLoader().syntax(path: path)
            guard tree.format == .markdown else { continue }
            let rst = RSTConverter.rst(from: tree)
            // The same path: a file name can give a meeting its date.
            #expect(Reading(DocumentReader.read(tree, path: path)) == Reading(read(rst, as: .rst, path: path)), "\(path)")
        }
    }

    @Test func markdownEmphasisCommentsAndStrikeSurviveRST() {
        let md = """
            # Roadmap <!-- omit in toc -->

            ## __Bold Item__ <!-- omit in toc -->

            - [ ] ~~dropped task~~ replaced
            - [x] **strong** and *em* and _under_, a*b*c, *lit and 2 * 3
            - [ ] `code` and [link](https://x.y)
              - plain nested
                - deeper
            """
        let rst = RSTConverter.rst(from: SyntaxTree.parse(SourceText(md), as: .markdown))
        let before = read(md, as: .markdown), after = read(rst, as: .rst)
        #expect(after.title == "Roadmap")
        #expect(after.items.map(\.title) == ["Bold Item"])
        #expect(Reading(before) == Reading(after), "\(rst)")
        #expect(after.items[0].deliverables.map(\.text) == ["dropped task replaced", "strong and em and under, abc, *lit and 2 * 3", "code and link"])
    }

    @Test func rstLiteralsStandApartFromWords() {
        // Markdown allows a code span against a word; RST needs an escaped space there.
        let rst = RSTConverter.rst(from: SyntaxTree.parse(SourceText("# R\n\n## A\n\nUse the `Omaha`_ protocol and x`y`z.\n"), as: .markdown))
        #expect(rst.contains("Use the ``Omaha``\\ _ protocol and x\\ ``y``\\ z."))
    }

    @Test func markdownToRSTExample() {
        let md = """
            ---
            title: Roadmap
            ---

            # Roadmap

            ## Sync

            Owner: dana

            - [x] [Design](https://github.com/o/r/issues/7) with `code`
              - [ ] Review
            - [ ] Build

            ### Later

            """
        #expect(RSTConverter.rst(from: SyntaxTree.parse(SourceText(md), as: .markdown)) == """
            :title: Roadmap

            Roadmap
            =======

            Sync
            ----

            :Owner: dana

            - [x] `Design`_ with ``code``

              - [ ] Review

            - [ ] Build

            Later
            ~~~~~

            .. _Design: https://github.com/o/r/issues/7

            """)
    }

    @Test func seedsReadTheSameOnceConverted() throws {
        for name in Fixtures.seedNames { try convertsFaithfully(Fixtures.path(name)) }
        #expect(Fixtures.seedNames.count >= 2)
    }

    @Test func corpusReadsTheSameOnceConverted() throws {
        for path in Fixtures.corpusFiles where path.hasSuffix(".rst") { try convertsFaithfully(path) }
    }
}
