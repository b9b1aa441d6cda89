import RoadmapText
import RoadmapModel
import RoadmapSyntax
import RoadmapIO

/// The sections of a document: each heading with the blocks it governs, and its subsections.
struct SectionOutline: Sendable {
    struct Section: Sendable {
        /// Index of the heading block.
        var heading: Int
        var level: Int
        var title: InlineText
        /// The id the document gives the section (`.. _id:` before it, `{#id}` after the title).
        var anchor: String?
        /// First block after the heading.
        var bodyStart: Int
        /// One past the section's last block (subsections included).
        var end: Int
        /// Indices of the direct subsections, in order.
        var children: [Int] = []
        var parent: Int?

        /// One past the last block of the section's own body (before its first subsection).
        func ownBodyEnd(in outline: SectionOutline) -> Int {
            children.first.map { outline.sections[$0].heading } ?? end
        }
    }

    var sections: [Section] = []
    /// Sections with no parent, in order.
    var roots: [Int] = []

    /// Builds the outline with one stack pass over the headings.
    init(blocks: [Block], titles: (Int) -> (InlineText, String?)) {
        var stack: [Int] = []
        for (k, b) in blocks.enumerated() where b.kind == .heading {
            let level = Int(b.level)
            while let top = stack.last, sections[top].level >= level {
                sections[top].end = k
                stack.removeLast()
            }
            let (title, anchor) = titles(k)
            var s = Section(heading: k, level: level, title: title, anchor: anchor, bodyStart: k + 1, end: blocks.count)
            s.parent = stack.last
            let index = sections.count
            if let p = stack.last { sections[p].children.append(index) } else { roots.append(index) }
            sections.append(s)
            stack.append(index)
        }
    }

    /// The chain of enclosing sections of `index`, innermost first.
    func ancestors(of index: Int) -> [Int] {
        var out: [Int] = []
        var p = sections[index].parent
        while let q = p {
            out.append(q)
            p = sections[q].parent
        }
        return out
    }
}
