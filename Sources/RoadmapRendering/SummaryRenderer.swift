import RoadmapText
import RoadmapModel
import RoadmapSyntax
import RoadmapIO
import RoadmapReading

/// A progress table of every item, for a README: item, status, done/total, issues.
public enum SummaryRenderer {
    public static func markdown(_ documents: [Document]) -> String {
        var out = "| Item | Status | Progress | Issues |\n|---|---|---|---|\n"
        for d in documents {
            for item in d.items {
                let p = item.progress
                let progress = p.total > 0 ? "\(p.done)/\(p.total) \(ProgressBar.text(done: p.done, total: p.total, width: 10).split(separator: " ").last ?? "")" : "–"
                let issues = item.issues.map { i in i.url.map { "[\(i.label)](\($0))" } ?? i.label }.joined(separator: " ")
                out += "| \(MarkdownEscaping.cell(item.title)) | \(item.status.rawValue) | \(progress) | \(issues.isEmpty ? "–" : issues) |\n"
            }
        }
        return out
    }
}

/// Replaces the text between `<!-- roadmap:start -->` and `<!-- roadmap:end -->` in a file
/// (a README), leaving every other byte as it was.
public enum MarkerInjection {
    public static let start = "<!-- roadmap:start -->"
    public static let end = "<!-- roadmap:end -->"

    public enum Failure: Error, Equatable, Sendable, CustomStringConvertible {
        case missingMarkers(path: String)

        public var description: String {
            switch self {
            case .missingMarkers(let path):
                "\(path) has no \(MarkerInjection.start) … \(MarkerInjection.end) region; add the two lines where the summary goes"
            }
        }
    }

    /// `bytes` with the region between the markers replaced by `content` (the markers stay on
    /// their own lines; the file's line endings are used).
    public static func inject(_ content: String, into bytes: [UInt8], path: String) throws(Failure) -> [UInt8] {
        let s = Array(start.utf8), e = Array(end.utf8)
        guard let a = find(s, in: bytes, from: 0), let b = find(e, in: bytes, from: a + s.count) else { throw .missingMarkers(path: path) }
        let crlf = a + s.count + 1 < bytes.count && bytes[a + s.count] == 0x0D
        let nl: [UInt8] = crlf ? [0x0D, 0x0A] : [0x0A]
        var body = Array(content.utf8)
        if crlf { body = Array(content.replacingAll("\n", with: "\r\n").utf8) }
        return Array(bytes[..<(a + s.count)]) + nl + body + Array(bytes[b...])
    }

    static func find(_ needle: [UInt8], in bytes: [UInt8], from: Int) -> Int? {
        guard needle.count <= bytes.count else { return nil }
        var i = from
        while i + needle.count <= bytes.count {
            if bytes[i] == needle[0], bytes[i ..< i + needle.count].elementsEqual(needle) { return i }
            i += 1
        }
        return nil
    }
}
