import Testing
import RoadmapCore
@testable import RoadmapRendering

/// `render` to standard output writes one document's conversion or page as it is made; what
/// it writes must be what the whole output is, on every fixture, seed and corpus file.
@Suite struct StreamedRenderTests {
    static var documents: [String] { StreamingReadTests.documents }

    /// The whole output of `request` for the document at `path`, and the streamed one.
    static func both(_ path: String, _ request: Renderer.Request) throws -> (whole: [UInt8], streamed: [UInt8]) {
        let tree = try DocumentLoader().syntax(path: path)
        let source = SourceDocument(path: path, tree: tree)
        let whole = try Renderer.render([source], request).outputs[0].bytes
        var pieces: [UInt8] = []
        #expect(Renderer.streams([source], request))
        try Renderer.render(streaming: [source], request, warn: { _ in }, write: { pieces += $0 })
        return (whole, pieces)
    }

    /// Every target that streams, in every dialect it converts from.
    @Test func streamedOutputIsTheWholeOutput() throws {
        var checked = 0
        for path in Self.documents {
            guard let tree = try? DocumentLoader().syntax(path: path) else { continue }
            var targets: [Renderer.Request.Target?] = [nil, .html, .dialect(.markdown), .dialect(.rst)]
            if tree.format == .text { targets.append(.dialect(.text)) }
            for target in targets {
                let (whole, streamed) = try Self.both(path, Renderer.Request(target: target, stamp: "Rendered by roadmap on 2026-12-02"))
                #expect(streamed == whole, "\(path) → \(String(describing: target))")
                checked += 1
            }
        }
        #expect(checked >= 20)
    }

    /// Pieces of a byte or two, and a page's cards set aside on disk past a hundred bytes: the
    /// seams (a Markdown hard break after a piece went out, the spilled cards) leave no trace.
    @Test func tinyPiecesAndSpilledCardsChangeNothing() throws {
        var checked = 0
        for path in Self.documents {
            guard let tree = try? DocumentLoader().syntax(path: path) else { continue }
            let source = SourceDocument(path: path, tree: tree)
            for target in [Format.markdown, .rst] where DocumentConverter.converts(from: tree.format, to: target) {
                var pieces: [UInt8] = []
                var count = 0
                _ = DocumentConverter.convert(tree, to: target, pieceSize: 1) { pieces += $0; count += 1 }
                #expect(pieces == DocumentConverter.convert(tree, to: target), "\(path) → \(target)")
                #expect(tree.format == target || tree.blocks.count < 3 || count > 1, "\(path) → \(target): in pieces")
            }
            var page: [UInt8] = []
            HTMLRenderer.streamPage(source, title: nil, stamp: nil, pieceSize: 1, spillAfter: 100) { page += $0 }
            #expect(String(decoding: page, as: UTF8.self) == HTMLRenderer.page([source.document()]), "\(path) → html")
            checked += 1
        }
        #expect(checked >= 5)
    }

    /// Only one document to standard output streams; the rest is made whole.
    @Test func whatStreams() throws {
        let tree = SyntaxTree.parse(SourceText("# R\n\n## A\n\n- [ ] x\n"), as: .markdown)
        let one = [SourceDocument(path: "a.md", tree: tree)]
        #expect(Renderer.streams(one, Renderer.Request(target: .html)))
        #expect(Renderer.streams(one, Renderer.Request(target: .dialect(.rst))))
        #expect(!Renderer.streams(one + one, Renderer.Request(target: .html)))
        #expect(!Renderer.streams(one, Renderer.Request(target: .html, destination: .file("x.html"))))
        #expect(!Renderer.streams(one, Renderer.Request(target: .dialect(.rst), combine: true)))
        #expect(!Renderer.streams(one, Renderer.Request(target: .json)))
        var board = Renderer.Request(target: .html)
        board.board = true
        #expect(!Renderer.streams(one, board))
    }

    /// Converted lines that RST would read as structure are escaped; the rest, found on bytes
    /// without splitting the text (every entry and paragraph of a conversion passes here), is not.
    @Test func rstLineStartsEscapedWhereStructureCouldStart() {
        let cases: [(String, String)] = [
            ("Plain words.", "Plain words."),
            ("word.", "word."),
            ("- item", "\\- item"),
            ("  - item", "\\  - item"),
            ("a. first", "\\a. first"),
            ("IV) four", "\\IV) four"),
            ("mix.", "\\mix."),  // a roman numeral, to docutils
            ("3) x", "\\3) x"),
            ("ok\n#. x\nfine", "ok\n\\#. x\nfine"),
            ("caf\u{E9}\n- x", "caf\u{E9}\n\\- x"),
            ("", ""),
        ]
        for (text, escaped) in cases {
            #expect(LiteralText.rstEscapingLineStarts(text) == escaped, "\(text)")
        }
    }

    /// Bytes set aside come back in order, from memory and from the file alike.
    @Test func spillBufferGivesBackWhatItTook() {
        let spill = SpillBuffer(memoryLimit: 10)
        var expected: [UInt8] = []
        for k in 0 ..< 200 {
            let piece = [UInt8](repeating: UInt8(k % 251), count: k % 7)
            spill.append(piece)
            expected += piece
        }
        var back: [UInt8] = []
        spill.drain { back += $0 }
        #expect(back == expected)
        back = []
        spill.drain { back += $0 }
        #expect(back.isEmpty)
    }
}
