import RoadmapText

/// A hyperlink: the text shown and the URL it leads to.
public struct Link: Hashable, Sendable, Codable {
    public var text: String
    public var url: String

    public init(text: String, url: String) {
        self.text = text
        self.url = url
    }
}
