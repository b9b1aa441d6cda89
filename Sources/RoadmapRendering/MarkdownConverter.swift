import RoadmapText
import RoadmapModel
import RoadmapSyntax
import RoadmapIO
import RoadmapReading
import Dispatch

/// Converts a reStructuredText roadmap to GitHub-flavoured Markdown that reads back as the
/// same roadmap: the same items, deliverables, checked states, issues and links.
///
/// It walks the syntax tree's blocks once. Section titles become ATX headings by level,
/// document metadata becomes front matter, fields under a title become `Key: value` lines,
/// checklists become task lists, references become inline links (their targets resolved),
/// literal blocks and tables become fenced code, and comments become HTML comments.
public enum MarkdownConverter {
    /// Admonition directives, written as a block quote led by their name.
    static let admonitions: Set<String> = [
        "note", "tip", "hint", "important", "warning", "caution", "attention", "danger", "error", "admonition", "seealso", "todo",
    ]

    /// Documents of this many blocks and more are converted in two halves side by side.
    static let parallelBlocks = 4096

    /// The Markdown for an RST syntax tree.
    public static func markdown(from tree: SyntaxTree) -> String {
        String(decoding: bytes(from: tree), as: UTF8.self)
    }

    /// The Markdown for an RST syntax tree, handed to `sink` in pieces as it is written (the
    /// same bytes as `markdown(from:)`). `parallelFrom`: how many blocks make a document
    /// large enough for two threads (tests make it tiny).
    static func write(_ tree: SyntaxTree, pieceSize: Int = 1 << 16, parallelFrom: Int = parallelBlocks, to sink: @escaping ([UInt8]) -> Void) {
        _ = convert(tree, sink: sink, pieceSize: pieceSize, parallelFrom: parallelFrom)
    }

    /// The Markdown for an RST syntax tree, as bytes.
    static func bytes(from tree: SyntaxTree, parallelFrom: Int = parallelBlocks) -> [UInt8] {
        convert(tree, sink: nil, pieceSize: .max, parallelFrom: parallelFrom)
    }

    /// The Markdown for an RST syntax tree, its halves split at block `split` when that can be
    /// (`splitBlock`'s rules; else on one thread): for tests, which try every split.
    static func bytes(from tree: SyntaxTree, splittingAt split: Int, pieceSize: Int = .max, sink: (([UInt8]) -> Void)? = nil) -> [UInt8] {
        convert(tree, sink: sink, pieceSize: pieceSize, parallelFrom: 0, splitAt: split)
    }

    /// Converts `tree`, handing the bytes to `sink` (and returning none) or, without one,
    /// returning them all.
    ///
    /// A large document is converted in two halves on two threads, split at a section title
    /// near the middle: a title closes every open list, and what else a block passes to the
    /// next (the blank line before the title, its label) the second half finds by itself. The
    /// second half's bytes wait in a `SpillBuffer` (on disk past a megabyte) while the first's
    /// go out. Anonymous references (`` `x`__ ``) count through the whole document, so a
    /// document with anonymous targets is converted on one thread.
    private static func convert(_ tree: SyntaxTree, sink: (([UInt8]) -> Void)?, pieceSize: Int, parallelFrom: Int, splitAt: Int? = nil) -> [UInt8] {
        // One context for the link targets and the items: the targets are built once.
        let context = ReadingContext(tree: tree, detail: .outline)
        let metadata = metadataBlocks(tree)
        let count = tree.blocks.count
        let itemHeadings = ItemHeadingLines(tree: tree, context: context)
        var first = Writer(tree: tree, context: context, itemHeadings: itemHeadings, metadata: metadata, sink: sink, pieceSize: pieceSize)
        first.frontMatter()
        guard count >= max(parallelFrom, 2), context.inline.targets.anonymous.isEmpty,
              let split = splitBlock(tree, metadata: metadata, from: splitAt ?? count / 2), splitAt == nil || split == splitAt
        else {
            first.run(0 ..< count)
            first.out.finish()
            return first.out.bytes
        }
        let spill = sink == nil ? nil : SpillBuffer()
        let second = Writer(tree: tree, context: context, itemHeadings: itemHeadings, metadata: metadata, sink: spill.map { s in { s.append($0) } },
                            pieceSize: sink == nil ? .max : 1 << 16)
        let halves = Halves(first, second)
        DispatchQueue.concurrentPerform(iterations: 2) { k in
            halves.run(k, k == 0 ? 0 ..< split : split ..< count)
        }
        first = halves.first
        // The blank line the title at `split` has before it when something came before.
        first.out.start(.heading, separate: true)
        first.out.finish()
        var rest = halves.second
        rest.out.finish()
        if let spill, let sink {
            spill.drain(sink)
            return []
        }
        return first.out.bytes + rest.out.bytes
    }

