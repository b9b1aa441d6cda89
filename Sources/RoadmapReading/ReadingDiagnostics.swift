import RoadmapText
import RoadmapModel
import RoadmapSyntax
import RoadmapIO

/// The ids of the diagnostics reading reports.
extension Diagnostic.ID {
    /// A link target name defined twice.
    public static let duplicateTarget = Self("duplicate-target")
    /// Two items given the same id (an anchor or label); the later one gets another.
    public static let duplicateID = Self("duplicate-id")
    /// A checklist nested deeper than reading keeps.
    public static let nestingTooDeep = Self("nesting-too-deep")
}
