import RoadmapText
import RoadmapModel
import RoadmapSyntax
import RoadmapIO

/// What each section's title says about its role (a status group, a part of an item, a
/// section that is never an item), worked out once per document: the collector asks about a
/// section several times, and a large document's chunks share one answer.
struct SectionRoles: Sendable {
    /// The status a status-group title gives (`HeadingVocabulary.groupStatus`), per section.
    let status: [Status?]
    /// Whether the title names a part of an item ("Tasks", "Leads: Dana"), per section.
    let isPart: [Bool]
    /// Whether the title is never an item's ("Table of Contents"), per section.
    let isNonItem: [Bool]

    init(_ outline: SectionOutline, workflow: Workflow? = nil) {
        let titles = outline.sections.map(\.title.plain)
        // A declared stage's name makes a group of that stage ("Development Ready").
        status = titles.map { workflow?.stage(named: $0)?.status ?? HeadingVocabulary.groupStatus(title: $0) }
        isPart = titles.map { HeadingVocabulary.isPart(title: $0) }
        isNonItem = titles.map { HeadingVocabulary.isNonItem(title: $0) }
    }
}