    /// The first section title from block `start` on (the middle of the blocks), past the
    /// document's metadata; nil when there is none.
    static func splitBlock(_ tree: SyntaxTree, metadata: Set<Int>, from start: Int) -> Int? {
        let start = max(start, (metadata.max() ?? 0) + 1, 1)
        var k = start
        while k < tree.blocks.count {
            if tree.blocks[k].kind == .heading { return k }
            k += 1
        }
        return nil
    }

    /// Fields before the first section below the document title: the document's metadata.
    static func metadataBlocks(_ tree: SyntaxTree) -> Set<Int> {
        var found: Set<Int> = []
        var headings = 0
        for (k, b) in tree.blocks.enumerated() {
            if b.kind == .heading {
                headings += 1
                if headings > 1 { break }
            } else if b.kind == .field, b.indent == 0 {
                found.insert(k)
            } else if b.kind != .blank && b.kind != .comment && b.kind != .target && b.kind != .directive {
                if headings > 0 || !found.isEmpty { break }
            }
        }
        return found
    }

    /// The two writers handed to the two threads; each thread runs only its own, and both are
    /// read after both finish.
    private final class Halves: @unchecked Sendable {
        var first: Writer
        var second: Writer

        init(_ first: Writer, _ second: Writer) {
            self.first = first
            self.second = second
        }

        func run(_ k: Int, _ blocks: Range<Int>) {
            if k == 0 { first.run(blocks) } else { second.run(blocks) }
        }
    }

    private struct Writer {
        let tree: SyntaxTree
        let src: SourceText
        var inline: RSTInlineConverter
        var out: ConvertedText
        /// Open list entries: the RST column where their text starts and the Markdown one.
        var lists: [(rst: Int, markdown: Int)] = []
        /// The RST column of the definition list term whose definition is being written (an
        /// entry at the bottom of `lists`), or nil.
        var term: Int?
        /// The id an RST `.. _id:` label gives the next section title.
        var anchor: String?
        var lastHeadingLine = -1
        /// 0-based first lines of the titles the RST reader takes as items; read the first time
        /// a paragraph needs them (see `isItemHeading`), once for both halves of a document.
        let itemHeadings: ItemHeadingLines
        /// `itemHeadings`' lines, once this half has asked.
        var itemHeadingLines: Set<Int>?

        /// The blocks written as front matter, not in place.
        let metadata: Set<Int>

        init(tree: SyntaxTree, context: ReadingContext, itemHeadings: ItemHeadingLines, metadata: Set<Int>, sink: (([UInt8]) -> Void)?, pieceSize: Int) {
            self.tree = tree
            src = tree.source
            out = ConvertedText(sink: sink, pieceSize: pieceSize)
            self.itemHeadings = itemHeadings
            self.metadata = metadata
            inline = RSTInlineConverter(targets: context.inline.targets)
        }

        /// Whether the title on 0-based line `line` is one the RST reader takes as an item. Only
        /// a paragraph of `Key: value` lines right under a title asks, so most documents never
        /// read their items (the read was a quarter of a large conversion).
        mutating func isItemHeading(_ line: Int) -> Bool {
            if let itemHeadingLines { return itemHeadingLines.contains(line) }
            let lines = itemHeadings.all
            itemHeadingLines = lines
            return lines.contains(line)
        }

        /// The document's metadata as YAML front matter.
        mutating func frontMatter() {
            guard !metadata.isEmpty else { return }
            out.append("---\n")
            for k in metadata.sorted() {
                let b = tree.blocks[k]
                out.append("\(src.string(b.mark)): \(MarkdownConverter.yamlValue(src.joinedText(of: b, from: b.text)))\n")
            }
            out.append("---\n")
            out.previous = .frontMatter
        }

        /// Converts the blocks in `range` (after the front matter).
        mutating func run(_ range: Range<Int>) {
            for k in range {
                let b = tree.blocks[k]
                if b.kind == .blank {
                    out.blankBefore = true
                    continue
                }
                if b.kind == .field, metadata.contains(k) { continue }
                if b.kind == .heading, let anchor = tree.labelID(before: k) { self.anchor = anchor }
                if let t = term, b.kind == .heading || Int(b.indent) <= t {
                    lists.removeAll()
                    term = nil
                }
                if tree.isDefinitionTerm(k), itemHeadings.plainEntries.contains(Int(b.firstLine)) {
                    definitionTerm(b, definitionColumn: Int(tree.blocks[k + 1].indent))
                    continue
                }
                convert(b)
            }
        }

