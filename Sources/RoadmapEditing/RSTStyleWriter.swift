import RoadmapText
import RoadmapModel
import RoadmapSyntax
import RoadmapIO
import RoadmapReading

/// How edits write reStructuredText: `:key: value` field lists, `` `text <url>`_ `` links,
/// `.. _name: url` targets.
struct RSTStyleWriter: StyleWriter {
    var format: Format { .rst }
    var markupCharacters: Set<Character> { ["\\", "`", "*", "_", "|", "[", "]", "<", ">", ":"] }
    var escapesBlockStart: Bool { true }
    var writesStructure: Bool { true }
    var blankLineBeforeNestedList: Bool { true }
    var linksNewItemIssuesInline: Bool { false }

    func fieldLine(key: String, value: String, fields: @autoclosure () -> MarkdownFieldStyle) -> String { ":\(key): \(value)" }
    func fieldKeyProblem(_ key: String) -> String? { nil }
    func inlineLink(text: String, url: String) -> String { "`\(text) <\(url)>`_" }
    func targetReference(_ text: String) -> String { "`\(text)`_" }
    func titleLink(text: String, url: String) -> String { "`\(text) <\(url)>`__" }

    func targetLine(name: String, url: String, quoted: Bool) -> String {
        quoted ? ".. _`\(name)`: \(url)" : ".. _\(name): \(url)"
    }

    func issueSentence(number: Int, url: String?, viaTarget: Bool) -> String {
        let reference = viaTarget ? targetReference("#\(number)") : url.map { inlineLink(text: "#\(number)", url: $0) } ?? "#\(number)"
        return "This feature is tracked as GitHub issue \(reference)."
    }
}
