import RoadmapText
import RoadmapModel
import RoadmapSyntax
import RoadmapIO
import RoadmapReading

/// What a dialect converter writes, block by block: lines, with a blank line before a block
/// that must stand apart from the one before it.
struct ConvertedText {
    private(set) var text = ""
    /// The kind of the block written last.
    var previous: Block.Kind?
    /// Whether the source had blank lines before the block being converted.
    var blankBefore = false

    /// Starts a block of `kind`: a blank line first when `separate` and something came before.
    mutating func start(_ kind: Block.Kind, separate: Bool) {
        if previous != nil && separate { text += "\n" }
        previous = kind
        blankBefore = false
    }

    /// One line (its line feed added).
    mutating func line(_ s: String) {
        text += s
        text += "\n"
    }

    /// Ends the last line with a Markdown hard line break (two spaces), so that lines of one
    /// paragraph, such as an item's `Key: value` fields, show one under another.
    mutating func breakLastLine() {
        guard text.hasSuffix("\n") else { return }
        text.removeLast()
        text += "  \n"
    }

    /// Text as it is.
    mutating func append(_ s: String) {
        text += s
    }
}
