import RoadmapText
import RoadmapModel
import RoadmapSyntax
import RoadmapIO
import RoadmapReading

/// How a Markdown document writes its `Key: value` field lines: bold keys (`**Status**:` or
/// `**Status:**`), capitalised keys, and a hard line break at the end of a line (two spaces or
/// a backslash) so that renders keep the lines apart. `set` and `add` write new fields so.
struct MarkdownFieldStyle: Equatable {
    /// `**` or `__` around the key, or empty.
    var emphasis = ""
    /// The emphasis closes after the colon (`**Status:**`) rather than before it (`**Status**:`).
    var colonInside = false
    /// What separates the colon (and closing emphasis) from the value.
    var separator = " "
    /// Keys start with a capital letter (`Owner`), so a new `owner` is written `Owner`.
    var capitalized = false
    /// The bytes that end a line with a hard break (`"  "` or `"\\"`), when the lines have one.
    var hardBreak: [UInt8]? = nil

    /// The style of `line`; nil when it is not a field line.
    init?(line: String) {
        guard let field = MarkdownFieldLine(line) else { return nil }
        let u = Array(line.utf8)
        var s = 0
        while s < u.count, u[s] == 0x20 || u[s] == 0x09 { s += 1 }
        for marker in ["**", "__"] where line.utf8.dropFirst(s).starts(with: marker.utf8) {
            emphasis = marker
        }
        if !emphasis.isEmpty, let colon = u.firstIndex(of: 0x3A) {
            colonInside = u[(colon + 1)...].starts(with: emphasis.utf8)
            let afterMarkers = colon + 1 + (colonInside ? 2 : 0)
            separator = String(decoding: u[afterMarkers...].prefix { $0 == 0x20 || $0 == 0x09 }, as: UTF8.self)
        } else if let colon = u.firstIndex(of: 0x3A) {
            separator = String(decoding: u[(colon + 1)...].prefix { $0 == 0x20 || $0 == 0x09 }, as: UTF8.self)
        }
        if separator.isEmpty { separator = " " }
        capitalized = field.key.first?.isUppercase ?? false
        hardBreak = Self.hardBreak(of: u)
    }

    init() {}

    /// The hard break ending `line` (its content, without the line ending), if it has one.
    static func hardBreak(of line: [UInt8]) -> [UInt8]? {
        if line.last == 0x5C { return [0x5C] }
        let spaces = line.reversed().prefix { $0 == 0x20 }.count
        return spaces >= 2 && spaces < line.count ? [UInt8](repeating: 0x20, count: spaces) : nil
    }

    /// `key: value` in this style, without a hard break or line ending.
    func line(key: String, value: String) -> String {
        var key = key
        // A lower-case key among capitalised ones takes their form; one the user wrote in
        // capitals stays as written.
        if capitalized, let first = key.first, first.isLowercase, key == key.lowercased() {
            key = first.uppercased() + key.dropFirst()
        }
        let head = emphasis.isEmpty ? "\(key):" : colonInside ? "\(emphasis)\(key):\(emphasis)" : "\(emphasis)\(key)\(emphasis):"
        return head + separator + value
    }
}
