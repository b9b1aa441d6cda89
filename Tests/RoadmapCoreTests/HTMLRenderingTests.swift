import Foundation
import Testing
import RoadmapCore

/// `roadmap render --to html`: one self-contained page.
@Suite struct HTMLRenderingTests {
    @Test func cardsBarsAndChecklists() {
        let d = read("""
            # Roadmap

            ## Sync

            Owner: dana

            - [x] [Design](https://github.com/o/r/issues/7)
            - [ ] Build
            """, as: .markdown)
        let html = HTMLRenderer.page([d])
        #expect(html.hasPrefix("<!DOCTYPE html>"))
        #expect(html.contains("<title>Roadmap</title>"))
        #expect(html.contains("<article class=\"card\" id=\"sync\" data-status=\"in-progress\">"))
        #expect(html.contains("<span class=\"badge in-progress\">in-progress</span>"))
        #expect(html.contains("aria-valuenow=\"50\""))
        #expect(html.contains("<dt>Owner</dt><dd>dana</dd>"))
        #expect(html.contains("<li class=\"done\"><input type=\"checkbox\" disabled checked> Design&nbsp;<a class=\"out\" href=\"https://github.com/o/r/issues/7\""))
        #expect(html.contains("<li><input type=\"checkbox\" disabled> Build"))
    }

    @Test func selfContained() {
        let html = HTMLRenderer.page([try! Fixtures.seed(1)])
        #expect(!html.contains("<script"))
        #expect(!html.contains("<link"))
        #expect(!html.contains("@import"))
        #expect(!html.contains("src="))
        #expect(html.contains("prefers-color-scheme: dark"))
        #expect(html.contains("@media print"))
    }

    @Test func textIsEscapedAndOnlyWebURLsBecomeLinks() {
        let d = read("""
            # Road <map>

            ## A & "B"

            - [ ] [click](javascript:alert(1)) `<script>alert(2)</script>`
            - [ ] [mail](mailto:team@example.org)
            """, as: .markdown)
        let html = HTMLRenderer.page([d])
        #expect(!html.contains("<script>"))
        #expect(html.contains("&lt;script&gt;"))
        #expect(!html.contains("<map>"))
        #expect(html.contains("A &amp; &quot;B&quot;"))
        #expect(!html.contains("href=\"javascript:"))
        #expect(html.contains("mail&nbsp;<a class=\"out\" href=\"mailto:team@example.org\" title=\"mail\" aria-label=\"mail\">↗</a>"))
        #expect(!HTMLRenderer.isSafe("JavaScript:alert(1)"))
        #expect(!HTMLRenderer.isSafe("data:text/html,x"))
        #expect(HTMLRenderer.isSafe("HTTPS://example.org"))
    }

