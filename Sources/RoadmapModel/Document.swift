import RoadmapText

/// A roadmap or planning document, read into typed values.
public struct Document: Sendable, Equatable, Codable {
    /// The path the document was read from, as given.
    public var path: String
    public var format: Format
    /// The document title (its top-level section), if it has one.
    public var title: String?
    /// Document metadata: an RST field list or plain `key:value` lines at the top, Markdown front matter.
    public var metadata: [Field]
    public var items: [Item]
    /// The stages the document declares (its `stages:` metadata), or nil.
    public var declaredWorkflow: Workflow? = nil
    /// The stages its items move through: the declared ones, else `Workflow.standard`.
    public var workflow: Workflow { declaredWorkflow ?? .standard }
    public var meetings: [Meeting]
    public var diagnostics: [Diagnostic]

    public init(path: String, format: Format, title: String? = nil, metadata: [Field] = [], items: [Item] = [], meetings: [Meeting] = [], diagnostics: [Diagnostic] = []) {
        self.path = path
        self.format = format
        self.title = title
        self.metadata = metadata
        self.items = items
        self.meetings = meetings
        self.diagnostics = diagnostics
    }
}
