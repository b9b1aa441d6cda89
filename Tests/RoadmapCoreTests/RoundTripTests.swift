import Testing
import RoadmapCore

/// Every byte belongs to a block, and the blocks written back are the document.
@Suite struct RoundTripTests {
    func assertLossless(_ bytes: [UInt8], as format: Format, _ name: String) {
        let tree = SyntaxTree.parse(SourceText(bytes: bytes), as: format)
        #expect(tree.tilesSource, "\(name) as \(format): blocks do not tile the lines")
        #expect(tree.serialized() == bytes, "\(name) as \(format): round trip differs")
    }

    @Test(arguments: Fixtures.seedNames)
    func seedsRoundTripInEveryDialect(name: String) throws {
        let bytes = try Fixtures.bytes(name)
        for format in Format.allCases { assertLossless(bytes, as: format, name) }
    }

    @Test(.enabled(if: !Fixtures.corpusFiles.isEmpty, "../shared/corpus is not beside this checkout"))
    func corpusRoundTrips() throws {
        for file in Fixtures.corpusFiles {
            let bytes = try FileSystem.readFile(file, limit: DocumentLoader.maximumSize)
            for format in Format.allCases { assertLossless(bytes, as: format, file) }
            // And reading it never fails or crashes.
            _ = try DocumentLoader().document(path: file)
        }
    }

    @Test(arguments: [
        "", "\n", "no newline at end", "a\r\nb\r\n", "\u{FEFF}# Title\n\n- [ ] x\n", "\n\n\n", "Title\n=====\n\n  indented\n\t tab\n",
        "```\nunclosed fence\n- [ ] not a deliverable\n", ".. note::\n\n   body\n\n", "---\nkey: v\n---\n# T\n",
        "- a\n  - b\n    - c\n", "| a | b |\n|---|---|\n| 1 | 2 |\n", "<!-- comment\n- [ ] x\n-->\n",
    ])
    func edgeCasesRoundTrip(text: String) {
        for format in Format.allCases { assertLossless(Array(text.utf8), as: format, text.debugDescription) }
    }
}
