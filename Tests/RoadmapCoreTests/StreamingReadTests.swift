import Testing
import RoadmapCore

/// `list` and `export` read with items streamed to them one by one, `list` in the outline
/// detail; what they get must be what a whole read gives, on every fixture, seed and corpus file.
@Suite struct StreamingReadTests {
    static var documents: [String] { Fixtures.all.filter { DocumentLoader.extensions.contains(String($0.split(separator: ".").last ?? "")) } + Fixtures.corpusFiles }

    /// The export written in pieces as items stream in is byte for byte the export of the whole model.
    @Test func streamedExportIsTheWholeExport() throws {
        var checked = 0
        for path in Self.documents {
            guard let tree = try? DocumentLoader().syntax(path: path) else { continue }
            let whole = JSONRenderer.render([DocumentReader.read(tree, path: path)])
            var w = JSONWriter()
            var pieces: [UInt8] = []
            JSONOutput.begin("documents", &w)
            let rest = DocumentReader.read(tree, path: path, onItem: { JSONRenderer.write($0, &w); pieces += w.takeBytes() },
                                           onHead: { JSONRenderer.writeHead($0, &w) })
            #expect(rest.items.isEmpty, "\(path): streamed items are not kept")
            JSONRenderer.writeTail(rest, &w)
            JSONOutput.end(&w)
            pieces += w.takeBytes()
            #expect(String(decoding: pieces, as: UTF8.self) == whole, "\(path)")
            checked += 1
        }
        #expect(checked >= 5)
    }

    /// The outline `list` reads is the full model less deliverables and summaries, progress kept.
    @Test func outlineReadAgreesWithTheFullRead() throws {
        var checked = 0
        for path in Self.documents {
            guard let tree = try? DocumentLoader().syntax(path: path) else { continue }
            let full = DocumentReader.read(tree, path: path)
            var streamed: [Item] = []
            let outline = DocumentReader.read(tree, path: path, detail: .outline) { streamed.append($0) }
            #expect(outline.title == full.title && outline.metadata == full.metadata, "\(path)")
            #expect(streamed.count == full.items.count, "\(path)")
            for (a, b) in zip(streamed, full.items) {
                #expect(a.id == b.id && a.title == b.title && a.line == b.line && a.status == b.status && a.groups == b.groups, "\(path): \(b.id)")
                #expect(a.fields == b.fields && a.issues == b.issues && a.links == b.links, "\(path): \(b.id)")
                #expect(a.progress == b.progress && a.deliverables.isEmpty, "\(path): \(b.id)")
            }
            checked += 1
        }
        #expect(checked >= 5)
    }
}

/// The JSON writer's output, byte for byte: commas, indentation at any depth, numbers, escapes.
@Suite struct JSONWriterTests {
    @Test func nestedValuesAndEscapes() {
        var w = JSONWriter()
        w.beginObject()
        w.field("n", 0)
        w.field("big", Int.max)
        w.field("neg", -42)
        w.field("s", "a \"q\" \\ \n\t\u{1}")
        w.key("list")
        w.beginArray()
        w.value(7)
        w.beginObject(); w.endObject()
        w.beginArray(); w.value(true); w.null(); w.endArray()
        w.endArray()
        w.endObject()
        #expect(w.string == """
            {
              "n": 0,
              "big": 9223372036854775807,
              "neg": -42,
              "s": "a \\"q\\" \\\\ \\n\\t\\u0001",
              "list": [
                7,
                {},
                [
                  true,
                  null
                ]
              ]
            }
            """)
    }

    @Test func deepIndentation() {
        var w = JSONWriter()
        for _ in 0 ..< 40 { w.beginArray() }
        w.value(1)
        for _ in 0 ..< 40 { w.endArray() }
        let lines = w.string.split(separator: "\n")
        #expect(lines.count == 81)
        #expect(lines[40] == Substring(String(repeating: " ", count: 80) + "1"))
        var compact = JSONWriter(pretty: false)
        compact.beginObject(); compact.field("a", 1); compact.field("b", "x"); compact.endObject()
        #expect(compact.string == #"{"a":1,"b":"x"}"#)
    }
}
