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
        #expect(markdown(rst) == """
            # Roadmap

            <!-- a note for maintainers -->

            ## Fast Sync {#fast-sync}

            Run it like this:

            ```
            roadmap list --status open
            ```

            See [the docs](https://example.org/docs).

            """)
    }

    @Test func proseThatLooksLikeAFieldStaysProse() {
        let rst = "Roadmap\n=======\n\nLogger\n------\n\nStatus: rewritten in Go\n\n- [x] done\n"
        let md = markdown(rst)
        #expect(md.contains("Status\\: rewritten in Go"))
        let converted = read(md, as: .markdown)
        #expect(converted.items.first?.status == .done)
        #expect(converted.items.first?.fields.isEmpty == true)
    }

    @Test func footnotesBecomeGFMFootnotes() {
        let rst = "Roadmap\n=======\n\nFreeze [1]_ soon.\n\n.. [1] No new modules, see #539.\n"
        #expect(markdown(rst) == "# Roadmap\n\nFreeze [^1] soon.\n\n[^1]: No new modules, see #539.\n")
        #expect(read(rst, as: .rst).diagnostics.isEmpty)
    }

    @Test func codeSpansKeepTheirBackticks() {
        #expect(markdown("Use ``a `b` c`` here.\n") == "Use ``a `b` c`` here.\n")
    }

    @Test func seedsMatchTheirGoldenFiles() throws {
        for (seed, golden) in [("000_cd62a6579c4ad6d6.txt", "000.md"), ("001_6ef8e799ee81f698.txt", "001.md")] {
            let tree = try DocumentLoader().syntax(path: Fixtures.path(seed))
            let result = MarkdownConverter.markdown(from: tree)
            let path = GoldenEditTests.golden + "/render-" + golden
            if ProcessInfo.processInfo.environment["UPDATE_GOLDEN"] != nil {
                try Data(result.utf8).write(to: URL(fileURLWithPath: path))
            }
            let expected = try #require(FileManager.default.contents(atPath: path), "missing golden file render-\(golden)")
            #expect(String(decoding: expected, as: UTF8.self) == result, "render-\(golden) differs")
        }
    }

    /// What a reader gets out of a roadmap: the converted document must give the same.
    struct Reading: Equatable {
        var items: [String]
        var meetings: [String]

        init(_ d: Document) {
            func describe(_ ds: [Deliverable]) -> String {
                ds.map { "[\($0.checked ? "x" : " ") \($0.text) \($0.issues.map { "\($0)" }) \($0.links.map(\.url)) \(describe($0.children))]" }.joined()
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

    @Test func seedsReadTheSameOnceConverted() throws {
        for name in Fixtures.seedNames { try convertsFaithfully(Fixtures.path(name)) }
        #expect(Fixtures.seedNames.count >= 2)
    }

    @Test func corpusReadsTheSameOnceConverted() throws {
        for path in Fixtures.corpusFiles where path.hasSuffix(".rst") { try convertsFaithfully(path) }
    }
}
