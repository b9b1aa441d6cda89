import RoadmapText
import RoadmapModel
import RoadmapSyntax
import RoadmapIO
import RoadmapReading

extension CheckFastPath {
    /// Where an item's section is in the whole file, and how it is read alone: behind the
    /// document's opening (everything before its first section), so that the reader decides
    /// what kind of document it is from the same title and introduction.
    ///
    /// Only a plain shape is taken: one document title, then sections of one level, none with
    /// subsections or an anchor before it. In that shape a section's reading depends on the
    /// opening and its own blocks alone.
    struct Section {
        /// The 0-based line of the item's title text.
        let titleLine: Int
        /// Bytes of the opening, kept at the start of the local document.
        let prefixBytes: Int
        /// The section's bytes in the file.
        let range: Range<Int>
        /// Local line + `lineShift` = line in the file.
        let lineShift: Int

        /// Local offset + `byteShift` = offset in the file (for offsets inside the section).
        var byteShift: Int { range.lowerBound - prefixBytes }

        /// The section of heading block `k`, whose title text is on `titleLine`; nil when the
        /// document's shape is not the plain one.
        init?(_ tree: SyntaxTree, heading k: Int, titleLine: Int) {
            let blocks = tree.blocks
            let source = tree.source
            guard blocks[k].kind == .heading, blocks[k].parent < 0, source.lineIndex(ofByte: Int(blocks[k].textStart)) == titleLine else { return nil }
            let level = blocks[k].level
            var title: Int? = nil, firstSibling: Int? = nil, next: Int? = nil
            for (j, b) in blocks.enumerated() where b.kind == .heading {
                if title == nil {
                    guard b.level < level, j != k else { return nil }
                    title = j
                    continue
                }
                guard b.level == level, b.parent < 0 else { return nil }
                if firstSibling == nil { firstSibling = j }
                if next == nil, j > k { next = j }
            }
            guard let first = firstSibling, tree.labelID(before: k) == nil, tree.labelID(before: first) == nil else { return nil }
            func start(_ j: Int) -> Int { Int(source.lineStarts[Int(blocks[j].firstLine)]) }
            self.titleLine = titleLine
            prefixBytes = start(first)
            range = start(k) ..< (next.map(start) ?? source.bytes.count)
            lineShift = Int(blocks[k].firstLine) - Int(blocks[first].firstLine)
            // A Markdown reference link (`[text][1]`) reads as its text only where its
            // definition is, and a footnote reference likewise: definitions outside what is
            // read alone could change a deliverable's text.
            let kept = [0 ..< prefixBytes, range]
            for b in blocks where (b.kind == .target && tree.format == .markdown) || b.isFootnote {
                let at = Int(source.lineStarts[Int(b.firstLine)])
                guard kept.contains(where: { $0.contains(at) }) else { return nil }
            }
        }

        /// The same, from a line scan's outline of an RST document.
        init?(_ outline: Outline, heading k: Int, titleLine: Int) {
            let headings = outline.headings
            let source = outline.source
            guard k > 0, headings.count >= 2, headings[k].titleLine == titleLine else { return nil }
            let level = headings[k].level
            guard headings[0].level < level, headings.dropFirst().allSatisfy({ $0.level == level }),
                  !headings[k].mayBeLabeled, !headings[1].mayBeLabeled
            else { return nil }
            func start(_ j: Int) -> Int { Int(source.lineStarts[headings[j].firstLine]) }
            self.titleLine = titleLine
            prefixBytes = start(1)
            range = start(k) ..< (k + 1 < headings.count ? start(k + 1) : source.bytes.count)
            lineShift = headings[k].firstLine - headings[1].firstLine
            let kept = [0 ..< prefixBytes, range]
            for line in outline.footnoteLines {
                let at = Int(source.lineStarts[line])
                guard kept.contains(where: { $0.contains(at) }) else { return nil }
            }
        }

        /// The local document: the opening, then the section.
        func localBytes(_ bytes: [UInt8]) -> [UInt8] {
            var out = Array(bytes[0 ..< prefixBytes])
            out.append(contentsOf: bytes[range])
            return out
        }
    }
}
