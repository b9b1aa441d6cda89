import RoadmapText
import RoadmapModel
import RoadmapSyntax
import RoadmapIO
import RoadmapReading

/// One self-contained HTML page for one or more roadmap documents: a title, overall progress,
/// status filters, a table of contents, a card per item (progress bar and count, status badge,
/// fields, summary with its links, deliverables, issues) and the meetings as a timeline.
///
/// Nothing is fetched: the CSS is inline and there is no script, so the page reads the same
/// offline, without JavaScript and on paper; the filters are radio inputs that CSS reads. Every
/// text is escaped, and only `http`, `https` and `mailto` URLs become links (anything else, such
/// as `javascript:`, is shown as text).
/// The output depends on the documents alone, so `render --check` is stable.
public enum HTMLRenderer {
    /// The page. `title` overrides the first document's title.
    /// `stamp`: a line saying when the page was made (`render --stamp`); none by default, so
    /// that the same documents always give the same bytes.
    /// `board`: a kanban board of these columns before the cards (`render --to html --board`).
    public static func page(_ documents: [Document], title: String? = nil, stamp: String? = nil, board: [HTMLBoard.Column]? = nil) -> String {
        String(decoding: pageBytes(documents, title: title, stamp: stamp, board: board), as: UTF8.self)
    }

    /// The page as UTF-8 bytes (see `page`).
    static func pageBytes(_ documents: [Document], title: String? = nil, stamp: String? = nil, board: [HTMLBoard.Column]? = nil) -> [UInt8] {
        let pageTitle = title ?? documents.first?.title ?? "Roadmap"
        let meetings = documents.flatMap(\.meetings)
        let withItems = documents.filter { !$0.items.isEmpty }
        // Ids are unique in a document, not across documents: prefix them when there are several.
        let prefixes = withItems.indices.map { withItems.count > 1 ? "d\($0 + 1)-" : "" }
        // Everything is in memory already: the contents are kept there too.
        var summary = HTMLPageSummary(spillAfter: .max)
        for (k, d) in withItems.enumerated() {
            summary.openDocument(heading: withItems.count > 1 ? d.title ?? d.path : nil)
            for item in d.items { summary.add(item, prefix: prefixes[k]) }
            summary.closeDocument()
        }
        var out = HTMLText(capacity: 1 << 16)
        let ids = top(&out, title: pageTitle, summary: summary, meetings: meetings.count, board: board != nil, write: nil)
        if let board, let boardID = ids.board {
            let prefixOf = Dictionary(zip(withItems.map(\.path), prefixes), uniquingKeysWith: { a, _ in a })
            out.raw(HTMLBoard.section(board, id: boardID, prefix: { prefixOf[$0] ?? "" }))
        }
        for (k, d) in withItems.enumerated() {
            if withItems.count > 1 {
                out.raw("<h2 class=\"document\">")
                out.text(d.title ?? d.path)
                out.raw(" <span class=\"path\">")
                out.text(d.path)
                out.raw("</span></h2>\n")
            }
            out.raw("<section class=\"items\">\n")
            for item in d.items { card(item, idPrefix: prefixes[k], into: &out) }
            out.raw("</section>\n")
        }
        bottom(&out, meetings: meetings, meetingsID: ids.meetings, stamp: stamp)
        return out.bytes
    }

    /// The page of one document, handed to `write` in pieces as it is made: its items are read
    /// one by one, each counted for the top of the page and its card set aside (on disk past
    /// a megabyte, see `SpillBuffer`) until the top, which needs them all, is written. Neither
    /// the items nor the page are ever held whole; the bytes are `page`'s.
    /// `pieceSize` and `spillAfter` (bytes): tests make them tiny.
    static func streamPage(_ source: SourceDocument, title: String?, stamp: String?, pieceSize: Int = 1 << 16, spillAfter: Int = 1 << 20,
                           write: @escaping ([UInt8]) -> Void) {
        var summary = HTMLPageSummary(pieceSize: pieceSize, spillAfter: spillAfter)
        summary.openDocument(heading: nil)
        var cards = HTMLText(capacity: pieceSize + 8192)
        let setAside = SpillBuffer(memoryLimit: spillAfter)
        let document = DocumentReader.read(source.tree, path: source.path, onItem: { item in
            summary.add(item, prefix: "")
            card(item, into: &cards)
            if cards.bytes.count >= pieceSize { setAside.append(cards.takeBytes()) }
        })
        setAside.append(cards.takeBytes())
        summary.closeDocument()
        var out = HTMLText(capacity: 1 << 16)
        let ids = top(&out, title: title ?? document.title ?? "Roadmap", summary: summary, meetings: document.meetings.count, board: false, write: write)
        if summary.items > 0 {
            out.raw("<section class=\"items\">\n")
            write(out.takeBytes())
            setAside.drain(write)
            out.raw("</section>\n")
        }
        bottom(&out, meetings: document.meetings, meetingsID: ids.meetings, stamp: stamp)
        write(out.takeBytes())
    }

