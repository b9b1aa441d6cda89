import Foundation
import Testing
import RoadmapCore

/// `roadmap render` over seeds 000–003 for every target: a copy in the document's own dialect,
/// golden files for the rest.
@Suite struct RenderTargetsTests {
    static let seeds = Array(Fixtures.seedNames.prefix(4))

    func source(_ name: String) throws -> SourceDocument {
        // The path as the golden files show it (JSON and HTML name the document).
        SourceDocument(path: name, tree: try DocumentLoader().syntax(path: Fixtures.path(name)))
    }

    func render(_ name: String, _ target: Renderer.Request.Target) throws -> [UInt8] {
        let outputs = try Renderer.render([try source(name)], Renderer.Request(target: target)).outputs
        try #require(outputs.count == 1)
        return outputs[0].bytes
    }

    /// Compares `bytes` with the golden file (rewritten with `UPDATE_GOLDEN=1`).
    func matchesGolden(_ bytes: [UInt8], _ golden: String) throws {
        let path = GoldenEditTests.golden + "/" + golden
        if ProcessInfo.processInfo.environment["UPDATE_GOLDEN"] != nil {
            try Data(bytes).write(to: URL(fileURLWithPath: path))
        }
        let expected = try #require(FileManager.default.contents(atPath: path), "missing golden file \(golden)")
        #expect(String(decoding: expected, as: UTF8.self) == String(decoding: bytes, as: UTF8.self), "\(golden) differs")
    }

    @Test(arguments: zip(0 ..< 4, seeds))
    func everyTargetOfSeed(_ number: Int, _ name: String) throws {
        let format = try source(name).tree.format
        for dialect in [Format.markdown, .rst] {
            let bytes = try render(name, .dialect(dialect))
            if dialect == format {
                #expect(bytes == (try Fixtures.bytes(name)), "\(name) to its own dialect is a byte-identical copy")
            } else {
                try matchesGolden(bytes, String(format: "render-%03d.%@", number, DocumentConverter.fileExtension(of: dialect)))
            }
        }
        let html = try render(name, .html)
        #expect(html == (try render(name, .html)), "the page is deterministic")
        try matchesGolden(html, String(format: "render-%03d.html", number))
        try matchesGolden(try render(name, .json), String(format: "render-%03d.json", number))
    }

    @Test func jsonIsTheExportSchema() throws {
        let name = Self.seeds[1]
        let json = try render(name, .json)
        #expect(json == Array(JSONRenderer.render([try source(name).document()]).utf8))
    }

    @Test func everyFixtureAndCorpusFileCopiesToItsOwnDialect() throws {
        for path in Fixtures.all + Fixtures.corpusFiles {
            let tree = try DocumentLoader().syntax(path: path)
            let outputs = try Renderer.render([SourceDocument(path: path, tree: tree)], Renderer.Request()).outputs
            #expect(outputs.map(\.bytes) == [try FileSystem.readFile(path, limit: DocumentLoader.maximumSize)], "\(path)")
        }
    }

    @Test func outputsGoWhereTheDestinationSays() throws {
        let a = SourceDocument(path: "roadmap/a.rst", tree: SyntaxTree.parse(SourceText("A\n=\n\nX\n-\n\n- [ ] x\n"), as: .rst))
        let b = SourceDocument(path: "roadmap/b.md", tree: SyntaxTree.parse(SourceText("# B\n\n## Y\n\n- [x] y\n"), as: .markdown))
        // A directory: one file each, the converted ones renamed.
        let each = try Renderer.render([a, b], .init(target: .dialect(.markdown), destination: .directory("out"))).outputs
        #expect(each.map(\.path) == ["out/a.md", "out/b.md"])
        // A file: one document for both.
        let one = try Renderer.render([a, b], .init(target: .dialect(.markdown), destination: .file("ALL.md"))).outputs
        #expect(one.map(\.path) == ["ALL.md"])
        #expect(String(decoding: one[0].bytes, as: UTF8.self).hasPrefix("# Roadmap\n\n## A\n"))
        // Standard output: each in turn, unless combined.
        #expect(try Renderer.render([a, b], .init(target: .dialect(.markdown))).outputs.count == 2)
        #expect(try Renderer.render([a, b], .init(target: .dialect(.markdown), combine: true)).outputs.count == 1)
        #expect(try Renderer.render([a, b], .init(target: .html, destination: .directory("out"))).outputs.map(\.path) == ["out/a.html", "out/b.html"])
    }

    @Test func renderingNeverReplacesADocument() throws {
        let dir = FileManager.default.temporaryDirectory.path + "/roadmap-render-\(UInt32.random(in: 0 ... .max))"
        try FileManager.default.createDirectory(atPath: dir + "/a", withIntermediateDirectories: true)
        try FileManager.default.createDirectory(atPath: dir + "/b", withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        func source(_ path: String, _ text: String, _ format: Format) throws -> SourceDocument {
            try Data(text.utf8).write(to: URL(fileURLWithPath: dir + "/" + path))
            return SourceDocument(path: dir + "/" + path, tree: SyntaxTree.parse(SourceText(text), as: format))
        }
        let rst = try source("a/ROADMAP.rst", "R\n=\n\nX\n-\n\n- [ ] x\n", .rst)
        let md = try source("a/ROADMAP.md", "# R\n\n## Y\n\n- [ ] y\n", .markdown)
        let other = try source("b/ROADMAP.md", "# S\n\n## Z\n\n- [ ] z\n", .markdown)
        // ROADMAP.md converted to RST would land on ROADMAP.rst, a document of its own.
        #expect(throws: Renderer.Failure.wouldOverwriteSource(path: dir + "/a/ROADMAP.rst")) {
            try Renderer.render([rst, md], .init(target: .dialect(.rst), destination: .directory(dir + "/a")))
        }
        #expect(throws: Renderer.Failure.wouldOverwriteSource(path: dir + "/a/ROADMAP.md")) {
            try Renderer.render([md], .init(target: .html, destination: .file(dir + "/a/ROADMAP.md")))
        }
        // Two documents of one name from two folders cannot share a directory.
        #expect(throws: Renderer.Failure.sameOutput(path: dir + "/ROADMAP.md", sources: [md.path, other.path])) {
            try Renderer.render([md, other], .init(destination: .directory(dir)))
        }
        // A copy onto itself changes nothing, and is allowed.
        #expect(try Renderer.render([md], .init(destination: .file(md.path))).outputs.map(\.bytes) == [Array("# R\n\n## Y\n\n- [ ] y\n".utf8)])
    }

    @Test func whatCannotBeRenderedSaysWhy() {
        let a = SourceDocument(path: "a.rst", tree: SyntaxTree.parse(SourceText("A\n=\n"), as: .rst))
        let b = SourceDocument(path: "b.md", tree: SyntaxTree.parse(SourceText("# B\n"), as: .markdown))
        #expect(throws: Renderer.Failure.cannotConvert(path: "b.md", from: .markdown, to: .text)) {
            try Renderer.render([b], .init(target: .dialect(.text)))
        }
        #expect(throws: Renderer.Failure.combineNeedsDialect) { try Renderer.render([a, b], .init(combine: true)) }
        #expect(throws: Renderer.Failure.combineIntoDirectory("out")) {
            try Renderer.render([a, b], .init(target: .dialect(.rst), destination: .directory("out"), combine: true))
        }
    }
}
