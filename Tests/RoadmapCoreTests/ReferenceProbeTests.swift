import Testing
import RoadmapCore
@testable import RoadmapSyntax
@testable import RoadmapReading

/// Prose whose links and issues are all a reader wants is parsed only when it may hold one:
/// text the probe rules out gives none when parsed.
@Suite struct ReferenceProbeTests {
    private func probe(_ text: String, _ format: Format = .rst) -> Bool {
        InlineParser(format: format, targets: LinkTargets()).mayHoldReference(Array(text.utf8))
    }

    @Test func literalsAndEmphasisHoldNoReference() {
        #expect(!probe("This works around issues with ``deis platform`` and *private* routers."))
        #expect(!probe("An in-memory ring buffer for `deis-storage`."))
        // `_` is kept wherever it stands: in RST it may end a reference.
        #expect(probe("**Bold** and _emphasis_", .markdown))
    }

    @Test func everyWayToAReferenceIsKept() {
        for text in ["Fixes #12", "owner/repo#3", "See GH-7", "gh-7", "https://example.com", "mailto:a@b.c", "a@b.c",
                     "`Docs`_", "docs_", "[docs](x)", "<http://x>", "www.example.com", ":issue:`12`", "|bug|"] {
            #expect(probe(text), "\(text)")
        }
        // Markdown: a MyST role and a character reference can make an issue.
        #expect(probe("{issue}`12`", .markdown))
        #expect(probe("&#35;12", .markdown))
        var k = 0
        let parsed = InlineParser(format: .markdown, targets: LinkTargets()).parse(Array("&#35;12".utf8), anonymousIndex: &k)
        #expect(parsed.issues.map(\.number) == [12])
    }

    @Test func aDashIsNoIssueUnlessAfterGH() {
        #expect(!probe("zero-downtime updates"))
        // Any colon is kept: it may be a role's or a URL's.
        #expect(probe("Note: highly-available"))
    }

    /// Every block of the fixtures and the corpus that the probe rules out parses without a
    /// link, an issue or an unresolved reference.
    @Test func ruledOutTextHoldsNoReferenceOnRealDocuments() throws {
        var ruledOut = 0
        for path in Fixtures.all + Fixtures.corpusFiles {
            let bytes = try FileSystem.readFile(path, limit: DocumentLoader.maximumSize)
            let format = FormatDetector.detect(path: path, bytes: bytes)
            let tree = SyntaxTree.parse(SourceText(bytes: bytes), as: format)
            let context = ReadingContext(tree: tree, detail: .full)
            for (k, b) in tree.blocks.enumerated() where [.paragraph, .listItem, .heading, .field].contains(b.kind) {
                var text = context.textBytes(of: k)
                if format == .rst, b.kind != .heading { ReadingContext.dropLiteralMarker(&text) }
                guard !context.inline.mayHoldReference(text) else { continue }
                ruledOut += 1
                var anonymous = 0
                let parsed = context.inline.parse(text, anonymousIndex: &anonymous)
                #expect(parsed.links.isEmpty && parsed.issues.isEmpty && parsed.unresolved.isEmpty,
                        "\(path): block \(k): \(String(decoding: text, as: UTF8.self))")
            }
        }
        #expect(ruledOut > 100)
    }
}
