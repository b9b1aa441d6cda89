import RoadmapText

/// A reference to an issue or pull request: `#3564`, `deis/deis#3564`, or its GitHub URL.
public struct IssueRef: Hashable, Sendable, Codable {
    public var number: Int
    /// The URL, when the document links to the issue.
    public var url: String?
    /// `owner/name`, when the reference or its URL says.
    public var repository: String?

    public init(number: Int, url: String? = nil, repository: String? = nil) {
        self.number = number
        self.url = url
        self.repository = repository
    }

    /// `#3564`, or `owner/repo#3564` when the repository is known.
    // Concatenation, not interpolation: a listing makes one label per issue of every item.
    public var label: String { "#" + String(number) }
    public var qualifiedLabel: String { repository.map { "\($0)#\(number)" } ?? "#\(number)" }
}
