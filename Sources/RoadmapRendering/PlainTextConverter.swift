import RoadmapText
import RoadmapModel
import RoadmapSyntax
import RoadmapIO
import RoadmapReading

/// Converts a plain-text roadmap (a copy of a rendered page, notes typed without markup) to
/// Markdown or reStructuredText that reads back as the same roadmap.
///
/// Plain text has no markup, so every character is literal: what the target dialect would
/// read as markup is escaped, and URLs are kept as they are (both dialects link them).
/// Headings found by their shape become headings or titles, `key:value` metadata becomes
/// front matter or a field list, an item's `key:value` lines its fields, and `•` entries list
/// entries with their checkboxes. What stands before the title (the page chrome a browser copy
/// drags along: "Skip to content", "History") is kept in a comment, as the reader skips it too.
public enum PlainTextConverter {
    /// The Markdown for a plain-text syntax tree.
    public static func markdown(from tree: SyntaxTree) -> String {
        var writer = Writer(tree: tree, target: .markdown)
        writer.run()
        return writer.out.text
    }

    /// The reStructuredText for a plain-text syntax tree.
    public static func rst(from tree: SyntaxTree) -> String {
        var writer = Writer(tree: tree, target: .rst)
        writer.run()
        return writer.out.text
    }

    /// The document in `target` (Markdown or RST), handed to `sink` in pieces as it is written,
    /// or kept and returned whole without a sink.
    static func convert(_ tree: SyntaxTree, to target: Format, pieceSize: Int = 1 << 16, sink: (([UInt8]) -> Void)?) -> [UInt8] {
        var writer = Writer(tree: tree, target: target, sink: sink, pieceSize: pieceSize)
        writer.run()
        writer.out.finish()
        return writer.out.bytes
    }

    private struct Writer {
        let tree: SyntaxTree
        let src: SourceText
        let target: Format
        var out: ConvertedText
        /// Open list entries: the output column where their text starts.
        var lists: [Int] = []
        var previousDepth = -1
        var previousBullet = true
        /// Whether the fields being written are an item's, right under its heading.
        var inItemFields = false

        init(tree: SyntaxTree, target: Format, sink: (([UInt8]) -> Void)? = nil, pieceSize: Int = 1 << 16) {
            self.tree = tree
            src = tree.source
            self.target = target
            out = ConvertedText(sink: sink, pieceSize: pieceSize)
        }

        mutating func run() {
            let blocks = tree.blocks
            let title = blocks.firstIndex { $0.kind == .heading && $0.level == 1 }
            let metadata = metadataBlocks(title: title)
            if !metadata.isEmpty {
                if target == .markdown { out.append("---\n") }
                for k in metadata.sorted() {
                    let key = src.string(blocks[k].mark), value = src.string(blocks[k].text)
                    out.line(target == .markdown ? "\(key): \(MarkdownConverter.yamlValue(value))" : ":\(LiteralText.rst(key)): \(LiteralText.rst(value))")
                }
                if target == .markdown { out.append("---\n") }
                out.previous = .field
            }
            // Before the title, short lines alone are page chrome ("Skip to content", "History"),
            // which the reader skips: kept, out of sight. Anything more is the user's text, shown.
            var first = 0
            if let title {
                let before = blocks[..<title].indices.filter { blocks[$0].kind != .blank && !metadata.contains($0) }
                let isChrome = before.allSatisfy { k in
                    blocks[k].kind == .paragraph && blocks[k].lines.allSatisfy { src.contentRange(ofLine: $0).count <= Self.chromeWidth }
                }
                if isChrome {
                    let chrome = before.flatMap { k in blocks[k].lines.map { src.string(src.trimmed(src.contentRange(ofLine: $0))) } }
                    if !chrome.isEmpty { comment(chrome) }
                    first = title
                }
            }
            for k in first ..< blocks.count where !metadata.contains(k) {
                let b = blocks[k]
                if b.kind == .blank {
                    out.blankBefore = true
                    continue
                }
                convert(b, at: k)
            }
        }

        /// The longest line that can be page chrome before the title.
        static let chromeWidth = 60

        /// Fields before the first heading, and between the title and the next heading: the
        /// document's metadata (what the reader takes as such).
        func metadataBlocks(title: Int?) -> Set<Int> {
            var found: Set<Int> = []
            for start in [0, title.map { $0 + 1 }].compactMap({ $0 }) {
                var k = start
                while k < tree.blocks.count, tree.blocks[k].kind != .heading {
                    if tree.blocks[k].kind == .field { found.insert(k) }
                    k += 1
                }
            }
            return found
        }