    /// The page down to its `<main>`: the head and style, the status filters, the header with
    /// the overall progress and counts, and the table of contents. Gives the ids it chose for
    /// the meetings heading and the board (the items' ids keep theirs). With `write`, what is in
    /// `out` and the contents go there, the contents piece by piece; else all goes to `out`.
    private static func top(_ out: inout HTMLText, title pageTitle: String, summary: HTMLPageSummary, meetings: Int, board: Bool,
                            write: (([UInt8]) -> Void)?) -> (meetings: String, board: String?)
    {
        out.raw("""
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <meta name="generator" content="roadmap">
            <title>
            """)
        out.text(pageTitle)
        out.raw("</title>\n<style>\n")
        out.raw(style)
        if board { out.raw(HTMLBoard.style) }
        out.raw("</style>\n</head>\n<body>\n")
        // The page's own ids (filters, the meetings heading) give way to the items' ids.
        var taken = summary.reserved
        let meetingsID = Slug.unique("meetings", in: &taken)
        let boardID = board ? Slug.unique("board", in: &taken) : nil
        let present = summary.present
        // Filters only when there is something to tell apart: radio inputs before the header and
        // main, so that CSS alone (`:checked ~`) hides the other statuses' cards and entries.
        let filters = present.count > 1 ? [("all", summary.items)] + present.map { ($0.status.rawValue, $0.count) } : []
        let filterIDs = filters.map { Slug.unique("status-" + $0.0, in: &taken) }
        for (k, f) in filters.enumerated() {
            out.raw("<input type=\"radio\" name=\"status\" class=\"filter\" id=\"\(filterIDs[k])\" value=\"\(f.0)\"\(k == 0 ? " checked" : "")>\n")
        }
        out.raw("<header>\n<h1>")
        out.text(pageTitle)
        out.raw("</h1>\n")
        if summary.items == 0 {
            // Planning notes alone: no progress to show.
            out.raw("<p class=\"overall\">\(meetings) meeting\(meetings == 1 ? "" : "s")</p>\n")
        } else {
            let (done, total) = (summary.done, summary.total)
            out.raw("<p class=\"overall\">\(summary.items) item\(summary.items == 1 ? "" : "s")")
            // No deliverables anywhere: no "0/0" and no empty bar.
            if total > 0 {
                out.raw(" · \(done)/\(total) deliverables done (\(done * 100 / total)%)</p>\n")
                out.raw(bar(done: done, total: total))
            } else {
                out.raw("</p>\n")
            }
            if filters.isEmpty {
                let counts = present.map { "<span class=\"badge \($0.status.rawValue)\">\($0.count) \($0.status.rawValue)</span>" }
                if !counts.isEmpty { out.raw("<p class=\"counts\">" + counts.joined(separator: " ") + "</p>\n") }
            } else {
                out.raw("<p class=\"counts filters\"><span class=\"show\">Show:</span> ")
                out.raw(filters.enumerated().map { k, f in
                    "<label for=\"\(filterIDs[k])\" class=\"badge \(f.0)\">\(k == 0 ? "all \(f.1)" : "\(f.1) \(f.0)")</label>"
                }.joined(separator: " "))
                out.raw("</p>\n")
            }
            // The table of contents: a link to each item's card (its id is the anchor), with its
            // status, grouped by document when there are several; then the meetings.
            out.raw("<nav class=\"toc\" aria-label=\"Contents\">\n")
            if let write {
                write(out.takeBytes())
                summary.contents.drain(write)
            } else {
                summary.contents.drain { out.append($0) }
            }
            if meetings > 0 {
                out.raw("<p class=\"meetings\"><a href=\"#")
                out.text(meetingsID)
                out.raw("\">Meetings</a></p>\n")
            }
            out.raw("</nav>\n")
        }
        out.raw("</header>\n<main>\n")
        return (meetingsID, boardID)
    }