        mutating func convert(_ b: Block) {
            switch b.kind {
            case .heading:
                lists.removeAll()
                let level = max(1, min(6, Int(b.level)))
                lastHeadingLine = Int(b.firstLine)
                out.start(b.kind, separate: true)
                // The label keeps the item's id, as an anchor GitHub keeps and shows nothing of
                // (`{#id}` would show on GitHub).
                if let anchor { out.line("<a id=\"\(anchor)\"></a>") }
                anchor = nil
                for _ in 0 ..< level { out.append(byte: 0x23) }
                out.append(byte: 0x20)
                load(src.trimmed(b.text))
                inline.convertInput()
                out.append(bytes: inline.output)
                out.append(byte: 0x0A)
            case .listItem:
                while lists.count > Int(b.level) + (term == nil ? 0 : 1) { lists.removeLast() }
                let indent = lists.last?.markdown ?? 0
                let mark = src.bytes[b.mark]
                let marker = mark.first.map { $0 == 0x2D || $0 == 0x2A || $0 == 0x2B || $0 >= 0x80 } ?? true ? "-" : MarkdownConverter.orderedMarker(mark)
                let markerWidth = marker.utf8.count  // ASCII: its bytes are its columns (and cheaper to count than Characters)
                loadJoined(b, from: b.text, separator: 0x0A)
                dropLiteralMarker()
                inline.convertInput()
                out.start(b.kind, separate: out.blankBefore || (out.previous != .listItem))
                // Written piece by piece: one entry per deliverable, so no line is built first.
                out.spaces(indent)
                out.append(marker)
                if b.hasCheckbox || !inline.output.isEmpty {
                    out.append(byte: 0x20)
                    if b.hasCheckbox { out.append(src.boxPrefix(of: b)) }
                    appendConverted(continuingAt: indent + markerWidth + 1)
                }
                out.append(byte: 0x0A)
                // RST continues an entry at the column after its marker (the checkbox is text).
                lists.append((Int(b.indent) + src.scalarCount(b.mark) + 1, indent + markerWidth + 1))
            case .paragraph where src.bytes[src.firstNonSpace(ofLine: Int(b.firstLine))] == 0x2E:
                // `.. [1] text`: a footnote, GFM's `[^1]: text`
                let text = src.joinedText(of: b, from: Int(b.markEnd) + 1 ..< Int(b.markEnd) + 1)
                out.start(b.kind, separate: true)
                out.line("[^" + src.string(b.mark) + "]: " + inline.convert(text))
            case .paragraph:
                loadJoined(b, from: src.trimmed(src.contentRange(ofLine: Int(b.firstLine))), separator: 0x0A)
                if inline.input == [0x3A, 0x3A] { return }
                dropLiteralMarker()
                let indent = nesting(for: Int(b.indent))
                inline.convertInput()
                // Markdown reads `Key: value` lines right under an item's title as fields; RST
                // reads them so only with a field's key (`Status: done`), and any other such
                // prose is escaped. Anything else is written from the converted bytes as they are.
                guard out.previous == .heading, inline.output.contains(0x3A) else {
                    out.start(b.kind, separate: true)
                    out.spaces(indent)
                    appendConverted(continuingAt: indent)
                    out.append(byte: 0x0A)
                    return
                }
                var converted = LiteralText.markdownEscapingLineStarts(String(decoding: inline.output, as: UTF8.self))
                if converted.utf8.split(separator: 0x0A).allSatisfy({ MarkdownFieldLine(String(decoding: $0, as: UTF8.self)) != nil }),
                   isItemHeading(lastHeadingLine), ProseFields.fieldLines(of: b, in: src, anyKey: false) == nil
                {
                    converted = converted.split(separator: "\n", omittingEmptySubsequences: false).map { l in
                        guard let colon = l.firstIndex(of: ":") else { return String(l) }
                        return String(l[..<colon]) + "\\" + String(l[colon...])
                    }.joined(separator: "\n")
                }
                out.start(b.kind, separate: true)
                out.spaces(indent)
                out.line(MarkdownConverter.continuing(converted, at: indent))
            case .field:
                let indent = nesting(for: Int(b.indent))
                let separate = out.previous != .field || out.blankBefore
                if !separate { out.breakLastLine() }
                out.start(b.kind, separate: separate)
                out.spaces(indent)
                load(b.mark)
                out.append(bytes: inline.input)
                out.append(": ")
                loadJoined(b, from: b.text, separator: 0x20)
                inline.convertInput()
                out.append(bytes: inline.output)
                out.append(byte: 0x0A)
            case .literal, .table:
                let indent = nesting(for: Int(b.indent))
                out.start(b.kind, separate: true)
                fenced(src.rawLines(of: b), info: b.kind == .table ? "text" : "", indent: indent)
            case .directive:
                directive(b)
            case .comment:
                let text = String(src.rawLines(of: b).joined(separator: "\n").dropFirst(2)).trimming(" \t\n")
                guard !text.isEmpty else { return }
                out.start(b.kind, separate: true)
                out.line("<!-- " + MarkdownConverter.safeComment(text) + " -->")
            case .thematicBreak:
                lists.removeAll()
                out.start(b.kind, separate: true)
                out.line("---")
            case .target, .blank:
                return
            case .html, .quote, .frontMatter:
                out.start(b.kind, separate: true)
                for l in src.rawLines(of: b) { out.line(l) }
            }
        }

