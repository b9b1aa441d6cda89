import RoadmapText

/// One roadmap item: a section of the document (or an entry of a backlog list, or a row of a table).
public struct Item: Sendable, Equatable, Codable {
    /// What part of the document an item was read from.
    public enum Origin: String, Sendable, Codable {
        /// A section: its heading is the title.
        case section
        /// An entry of a status or backlog list: the entry's text is the title.
        case listEntry
        /// The tasks a section or document holds outside any item (a checklist under the title,
        /// or in a document without headings); the item is named after the section or document.
        case untitled
        /// A row of a table whose rows are the items (`| Feature | … | Status |`): the row's name
        /// is the title, its other cells the fields.
        case tableRow
    }

    /// A slug of the title, unique in its document, or the anchor the document gives
    /// (RST `.. _id:` before the section, Markdown `{#id}` after the heading).
    public var id: String
    public var title: String
    /// 1-based line of the title.
    public var line: Int
    public var status: Status
    /// The stage the document's declared workflow puts the item in (`Workflow.stage(of:)`);
    /// nil in a document that declares none, where the status is the stage.
    public var stage: String? = nil
    /// Titles of the sections that group this item (a milestone, a release, a theme, a status
    /// group such as "Completed"), outermost first; empty for an item directly under the title.
    public var groups: [String] = []
    /// The first paragraph of the item's description, markup removed.
    public var summary: String?
    public var fields: [Field]
    public var deliverables: [Deliverable]
    /// Issues the item's prose refers to (outside its checklist).
    public var issues: [IssueRef]
    /// Links in the item's prose (outside its checklist).
    public var links: [Link]
    /// The section's lines (0-based, end exclusive), for editing and rendering.
    public var lineRange: Range<Int>
    /// Where the item comes from: a section, a list entry, or tasks outside any item.
    public var origin: Origin = .section
    /// Checked and all deliverables, nested ones included. Kept apart from `deliverables`
    /// so an outline read can drop the deliverables and keep the count.
    public var progress: (done: Int, total: Int) {
        get { (counts.done, counts.total) }
        set { counts = Counts(done: newValue.done, total: newValue.total) }
    }
    /// `progress` as stored: a tuple is neither Codable nor Equatable.
    private var counts = Counts()

    private struct Counts: Hashable, Sendable, Codable {
        var done = 0
        var total = 0
    }

    /// The stage's name: the declared stage, else the status (`planned`, `in-progress`, …).
    public var stageName: String { stage ?? status.rawValue }

    public init(id: String, title: String, line: Int, status: Status, summary: String? = nil, fields: [Field] = [],
                deliverables: [Deliverable] = [], issues: [IssueRef] = [], links: [Link] = [], lineRange: Range<Int> = 0 ..< 0)
    {
        self.id = id
        self.title = title
        self.line = line
        self.status = status
        self.summary = summary
        self.fields = fields
        self.deliverables = deliverables
        self.issues = issues
        self.links = links
        self.lineRange = lineRange
        // Stored directly: the `progress` setter would copy the item being made.
        let p = deliverables.progress
        counts = Counts(done: p.done, total: p.total)
    }
}
