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
    /// `#12`: written into one string (a listing of 100,000 items shows as many).
    public var label: String {
        guard number >= 0 else { return "#" + String(number) }
        var digits = 1, x = number
        while x >= 10 { digits += 1; x /= 10 }
        // At its length: up to 15 bytes a string holds inline, without an allocation.
        return String(unsafeUninitializedCapacity: 1 + digits) { out in
            out[0] = 0x23
            return ASCII.writeDecimal(number, into: out, at: 1)
        }
    }
    public var qualifiedLabel: String { repository.map { "\($0)#\(number)" } ?? "#\(number)" }
}
