import Testing
@testable import RoadmapSyntax
@testable import RoadmapRendering
import RoadmapCore

/// A large reStructuredText document is scanned in two halves on two threads (issue 13): the
/// blocks, levels, parents and diagnostics must be those of the one-pass scan, wherever the
/// halves meet, and when they cannot meet cleanly the scan must go on as one.
@Suite struct ScanInHalvesTests {
    /// The one-pass scan and the scan in halves (from 4 lines on) of `text`.
    private func bothScans(_ text: String, as format: Format = .rst) -> (one: SyntaxTree, halves: SyntaxTree) { bothScans(SourceText(text), as: format) }

    private func bothScans(_ source: SourceText, as format: Format) -> (one: SyntaxTree, halves: SyntaxTree) {
        (SyntaxTree.parse(source, as: format, parallelFrom: .max), SyntaxTree.parse(source, as: format, parallelFrom: 4))
    }

    private func expectSameScan(_ text: String, as format: Format = .rst, _ comment: Comment? = nil) {
        let (one, halves) = bothScans(text, as: format)
        #expect(one.blocks == halves.blocks, comment)
        #expect(one.diagnostics == halves.diagnostics, comment)
        #expect(halves.tilesSource, comment)
    }

    @Test func aSectionStyleFirstSeenInTheSecondHalfGetsTheNextLevel() {
        let text = """
            Roadmap
            =======

            One
            ---

            - [ ] a

            Two
            ---

            Deeper
            ~~~~~~

            Three
            -----

            Deepest
            ^^^^^^^

            """
        let (one, halves) = bothScans(text)
        #expect(halves.blocks.filter { $0.kind == .heading }.map(\.level) == [1, 2, 2, 3, 2, 4])
        #expect(one.blocks == halves.blocks)
    }

    @Test func listsAndParagraphsInTheSecondHalfPointAtTheirParents() {
        var text = "Roadmap\n=======\n\n"
        for i in 0 ..< 6 {
            text += "Item \(i)\n-------\n\n- [ ] first\n\n  more of the first\n\n  - [x] nested\n\n- [ ] second ::\n\n    literal\n\n"
        }
        let (one, halves) = bothScans(text)
        #expect(halves.blocks.contains { $0.parent > 0 })
        #expect(one.blocks == halves.blocks)
    }

    @Test func aBlockRunningOverTheMiddleSendsTheScanOnAsOne() {
        // Around the middle: a simple table holding blank lines, and a literal block whose
        // text looks like section titles.
        var text = "Roadmap\n=======\n\n"
        for i in 0 ..< 4 { text += "Item \(i)\n-------\n\nText.\n\n" }
        text += "=====  =====\nA      B\n\nC      D\n-----  -----\n\nE      F\n=====  =====\n\n"
        text += "Example::\n\n    Not a title\n    -----------\n\n    Nor this\n    --------\n\n"
        for i in 4 ..< 8 { text += "Item \(i)\n-------\n\nText.\n\n" }
        expectSameScan(text)
    }

    @Test func everySplitOfSmallDocumentsScansAsOne() {
        // Every line of a tricky document taken as the middle: the halves meet or give way.
        let text = """
            :title: Plan

            Plan
            ====

            .. _one:

            One
            ---

            .. note::

               Inside
               ------

            Two
            ---
            Text ::

            Three
            -----

              indented

            =====  =====
            a      b

            c      d
            =====  =====

            Four
            ----

            """
        let source = SourceText(text)
        let one = SyntaxTree.parse(source, as: .rst, parallelFrom: .max)
        for cut in 4 ... max(4, source.lineCount * 2) {
            let halves = SyntaxTree.parse(source, as: .rst, parallelFrom: cut)
            #expect(one.blocks == halves.blocks, "from \(cut) lines")
        }
    }

    @Test func markdownHalvesMeetOnlyOutsideCodeAndHTML() {
        // Fences and an HTML comment holding `## ` lines around the middle, lists either side.
        var text = "---\ntitle: Plan\n---\n\n# Plan\n\n"
        for i in 0 ..< 4 { text += "## Item \(i)\n\n- [ ] a\n  - [x] b\n\n" }
        text += "```\n\n## Not a heading\n\n```\n\n<!--\n\n## Nor this\n\n-->\n\n"
        for i in 4 ..< 8 { text += "## Item \(i)\n\n- [ ] a\n\n  continued\n\n" }
        expectSameScan(text, as: .markdown)
        let source = SourceText(text)
        let one = SyntaxTree.parse(source, as: .markdown, parallelFrom: .max)
        for cut in 4 ... source.lineCount * 2 {
            #expect(one.blocks == SyntaxTree.parse(source, as: .markdown, parallelFrom: cut).blocks, "from \(cut) lines")
        }
    }

    @Test func theFixturesAndTheCorpusScanTheSameInHalves() throws {
        let files = Fixtures.all + Fixtures.corpusFiles
        var split = 0
        for path in files {
            let format: Format = path.hasSuffix(".md") || path.hasSuffix(".markdown") ? .markdown : .rst
            guard let bytes = try? FileSystem.readFile(path, limit: DocumentLoader.maximumSize) else { continue }
            let (one, halves) = bothScans(SourceText(bytes: bytes), as: format)
            #expect(one.blocks == halves.blocks, "\(path)")
            #expect(one.diagnostics == halves.diagnostics, "\(path)")
            if one.blocks.contains(where: { $0.kind == .heading }) { split += 1 }
        }
        #expect(split >= 5)
    }

    @Test func aLargeTableReadsTheSameOnTwoThreads() {
        let rows = (0 ..< 300).map { i in ["item-\(i)", i % 7 == 0 ? "Ünïcode \u{1B}[31m title \(i)" : "Title \(i)", "planned", ProgressBar.text(done: i % 4, total: 3)] }
        let columns: [TableLayout.Column] = [.init("ID", flexible: true), .init("TITLE", flexible: true), .init("STATUS"), .init("PROGRESS")]
        var one = TableLayout(columns: columns, rows: rows)
        one.styled = false
        one.parallelThreshold = .max
        var two = one
        two.parallelThreshold = 2
        #expect(one.render(width: nil) == two.render(width: nil))
        #expect(one.render(width: 40) == two.render(width: 40))
        #expect(two.render(width: nil).contains("\\u{1b}[31m"))
    }
}

/// The progress column: counts and a bar of ten, whatever the counts.
@Suite struct ProgressBarTests {
    @Test func countsAndBar() {
        #expect(ProgressBar.text(done: 2, total: 5) == "2/5 ████░░░░░░")
        #expect(ProgressBar.text(done: 0, total: 3) == "0/3 ░░░░░░░░░░")
        #expect(ProgressBar.text(done: 10, total: 10) == "10/10 ██████████")
        #expect(ProgressBar.text(done: 123_456, total: 9_876_543) == "123456/9876543 ░░░░░░░░░░")
        #expect(ProgressBar.text(done: Int.max, total: Int.max) == "\(Int.max)/\(Int.max) ██████████")
        #expect(ProgressBar.text(done: 0, total: 0) == "–")
        #expect(ProgressBar.text(done: 1, total: 4, width: 4) == "1/4 █░░░")
    }
}