        /// Puts the bytes of `range` in `inline.input`.
        mutating func load(_ range: Range<Int>) {
            inline.input.removeAll(keepingCapacity: true)
            inline.input.append(contentsOf: src.bytes[range])
        }

        /// Puts a block's text in `inline.input` as `SourceText.joinedText(of:from:separator:)`
        /// gives it: from `first` on its first line, its other non-blank lines trimmed, joined
        /// with `separator`.
        mutating func loadJoined(_ b: Block, from first: Range<Int>, separator: UInt8) {
            inline.input.removeAll(keepingCapacity: true)
            let firstLine = Int(b.firstLine)
            addPart(src.trimmed(first.lowerBound ..< src.contentEnd(ofLine: firstLine)), separator: separator)
            guard Int(b.endLine) > firstLine + 1 else { return }
            for i in (firstLine + 1) ..< Int(b.endLine) { addPart(src.trimmed(src.contentRange(ofLine: i)), separator: separator) }
        }

        private mutating func addPart(_ range: Range<Int>, separator: UInt8) {
            guard !range.isEmpty else { return }
            if !inline.input.isEmpty { inline.input.append(separator) }
            inline.input.append(contentsOf: src.bytes[range])
        }

        /// A closing `::` introduces a literal block: docutils shows `:` (or nothing after a
        /// space). Dropped from `inline.input` by the rules on characters, when it ends so.
        mutating func dropLiteralMarker() {
            let t = inline.input
            guard t.count >= 2, t[t.count - 1] == 0x3A, t[t.count - 2] == 0x3A else { return }
            var text = String(decoding: t, as: UTF8.self)
            if text.hasSuffix(" ::") { text.removeLast(3) } else if text.hasSuffix("::") { text.removeLast() }
            inline.input = Array(text.utf8)
        }

        /// Appends `inline.output` with Markdown structure at line starts escaped, its lines
        /// after the first indented to `column` (the bytes as they are when nothing needs it).
        mutating func appendConverted(continuingAt column: Int) {
            if inline.output.withUnsafeBufferPointer({ LiteralText.markdownLineStartsMayNeedEscapes($0) }) {
                let text = LiteralText.markdownEscapingLineStarts(String(decoding: inline.output, as: UTF8.self))
                out.append(MarkdownConverter.continuing(text, at: column))
            } else {
                out.append(bytes: inline.output, continuingAt: column)
            }
        }

