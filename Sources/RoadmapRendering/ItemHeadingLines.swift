import Dispatch
import RoadmapSyntax
import RoadmapReading

/// The 0-based first lines of the titles the RST reader takes as items, read once, the first
/// time a conversion asks, and shared by the two halves of a conversion on two threads: the
/// read is of the whole document, so the half that asks second waits for it rather than
/// reading again.
final class ItemHeadingLines: @unchecked Sendable {
    // @unchecked: `lines` is read and written only while holding `lock`.
    private let lock = DispatchSemaphore(value: 1)
    private var lines: Set<Int>?
    private let tree: SyntaxTree
    private let context: ReadingContext

    init(tree: SyntaxTree, context: ReadingContext) {
        self.tree = tree
        self.context = context
    }

    /// The lines, read the first time.
    var all: Set<Int> {
        lock.wait()
        defer { lock.signal() }
        if let lines { return lines }
        // An item's line is its title's (1-based); with an overline the block starts a line
        // earlier. Items stream past: only their lines are kept.
        var found = Set<Int>()
        _ = DocumentReader.read(tree, path: "", onItem: { found.formUnion([$0.line - 1, $0.line - 2]) }, context: context)
        lines = found
        return found
    }
}
