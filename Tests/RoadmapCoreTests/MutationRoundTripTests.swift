import Testing
import RoadmapCore

/// Real roadmaps, damaged the way hands damage them (a line lost or pasted twice, a heading
/// copied, a box ticked with a stray letter, an unclosed fence), still read without a crash and
/// still write back byte for byte when nothing is edited.
@Suite struct MutationRoundTripTests {
    /// A small deterministic generator (SplitMix64), seeded from the file's name, so that a
    /// failure names a mutation that can be made again.
    struct Generator {
        var state: UInt64
        init(seed: String) {
            // FNV-1a of the name: stable across runs, unlike `hashValue`.
            var h: UInt64 = 0xCBF2_9CE4_8422_2325
            for b in seed.utf8 { h = (h ^ UInt64(b)) &* 0x0000_0100_0000_01B3 }
            state = h
        }
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        mutating func below(_ n: Int) -> Int { n <= 0 ? 0 : Int(next() % UInt64(n)) }
    }

    /// Lines that change structure when pasted somewhere: adornments, fences, list entries, fields.
    static let strayLines = [
        "=====", "-----", "~~~", "```", "# Stray heading", "- [ ] stray deliverable", "  - [x] nested stray",
        ":owner: someone", "Status: done", ".. _stray: https://example.com", "[stray]: https://example.com",
        "   indented text", "\t- tabbed entry", "| a | b |", "<!--", "", "1. numbered",
    ]

    /// One mutation of `bytes`, by whole lines (so the text stays valid UTF-8) or one ASCII byte
    /// of a checkbox; with its name for the failure message.
    static func mutate(_ bytes: [UInt8], _ g: inout Generator) -> (bytes: [UInt8], name: String) {
        // Lines with their endings, so the document's own endings (CRLF, none at the end) stay.
        var lines: [ArraySlice<UInt8>] = []
        var start = 0
        for i in bytes.indices where bytes[i] == 0x0A { lines.append(bytes[start ... i]); start = i + 1 }
        if start < bytes.count { lines.append(bytes[start...]) }
        guard !lines.isEmpty else { return (Array("- [ ] x".utf8), "empty → entry") }
        let k = g.below(lines.count)
        func joined(_ ls: [ArraySlice<UInt8>]) -> [UInt8] { ls.reduce(into: []) { $0 += $1 } }
        switch g.below(5) {
        case 0:
            let stray = strayLines[g.below(strayLines.count)]
            lines.insert(ArraySlice(Array((stray + "\n").utf8)), at: k)
            return (joined(lines), "insert \(stray.debugDescription) before line \(k + 1)")
        case 1:
            lines.remove(at: k)
            return (joined(lines), "delete line \(k + 1)")
        case 2:
            // A heading (a `#` line, or a title with its underline) pasted again further on.
            let headings = lines.indices.filter { lines[$0].first == 0x23 || ($0 + 1 < lines.count && [0x3D, 0x2D, 0x7E].contains(lines[$0 + 1].first ?? 0) && lines[$0].count > 1) }
            guard let h = headings.isEmpty ? nil : headings[g.below(headings.count)] else { return (bytes, "no heading to duplicate") }
            let copied = lines[h].first == 0x23 ? [lines[h]] : [lines[h], lines[h + 1]]
            let at = g.below(lines.count + 1)
            lines.insert(contentsOf: copied, at: at)
            return (joined(lines), "duplicate heading at line \(h + 1) before line \(at + 1)")
        case 3:
            // A box ticked, cleared, or given a letter no reader knows.
            var out = bytes
            let boxes = out.indices.dropLast(2).filter { out[$0] == 0x5B && out[$0 + 2] == 0x5D }
            guard !boxes.isEmpty else { return (bytes, "no checkbox to flip") }
            let b = boxes[g.below(boxes.count)] + 1
            let letters: [UInt8] = [0x20, 0x78, 0x58, 0x2D, 0x3F, 0x5D]
            out[b] = letters[g.below(letters.count)]
            return (out, "checkbox at byte \(b) set to \(Character(UnicodeScalar(out[b])))")
        default:
            // The line ending of the last line taken away, or a line's indentation changed.
            if g.below(2) == 0, bytes.last == 0x0A { return (Array(bytes.dropLast()), "no newline at end") }
            lines[k] = ArraySlice(Array("  ".utf8)) + lines[k]
            return (joined(lines), "indent line \(k + 1)")
        }
    }

    @Test(.enabled(if: !Fixtures.corpusFiles.isEmpty, "../shared/corpus is not beside this checkout"))
    func mutatedCorpusFilesReadAndRoundTrip() throws {
        var mutations = 0
        for file in Fixtures.corpusFiles {
            let original = try FileSystem.readFile(file, limit: DocumentLoader.maximumSize)
            var g = Generator(seed: file.split(separator: "/").last.map(String.init) ?? file)
            var bytes = original
            for step in 1 ... 6 {
                // Mutations pile up: the sixth document has six changes.
                let (mutated, name) = Self.mutate(bytes, &g)
                bytes = mutated
                mutations += 1
                let tree = try DocumentLoader().syntax(bytes: bytes, path: file)
                #expect(tree.serialized() == bytes, "\(file) after step \(step) (\(name)): written back differs")
                #expect(tree.tilesSource, "\(file) after step \(step) (\(name)): blocks do not tile the lines")
                // Reading never crashes, and every item it finds lies inside the document.
                let document = DocumentReader.read(tree, path: file)
                for item in document.items {
                    #expect(item.line >= 1 && item.line <= max(1, tree.source.lineCount), "\(file) after \(name): \(item.id) at line \(item.line)")
                }
                // An editor opened on it, with no edit, leaves the bytes as they are.
                let editor = DocumentEditor(path: file, tree: tree)
                let unchanged = try editor.verified(DocumentEditor.Edit())
                #expect(unchanged.applied(to: bytes) == bytes && editor.diff(unchanged).isEmpty)
            }
        }
        #expect(mutations >= 6 * Fixtures.corpusFiles.count)
    }

    @Test func mutationsAreDeterministicAndChangeTheText() {
        let text = Array("Title\n=====\n\n- [ ] one\n- [x] two\n\n## Next\n\n:owner: ana\n".utf8)
        var a = Generator(seed: "example.rst"), b = Generator(seed: "example.rst")
        var changed = 0
        for _ in 0 ..< 20 {
            let x = Self.mutate(text, &a), y = Self.mutate(text, &b)
            #expect(x.bytes == y.bytes && x.name == y.name)
            if x.bytes != text { changed += 1 }
        }
        #expect(changed >= 15)
    }
}