        mutating func directive(_ b: Block) {
            let first = src.line(Int(b.firstLine)).trimming(" \t")
            // `.. name:: argument`
            guard first.hasPrefix(".."), let colons = first.firstRange(of: "::") else { return }
            let name = String(first[first.index(first.startIndex, offsetBy: 2) ..< colons.lowerBound]).trimming(" ").lowercased()
            let argument = String(first[colons.upperBound...]).trimming(" ")
            let body = (Int(b.firstLine) + 1 ..< Int(b.endLine)).map { src.line($0).trimming(" \t") }
            let bodyText = body.filter { !$0.isEmpty && !$0.hasPrefix(":") }.joined(separator: " ")
            let indent = nesting(for: Int(b.indent))
            let pad = String(repeating: " ", count: indent)
            if Self.isAdmonition(name) {
                out.start(b.kind, separate: true)
                let label = name == "admonition" ? argument : name.prefix(1).uppercased() + name.dropFirst()
                let text = [name == "admonition" ? "" : argument, bodyText].filter { !$0.isEmpty }.joined(separator: " ")
                out.line(pad + "> **\(inline.convert(label))**" + (text.isEmpty ? "" : " " + inline.convert(text)))
            } else if name == "code-block" || name == "code" || name == "sourcecode" {
                // Fenced code, the language kept; the directive's options (`:linenos:`) dropped.
                var lines = src.rawLines(of: b).dropFirst().drop { $0.hasPrefix(":") || $0.trimming(" ").hasPrefix(":") }
                while lines.first?.trimming(" ").isEmpty == true { lines = lines.dropFirst() }
                out.start(b.kind, separate: true)
                fenced(lines.dedented(), info: argument, indent: indent)
            } else if name == "image" || name == "figure", !argument.isEmpty {
                let alt = body.first { $0.hasPrefix(":alt:") }.map { String($0.dropFirst(5)).trimming(" ") } ?? ""
                out.start(b.kind, separate: true)
                out.line(pad + "![\(alt)](\(argument))")
            } else {
                // Anything else (contents, include, raw, …) has no Markdown form: keep it, invisible.
                out.start(b.kind, separate: true)
                out.line(pad + "<!-- " + MarkdownConverter.safeComment(src.rawLines(of: b).joined(separator: "\n")) + " -->")
            }
        }

        static func isAdmonition(_ name: String) -> Bool { admonitions.contains(name) }

        /// A definition list's term (`end(n)` over an indented definition) that the reader takes
        /// for a deliverable, as a list entry with its definition nested in it: Markdown has no
        /// definition lists, and reads both as a plain entry. (Other terms, such as a label over a
        /// checklist, stay paragraphs.)
        mutating func definitionTerm(_ b: Block, definitionColumn: Int) {
            lists.removeAll()
            loadJoined(b, from: src.trimmed(src.contentRange(ofLine: Int(b.firstLine))), separator: 0x0A)
            inline.convertInput()
            out.start(.listItem, separate: out.blankBefore || out.previous != .listItem)
            out.append("- ")
            appendConverted(continuingAt: 2)
            out.append(byte: 0x0A)
            out.blankBefore = true  // the definition is a paragraph of the entry, not its text
            lists.append((definitionColumn, 2))
            term = Int(b.indent)
        }

        /// The Markdown indent of a block at RST column `column`: inside the list entry it continues, if any.
        mutating func nesting(for column: Int) -> Int {
            while let top = lists.last, top.rst > column { lists.removeLast() }
            return column == 0 ? 0 : (lists.last?.markdown ?? 0)
        }

        mutating func fenced(_ lines: [String], info: String, indent: Int) {
            var longest = 2
            for l in lines {
                let run = l.drop { $0 == " " }.prefix { $0 == "`" }.count
                longest = max(longest, run)
            }
            let pad = String(repeating: " ", count: indent)
            let fence = String(repeating: "`", count: longest + 1)
            out.line(pad + fence + info)
            for l in lines { out.line(l.isEmpty ? "" : pad + l) }
            out.line(pad + fence)
        }


    }

    /// `text` with every line after the first indented by `column` spaces (most text is one line).
    static func continuing(_ text: String, at column: Int) -> String {
        text.containsByte(0x0A) ? text.indentingContinuationLines(by: String(repeating: " ", count: column)) : text
    }

    /// `3.`, `(3)`, `3)` keep their number (a Markdown list starts at its first one);
    /// letters, roman numerals and `#.` become `1.`.
    static func orderedMarker(_ mark: ArraySlice<UInt8>) -> String {
        let digits = mark.filter { $0 >= 0x30 && $0 <= 0x39 }
        guard !digits.isEmpty, digits.count <= 9, digits.count + 2 >= mark.count else { return "1." }
        return String(decoding: digits, as: UTF8.self) + "."
    }

    /// A YAML scalar: quoted when YAML would read it as something else.
    static func yamlValue(_ v: String) -> String {
        let special: Set<Character> = ["[", "{", "#", "&", "*", "!", "|", ">", "'", "\"", "%", "@", "`", "-", "?"]
        let needs = v.contains(": ") || v.contains(" #") || v.hasSuffix(":") || v.first.map { special.contains($0) } ?? false
        guard needs else { return v }
        if !v.contains("\"") && !v.contains("\\") { return "\"" + v + "\"" }
        return v.contains("'") ? v : "'" + v + "'"
    }

    /// Text that can sit inside an HTML comment.
    static func safeComment(_ text: String) -> String {
        var out = ""
        for ch in text {
            // `--` would end or break an HTML comment.
            if ch == "-", out.last == "-" { out.append(" ") }
            out.append(ch)
        }
        return out
    }
}
