import Dispatch
import RoadmapSyntax
import RoadmapReading

/// What the RST reader makes of a document that a conversion needs to know: the 0-based first
/// lines of the titles it takes as items, and of the plain entries it takes as deliverables.
/// Read once, the first time a conversion asks, and shared by the two halves of a conversion on
/// two threads: the read is of the whole document, so the half that asks second waits for it
/// rather than reading again.
final class ItemHeadingLines: @unchecked Sendable {
    // @unchecked: `read` is read and written only while holding `lock`.
    private let lock = DispatchSemaphore(value: 1)
    private var read: (headings: Set<Int>, plainEntries: Set<Int>)?
    private let tree: SyntaxTree
    private let context: ReadingContext

    init(tree: SyntaxTree, context: ReadingContext) {
        self.tree = tree
        self.context = context
    }

    /// The item title lines, read the first time.
    var all: Set<Int> { lines().headings }

    /// The lines of the deliverables without a checkbox (plain entries, definition terms).
    var plainEntries: Set<Int> { lines().plainEntries }

    private func lines() -> (headings: Set<Int>, plainEntries: Set<Int>) {
        lock.wait()
        defer { lock.signal() }
        if let read { return read }
        // An item's line is its title's (1-based); with an overline the block starts a line
        // earlier. Items stream past: only their lines are kept.
        var found = Set<Int>()
        var plain = Set<Int>()
        _ = DocumentReader.read(tree, path: "", onItem: { item in
            found.formUnion([item.line - 1, item.line - 2])
            for (_, d) in item.deliverables.flattened where !d.hasCheckbox { plain.insert(d.line - 1) }
        }, context: context.reading(.checklists))  // every deliverable's line, none of their text
        read = (found, plain)
        return (found, plain)
    }
}
