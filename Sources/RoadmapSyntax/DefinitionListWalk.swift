import RoadmapText
import RoadmapModel

/// Walks blocks in order and tells, block by block, the RST definition lists they form: a term
/// (`SyntaxTree.isDefinitionTerm`) and the blocks indented under it, its definition. The reader
/// takes terms for deliverables and keeps both out of an item's summary.
public struct DefinitionListWalk {
    // Inlinable, as the reader asks about every block of every item.
    @usableFromInline let blocks: [Block]
    /// The indent of the term whose definition is being walked, or -1.
    @usableFromInline var termIndent: Int32 = -1

    /// A walk of an RST document's blocks.
    @inlinable public init(_ blocks: [Block]) {
        self.blocks = blocks
    }

    /// What block `k` (the next non-blank block of the walk) is.
    public enum Role { case other, term, definition }

    @inlinable public mutating func step(_ k: Int) -> Role {
        let b = blocks[k]
        if termIndent >= 0, b.indent > termIndent { return .definition }
        termIndent = -1
        guard b.kind == .paragraph, SyntaxTree.isDefinitionTerm(k, in: blocks) else { return .other }
        termIndent = b.indent
        return .term
    }
}