    /// The page from its meetings on: the timeline, the end of `<main>`, the stamp.
    private static func bottom(_ out: inout HTMLText, meetings: [Meeting], meetingsID: String, stamp: String?) {
        if !meetings.isEmpty {
            out.raw("<h2 id=\"")
            out.text(meetingsID)
            out.raw("\">Meetings</h2>\n<ol class=\"timeline\">\n")
            for m in meetings { out.raw(meeting(m)) }
            out.raw("</ol>\n")
        }
        out.raw("</main>\n")
        if let stamp {
            out.raw("<footer><p>")
            out.text(stamp)
            out.raw("</p></footer>\n")
        }
        out.raw("</body>\n</html>\n")
    }

    static func card(_ item: Item, idPrefix: String = "") -> String {
        var out = HTMLText()
        card(item, idPrefix: idPrefix, into: &out)
        return String(decoding: out.bytes, as: UTF8.self)
    }

    static func card(_ item: Item, idPrefix: String = "", into out: inout HTMLText) {
        let p = item.progress
        let id = idPrefix + item.id
        let status = item.status.rawValue
        out.raw("<article class=\"card\" id=\"")
        out.text(id)
        out.raw("\" data-status=\"")
        out.raw(status)
        out.raw("\">\n<h3><a href=\"#")
        out.text(id)
        out.raw("\">")
        out.text(item.title)
        out.raw("</a> <span class=\"badge ")
        out.raw(status)
        out.raw("\">")
        out.raw(status)
        out.raw("</span></h3>\n")
        // The count beside its bar; nothing at all for an item without deliverables.
        if p.total > 0 {
            out.raw("<div class=\"progress\">")
            bar(done: p.done, total: p.total, into: &out)
            out.raw(" <span class=\"count\">")
            out.number(p.done)
            out.raw("/")
            out.number(p.total)
            out.raw("</span></div>\n")
        }
        if !item.fields.isEmpty {
            out.raw("<dl class=\"fields\">")
            for f in item.fields {
                out.raw("<dt>")
                out.text(f.key)
                out.raw("</dt><dd>")
                out.text(f.value)
                out.raw("</dd>")
            }
            out.raw("</dl>\n")
        }
        if let summary = item.summary, !summary.isEmpty {
            out.raw("<p class=\"summary\">")
            linked(summary, item.links, into: &out)
            out.raw("</p>\n")
        }
        if !item.deliverables.isEmpty { deliverables(item.deliverables, into: &out) }
        if !item.issues.isEmpty {
            out.raw("<p class=\"issues\">")
            for (k, i) in item.issues.enumerated() {
                if k > 0 { out.raw(" ") }
                link(i.label, i.url, into: &out)
            }
            out.raw("</p>\n")
        }
        out.raw("</article>\n")
    }

    static func deliverables(_ list: [Deliverable]) -> String {
        var out = HTMLText()
        deliverables(list, into: &out)
        return String(decoding: out.bytes, as: UTF8.self)
    }

    static func deliverables(_ list: [Deliverable], into out: inout HTMLText) {
        out.raw("<ul class=\"checklist\">\n")
        for d in list {
            if let checked = d.checked {
                out.raw(checked ? "<li class=\"done\"><input type=\"checkbox\" disabled checked> " : "<li><input type=\"checkbox\" disabled> ")
            } else {
                out.raw("<li class=\"plain\">")
            }
            // Always the same way: the text, then a ↗ for each of its links (a deliverable may have
            // several, and a link may be only part of its text), kept on the line of the last word.
            out.text(d.text)
            if !d.links.isEmpty {
                // One link, the usual case, needs no set to drop repeated URLs.
                var seen = Set<String>()
                for l in d.links where isSafe(l.url) && (d.links.count == 1 || seen.insert(l.url).inserted) {
                    out.raw("&nbsp;<a class=\"out\" href=\"")
                    out.text(l.url)
                    out.raw("\" title=\"")
                    out.text(l.text)
                    out.raw("\" aria-label=\"")
                    out.text(l.text)
                    out.raw("\">↗</a>")
                }
            }
            if !d.children.isEmpty {
                out.raw("\n")
                deliverables(d.children, into: &out)
            }
            out.raw("</li>\n")
        }
        out.raw("</ul>\n")
    }

