import RoadmapText
import RoadmapModel
import RoadmapSyntax
import RoadmapIO
import RoadmapReading

/// How edits write Markdown: `Key: value` lines in the document's field style, `[text](url)`
/// links, `[name]: url` reference definitions.
struct MarkdownStyleWriter: StyleWriter {
    var format: Format { .markdown }
    var markupCharacters: Set<Character> { ["\\", "`", "*", "_", "[", "]", "<", ">", "!", "&", "|", "~"] }
    var escapesBlockStart: Bool { false }
    var writesStructure: Bool { true }
    var blankLineBeforeNestedList: Bool { false }
    var linksNewItemIssuesInline: Bool { true }

    func fieldLine(key: String, value: String, fields: @autoclosure () -> MarkdownFieldStyle) -> String {
        fields().line(key: key, value: value)
    }

    /// A key the reader would not take as a field name reads back as prose.
    func fieldKeyProblem(_ key: String) -> String? {
        MarkdownFieldLine.isValidKey(key) ? nil
            : "a Markdown field name is at most 30 characters and 4 words of letters, digits, spaces, - and _; \"\(key)\" would read back as prose"
    }

    /// In the document's field style; its hard breaks between the lines, none after the last.
    func fieldLines(_ fields: [(key: String, value: String)], fields style: @autoclosure () -> MarkdownFieldStyle) -> [[UInt8]] {
        let style = style()
        return fields.enumerated().map { n, f in
            Array(style.line(key: f.key, value: f.value).utf8) + (n < fields.count - 1 ? style.hardBreak ?? [] : [])
        }
    }

    func inlineLink(text: String, url: String) -> String { "[\(text)](\(url))" }
    func targetReference(_ text: String) -> String { "[\(text)]" }
    func titleLink(text: String, url: String) -> String { inlineLink(text: text, url: url) }
    func targetLine(name: String, url: String, quoted: Bool) -> String { "[\(name)]: \(url)" }

    func issueSentence(number: Int, url: String?, viaTarget: Bool) -> String {
        let reference = viaTarget ? targetReference("#\(number)") : url.map { inlineLink(text: "#\(number)", url: $0) } ?? "#\(number)"
        return "Tracked in \(reference)."
    }
}
