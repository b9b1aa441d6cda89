/// How edits write Markdown: `Key: value` lines in the document's field style, `[text](url)`
/// links, `[name]: url` reference definitions.
struct MarkdownStyleWriter: StyleWriter {
    var format: Format { .markdown }
    var markupCharacters: Set<Character> { ["\\", "`", "*", "_", "[", "]", "<", ">", "!", "&", "|", "~"] }
    var escapesBlockStart: Bool { false }
    var blankLineBeforeNestedList: Bool { false }
    var linksNewItemIssuesInline: Bool { true }

    func fieldLine(key: String, value: String, fields: @autoclosure () -> MarkdownFieldStyle) -> String {
        fields().line(key: key, value: value)
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
