import RoadmapText
import RoadmapModel
import RoadmapSyntax
import RoadmapIO

/// Decides which sections are items, groups, meetings or prose, and builds the items.
struct ItemCollector {
    var context: ReadingContext
    let outline: SectionOutline
    let isProcessDocument: Bool
    /// The sections that are meetings (`MeetingLayout` decides).
    let meetings: Set<Int>
    var items: [Item] = []
    var meetingSections: Set<Int> = []
    /// Where finished items go when the caller streams them instead of keeping them.
    let sink: ((Item) -> Void)?
    /// Gives ids as items come; nil when the caller gives them afterwards (parallel reading).
    var ids: IDAssigner?
    /// Sections whose subsections follow a template their siblings share (every release has
    /// "Goals" and "Status"): such subsections are parts of an item, in any language.
    let templated: Set<Int>
    let roles: SectionRoles
    /// Checklists that sum up other sections, and the sections they say are done.
    let rollUps: RollUps

    /// `templated`: `templatedSections(outline)`, when the caller has it already (a large
    /// document's chunks share one).
    init(context: ReadingContext, outline: SectionOutline, isProcessDocument: Bool, meetings: Set<Int> = [], assignIDs: Bool = true,
         templated: Set<Int>? = nil, roles: SectionRoles? = nil, rollUps: RollUps? = nil, sink: ((Item) -> Void)? = nil) {
        self.context = context
        self.outline = outline
        self.isProcessDocument = isProcessDocument
        self.meetings = meetings
        self.sink = sink
        ids = assignIDs ? IDAssigner(anchors: outline.sections.compactMap(\.anchor)) : nil
        let roles = roles ?? SectionRoles(outline, workflow: context.workflow)
        self.roles = roles
        self.templated = templated ?? Self.templatedSections(outline, roles: roles)
        self.rollUps = rollUps ?? RollUps(context: context, outline: outline)
    }

    /// The sections with two or more subsections whose every subsection title recurs under a
    /// sibling section. One pass: per parent, how many of its children have each title below them.
    /// Status groups take no part: "Planning" and "Backlog" over the same areas ("Core",
    /// "Security") hold items of those areas, not items of one template.
    static func templatedSections(_ outline: SectionOutline, roles: SectionRoles) -> Set<Int> {
        var titles: [Int: [String]] = [:]
        var counts: [Int: [String: Int]] = [:]  // parent (-1: none) → title → sections having it
        // A section is templated only beside a sibling with two or more subsections too: a
        // parent with one such child (a long roadmap's title) makes no words for it.
        var candidates: [Int: Int] = [:]  // parent → its children with two or more subsections
        for (s, section) in outline.sections.enumerated() where section.children.count >= 2 && roles.status[s] == nil {
            candidates[section.parent ?? -1, default: 0] += 1
        }
        for (s, section) in outline.sections.enumerated() where section.children.count >= 2 && roles.status[s] == nil && candidates[section.parent ?? -1]! >= 2 {
            let own = Set(section.children.map { HeadingVocabulary.words(outline.sections[$0].title.plain).joined(separator: " ") })
            titles[s] = Array(own)
            let parent = section.parent ?? -1
            for t in own { counts[parent, default: [:]][t, default: 0] += 1 }
        }
        var out = Set<Int>()
        for (s, own) in titles {
            let parent = outline.sections[s].parent ?? -1
            if let c = counts[parent], own.allSatisfy({ c[$0, default: 0] >= 2 }) { out.insert(s) }
        }
        return out
    }

    /// Gives `item` its id (when this collector gives ids) and hands it on.
    /// `item` is the collector's to change and hand on (consumed: not copied again).
    mutating func emit(_ item: consuming Item) {
        if let workflow = context.workflow {
            // A stage the item's field or group names decides its status; else its status
            // decides its stage.
            if let stage = workflow.explicitStage(of: item) {
                item.stage = stage.name
                if item.status != stage.status {
                    item.status = stage.status
                    item.progress = Self.progress(of: item.deliverables, status: stage.status, explicit: true)
                }
            } else {
                item.stage = workflow.stage(for: item.status).name
            }
        }
        if context.detail == .outline { item.deliverables = [] }  // the progress is kept
        if ids != nil, let warning = ids!.assign(&item) { context.diagnostics.append(warning) }
        if let sink { sink(item) } else { items.append(item) }
    }

    /// Titles that make a section a group of items with one status.
    static func groupStatus(title: String) -> Status? { HeadingVocabulary.groupStatus(title: title) }
}