    /// `isSafe` reads bytes; it must say what lowercasing the URL and comparing characters says.
    @Test func safeURLsOnBytesAsOnCharacters() {
        func byCharacters(_ url: String) -> Bool {
            let lower = url.lowercased()
            return lower.hasPrefix("https://") || lower.hasPrefix("http://") || lower.hasPrefix("mailto:")
        }
        let urls = ["https://x", "HTTP://x", "Mailto:a@b", "http:/x", "https:", "", "h", "mailto", "ftp://x", "javascript:x",
                    "https://\u{301}x", "http://é", "MAİLTO:a", "\u{212A}ttp://x", "ｈttp://x", "https://xé", "http://", "HtTpS://"]
        for url in urls { #expect(HTMLRenderer.isSafe(url) == byCharacters(url), "\(url)") }
    }

    @Test func severalDocumentsKeepIdsApart() {
        let a = read("# A\n\n## Sync\n\n- [ ] x\n", as: .markdown, path: "a.md")
        let b = read("# B\n\n## Sync\n\n- [x] y\n", as: .markdown, path: "b.md")
        let html = HTMLRenderer.page([a, b])
        #expect(html.contains("id=\"d1-sync\"") && html.contains("id=\"d2-sync\""))
        #expect(!html.contains("<footer>"))
        #expect(HTMLRenderer.page([a], stamp: "Rendered on 2026-11-21").contains("<footer><p>Rendered on 2026-11-21</p></footer>"))
    }

    @Test func meetingsAreATimeline() throws {
        let html = HTMLRenderer.page([try Fixtures.seed(0)])
        #expect(html.contains("<p class=\"overall\">6 meetings</p>"))
        #expect(html.components(separatedBy: "<p class=\"when\">").count - 1 == 6)
        #expect(html.contains("<p class=\"when\">2015-11-05</p>"))
        #expect(html.contains("<dt>Completed</dt><dd>Stateless Logger</dd>"))
    }

    // MARK: - Issue 14: a page people want to share

    /// The card of the item with this id, from `<article` to `</article>`.
    func card(_ html: String, _ id: String) -> Substring {
        guard let start = html.range(of: "<article class=\"card\" id=\"\(id)\"")?.lowerBound else {
            Issue.record("no card \(id)")
            return ""
        }
        return html[start...].split(separator: "</article>", maxSplits: 1)[0]
    }

    @Test func anItemWithoutDeliverablesHasNoBarAndNoCount() throws {
        // Seed 1's Stateless Logger is prose and an issue, among items with checklists.
        let html = HTMLRenderer.page([try Fixtures.seed(1)])
        let logger = card(html, "stateless-logger")
        #expect(logger.contains("<h3><a href=\"#stateless-logger\">Stateless Logger</a>"))
        #expect(!logger.contains("0/0"))
        #expect(!logger.contains("class=\"bar\"") && !logger.contains("class=\"progress\"") && !logger.contains("class=\"count\""))
        #expect(card(html, "scheduling-and-orchestration").contains("<span class=\"count\">1/3</span>"))
        // A page with no deliverables at all: no "0/0" and no empty bar in the header either.
        let none = HTMLRenderer.page([read("# R\n\n## A\n\nText.\n\n## B\n\nMore.\n", as: .markdown)])
        #expect(!none.contains("0/0") && !none.contains("role=\"progressbar\""))
        #expect(none.contains("<p class=\"overall\">2 items</p>"))
    }

    @Test func theCountSitsBesideItsBarInsideTheCard() {
        let d = read("# Roadmap\n\n## Sync\n\n- [x] Design\n- [ ] Build\n- [ ] Ship\n", as: .markdown)
        let sync = card(HTMLRenderer.page([d]), "sync")
        // One flex row: the bar, then its count, inside the card.
        #expect(sync.contains("<div class=\"progress\"><div class=\"bar\" role=\"progressbar\" aria-valuenow=\"33\" aria-valuemin=\"0\" aria-valuemax=\"100\"><span style=\"width:33%\"></span></div> <span class=\"count\">1/3</span></div>"))
        #expect(HTMLRenderer.style.contains(".progress { display: flex; align-items: center;"))
        #expect(!HTMLRenderer.style.contains("float"))
    }

    @Test func linksInSummariesAreLinks() {
        let d = read("""
            # Roadmap

            ## Sync

            Read the [design notes](https://example.org/notes) and [RFC 7](https://example.org/rfc7), a [bad](javascript:alert(1)) one, and <https://example.org/a&b>.

            More about [sync](https://example.org/sync) in a later paragraph.

            - [ ] Build
            """, as: .markdown)
        let summary = card(HTMLRenderer.page([d]), "sync").split(separator: "\n").first { $0.hasPrefix("<p class=\"summary\">") } ?? ""
        #expect(summary == "<p class=\"summary\">Read the <a href=\"https://example.org/notes\">design notes</a> and <a href=\"https://example.org/rfc7\">RFC 7</a>, a bad one, and <a href=\"https://example.org/a&amp;b\">https://example.org/a&amp;b</a>.</p>")
        #expect(!summary.contains("javascript:"))
        // A link's text is linked where it stands as a word, not inside another.
        let words = [Link(text: "go", url: "https://go.dev")]
        #expect(HTMLRenderer.linked("A good go <b>", words) == "A good <a href=\"https://go.dev\">go</a> &lt;b&gt;")
        #expect(HTMLRenderer.linked("goods", words) == "<a href=\"https://go.dev\">go</a>ods")
        #expect(HTMLRenderer.linked("no links here", words) == "no links here")
        // Beyond ASCII, text is matched by characters: a decomposed `é` is one, so its `e` is no
        // match; `Café` is a word, so the link goes to the `go` standing alone.
        #expect(HTMLRenderer.linked("Cafégo go", words) == "Cafégo <a href=\"https://go.dev\">go</a>")
        #expect(HTMLRenderer.linked("cafe\u{301} e", [Link(text: "e", url: "https://e.org")]) == "cafe\u{301} <a href=\"https://e.org\">e</a>")
    }

    @Test func aDeliverablesLinksAreAlwaysATrailingArrow() {
        let d = read("""
            # Roadmap

            ## Sync

            - [x] [Design](https://example.org/design)
            - [ ] Build on [the base](https://example.org/base) and [docs](https://example.org/docs)
            - [ ] Read https://example.org/guide
              - [ ] [Nested](https://example.org/nested)
            """, as: .markdown)
        let sync = card(HTMLRenderer.page([d]), "sync")
        let arrow = { (url: String, text: String) in "<a class=\"out\" href=\"\(url)\" title=\"\(text)\" aria-label=\"\(text)\">↗</a>" }
        #expect(sync.contains("disabled checked> Design&nbsp;" + arrow("https://example.org/design", "Design") + "</li>"))
        #expect(sync.contains("disabled> Build on the base and docs&nbsp;" + arrow("https://example.org/base", "the base") + "&nbsp;" + arrow("https://example.org/docs", "docs")))
        #expect(sync.contains("disabled> Read https://example.org/guide&nbsp;" + arrow("https://example.org/guide", "https://example.org/guide")))
        #expect(sync.contains("disabled> Nested&nbsp;" + arrow("https://example.org/nested", "Nested")))
        // Never the whole text as the link: inside the checklist, every link is an arrow.
        let checklist = sync.split(separator: "<ul class=\"checklist\">", maxSplits: 1)[1]
        #expect(checklist.components(separatedBy: "<a ").count - 1 == checklist.components(separatedBy: ">↗</a>").count - 1)
    }

    @Test func noHorizontalScrollAt400Pixels() {
        let css = HTMLRenderer.style
        // Long ids, titles and URLs wrap.
        #expect(css.contains("overflow-wrap: anywhere"))
        // Grid and flex children may shrink below their content, and the card grid is one column
        // when the screen is narrower than a card.
        #expect(css.contains(".items > *, .timeline > li > *, .progress > * { min-width: 0; }"))
        #expect(css.contains("grid-template-columns: repeat(auto-fill, minmax(min(100%, 320px), 1fr))"))
        #expect(css.contains("@media (max-width: 480px)"))
        // No fixed width wider than the screen.
        for line in css.split(separator: "\n") where line.contains("width:") && !line.contains("max-width") {
            let pixels = line.split(whereSeparator: { !$0.isNumber }).compactMap { Int($0) }
            #expect(pixels.allSatisfy { $0 <= 400 }, "\(line)")
        }
        #expect(HTMLRenderer.page([try! Fixtures.seed(1)]).contains("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"))
    }

    @Test func aTableOfContentsWithAnAnchorPerItem() throws {
        let d = try Fixtures.seed(1)
        let html = HTMLRenderer.page([d])
        let toc = try #require(html.split(separator: "<nav class=\"toc\" aria-label=\"Contents\">", maxSplits: 1).last?.split(separator: "</nav>").first)
        for item in d.items {
            #expect(toc.contains("<li data-status=\"\(item.status.rawValue)\"><a href=\"#\(item.id)\">"), "\(item.id)")
            #expect(html.contains("<article class=\"card\" id=\"\(item.id)\" data-status=\"\(item.status.rawValue)\">"), "\(item.id)")
        }
        #expect(toc.components(separatedBy: "<li ").count - 1 == d.items.count)
        // Several documents: the prefixed ids, under each document's title.
        let a = read("# A\n\n## Sync\n\n- [ ] x\n", as: .markdown, path: "a.md")
        let b = read("# B\n\n## Sync\n\n- [x] y\n", as: .markdown, path: "b.md")
        let both = HTMLRenderer.page([a, b])
        #expect(both.contains("<p class=\"document\">A</p>\n<ol>\n<li data-status=\"planned\"><a href=\"#d1-sync\">Sync</a>"))
        #expect(both.contains("<p class=\"document\">B</p>\n<ol>\n<li data-status=\"done\"><a href=\"#d2-sync\">Sync</a>"))
    }

    @Test func statusFiltersWorkWithoutJavaScript() {
        let d = read("""
            # Roadmap

            ## Sync

            - [x] Design
            - [ ] Build

            ## Status done

            - [x] Ship

            ## Meetings

            - [ ] Plan
            """, as: .markdown)
        let html = HTMLRenderer.page([d])
        #expect(!html.contains("<script"))
        // Radio inputs before the header and main, so that `:checked ~` reaches the cards and
        // the contents; the item whose id is `status-done` keeps it.
        let inputs = [
            "<input type=\"radio\" name=\"status\" class=\"filter\" id=\"status-all\" value=\"all\" checked>",
            "<input type=\"radio\" name=\"status\" class=\"filter\" id=\"status-planned\" value=\"planned\">",
            "<input type=\"radio\" name=\"status\" class=\"filter\" id=\"status-in-progress\" value=\"in-progress\">",
            "<input type=\"radio\" name=\"status\" class=\"filter\" id=\"status-done-2\" value=\"done\">",
        ]
        #expect(html.contains("<body>\n" + inputs.joined(separator: "\n") + "\n<header>\n"))
        #expect(html.contains("<article class=\"card\" id=\"status-done\" data-status=\"done\">"))
        for (id, text) in [("status-all", "all 3"), ("status-planned", "1 planned"), ("status-in-progress", "1 in-progress"), ("status-done-2", "1 done")] {
            #expect(html.contains("<label for=\"\(id)\" class=\"badge \(id.hasPrefix("status-done") ? "done" : String(id.dropFirst(7)))\">\(text)</label>"))
        }
        // The Meetings item keeps its id too (no meetings here, so no link to them).
        #expect(html.contains("id=\"meetings\" data-status=\"planned\""))
        // The CSS that hides the other statuses, in light and dark.
        #expect(html.contains(".filter[value=\"done\"]:checked ~ * [data-status]:not([data-status=\"done\"]) { display: none; }"))
        #expect(html.contains(".filter[value=\"backlog\"]:checked ~ header label.backlog {"))
        #expect(html.contains("@media (prefers-color-scheme: dark)"))
        // One status: nothing to filter, the counts as before.
        let one = HTMLRenderer.page([read("# R\n\n## A\n\n- [ ] x\n", as: .markdown)])
        #expect(!one.contains("class=\"filter\"") && one.contains("<p class=\"counts\"><span class=\"badge planned\">1 planned</span></p>"))
    }

    @Test func theMeetingsHeadingIsAnAnchorThatGivesWayToAnItem() throws {
        let d = try Fixtures.seed(0)
        let html = HTMLRenderer.page([d])
        #expect(html.contains("<h2 id=\"meetings\">Meetings</h2>"))
        // Items and meetings on one page: the contents end with the meetings.
        let both = HTMLRenderer.page([read("# R\n\n## Meetings\n\n- [ ] x\n", as: .markdown), d])
        #expect(both.contains("<p class=\"meetings\"><a href=\"#meetings-2\">Meetings</a></p>"))
        #expect(both.contains("<h2 id=\"meetings-2\">Meetings</h2>"))
    }

    @Test func theTimelineKeepsItsDatesInAColumn() throws {
        let html = HTMLRenderer.page([try Fixtures.seed(0)])
        // A fixed-width date column, each meeting's date on the baseline of its title.
        #expect(html.contains(".timeline > li { display: grid; grid-template-columns: 6.5rem minmax(0, 1fr); gap: 0 1rem; align-items: baseline;"))
        let entries = html.components(separatedBy: "<ol class=\"timeline\">\n")[1].components(separatedBy: "</ol>")[0]
            .components(separatedBy: "</div></li>\n").dropLast()
        #expect(entries.count == 6)
        #expect(entries.allSatisfy { $0.hasPrefix("<li><p class=\"when\">") && $0.contains("</p><div>\n<h3>") })
    }
}
