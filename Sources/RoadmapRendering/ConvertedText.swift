import RoadmapText
import RoadmapModel
import RoadmapSyntax
import RoadmapIO
import RoadmapReading

/// What a dialect converter writes, block by block: lines, with a blank line before a block
/// that must stand apart from the one before it.
///
/// With a `sink`, the bytes go out in pieces of about 64 KiB as blocks start, so a large
/// document's conversion never holds all of its text; without one, everything is kept.
struct ConvertedText {
    /// The bytes written and not yet handed to the sink (all of them, without a sink).
    private(set) var bytes: [UInt8] = []
    /// The kind of the block written last.
    var previous: Block.Kind?
    /// Whether the source had blank lines before the block being converted.
    var blankBefore = false
    /// Where full pieces go; nil: nothing goes out before the end.
    private let sink: (([UInt8]) -> Void)?

    /// Pieces this large go to the sink (tests make them tiny).
    private let pieceSize: Int

    init(sink: (([UInt8]) -> Void)? = nil, pieceSize: Int = 1 << 16) {
        self.sink = sink
        self.pieceSize = pieceSize
        if sink != nil { bytes.reserveCapacity(pieceSize + 4096) }
    }

    /// Everything written, as text (without a sink).
    var text: String { String(decoding: bytes, as: UTF8.self) }

    /// Starts a block of `kind`: a blank line first when `separate` and something came before.
    mutating func start(_ kind: Block.Kind, separate: Bool) {
        if bytes.count >= pieceSize { flush(keepingLast: true) }
        if previous != nil && separate { bytes.append(0x0A) }
        previous = kind
        blankBefore = false
    }

    /// One line (its line feed added).
    mutating func line(_ s: String) {
        append(s)
        bytes.append(0x0A)
    }

    /// Ends the last line with a Markdown hard line break (two spaces), so that lines of one
    /// paragraph, such as an item's `Key: value` fields, show one under another.
    mutating func breakLastLine() {
        // A flush keeps the last byte, so the line feed to replace is always here.
        guard bytes.last == 0x0A else { return }
        bytes.removeLast()
        bytes.append(contentsOf: "  \n".utf8)
    }

    /// Text as it is.
    mutating func append(_ s: String) {
        // A copy of the string's storage where it has one (literals, native strings).
        if s.utf8.withContiguousStorageIfAvailable({ bytes.append(contentsOf: $0) }) == nil { bytes.append(contentsOf: s.utf8) }
    }

    /// Bytes as they are, with `column` spaces after each line feed (continuing a list entry).
    mutating func append(bytes b: [UInt8], continuingAt column: Int = 0) {
        guard column > 0, b.contains(0x0A) else {
            bytes.append(contentsOf: b)
            return
        }
        for c in b {
            bytes.append(c)
            if c == 0x0A { spaces(column) }
        }
    }

    /// One byte (a line feed, a space).
    mutating func append(byte b: UInt8) {
        bytes.append(b)
    }

    /// `count` spaces (an indent).
    mutating func spaces(_ count: Int) {
        for _ in 0 ..< count { bytes.append(0x20) }
    }

    /// Hands what is left to the sink (the end of the document).
    mutating func finish() {
        flush(keepingLast: false)
    }

    /// Hands the bytes to the sink; `keepingLast`: all but the last, which `breakLastLine` may
    /// still change.
    private mutating func flush(keepingLast: Bool) {
        guard let sink else { return }
        let end = keepingLast ? bytes.count - 1 : bytes.count
        guard end > 0 else { return }
        sink(Array(bytes[..<end]))
        bytes.removeSubrange(..<end)
    }
}
