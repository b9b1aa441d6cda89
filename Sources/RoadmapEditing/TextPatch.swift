import RoadmapText
import RoadmapModel
import RoadmapSyntax
import RoadmapIO
import RoadmapReading

/// One replacement of bytes in a document: every edit is a list of these, so the bytes an
/// edit does not name stay exactly as they were.
public struct TextPatch: Hashable, Sendable {
    /// The bytes replaced (empty for an insertion).
    public var range: Range<Int>
    public var replacement: [UInt8]

    public init(range: Range<Int>, replacement: [UInt8]) {
        self.range = range
        self.replacement = replacement
    }

    public init(range: Range<Int>, replacement: String) {
        self.init(range: range, replacement: Array(replacement.utf8))
    }

    /// Applies non-overlapping `patches` (in any order) to `bytes`, in one pass.
    public static func apply(_ patches: [TextPatch], to bytes: [UInt8]) -> [UInt8] {
        let sorted = patches.sorted { ($0.range.lowerBound, $0.range.upperBound) < ($1.range.lowerBound, $1.range.upperBound) }
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + sorted.reduce(0) { $0 + $1.replacement.count })
        var at = 0
        for p in sorted {
            precondition(p.range.lowerBound >= at, "overlapping patches")
            out.append(contentsOf: bytes[at ..< p.range.lowerBound])
            out.append(contentsOf: p.replacement)
            at = p.range.upperBound
        }
        out.append(contentsOf: bytes[at...])
        return out
    }
}
