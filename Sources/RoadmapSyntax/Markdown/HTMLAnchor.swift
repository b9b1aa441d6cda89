import RoadmapText
import RoadmapModel

/// `<a id="fast-sync"></a>` alone on a line before a heading: how GitHub READMEs give a heading
/// a stable id (GitHub keeps `id` and `name` on `<a>`, and shows nothing).
enum HTMLAnchor {
    /// The id of a line that is only an empty `<a id="…">` or `<a name="…">` element, else nil.
    static func id(_ line: some Collection<UInt8>) -> String? {
        var t = Array(line)
        while let l = t.last, l == ASCII.space || l == ASCII.tab || l == ASCII.carriageReturn { t.removeLast() }
        var i = 0
        while i < t.count, t[i] == ASCII.space { i += 1 }
        func skip(_ s: String) -> Bool {
            let u = Array(s.utf8)
            guard i + u.count <= t.count else { return false }
            for k in 0 ..< u.count where t[i + k] | (u[k] >= 0x61 && u[k] <= 0x7A ? 0x20 : 0) != u[k] { return false }
            i += u.count
            return true
        }
        func spaces() { while i < t.count, t[i] == ASCII.space { i += 1 } }
        guard skip("<a"), i < t.count, t[i] == ASCII.space else { return nil }
        spaces()
        guard skip("id") || skip("name") else { return nil }
        spaces()
        guard skip("=") else { return nil }
        spaces()
        guard i < t.count, t[i] == ASCII.quote || t[i] == ASCII.apostrophe else { return nil }
        let quote = t[i]
        i += 1
        guard let close = t[i...].firstIndex(of: quote), close > i else { return nil }
        let id = String(decoding: t[i ..< close], as: UTF8.self)
        guard !id.contains(where: { $0 == " " || $0 == "<" || $0 == ">" }) else { return nil }
        i = close + 1
        spaces()
        if skip("/>") || (skip(">") && { spaces(); return skip("</a>") }()) { return i == t.count ? id : nil }
        return nil
    }
}
