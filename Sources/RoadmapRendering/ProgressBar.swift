import RoadmapText
import RoadmapModel
import RoadmapSyntax
import RoadmapIO
import RoadmapReading

/// `2/5 ████░░░░░░`: checked deliverables over all, and a bar of their share.
public enum ProgressBar {
    public static func text(done: Int, total: Int, width: Int = 10) -> String {
        guard total > 0 else { return "–" }
        let filled = max(0, min(width, Int((Double(done) / Double(total) * Double(width)).rounded())))
        var text = String(done)
        text += "/"
        text += String(total)
        text += " "
        text += width == 10 ? tenColumns[filled] : String(repeating: "█", count: filled) + String(repeating: "░", count: max(0, width - filled))
        return text
    }

    /// The bars of the usual width, made once: a listing of 100,000 items shows 100,000 of them.
    private static let tenColumns: [String] = (0 ... 10).map { String(repeating: "█", count: $0) + String(repeating: "░", count: 10 - $0) }
}