        mutating func convert(_ b: Block, at k: Int) {
            switch b.kind {
            case .heading:
                lists.removeAll()
                out.start(b.kind, separate: true)
                // A title wrapped onto two lines is written on one.
                let text = src.string(src.trimmed(b.text)).split(whereSeparator: { $0 == "\n" || $0 == "\r\n" || $0 == "\r" })
                    .map { String($0).trimming(" \t") }.joined(separator: " ")
                if target == .markdown {
                    var escaped = LiteralText.markdown(text)
                    // A closing `#` run would be read as the ATX closing sequence, `{#id}` as an id.
                    if escaped.hasSuffix("#") { escaped.insert("\\", at: escaped.index(before: escaped.endIndex)) }
                    if escaped.hasSuffix("}"), let open = escaped.lastIndex(of: "{") { escaped.insert("\\", at: open) }
                    out.line(String(repeating: "#", count: Int(b.level)) + " " + escaped)
                } else {
                    let escaped = LiteralText.rstEscapingLineStarts(LiteralText.rst(text))
                    out.line(escaped)
                    out.line(String(repeating: b.level == 1 ? "=" : "-", count: max(4, TextWidth.of(escaped))))
                }
            case .field:
                // An item's `key:value` lines (blank lines between them or not): its fields, one
                // paragraph of lines in Markdown.
                let afterHeading = out.previous == .heading || out.previous == .field && inItemFields
                let separate = !(out.previous == .field && afterHeading) || target == .rst && out.blankBefore
                if !separate && target == .markdown { out.breakLastLine() }
                out.start(b.kind, separate: separate)
                inItemFields = afterHeading
                let key = src.string(b.mark), value = src.string(b.text)
                if target == .markdown {
                    let text = LiteralText.markdown(key) + ": " + LiteralText.markdown(value)
                    out.line(afterHeading ? text : LiteralText.markdownEscapingLineStarts(text))
                } else {
                    out.line(":\(LiteralText.rst(key)): \(LiteralText.rst(value))")
                }
                if !afterHeading { out.previous = .paragraph }
            case .listItem:
                while lists.count > Int(b.level) { lists.removeLast() }
                let depth = Int(b.level)
                let indent = lists.last ?? 0
                let mark = src.bytes[b.mark]
                let bullet = mark.first.map { $0 == 0x2D || $0 == 0x2A || $0 == 0x2B || $0 >= 0x80 } ?? true
                // RST numbers must run on (`1.`, `3.` is no list to docutils): it counts itself.
                let marker = bullet ? "-" : target == .rst ? "#." : MarkdownConverter.orderedMarker(mark)
                var text = escaped(src.joinedText(of: b, from: b.text, separator: "\n"))
                if b.hasCheckbox { text = src.boxPrefix(of: b) + text }
                // docutils wants a nested list, and a list of another kind, set off by blank lines.
                let newList = out.blankBefore || out.previous != .listItem || bullet != previousBullet
                out.start(b.kind, separate: newList || (target == .rst && depth != previousDepth))
                previousDepth = depth
                previousBullet = bullet
                let pad = String(repeating: " ", count: indent + marker.count + 1)
                out.line(String(repeating: " ", count: indent) + marker + (text.isEmpty ? "" : " " + text.indentingContinuationLines(by: pad)))
                lists.append(indent + marker.count + 1)
            default:
                // A paragraph (the scanner makes nothing else). Plain text nests nothing in a list
                // entry but its own lines: an indented paragraph after one is prose of the item,
                // as the reader takes it.
                lists.removeAll()
                out.start(b.kind, separate: true)
                out.line(escaped(src.joinedText(of: b, from: src.trimmed(src.contentRange(ofLine: Int(b.firstLine))), separator: "\n")))
            }
        }

        /// Running text, escaped, lines that would start structure guarded.
        func escaped(_ text: String) -> String {
            target == .markdown
                ? LiteralText.markdownEscapingLineStarts(LiteralText.markdown(text))
                : LiteralText.rstEscapingLineStarts(LiteralText.rst(text))
        }

        mutating func comment(_ lines: [String]) {
            out.start(.comment, separate: true)
            if target == .markdown {
                out.line("<!-- " + MarkdownConverter.safeComment(lines.joined(separator: "\n")) + " -->")
            } else {
                out.line("..")
                for l in lines { out.line("   " + l) }
            }
        }


    }
}
