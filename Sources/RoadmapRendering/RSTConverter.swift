import RoadmapText
import RoadmapModel
import RoadmapSyntax
import RoadmapIO
import RoadmapReading

/// Converts a Markdown roadmap to reStructuredText that reads back as the same roadmap: the
/// same items, deliverables, checked states, issues and links.
///
/// Headings become titles with an adornment per level (`=`, `-`, `~`, `^`, `"`, `'`), front
/// matter a field list, `Key: value` lines under an item's title its fields, task lists
/// checklists (nested lists set off by blank lines, as docutils wants), links named
/// references with a targets block at the end, code spans literals, fenced code literal
/// blocks, admonitions directives, and HTML blocks and comments RST comments.
public enum RSTConverter {
    static let adornments: [Character] = ["=", "-", "~", "^", "\"", "'"]

    /// The RST for a Markdown syntax tree.
    /// `reservedTargets`: names (normalised) that targets elsewhere in the same RST document
    /// already give URLs; a link reusing one with another URL becomes an anonymous reference.
    public static func rst(from tree: SyntaxTree, reservedTargets: [String: String] = [:]) -> String {
        var writer = Writer(tree: tree, reservedTargets: reservedTargets, sink: nil, pieceSize: .max)
        writer.run()
        return writer.out.text
    }

    /// The RST for a Markdown syntax tree, handed to `sink` in pieces as it is written (the same
    /// bytes as `rst(from:)`).
    static func write(_ tree: SyntaxTree, pieceSize: Int = 1 << 16, to sink: @escaping ([UInt8]) -> Void) {
        var writer = Writer(tree: tree, reservedTargets: [:], sink: sink, pieceSize: pieceSize)
        writer.run()
        writer.out.finish()
    }

    /// The RST for a Markdown syntax tree, as bytes.
    static func bytes(from tree: SyntaxTree, reservedTargets: [String: String] = [:]) -> [UInt8] {
        var writer = Writer(tree: tree, reservedTargets: reservedTargets, sink: nil, pieceSize: .max)
        writer.run()
        return writer.out.bytes
    }

    private struct Writer {
        let tree: SyntaxTree
        let src: SourceText
        var inline: MarkdownInlineConverter
        var out: ConvertedText
        /// Open list entries: the Markdown column where their text starts and the RST one.
        var lists: [(markdown: Int, rst: Int)] = []
        var previousDepth = -1
        /// Markdown levels of the open sections.
        var levelStack: [Int] = []
        /// The id an `<a id>` line gives the heading being converted.
        var anchor: String?

        init(tree: SyntaxTree, reservedTargets: [String: String], sink: (([UInt8]) -> Void)?, pieceSize: Int) {
            self.tree = tree
            src = tree.source
            out = ConvertedText(sink: sink, pieceSize: pieceSize)
            // One context for the link targets and the items: the targets are built once.
            context = ReadingContext(tree: tree, detail: .outline)
            inline = MarkdownInlineConverter(targets: context.inline.targets, reserved: reservedTargets)
        }

        /// The context the link targets came from, kept to read the items if it comes to that.
        let context: ReadingContext
        /// The items' `Key: value` fields, by 1-based line; read the first time a paragraph
        /// could hold some (see `fieldLines(from:)`).
        var readFields: [Int: Field]?

        /// The items' fields, read the first time a paragraph's first line is a `Key: value`
        /// line: the reader takes an item's fields only from a paragraph of such lines, so a
        /// document without one never reads its items (most of a large conversion's time).
        mutating func fieldLines(from firstLine: Int) -> [Int: Field] {
            if let readFields { return readFields }
            guard MarkdownFieldLine(src.line(firstLine)) != nil else { return [:] }
            // What the Markdown reader takes as an item's fields becomes an RST field list, and nothing else does.
            var fields: [Int: Field] = [:]
            // Items stream past: only their fields are kept.
            _ = DocumentReader.read(tree, path: "", onItem: { item in for f in item.fields { fields[f.line] = f } }, context: context)
            readFields = fields
            return fields
        }

        mutating func run() {
            // `<a id>` lines become the label of the heading they stand before.
            var anchors: [Int: String] = [:]  // heading block → its id
            var skipped: Set<Int> = []
            for (k, b) in tree.blocks.enumerated() where b.kind == .heading {
                guard let id = tree.labelID(before: k), let first = tree.labelStart(before: k) else { continue }
                anchors[k] = id
                skipped.formUnion(first ..< k)
            }
            for (k, b) in tree.blocks.enumerated() {
                if b.kind == .blank {
                    out.blankBefore = true
                    continue
                }
                if skipped.contains(k) { continue }
                anchor = anchors[k]
                convert(b)
            }
            if !inline.collected.isEmpty {
                out.append("\n")
                for t in inline.collected {
                    let plainName = t.name.allSatisfy { $0.isLetter || $0.isNumber || $0 == " " || $0 == "-" || $0 == "." }
                    out.append(plainName ? ".. _\(t.name): \(t.url)\n" : ".. _`\(t.name)`: \(t.url)\n")
                }
            }
        }

