/// One self-contained HTML page for one or more roadmap documents: a title, overall progress,
/// a card per item (progress bar, status badge, fields, deliverables, issues) and the meetings
/// as a timeline.
///
/// Nothing is fetched: the CSS is inline and there is no script, so the page reads the same
/// offline, without JavaScript and on paper. Every text is escaped, and only `http`, `https`
/// and `mailto` URLs become links (anything else, such as `javascript:`, is shown as text).
/// The output depends on the documents alone, so `render --check` is stable.
public enum HTMLRenderer {
    /// The page. `title` overrides the first document's title.
    /// `stamp`: a line saying when the page was made (`render --stamp`); none by default, so
    /// that the same documents always give the same bytes.
    public static func page(_ documents: [Document], title: String? = nil, stamp: String? = nil) -> String {
        let pageTitle = title ?? documents.first?.title ?? "Roadmap"
        let items = documents.flatMap(\.items)
        let done = items.reduce(0) { $0 + $1.progress.done }
        let total = items.reduce(0) { $0 + $1.progress.total }
        var out = """
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <meta name="generator" content="roadmap">
            <title>\(escape(pageTitle))</title>
            <style>
            \(style)</style>
            </head>
            <body>
            <header>
            <h1>\(escape(pageTitle))</h1>

            """
        let meetings = documents.flatMap(\.meetings)
        if items.isEmpty {
            // Planning notes alone: no progress to show.
            out += "<p class=\"overall\">\(meetings.count) meeting\(meetings.count == 1 ? "" : "s")</p>\n"
        } else {
            out += "<p class=\"overall\">\(items.count) item\(items.count == 1 ? "" : "s") · \(done)/\(total) deliverables done"
            out += total > 0 ? " (\(done * 100 / total)%)</p>\n" : "</p>\n"
            out += bar(done: done, total: total)
            out += statusCounts(items)
        }
        out += "</header>\n<main>\n"
        let withItems = documents.filter { !$0.items.isEmpty }
        for (k, d) in withItems.enumerated() {
            // Ids are unique in a document, not across documents: prefix them when there are several.
            let prefix = withItems.count > 1 ? "d\(k + 1)-" : ""
            if withItems.count > 1 { out += "<h2 class=\"document\">\(escape(d.title ?? d.path)) <span class=\"path\">\(escape(d.path))</span></h2>\n" }
            out += "<section class=\"items\">\n"
            for item in d.items { out += card(item, idPrefix: prefix) }
            out += "</section>\n"
        }
        if !meetings.isEmpty {
            out += "<h2>Meetings</h2>\n<ol class=\"timeline\">\n"
            for m in meetings { out += meeting(m) }
            out += "</ol>\n"
        }
        out += "</main>\n"
        if let stamp { out += "<footer><p>\(escape(stamp))</p></footer>\n" }
        out += "</body>\n</html>\n"
        return out
    }

    static func card(_ item: Item, idPrefix: String = "") -> String {
        let p = item.progress
        let id = escape(idPrefix + item.id)
        var out = "<article class=\"card\" id=\"\(id)\">\n"
        out += "<h3><a href=\"#\(id)\">\(escape(item.title))</a> <span class=\"badge \(item.status.rawValue)\">\(item.status.rawValue)</span></h3>\n"
        if p.total > 0 {
            out += "<p class=\"progress\">\(p.done)/\(p.total)</p>\n" + bar(done: p.done, total: p.total)
        }
        if !item.fields.isEmpty {
            out += "<dl class=\"fields\">"
            for f in item.fields { out += "<dt>\(escape(f.key))</dt><dd>\(escape(f.value))</dd>" }
            out += "</dl>\n"
        }
        if let summary = item.summary, !summary.isEmpty { out += "<p class=\"summary\">\(escape(summary))</p>\n" }
        if !item.deliverables.isEmpty { out += deliverables(item.deliverables) }
        if !item.issues.isEmpty {
            out += "<p class=\"issues\">" + item.issues.map { i in link(i.label, i.url) }.joined(separator: " ") + "</p>\n"
        }
        out += "</article>\n"
        return out
    }

    static func deliverables(_ list: [Deliverable]) -> String {
        var out = "<ul class=\"checklist\">\n"
        for d in list {
            if let checked = d.checked {
                out += "<li\(checked ? " class=\"done\"" : "")><input type=\"checkbox\" disabled\(checked ? " checked" : "")> "
            } else {
                out += "<li class=\"plain\">"
            }
            // A deliverable that is one link reads as that link; otherwise its links follow its text.
            if d.links.count == 1, d.links[0].text == d.text {
                out += link(d.text, d.links[0].url)
            } else {
                out += escape(d.text)
                for l in d.links where isSafe(l.url) && l.text != l.url { out += " " + link("↗", l.url, title: l.text) }
            }
            if !d.children.isEmpty { out += "\n" + deliverables(d.children) }
            out += "</li>\n"
        }
        return out + "</ul>\n"
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

