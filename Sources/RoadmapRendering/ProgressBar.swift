import RoadmapText
import RoadmapModel
import RoadmapSyntax
import RoadmapIO
import RoadmapReading

/// `2/5 ████░░░░░░`: checked deliverables over all, and a bar of their share.
public enum ProgressBar {
    public static func text(done: Int, total: Int, width: Int = 10) -> String {
        guard total > 0 else { return "–" }
        // Most items have a few deliverables: their cells are made once (a listing makes 100,000).
        if width == 10, total < smallCells.count, done >= 0, done <= total { return smallCells[total][done] }
        return made(done: done, total: total, width: width)
    }

    /// The usual cells of items with fewer than 10 deliverables, by total and done.
    private static let smallCells: [[String]] = (0 ..< 10).map { total in (0 ... total).map { made(done: $0, total: total, width: 10) } }

    private static func made(done: Int, total: Int, width: Int) -> String {
        guard total > 0 else { return "–" }
        let filled = max(0, min(width, Int((Double(done) / Double(total) * Double(width)).rounded())))
        if width == 10, done >= 0 {
            // The usual bar: its bytes written into one string (a listing makes 100,000).
            let bar = tenColumnBytes[filled]
            return String(unsafeUninitializedCapacity: 41 + bar.count) { out in
                var n = ASCII.writeDecimal(done, into: out, at: 0)
                out[n] = 0x2F
                n = ASCII.writeDecimal(total, into: out, at: n + 1)
                out[n] = 0x20
                n += 1
                for b in bar { out[n] = b; n += 1 }
                return n
            }
        }
        var text = String(done)
        text += "/"
        text += String(total)
        text += " "
        text += width == 10 ? tenColumns[filled] : String(repeating: "█", count: filled) + String(repeating: "░", count: max(0, width - filled))
        return text
    }

    /// The bars of the usual width, made once: a listing of 100,000 items shows 100,000 of them.
    private static let tenColumns: [String] = (0 ... 10).map { String(repeating: "█", count: $0) + String(repeating: "░", count: 10 - $0) }
    private static let tenColumnBytes: [[UInt8]] = tenColumns.map { Array($0.utf8) }
}