        mutating func convert(_ b: Block) {
            switch b.kind {
            case .frontMatter:
                for i in (Int(b.firstLine) + 1) ..< (Int(b.endLine) - 1) {
                    let l = src.line(i)
                    guard let colon = l.firstIndex(of: ":") else { continue }
                    let key = String(l[..<colon]).trimming(" \t"), value = String(l[l.index(after: colon)...]).trimming(" \t\"'")
                    if !key.isEmpty, !key.hasPrefix("#") { out.line(":\(key): \(value)") }
                }
                out.previous = .field
                out.blankBefore = false
            case .heading:
                lists.removeAll()
                var title = src.string(src.trimmed(b.text))
                var anchor = self.anchor
                let u = Array(title.utf8)
                if u.last == 0x7D, let open = u.lastIndex(of: 0x7B), open + 1 < u.count, u[open + 1] == 0x23, open == 0 || u[open - 1] != 0x5C {
                    anchor = String(decoding: u[(open + 2) ..< (u.count - 1)], as: UTF8.self)
                    title = String(decoding: u[..<open], as: UTF8.self).trimming(" ")
                }
                let text = inline.convert(title)
                // RST cannot skip a level (docutils: "Title level inconsistent"): `#` then `###`
                // nests the second one level below the first.
                while let top = levelStack.last, top >= Int(b.level) { levelStack.removeLast() }
                levelStack.append(Int(b.level))
                let level = min(6, levelStack.count)
                out.start(b.kind, separate: true)
                if let anchor {
                    out.line(".. _\(anchor):")
                    out.append("\n")
                }
                out.line(text)
                out.line(String(repeating: RSTConverter.adornments[level - 1], count: max(TextWidth.of(text), 4)))  // docutils counts columns
            case .listItem:
                while lists.count > Int(b.level) { lists.removeLast() }
                let depth = Int(b.level)
                let indent = lists.last?.rst ?? 0
                let mark = src.bytes[b.mark]
                let marker = mark.first.map { $0 == 0x2D || $0 == 0x2A || $0 == 0x2B } ?? true ? "-" : "#."
                var text = LiteralText.rstEscapingLineStarts(inline.convert(src.joinedText(of: b, from: b.text, separator: "\n")))
                if b.hasCheckbox { text = src.boxPrefix(of: b) + text }
                // docutils wants a nested list set off from its parent's text by blank lines.
                out.start(b.kind, separate: out.blankBefore || out.previous != .listItem || depth != previousDepth)
                previousDepth = depth
                let pad = String(repeating: " ", count: indent + marker.count + 1)
                out.line(String(repeating: " ", count: indent) + marker + (text.isEmpty ? "" : " " + text.indentingContinuationLines(by: pad)))
                lists.append((Int(b.contentColumn), indent + marker.count + 1))
            case .paragraph:
                let indent = nesting(for: Int(b.indent))
                let pad = String(repeating: " ", count: indent)
                let raw = src.joinedText(of: b, from: src.trimmed(src.contentRange(ofLine: Int(b.firstLine))), separator: "\n")
                let lines = raw.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
                let underTitle = out.previous == .heading
                out.start(b.kind, separate: true)
                let fields = fieldLines(from: Int(b.firstLine))
                // Only lines right under a title become a field list: RST reads `**Status:** …`
                // further on as Markdown does.
                if fields[Int(b.firstLine) + 1] != nil, underTitle {
                    // `Key: value` lines under an item's title: its fields, as the reader took them.
                    for k in 0 ..< lines.count {
                        guard let f = fields[Int(b.firstLine) + 1 + k] else { continue }
                        out.line(":\(MarkdownInlineConverter.escapePlain(f.key)): " + MarkdownInlineConverter.escapePlain(f.value))
                    }
                } else {
                    out.line(pad + LiteralText.rstEscapingLineStarts(inline.convert(raw)).indentingContinuationLines(by: pad))
                }
            case .literal:
                let indent = nesting(for: Int(b.indent))
                out.start(b.kind, separate: true)
                literal(b, indent: indent)
            case .table where gridTable(b) != nil:
                // A pipe table is a grid table in RST, which docutils shows as a table.
                out.start(b.kind, separate: true)
                let pad = String(repeating: " ", count: nesting(for: Int(b.indent)))
                for l in gridTable(b)! { out.line(pad + l) }
            case .table, .html:
                let indent = nesting(for: Int(b.indent))
                out.start(b.kind, separate: true)
                let pad = String(repeating: " ", count: indent)
                out.line(pad + (b.kind == .table ? "::" : ".. raw:: html"))
                out.append("\n")
                for l in src.rawLines(of: b) { out.line(l.isEmpty ? "" : pad + "   " + l) }
            case .comment:
                out.start(b.kind, separate: true)
                var text = src.rawLines(of: b).joined(separator: "\n")
                if text.hasPrefix("<!--") { text.removeFirst(4) }
                if text.hasSuffix("-->") { text.removeLast(3) }
                out.line("..")
                for l in text.trimming(" \n").split(separator: "\n", omittingEmptySubsequences: false) { out.line("   " + l) }
            case .directive:
                out.start(b.kind, separate: true)
                let name = src.string(b.mark).lowercased()
                let known = MarkdownConverter.admonitions.contains(name)
                out.line(".. \(known ? name : "note")::")
                out.append("\n")
                let body = src.rawLines(of: b).dropFirst().map { String($0).trimming(" ") }.filter { !$0.isEmpty }.joined(separator: "\n")
                for l in inline.convert(body).split(separator: "\n") { out.line("   " + l) }
            case .quote:
                out.start(b.kind, separate: true)
                let text = src.rawLines(of: b).map { l -> String in
                    var s = Substring(l)
                    if s.hasPrefix(">") { s = s.dropFirst() }
                    if s.hasPrefix(" ") { s = s.dropFirst() }
                    return String(s)
                }.joined(separator: "\n")
                out.line("   " + inline.convert(text).indentingContinuationLines(by: "   "))
            case .thematicBreak:
                lists.removeAll()
                out.start(b.kind, separate: true)
                out.line("----")
            case .field:
                out.start(b.kind, separate: out.previous != .field || out.blankBefore)
                out.line(":\(src.string(b.mark)): " + inline.convert(src.joinedText(of: b, from: b.text)))
            case .target, .blank:
                return
            }
        }


