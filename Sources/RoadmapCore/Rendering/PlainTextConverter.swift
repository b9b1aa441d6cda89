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
        return writer.output
    }

    /// The reStructuredText for a plain-text syntax tree.
    public static func rst(from tree: SyntaxTree) -> String {
        var writer = Writer(tree: tree, target: .rst)
        writer.run()
        return writer.output
    }

    private struct Writer {
        let tree: SyntaxTree
        let src: SourceText
        let target: Format
        var output = ""
        /// Open list entries: the plain-text column where their text starts and the output one.
        var lists: [(source: Int, output: Int)] = []
        var previous: Block.Kind?
        var previousDepth = -1
        var blankBefore = false

        init(tree: SyntaxTree, target: Format) {
            self.tree = tree
            src = tree.source
            self.target = target
        }

        mutating func run() {
            let blocks = tree.blocks
            let title = blocks.firstIndex { $0.kind == .heading && $0.level == 1 }
            let metadata = metadataBlocks(title: title)
            if !metadata.isEmpty {
                if target == .markdown { output += "---\n" }
                for k in metadata.sorted() {
                    let key = src.string(blocks[k].mark), value = src.string(blocks[k].text)
                    line(target == .markdown ? "\(key): \(MarkdownConverter.yamlValue(value))" : ":\(PlainTextConverter.rst(key)): \(PlainTextConverter.rst(value))")
                }
                if target == .markdown { output += "---\n" }
                previous = .field
            }
            // Before the title: page chrome, which the reader skips; kept, out of sight.
            if let title {
                let chrome = blocks[..<title].indices.filter { blocks[$0].kind != .blank && !metadata.contains($0) }
                    .flatMap { k in blocks[k].lines.map { src.string(src.trimmed(src.contentRange(ofLine: $0))) } }
                if !chrome.isEmpty { comment(chrome) }
            }
            for k in (title ?? 0) ..< blocks.count where !metadata.contains(k) {
                let b = blocks[k]
                if b.kind == .blank {
                    blankBefore = true
                    continue
                }
                convert(b, at: k)
            }
        }

        /// Fields before the first heading and right after the title: the document's metadata
        /// (what the reader takes as such).
        func metadataBlocks(title: Int?) -> Set<Int> {
            var found: Set<Int> = []
            for start in [0, title.map { $0 + 1 }].compactMap({ $0 }) {
                var k = start
                while k < tree.blocks.count, tree.blocks[k].kind != .heading {
                    if tree.blocks[k].kind == .field { found.insert(k) }
                    // After the title, only the fields right under it.
                    if start > 0, tree.blocks[k].kind != .field, tree.blocks[k].kind != .blank { break }
                    k += 1
                }
            }
            return found
        }

        mutating func convert(_ b: Block, at k: Int) {
            switch b.kind {
            case .heading:
                lists.removeAll()
                start(b.kind, separate: true)
                let text = src.string(src.trimmed(b.text))
                if target == .markdown {
                    var escaped = PlainTextConverter.markdown(text)
                    // A closing `#` run would be read as the ATX closing sequence.
                    if escaped.hasSuffix("#") { escaped.insert("\\", at: escaped.index(before: escaped.endIndex)) }
                    line(String(repeating: "#", count: Int(b.level)) + " " + escaped)
                } else {
                    let escaped = PlainTextConverter.rst(text)
                    line(escaped)
                    line(String(repeating: b.level == 1 ? "=" : "-", count: max(4, TextWidth.of(escaped))))
                }
            case .field:
                // An item's `key:value` lines: its fields, one paragraph of lines in Markdown.
                let afterHeading = previous == .heading || previous == .field && !blankBefore
                start(b.kind, separate: !(previous == .field && afterHeading))
                let key = src.string(b.mark), value = src.string(b.text)
                if target == .markdown {
                    let text = PlainTextConverter.markdown(key) + ": " + PlainTextConverter.markdown(value)
                    line(afterHeading ? text : MarkdownConverter.escapingLineStarts(text))
                } else {
                    line(":\(PlainTextConverter.rst(key)): \(PlainTextConverter.rst(value))")
                }
                if !afterHeading { previous = .paragraph }
            case .listItem:
                while lists.count > Int(b.level) { lists.removeLast() }
                let depth = Int(b.level)
                let indent = lists.last?.output ?? 0
                let mark = src.bytes[b.mark]
                let bullet = mark.first.map { $0 == 0x2D || $0 == 0x2A || $0 == 0x2B || $0 >= 0x80 } ?? true
                let marker = bullet ? "-" : MarkdownConverter.orderedMarker(mark)
                var text = escaped(src.joinedText(of: b, from: b.text, separator: "\n"))
                if b.hasCheckbox { text = (b.isChecked ? "[x] " : "[ ] ") + text }
                // docutils wants a nested list set off from its parent's text by blank lines.
                let separate = blankBefore || previous != .listItem || (target == .rst && depth != previousDepth)
                start(b.kind, separate: separate)
                previousDepth = depth
                let pad = String(repeating: " ", count: indent + marker.count + 1)
                line(String(repeating: " ", count: indent) + marker + (text.isEmpty ? "" : " " + text.indentingContinuationLines(by: pad)))
                lists.append((Int(b.contentColumn), indent + marker.count + 1))
            case .paragraph:
                while let top = lists.last, top.source > Int(b.indent) { lists.removeLast() }
                let indent = b.indent == 0 ? 0 : lists.last?.output ?? 0
                let pad = String(repeating: " ", count: indent)
                let text = escaped(src.joinedText(of: b, from: src.trimmed(src.contentRange(ofLine: Int(b.firstLine))), separator: "\n"))
                start(b.kind, separate: true)
                line(pad + text.indentingContinuationLines(by: pad))
            default:
                // The plain-text scanner makes nothing else; should it one day, keep the text.
                start(b.kind, separate: true)
                line(escaped(src.joinedText(of: b, from: src.trimmed(src.contentRange(ofLine: Int(b.firstLine))), separator: "\n")))
            }
        }

        /// Running text, escaped, lines that would start structure guarded.
        func escaped(_ text: String) -> String {
            target == .markdown
                ? MarkdownConverter.escapingLineStarts(PlainTextConverter.markdown(text))
                : PlainTextConverter.rstEscapingLineStarts(PlainTextConverter.rst(text))
        }

        mutating func comment(_ lines: [String]) {
            start(.comment, separate: true)
            if target == .markdown {
                line("<!-- " + MarkdownConverter.safeComment(lines.joined(separator: "\n")) + " -->")
            } else {
                line("..")
                for l in lines { line("   " + l) }
            }
        }

        mutating func start(_ kind: Block.Kind, separate: Bool) {
            if previous != nil && separate { output += "\n" }
            previous = kind
            blankBefore = false
        }

        mutating func line(_ s: String) {
            output += s
            output += "\n"
        }
    }

    // MARK: - Escaping literal text

    /// Literal text as Markdown: backslashes before what would be markup (code, emphasis,
    /// links, HTML, entities, strikethrough); URLs kept whole, as GFM links them.
    static func markdown(_ text: String) -> String {
        let t = Array(text.utf8)
        guard t.contains(where: { $0 == 0x5C || $0 == 0x60 || $0 == 0x2A || $0 == 0x5F || $0 == 0x5B || $0 == 0x5D || $0 == 0x3C || $0 == 0x26 || $0 == 0x7E })
        else { return text }
        var out: [UInt8] = []
        out.reserveCapacity(t.count + 8)
        var i = 0
        while i < t.count {
            let c = t[i]
            if c == 0x68 || c == 0x6D, InlineParser.isURLStart(t, i) {
                let end = InlineParser.urlEnd(t, from: i)
                out += t[i ..< end]
                i = end
                continue
            }
            let before: UInt8 = i > 0 ? t[i - 1] : 0x20, next: UInt8 = i + 1 < t.count ? t[i + 1] : 0x20
            switch c {
            case 0x5C, 0x60, 0x2A, 0x5B, 0x5D:
                out.append(0x5C)
            case 0x5F where !(isWord(before) && isWord(next)):  // `snake_case` is no emphasis
                out.append(0x5C)
            case 0x3C where isWord(next) || next == 0x2F || next == 0x21 || next == 0x3F:
                out.append(0x5C)
            case 0x7E where next == 0x7E || before == 0x7E:
                out.append(0x5C)
            case 0x26 where isEntity(t, at: i):
                out.append(0x5C)
            default:
                break
            }
            out.append(c)
            i += 1
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Literal text as RST: backslashes before backquotes, `*`, `|`, `\`, a `_` ending a word
    /// (a reference) and a `::` ending the text (a literal block); URLs kept whole.
    static func rst(_ text: String) -> String {
        let t = Array(text.utf8)
        guard t.contains(where: { $0 == 0x5C || $0 == 0x60 || $0 == 0x2A || $0 == 0x5F || $0 == 0x7C || $0 == 0x3A })
        else { return text }
        var out: [UInt8] = []
        out.reserveCapacity(t.count + 8)
        var i = 0
        while i < t.count {
            let c = t[i]
            if c == 0x68 || c == 0x6D, InlineParser.isURLStart(t, i) {
                let end = InlineParser.urlEnd(t, from: i)
                out += t[i ..< end]
                i = end
                continue
            }
            let before: UInt8 = i > 0 ? t[i - 1] : 0x20, next: UInt8 = i + 1 < t.count ? t[i + 1] : 0x20
            switch c {
            case 0x5C, 0x60, 0x2A, 0x7C:
                out.append(0x5C)
            case 0x5F where (isWord(before) || before == 0x5D) && !isWord(next) && next != 0x5F:
                out.append(0x5C)
            case 0x3A where next == 0x3A && i + 2 == t.count:
                out.append(0x5C)
            default:
                break
            }
            out.append(c)
            i += 1
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Lines of escaped text that RST would read as structure (a list entry, an explicit
    /// markup start, a field, an option, a section underline, a doctest) get a backslash first.
    static func rstEscapingLineStarts(_ text: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false).map { line -> String in
            let l = String(line)
            let t = Array(l.utf8)
            guard let c = t.first else { return l }
            let next: UInt8 = t.count > 1 ? t[1] : 0x20
            let words = l.split(separator: " ", maxSplits: 1)
            let first = words.first.map(String.init) ?? ""
            // Bullets, `..`, `:field:`, `>>>`, `--option`, `-o`, and a run of one punctuation mark (an adornment).
            if ["-", "*", "+", "•", "‣", "⁃"].contains(first) && words.count > 1 { return "\\" + l }
            if c == 0x2E && next == 0x2E { return "\\" + l }
            if c == 0x3A, t.dropFirst().contains(0x3A) { return "\\" + l }
            if l.hasPrefix(">>>") || (c == 0x2D && next != 0x20) { return "\\" + l }
            if t.count >= 2, LineClassifier.isAdornmentCharacter(c), t.allSatisfy({ $0 == c }) { return "\\" + l }
            // Enumerators: `1.`, `1)`, `(1)`, `a.`, `IV)`, `#.` followed by a space.
            if words.count > 1 || t.count <= 6, isEnumerator(first) { return "\\" + l }
            return l
        }.joined(separator: "\n")
    }

    /// `1.`, `(a)`, `iv)`, `#.`: what docutils may read as an enumerated list's marker.
    static func isEnumerator(_ word: String) -> Bool {
        var w = Substring(word)
        if w.hasPrefix("(") {
            guard w.hasSuffix(")") else { return false }
            w = w.dropFirst().dropLast()
        } else if w.hasSuffix(".") || w.hasSuffix(")") {
            w = w.dropLast()
        } else {
            return false
        }
        guard !w.isEmpty else { return false }
        if w == "#" || w.allSatisfy(\.isNumber) { return true }
        if w.count == 1, w.first!.isLetter, w.first!.isASCII { return true }
        return w.allSatisfy { "ivxlcdmIVXLCDM".contains($0) }
    }

    private static func isWord(_ b: UInt8) -> Bool { IssueReferenceScanner.isWordByte(b) }

    /// `&amp;`, `&#38;`, `&#x26;`: an entity Markdown would decode.
    private static func isEntity(_ t: [UInt8], at i: Int) -> Bool {
        var k = i + 1
        while k < t.count, k - i <= 32, (t[k] >= 0x30 && t[k] <= 0x39) || LineClassifier.isASCIILetter(t[k]) || t[k] == 0x23 { k += 1 }
        return k > i + 1 && k < t.count && t[k] == 0x3B
    }
}
