import RoadmapText

/// The markup dialect of a document.
public enum Format: String, Sendable, CaseIterable, Codable {
    case rst
    case markdown
    case text

    /// The dialect a file name's extension names, if any (`.txt` names none: it is sniffed).
    public init?(pathExtension ext: String) {
        switch ext.lowercased() {
        case "rst", "rest": self = .rst
        case "md", "markdown", "mdown", "mkd", "mkdn", "mdx": self = .markdown
        default: return nil
        }
    }

    /// Parses a `--format` value: `rst`, `markdown`/`md`, `text`/`txt`/`plain`.
    public init?(name: String) {
        switch name.lowercased() {
        case "rst", "restructuredtext": self = .rst
        case "markdown", "md", "gfm": self = .markdown
        case "text", "txt", "plain": self = .text
        default: return nil
        }
    }
}
