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
        case (.rst, .markdown): MarkdownConverter.bytes(from: tree)
        case (.markdown, .rst): RSTConverter.bytes(from: tree)
        case (.text, .markdown), (.text, .rst): PlainTextConverter.convert(tree, to: format, sink: nil)
        default: nil
        }
    }

    /// Converts as `convert(_:to:)` does, handing the bytes to `write` in pieces of about 64 KiB
    /// as they are made, so a large document's conversion is never held whole. False (and
    /// nothing written) when it does not convert there.
    /// `pieceSize`: how many bytes make a piece (tests make them tiny).
    public static func convert(_ tree: SyntaxTree, to format: Format, pieceSize: Int = 1 << 16, write: @escaping ([UInt8]) -> Void) -> Bool {
        switch (tree.format, format) {
        case _ where tree.format == format: write(tree.source.bytes)
        case (.rst, .markdown): MarkdownConverter.write(tree, pieceSize: pieceSize, to: write)
        case (.markdown, .rst): RSTConverter.write(tree, pieceSize: pieceSize, to: write)
        case (.text, .markdown), (.text, .rst): _ = PlainTextConverter.convert(tree, to: format, pieceSize: pieceSize, sink: write)
        default: return false
        }
        return true
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
