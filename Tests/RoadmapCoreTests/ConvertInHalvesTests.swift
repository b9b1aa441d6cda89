import Testing
import RoadmapCore
@testable import RoadmapRendering

/// A large reStructuredText document is converted to Markdown in two halves on two threads
/// (issue 13), split at a section title: the bytes must be those of the one-thread conversion,
/// wherever the halves meet, streamed or whole.
@Suite struct ConvertInHalvesTests {
    /// Every fixture and corpus file, and the seeds beside the checkout when they are there.
    static var documents: [String] {
        let seeds = Fixtures.packageRoot + "/../shared/seeds"
        let seedFiles = FileSystem.kind(of: seeds) == .directory ? FileSystem.files(under: seeds).filter { !$0.hasSuffix(".tsv") } : []
        return StreamingReadTests.documents + seedFiles
    }

    /// The conversion on one thread, and split at every section title (some 30 spread over a
    /// long document): whole, and streamed in tiny pieces.
    private func expectEverySplitAgrees(_ tree: SyntaxTree, _ comment: Comment? = nil) -> Int {
        let one = MarkdownConverter.bytes(from: tree, parallelFrom: .max)
        let headings = tree.blocks.indices.filter { tree.blocks[$0].kind == .heading }
        var splits = 0
        for k in stride(from: 0, to: headings.count, by: max(1, headings.count / 30)).map({ headings[$0] }) {
            #expect(MarkdownConverter.bytes(from: tree, splittingAt: k) == one, "split at block \(k) of \(comment?.description ?? "")")
            var pieces: [UInt8] = []
            let rest = MarkdownConverter.bytes(from: tree, splittingAt: k, pieceSize: 7, sink: { pieces += $0 })
            #expect(rest.isEmpty && pieces == one, "streamed, split at block \(k) of \(comment?.description ?? "")")
            splits += 1
        }
        return splits
    }

    private func tree(_ text: String) -> SyntaxTree { SyntaxTree.parse(SourceText(text), as: .rst) }

    @Test func everySplitOfEveryDocumentConvertsAsOne() throws {
        var checked = 0
        for path in Self.documents {
            guard let tree = try? DocumentLoader().syntax(path: path), tree.format == .rst else { continue }
            checked += expectEverySplitAgrees(tree, "\(path)")
        }
        #expect(checked >= 20)
    }

    @Test func labelsListsFieldsAndMetadataAroundTheSplit() {
        let text = """
            :title: Plan
            :description: What comes

            Plan
            ====

            .. _first:

            First
            -----
            :Status: Planned
            :Owner: Ana

            - [ ] one
            - [x] two ::

                literal

            .. _second:

            Second
            ------

            Status: not a field

            Third
            -----
            Text with `a link`_ and ``code``.

            .. _a link: https://example.com/a

            """
        #expect(expectEverySplitAgrees(tree(text)) == 4)
    }

    @Test func keyValueProseUnderItemTitlesInBothHalves() {
        // Such a paragraph makes the converter read which titles are items: once, for both halves.
        var text = "Plan\n====\n\n"
        for i in 0 ..< 8 { text += "Item \(i)\n--------\n\nNote: Ana\nSee: 2027\n\n- [ ] deliverable \(i)\n\n" }
        let t = tree(text)
        let one = String(decoding: MarkdownConverter.bytes(from: t, parallelFrom: .max), as: UTF8.self)
        #expect(one.contains("Note\\: Ana"))
        #expect(expectEverySplitAgrees(t) == 9)
    }

    @Test func aFirstHalfThatWritesNothingLeavesNoBlankLine() {
        // Only targets and comments-to-nothing before the title at the split: no line before it.
        let text = ".. _x: https://example.com\n\n.. _y: https://example.com/y\n\nFirst\n=====\n\nText `x`_.\n\nSecond\n------\n\nMore.\n"
        let t = tree(text)
        let first = t.blocks.firstIndex { $0.kind == .heading }!
        #expect(MarkdownConverter.bytes(from: t, splittingAt: first) == MarkdownConverter.bytes(from: t, parallelFrom: .max))
        #expect(expectEverySplitAgrees(t) == 2)
    }

    @Test func anonymousReferencesKeepTheirOrderOnOneThread() {
        // `__` targets are taken in order through the whole document: no split then.
        var text = "Plan\n====\n\n"
        for i in 0 ..< 6 { text += "Item \(i)\n--------\n\nSee `this`__.\n\n__ https://example.com/\(i)\n\n" }
        let t = tree(text)
        let one = MarkdownConverter.bytes(from: t, parallelFrom: .max)
        #expect(MarkdownConverter.bytes(from: t, parallelFrom: 2) == one)
        #expect(String(decoding: one, as: UTF8.self).contains("[this](https://example.com/5)"))
        _ = expectEverySplitAgrees(t)
    }

    @Test func aLargeDocumentSplitsNearTheMiddle() {
        var text = "Plan\n====\n\n"
        for i in 0 ..< 800 { text += "Item \(i)\n----------\n\n- [ ] `Deliverable \(i)`_\n\n.. _Deliverable \(i): https://example.com/\(i)\n\n" }
        let t = tree(text)
        #expect(t.blocks.count >= MarkdownConverter.parallelBlocks)
        let split = MarkdownConverter.splitBlock(t, metadata: [], from: t.blocks.count / 2)
        #expect(split.map { t.blocks[$0].kind == .heading && $0 >= t.blocks.count / 2 } == true)
        #expect(MarkdownConverter.bytes(from: t) == MarkdownConverter.bytes(from: t, parallelFrom: .max))
    }
}
