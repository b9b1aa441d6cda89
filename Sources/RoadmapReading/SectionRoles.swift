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
    /// The status a checkbox before the title gives (`### [x] CLI`), per section.
    let checkbox: [Status?]
    /// Whether the title names the roadmap itself ("Roadmap", "Kube-vip Roadmap"), per section.
    let namesTheRoadmap: [Bool]
    /// Whether the title names a collection of items ("Near Term Plans", "2024 Goals"), per section.
    let namesACollection: [Bool]
    /// Sections whose leading emoji is decoration, not a status: every section beside them
    /// starts with one, and some of those say no status ("📦 Packaging" beside "✅ Final steps").
    let decorated: Set<Int>

    init(_ outline: SectionOutline, workflow: Workflow? = nil, parallelThreshold: Int = DocumentReader.parallelThreshold) {
        let roles = ParallelMap.map(outline.sections.count, threshold: parallelThreshold) { s in
            let title = outline.sections[s].title.plain
            let probe = HeadingVocabulary.TitleProbe(title)
            // A changelog over its versions is the work already released: a done group.
            let released = !outline.sections[s].children.isEmpty && HeadingVocabulary.namesReleasedWork(title)
            // A declared stage's name makes a group of that stage ("Development Ready").
            return (status: released ? .done : workflow?.stage(named: title)?.status ?? HeadingVocabulary.groupStatus(title: title, probe: probe),
                    isPart: HeadingVocabulary.isPart(title: title, probe: probe),
                    isNonItem: !released && HeadingVocabulary.isNonItem(title: title, probe: probe),
                    checkbox: HeadingVocabulary.checkboxStatus(title: title),
                    namesTheRoadmap: HeadingVocabulary.namesTheRoadmap(probe: probe),
                    namesACollection: HeadingVocabulary.namesACollection(probe: probe))
        }
        status = roles.map(\.status)
        isPart = roles.map(\.isPart)
        isNonItem = roles.map(\.isNonItem)
        checkbox = roles.map(\.checkbox)
        namesTheRoadmap = roles.map(\.namesTheRoadmap)
        namesACollection = roles.map(\.namesACollection)
        decorated = Self.decoratedSections(outline)
    }

    private static func decoratedSections(_ outline: SectionOutline) -> Set<Int> {
        var out = Set<Int>()
        var siblings: [Int?: [Int]] = [:]
        for (s, section) in outline.sections.enumerated() {
            // Most titles start with a letter or digit: their siblings need no look.
            guard let first = section.title.plain.utf8.first(where: { $0 != 0x20 }), first >= 0x80 || first == 0x3A else { continue }
            siblings[section.parent, default: []].append(s)
        }
        for (parent, marked) in siblings where marked.count >= 2 {
            let all = parent.map { outline.sections[$0].children } ?? outline.roots
            guard marked.count == all.count else { continue }
            let says = marked.map { Status.mark(before: outline.sections[$0].title.plain) != nil }
            if says.contains(true) && says.contains(false) { out.formUnion(marked) }
        }
        return out
    }
}
