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
        #expect(html.contains("<article class=\"card\" id=\"sync\">"))
        #expect(html.contains("<span class=\"badge in-progress\">in-progress</span>"))
        #expect(html.contains("aria-valuenow=\"50\""))
        #expect(html.contains("<dt>Owner</dt><dd>dana</dd>"))
        #expect(html.contains("<li class=\"done\"><input type=\"checkbox\" disabled checked> <a href=\"https://github.com/o/r/issues/7\">Design</a>"))
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
        #expect(html.contains("<a href=\"mailto:team@example.org\">mail</a>"))
        #expect(!HTMLRenderer.isSafe("JavaScript:alert(1)"))
        #expect(!HTMLRenderer.isSafe("data:text/html,x"))
        #expect(HTMLRenderer.isSafe("HTTPS://example.org"))
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
}
