import RoadmapText
import RoadmapModel
import RoadmapSyntax
import RoadmapIO
import RoadmapReading

/// `2/5 ████░░░░░░`: checked deliverables over all, and a bar of their share.
public enum ProgressBar {
    public static func text(done: Int, total: Int, width: Int = 10) -> String {
        guard total > 0 else { return "–" }
        let filled = Int((Double(done) / Double(total) * Double(width)).rounded())
        return "\(done)/\(total) " + String(repeating: "█", count: filled) + String(repeating: "░", count: width - filled)
    }
}