    static func meeting(_ m: Meeting) -> String {
        var out = "<li><p class=\"when\">\(escape(m.date ?? "undated"))</p><div>\n<h3>\(escape(m.title))</h3>\n"
        var facts: [(String, String)] = []
        if let r = m.release { facts.append(("Release", escape(r))) }
        if !m.completed.isEmpty { facts.append(("Completed", m.completed.map(escape).joined(separator: ", "))) }
        if !m.added.isEmpty { facts.append(("Added", m.added.map(escape).joined(separator: ", "))) }
        if !m.attendees.isEmpty {
            facts.append(("Attendees", m.attendees.map { a in escape(a.name) + (a.organization.map { " (\(escape($0)))" } ?? "") }.joined(separator: ", ")))
        }
        if !m.decisions.isEmpty { facts.append(("Decisions", m.decisions.map(escape).joined(separator: "; "))) }
        if let n = m.next { facts.append(("Next", escape(n))) }
        if !m.links.isEmpty { facts.append(("Links", m.links.map { link($0.text, $0.url) }.joined(separator: " · "))) }
        if !facts.isEmpty {
            out += "<dl class=\"fields\">" + facts.map { "<dt>\($0.0)</dt><dd>\($0.1)</dd>" }.joined() + "</dl>\n"
        }
        if !m.actions.isEmpty {
            out += "<ul class=\"checklist\">\n"
            for a in m.actions {
                out += "<li\(a.done ? " class=\"done\"" : "")><input type=\"checkbox\" disabled\(a.done ? " checked" : "")> \(escape(a.text))"
                if let o = a.owner { out += " <span class=\"owner\">\(escape(o))</span>" }
                out += "</li>\n"
            }
            out += "</ul>\n"
        }
        return out + "</div></li>\n"
    }

    static func bar(done: Int, total: Int, into out: inout HTMLText) {
        let percent = total > 0 ? done * 100 / total : 0
        out.raw("<div class=\"bar\" role=\"progressbar\" aria-valuenow=\"")
        out.number(percent)
        out.raw("\" aria-valuemin=\"0\" aria-valuemax=\"100\"><span style=\"width:")
        out.number(percent)
        out.raw("%\"></span></div>")
    }

    static func bar(done: Int, total: Int, newline: Bool = true) -> String {
        let percent = total > 0 ? done * 100 / total : 0
        return "<div class=\"bar\" role=\"progressbar\" aria-valuenow=\"\(percent)\" aria-valuemin=\"0\" aria-valuemax=\"100\"><span style=\"width:\(percent)%\"></span></div>"
            + (newline ? "\n" : "")
    }

    /// `text` with its links: where a link's text occurs (first occurrence not already linked),
    /// it becomes that link. Links whose text is elsewhere in the item are left out.
    public static func linked(_ text: String, _ links: [Link]) -> String {
        var out = HTMLText()
        linked(text, links, into: &out)
        return String(decoding: out.bytes, as: UTF8.self)
    }

    static func linked(_ text: String, _ links: [Link], into out: inout HTMLText) {
        let candidates = links.filter { !$0.text.isEmpty && isSafe($0.url) }
        guard !candidates.isEmpty else { return out.text(text) }
        // ASCII without carriage returns: a character is a byte, so bytes are searched (a tenth of
        // a page's time was `Character` matching). Anything else matches as `String` does, where
        // `é` may be two scalars and `\r\n` one character.
        if isPlainASCII(text), candidates.allSatisfy({ isPlainASCII($0.text) }) {
            var text = text
            text.withUTF8 { t in linkedASCII(t, candidates, into: &out) }
        } else {
            out.raw(linkedCharacters(text, candidates))
        }
    }

    private static func isPlainASCII(_ s: String) -> Bool {
        func plain(_ b: UInt8) -> Bool { b < 0x80 && b != 0x0D }
        return s.utf8.withContiguousStorageIfAvailable { $0.allSatisfy(plain) } ?? s.utf8.allSatisfy(plain)
    }

    /// `linked` on bytes, for ASCII text and link texts.
    private static func linkedASCII(_ t: UnsafeBufferPointer<UInt8>, _ links: [Link], into out: inout HTMLText) {
        var spans: [(range: Range<Int>, url: String)] = []
        for l in links {
            var needle = l.text
            needle.withUTF8 { p in
                var from = 0
                // The first occurrence that is not inside a word (`go` is not linked in `good`) nor
                // already linked; else the first that is not already linked.
                var chosen: Range<Int>?
                while from < t.count, let r = firstRange(of: p, in: t, from: from) {
                    if !spans.contains(where: { $0.range.overlaps(r) }) {
                        if isWordEdge(t, r.lowerBound) && isWordEdge(t, r.upperBound) {
                            chosen = r
                            break
                        }
                        if chosen == nil { chosen = r }
                    }
                    from = r.lowerBound + 1
                }
                if let r = chosen { spans.append((r, l.url)) }
            }
        }
        guard !spans.isEmpty else { return out.text(t) }
        spans.sort { $0.range.lowerBound < $1.range.lowerBound }
        var at = 0
        for span in spans {
            out.text(UnsafeBufferPointer(rebasing: t[at ..< span.range.lowerBound]))
            out.raw("<a href=\"")
            out.text(span.url)
            out.raw("\">")
            out.text(UnsafeBufferPointer(rebasing: t[span.range]))
            out.raw("</a>")
            at = span.range.upperBound
        }
        out.text(UnsafeBufferPointer(rebasing: t[at...]))
    }

    private static func firstRange(of needle: UnsafeBufferPointer<UInt8>, in t: UnsafeBufferPointer<UInt8>, from: Int) -> Range<Int>? {
        guard let first = needle.first, needle.count <= t.count else { return nil }
        var i = from
        while i + needle.count <= t.count {
            if t[i] == first {
                var k = 1
                while k < needle.count && t[i + k] == needle[k] { k += 1 }
                if k == needle.count { return i ..< i + needle.count }
            }
            i += 1
        }
        return nil
    }

    /// Whether byte offset `i` of ASCII text is not between two letters or digits.
    private static func isWordEdge(_ t: UnsafeBufferPointer<UInt8>, _ i: Int) -> Bool {
        guard i > 0, i < t.count else { return true }
        func alphanumeric(_ b: UInt8) -> Bool { (b >= 0x30 && b <= 0x39) || (b | 0x20 >= 0x61 && b | 0x20 <= 0x7A) }
        return !(alphanumeric(t[i - 1]) && alphanumeric(t[i]))
    }

    /// `linked` by `Character`s, for text that is not plain ASCII.
    private static func linkedCharacters(_ text: String, _ links: [Link]) -> String {
        var spans: [(range: Range<String.Index>, url: String)] = []
        for l in links {
            var from = text.startIndex
            var chosen: Range<String.Index>?
            while from < text.endIndex, let r = text[from...].firstRange(of: l.text) {
                if !spans.contains(where: { $0.range.overlaps(r) }) {
                    if isWordEdge(text, r.lowerBound) && isWordEdge(text, r.upperBound) {
                        chosen = r
                        break
                    }
                    if chosen == nil { chosen = r }
                }
                from = text.index(after: r.lowerBound)
            }
            if let r = chosen { spans.append((r, l.url)) }
        }
        guard !spans.isEmpty else { return escape(text) }
        spans.sort { $0.range.lowerBound < $1.range.lowerBound }
        var out = ""
        var at = text.startIndex
        for span in spans {
            out += escape(String(text[at ..< span.range.lowerBound]))
            out += "<a href=\"\(escape(span.url))\">\(escape(String(text[span.range])))</a>"
            at = span.range.upperBound
        }
        return out + escape(String(text[at...]))
    }

    /// Whether `i` is not between two letters or digits.
    static func isWordEdge(_ text: String, _ i: String.Index) -> Bool {
        guard i > text.startIndex, i < text.endIndex else { return true }
        let before = text[text.index(before: i)], after = text[i]
        return !((before.isLetter || before.isNumber) && (after.isLetter || after.isNumber))
    }

    /// A link when `url` is http, https or mailto; the escaped text otherwise.
    static func link(_ text: String, _ url: String?, title: String? = nil) -> String {
        guard let url, isSafe(url) else { return escape(text) }
        let t = title.map { " title=\"\(escape($0))\"" } ?? ""
        return "<a href=\"\(escape(url))\"\(t)>\(escape(text))</a>"
    }

    /// `link` into `out`.
    static func link(_ text: String, _ url: String?, into out: inout HTMLText) {
        guard let url, isSafe(url) else { return out.text(text) }
        out.raw("<a href=\"")
        out.text(url)
        out.raw("\">")
        out.text(text)
        out.raw("</a>")
    }

    /// Only these schemes become links: a document may hold `javascript:` or `data:` URLs.
    public static func isSafe(_ url: String) -> Bool {
        // On bytes, ASCII letters compared case-blind: every deliverable's link asks, and
        // lowercasing each URL whole was a tenth of a page's cards. What follows the scheme
        // decides as characters do when it is not ASCII (a combining mark joins the `/` or `:`).
        var url = url
        let ascii: Bool? = url.withUTF8 { u in
            for scheme in [Self.https, Self.http, Self.mailto] where u.count >= scheme.count {
                var k = 0
                while k < scheme.count, u[k] | (u[k] >= 0x41 && u[k] <= 0x5A ? 0x20 : 0) == scheme[k] { k += 1 }
                guard k == scheme.count else { continue }
                return u.count == k || u[k] < 0x80 ? true : nil
            }
            // Nothing matched byte for byte: only a non-ASCII scheme could lowercase to one.
            return u.prefix(8).allSatisfy { $0 < 0x80 } ? false : nil
        }
        if let ascii { return ascii }
        let lower = url.lowercased()
        return lower.hasPrefix("https://") || lower.hasPrefix("http://") || lower.hasPrefix("mailto:")
    }

    private static let https = Array("https://".utf8), http = Array("http://".utf8), mailto = Array("mailto:".utf8)

    /// Escapes the five characters that matter in HTML text and attribute values.
    public static func escape(_ s: String) -> String {
        guard s.utf8.contains(where: { $0 == 0x26 || $0 == 0x3C || $0 == 0x3E || $0 == 0x22 || $0 == 0x27 }) else { return s }
        var out = ""
        out.reserveCapacity(s.utf8.count + 16)
        for ch in s.unicodeScalars {
            switch ch {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.unicodeScalars.append(ch)
            }
        }
        return out
    }

    /// Light by default, dark when the reader's system asks for it, plain on paper. Long words
    /// (ids, URLs) wrap anywhere and the grids shrink to one column, so a 400 px wide screen has
    /// no horizontal scroll.
    public static let style = """
        :root { color-scheme: light dark; --bg: #f6f7f9; --card: #fff; --fg: #1f2328; --muted: #59636e; --line: #d1d9e0;
          --accent: #0969da; --done: #1a7f37; --progress: #9a6700; --planned: #59636e; --backlog: #8250df; }
        @media (prefers-color-scheme: dark) {
          :root { --bg: #0d1117; --card: #151b23; --fg: #e6edf3; --muted: #9198a1; --line: #3d444d;
            --accent: #4493f8; --done: #3fb950; --progress: #d29922; --planned: #9198a1; --backlog: #ab7df8; }
        }
        * { box-sizing: border-box; }
        body { margin: 0; background: var(--bg); color: var(--fg); font: 15px/1.5 system-ui, -apple-system, "Segoe UI", sans-serif;
          overflow-wrap: anywhere; }
        header, main, footer { max-width: 1100px; margin: 0 auto; padding: 1.5rem; }
        header { padding-bottom: 0; }
        h1 { margin: 0 0 .25rem; font-size: 1.9rem; }
        h2 { margin: 2rem 0 1rem; font-size: 1.3rem; }
        h3 { margin: 0 0 .5rem; font-size: 1.05rem; }
        a { color: var(--accent); text-decoration: none; }
        a:hover { text-decoration: underline; }
        h3 a { color: inherit; }
        .overall, .count, .path, .when, .owner, .show, footer { color: var(--muted); }
        .path { font-size: .8rem; font-weight: normal; }
        .items { display: grid; grid-template-columns: repeat(auto-fill, minmax(min(100%, 320px), 1fr)); gap: 1rem; }
        .items > *, .timeline > li > *, .progress > * { min-width: 0; }
        .card { background: var(--card); border: 1px solid var(--line); border-radius: 8px; padding: 1rem; scroll-margin-top: 1rem; }
        .card:target { outline: 2px solid var(--accent); outline-offset: 1px; }
        .progress { display: flex; align-items: center; gap: .5rem; margin: .3rem 0 .8rem; }
        .progress .bar { flex: 1; margin: 0; }
        .count { flex: none; font-size: .85rem; font-variant-numeric: tabular-nums; }
        .bar { height: 8px; border-radius: 4px; background: var(--line); overflow: hidden; margin: .3rem 0 .8rem; }
        .bar span { display: block; height: 100%; background: var(--done); }
        header .bar { max-width: 480px; }
        .badge { display: inline-block; font-size: .75rem; font-weight: 600; padding: 0 .5rem; border-radius: 1rem; white-space: nowrap;
          overflow-wrap: normal; border: 1px solid currentColor; vertical-align: middle; color: var(--planned); }
        .badge.done { color: var(--done); } .badge.in-progress { color: var(--progress); } .badge.backlog { color: var(--backlog); }
        .badge.all { color: var(--fg); }
        .filter { position: absolute; opacity: 0; pointer-events: none; }
        .filters label { cursor: pointer; margin: 0 .15rem .3rem 0; }
        \(filterRules)
        .toc { margin: 1rem 0 0; font-size: .9rem; }
        .toc ol { columns: 16rem; column-gap: 2rem; margin: .25rem 0; padding-left: 1.5rem; }
        .toc li { break-inside: avoid; }
        .toc .document { margin: .75rem 0 0; font-weight: 600; }
        .toc .meetings { margin: .5rem 0 0; }
        .fields { display: grid; grid-template-columns: minmax(0, max-content) minmax(0, 1fr); gap: 0 .75rem; margin: 0 0 .5rem; font-size: .9rem; }
        .fields dt { color: var(--muted); } .fields dd { margin: 0; }
        .summary { margin: 0 0 .5rem; }
        .checklist { list-style: none; padding-left: 0; margin: .25rem 0; }
        .checklist li { position: relative; padding-left: 1.4rem; }
        .checklist li.plain, .checklist .checklist { padding-left: 0; }
        .checklist li.done { color: var(--muted); }
        .checklist input { position: absolute; left: 0; top: .3em; margin: 0; }
        .issues { margin: .5rem 0 0; font-size: .9rem; }
        .issues a { margin-right: .4rem; }
        .timeline { list-style: none; padding: 0; border-left: 2px solid var(--line); margin-left: .5rem; }
        .timeline > li { display: grid; grid-template-columns: 6.5rem minmax(0, 1fr); gap: 0 1rem; align-items: baseline;
          padding: 0 0 1rem 1rem; position: relative; }
        .timeline > li::before { content: ""; position: absolute; left: -7px; top: .45rem; width: 12px; height: 12px;
          border-radius: 50%; background: var(--accent); }
        .when { margin: 0; font-variant-numeric: tabular-nums; }
        @media (max-width: 480px) {
          header, main, footer { padding: 1rem; }
          .timeline > li { grid-template-columns: 5.5rem minmax(0, 1fr); gap: 0 .6rem; padding-left: .75rem; }
        }
        @media print {
          :root { --bg: #fff; --card: #fff; --fg: #000; --muted: #444; --line: #999; }
          body { font-size: 11pt; } .card, .timeline > li { break-inside: avoid; }
          a { color: inherit; } .filter, .filters label { display: none; }
        }

        """

    /// The status filters: with the radio input of a status checked, every card and contents
    /// entry of another status is hidden, and its label is marked.
    static let filterRules = (["all"] + Status.allCases.map(\.rawValue)).map { s in
        (s == "all" ? "" : ".filter[value=\"\(s)\"]:checked ~ * [data-status]:not([data-status=\"\(s)\"]) { display: none; }\n")
            + ".filter[value=\"\(s)\"]:checked ~ header label.\(s) { box-shadow: inset 0 0 0 1px currentColor; text-decoration: underline; }\n"
            + ".filter[value=\"\(s)\"]:focus-visible ~ header label.\(s) { outline: 2px solid var(--accent); outline-offset: 2px; }"
    }.joined(separator: "\n")
}
