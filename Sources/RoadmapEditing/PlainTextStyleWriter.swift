import RoadmapText
import RoadmapModel
import RoadmapSyntax
import RoadmapIO
import RoadmapReading

/// How edits write plain text. Plain text has no link or field markup of its own: where it
/// must write something (a list entry's issue, an escaped value) it writes as RST does, and an
/// issue sentence names the bare `#N`. (Fields, deliverables and items of plain-text documents
/// are refused before anything is written.)
struct PlainTextStyleWriter: StyleWriter {
    private let rst = RSTStyleWriter()

    var format: Format { .text }
    var markupCharacters: Set<Character> { rst.markupCharacters }
    var escapesBlockStart: Bool { false }
    var writesStructure: Bool { false }
    var blankLineBeforeNestedList: Bool { false }
    var linksNewItemIssuesInline: Bool { false }

    func fieldLine(key: String, value: String, fields: @autoclosure () -> MarkdownFieldStyle) -> String {
        rst.fieldLine(key: key, value: value, fields: fields())
    }

    func fieldKeyProblem(_ key: String) -> String? { nil }
    func inlineLink(text: String, url: String) -> String { rst.inlineLink(text: text, url: url) }
    func targetReference(_ text: String) -> String { rst.targetReference(text) }
    func titleLink(text: String, url: String) -> String { rst.titleLink(text: text, url: url) }
    func targetLine(name: String, url: String, quoted: Bool) -> String { rst.targetLine(name: name, url: url, quoted: quoted) }

    func issueSentence(number: Int, url: String?, viaTarget: Bool) -> String {
        "This feature is tracked as GitHub issue #\(number)."
    }
}