        /// The lines of a GFM pipe table as an RST grid table (header row set off by `=`), or
        /// nil when a cell holds what a grid cannot (a `|`, a line break).
        mutating func gridTable(_ b: Block) -> [String]? {
            var rows: [[String]] = []
            for i in b.lines {
                let line = src.line(i)
                guard !line.trimming(" \t").isEmpty else { continue }
                let cells = PipeTableRow.cells(line)
                if rows.count == 1, PipeTableRow.isDelimiter(cells), !cells.contains(where: \.isEmpty) { continue }  // the delimiter row
                rows.append(cells)
            }
            guard rows.count >= 2, rows.allSatisfy({ $0.allSatisfy { !$0.hasSuffix("\\") } }) else { return nil }
            rows = rows.map { $0.map { inline.convert($0) } }
            guard rows.allSatisfy({ $0.allSatisfy { !$0.contains("|") && !$0.contains("\n") } }) else { return nil }
            let columns = rows.map(\.count).max() ?? 0
            rows = rows.map { $0 + Array(repeating: "", count: columns - $0.count) }
            let widths = (0 ..< columns).map { c in max(1, rows.map { TextWidth.of($0[c]) }.max() ?? 1) }
            func border(_ ch: Character) -> String { "+" + widths.map { String(repeating: ch, count: $0 + 2) }.joined(separator: "+") + "+" }
            func row(_ cells: [String]) -> String {
                "|" + cells.enumerated().map { " " + TextWidth.pad($0.element, to: widths[$0.offset]) + " " }.joined(separator: "|") + "|"
            }
            var out = [border("-"), row(rows[0]), border("=")]
            for r in rows.dropFirst() { out += [row(r), border("-")] }
            return out
        }

        mutating func literal(_ b: Block, indent: Int) {
            var lines = src.rawLines(of: b)
            let pad = String(repeating: " ", count: indent)
            var language = ""
            if let first = lines.first, first.hasPrefix("```") || first.hasPrefix("~~~") {
                let fence = first.prefix { $0 == "`" || $0 == "~" }
                language = String(first.dropFirst(fence.count)).trimming(" ").split(separator: " ").first.map(String.init) ?? ""
                lines.removeFirst()
                if let last = lines.last, last.trimming(" ").hasPrefix(String(fence)) { lines.removeLast() }
            } else {
                lines = lines.map { String($0.dropFirst(min(4, $0.prefix { $0 == " " }.count))) }
            }
            out.line(pad + (language.isEmpty ? "::" : ".. code-block:: \(language)"))
            out.append("\n")
            for l in lines { out.line(l.isEmpty ? "" : pad + "   " + l) }
        }

        mutating func nesting(for column: Int) -> Int {
            while let top = lists.last, top.markdown > column { lists.removeLast() }
            return column == 0 ? 0 : (lists.last?.rst ?? 0)
        }





    }
}