    static func bar(done: Int, total: Int) -> String {
        let percent = total > 0 ? done * 100 / total : 0
        return "<div class=\"bar\" role=\"progressbar\" aria-valuenow=\"\(percent)\" aria-valuemin=\"0\" aria-valuemax=\"100\"><span style=\"width:\(percent)%\"></span></div>\n"
    }

    static func statusCounts(_ items: [Item]) -> String {
        let counts = Status.allCases.compactMap { s -> String? in
            let n = items.filter { $0.status == s }.count
            return n > 0 ? "<span class=\"badge \(s.rawValue)\">\(n) \(s.rawValue)</span>" : nil
        }
        return counts.isEmpty ? "" : "<p class=\"counts\">" + counts.joined(separator: " ") + "</p>\n"
    }

    /// A link when `url` is http, https or mailto; the escaped text otherwise.
    static func link(_ text: String, _ url: String?, title: String? = nil) -> String {
        guard let url, isSafe(url) else { return escape(text) }
        let t = title.map { " title=\"\(escape($0))\"" } ?? ""
        return "<a href=\"\(escape(url))\"\(t)>\(escape(text))</a>"
    }

    /// Only these schemes become links: a document may hold `javascript:` or `data:` URLs.
    public static func isSafe(_ url: String) -> Bool {
        let lower = url.lowercased()
        return lower.hasPrefix("https://") || lower.hasPrefix("http://") || lower.hasPrefix("mailto:")
    }

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

    /// Light by default, dark when the reader's system asks for it, plain on paper.
    static let style = """
        :root { color-scheme: light dark; --bg: #f6f7f9; --card: #fff; --fg: #1f2328; --muted: #59636e; --line: #d1d9e0;
          --accent: #0969da; --done: #1a7f37; --progress: #9a6700; --planned: #59636e; --backlog: #8250df; }
        @media (prefers-color-scheme: dark) {
          :root { --bg: #0d1117; --card: #151b23; --fg: #e6edf3; --muted: #9198a1; --line: #3d444d;
            --accent: #4493f8; --done: #3fb950; --progress: #d29922; --planned: #9198a1; --backlog: #ab7df8; }
        }
        * { box-sizing: border-box; }
        body { margin: 0; background: var(--bg); color: var(--fg); font: 15px/1.5 system-ui, -apple-system, "Segoe UI", sans-serif; }
        header, main, footer { max-width: 1100px; margin: 0 auto; padding: 1.5rem; }
        header { padding-bottom: 0; }
        h1 { margin: 0 0 .25rem; font-size: 1.9rem; }
        h2 { margin: 2rem 0 1rem; font-size: 1.3rem; }
        h3 { margin: 0 0 .5rem; font-size: 1.05rem; }
        a { color: var(--accent); text-decoration: none; }
        a:hover { text-decoration: underline; }
        h3 a { color: inherit; }
        .overall, .progress, .path, .when, .owner, footer { color: var(--muted); }
        .path { font-size: .8rem; font-weight: normal; }
        .items { display: grid; grid-template-columns: repeat(auto-fill, minmax(320px, 1fr)); gap: 1rem; }
        .card { background: var(--card); border: 1px solid var(--line); border-radius: 8px; padding: 1rem; }
        .progress { float: right; margin: 0; font-size: .85rem; }
        .bar { height: 8px; border-radius: 4px; background: var(--line); overflow: hidden; margin: .3rem 0 .8rem; }
        .bar span { display: block; height: 100%; background: var(--done); }
        header .bar { max-width: 480px; }
        .badge { display: inline-block; font-size: .75rem; font-weight: 600; padding: 0 .5rem; border-radius: 1rem;
          border: 1px solid currentColor; vertical-align: middle; color: var(--planned); }
        .badge.done { color: var(--done); } .badge.in-progress { color: var(--progress); } .badge.backlog { color: var(--backlog); }
        .fields { display: grid; grid-template-columns: max-content 1fr; gap: 0 .75rem; margin: 0 0 .5rem; font-size: .9rem; }
        .fields dt { color: var(--muted); } .fields dd { margin: 0; }
        .summary { margin: 0 0 .5rem; }
        .checklist { list-style: none; padding-left: 0; margin: .25rem 0; }
        .checklist .checklist { padding-left: 1.4rem; }
        .checklist li.done { color: var(--muted); }
        .checklist input { margin: 0 .35rem 0 0; vertical-align: -1px; }
        .issues { margin: .5rem 0 0; font-size: .9rem; }
        .issues a { margin-right: .4rem; }
        .timeline { list-style: none; padding: 0; border-left: 2px solid var(--line); margin-left: .5rem; }
        .timeline > li { display: grid; grid-template-columns: 8rem 1fr; gap: 1rem; padding: 0 0 1rem 1rem; position: relative; }
        .timeline > li::before { content: ""; position: absolute; left: -7px; top: .45rem; width: 12px; height: 12px;
          border-radius: 50%; background: var(--accent); }
        .when { margin: 0; font-variant-numeric: tabular-nums; }
        @media print {
          :root { --bg: #fff; --card: #fff; --fg: #000; --muted: #444; --line: #999; }
          body { font-size: 11pt; } .card, .timeline > li { break-inside: avoid; }
          a { color: inherit; }
        }

        """
}
