import RoadmapText
import RoadmapModel
import RoadmapSyntax
import RoadmapIO
import RoadmapReading

/// Converts a document to another dialect, or copies it byte for byte when the dialect is
/// its own.
///
/// RST and Markdown convert to each other, and plain text to either; the result reads back as
/// the same roadmap (items, ids, fields, deliverables, checked states, issues and links).
/// Nothing converts *to* plain text: it would lose the structure that makes it a roadmap.
public enum DocumentConverter {
    /// Whether a `from` document converts to `to`.
    public static func converts(from: Format, to: Format) -> Bool {
        from == to || to != .text
    }

    /// The document in `format`; nil when it does not convert there (see `converts`).
    public static func convert(_ tree: SyntaxTree, to format: Format) -> [UInt8]? {
        switch (tree.format, format) {
        case _ where tree.format == format: tree.source.bytes
        case (.rst, .markdown): Array(MarkdownConverter.markdown(from: tree).utf8)
        case (.markdown, .rst): Array(RSTConverter.rst(from: tree).utf8)
        case (.text, .markdown): Array(PlainTextConverter.markdown(from: tree).utf8)
        case (.text, .rst): Array(PlainTextConverter.rst(from: tree).utf8)
        default: nil
        }
    }

    /// The file extension a document in `format` takes.
    public static func fileExtension(of format: Format) -> String {
        switch format {
        case .rst: "rst"
        case .markdown: "md"
        case .text: "txt"
        }
    }
}
