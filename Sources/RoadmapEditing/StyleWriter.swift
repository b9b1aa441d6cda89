import RoadmapText
import RoadmapModel
import RoadmapSyntax
import RoadmapIO
import RoadmapReading

/// How a dialect writes what an edit adds: a field line, a link, a target, an issue sentence.
/// Edits find *where* to write from the syntax tree; *how* it is written in RST, Markdown or
/// plain text is asked here, so that the dialect switches stay in one place per dialect
/// (`RSTStyleWriter`, `MarkdownStyleWriter`, `PlainTextStyleWriter`).
protocol StyleWriter: Sendable {
    /// The dialect, for reading back what is written (`fieldText(_:)`).
    var format: Format { get }
    /// The characters a field's value escapes with a backslash when it would not read back as itself.
    var markupCharacters: Set<Character> { get }
    /// Whether a value starting like a block (`- x`, `1. x`, `#x`) is escaped even when it reads
    /// back as itself: in an RST field body such a start begins a list or a section.
    var escapesBlockStart: Bool { get }
    /// Whether edits may add fields, deliverables and items (plain text has no syntax for them yet).
    var writesStructure: Bool { get }
    /// Whether a blank line goes before a list nested in an entry (RST needs one).
    var blankLineBeforeNestedList: Bool { get }
    /// Whether `add` writes a new item's issue URL in place when the document has no targets
    /// block; RST writes the bare `#N` there.
    var linksNewItemIssuesInline: Bool { get }

    /// A field line, without a line ending; `fields` is how the document writes its Markdown
    /// field lines (only Markdown asks for it).
    func fieldLine(key: String, value: String, fields: @autoclosure () -> MarkdownFieldStyle) -> String
    /// A new item's field lines, without line endings (default: one `fieldLine` each).
    func fieldLines(_ fields: [(key: String, value: String)], fields style: @autoclosure () -> MarkdownFieldStyle) -> [[UInt8]]
    /// Why `key` cannot be a field name in this dialect, or nil when it can.
    func fieldKeyProblem(_ key: String) -> String?
    /// A link written in place: `[text](url)`, `` `text <url>`_ ``.
    func inlineLink(text: String, url: String) -> String
    /// A reference to a target in the document's targets block: `[text]`, `` `text`_ ``.
    func targetReference(_ text: String) -> String
    /// A link inside a title that a rename writes whole; anonymous in RST (`` `text <url>`__ ``),
    /// whose named references must not clash with the document's targets.
    func titleLink(text: String, url: String) -> String
    /// A line of the targets block: `[name]: url`, `.. _name: url` (`quoted`: `` .. _`name`: url ``).
    func targetLine(name: String, url: String, quoted: Bool) -> String
    /// The sentence that links an item to issue `number`: through the targets block
    /// (`viaTarget`), else with `url` in place, else the bare `#N`.
    func issueSentence(number: Int, url: String?, viaTarget: Bool) -> String
}

extension StyleWriter {
    /// One `fieldLine` per field (Markdown puts its hard breaks between them).
    func fieldLines(_ fields: [(key: String, value: String)], fields style: @autoclosure () -> MarkdownFieldStyle) -> [[UInt8]] {
        fields.map { Array(fieldLine(key: $0.key, value: $0.value, fields: MarkdownFieldStyle()).utf8) }
    }

    /// An issue at the end of a list entry: ` ([#N](url))`, `` (`#N <url>`_) `` or ` (#N)`.
    func entryIssueLabel(number: Int, url: String?) -> String {
        url.map { " (\(inlineLink(text: "#\(number)", url: $0)))" } ?? " (#\(number))"
    }

    /// `value` as a field's text in this dialect: itself when it reads back as itself, else with
    /// its markup characters escaped by backslashes (both dialects read `\<` as `<`).
    func fieldText(_ value: String) -> String {
        let markup = markupCharacters
        // What starts a list, a heading, a quote or a field at the start of a field's body.
        let leading: Set<Character> = ["-", "+", "*", "#", ":", ">", "|", ".", "=", "("]
        let reads = InlineParser(format: format, targets: LinkTargets()).parse(value).plain == value
        // An enumerator (`1. `, `2) `, or a lone `3.`) as well; not a version (`0.4`, `2.1)`).
        let digits = value.prefix { $0.isASCII && $0.isNumber }
        let afterDigits = value.dropFirst(digits.count)
        let enumerator = !digits.isEmpty && afterDigits.first.map { $0 == "." || $0 == ")" } == true
            && afterDigits.dropFirst().first.map { $0 == " " || $0 == "\t" } != false
        let startsBlock = enumerator || value.first.map { leading.contains($0) } == true
        guard !reads || (escapesBlockStart && startsBlock) else { return value }
        var out = ""
        for (k, c) in value.enumerated() {
            if markup.contains(c) || (k == 0 && (leading.contains(c) || enumerator)) { out.append("\\") }
            out.append(c)
        }
        return out
    }
}

extension Format {
    /// How edits write in this dialect.
    var styleWriter: any StyleWriter {
        switch self {
        case .rst: RSTStyleWriter()
        case .markdown: MarkdownStyleWriter()
        case .text: PlainTextStyleWriter()
        }
    }
}
