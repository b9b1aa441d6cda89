import Testing
import RoadmapCore
@testable import RoadmapReading

/// A file whose name says no dialect is sniffed: each dialect's own constructs score for it.
@Suite struct FormatDetectorTests {
    private func sniff(_ text: String) -> Format { FormatDetector.sniff(Array(text.utf8)) }

    @Test func theExtensionDecidesWhenItNamesADialect() {
        #expect(FormatDetector.detect(path: "notes/plan.rst", bytes: Array("# Plan\n".utf8)) == .rst)
        #expect(FormatDetector.detect(path: "plan.md", bytes: Array(".. note:: x\n".utf8)) == .markdown)
        #expect(FormatDetector.detect(path: "v1.2/ROADMAP", bytes: Array("# Plan\n".utf8)) == .markdown)
    }

    @Test func titlesOverAndUnderlinedAreRST() {
        // `=` underlines serve both dialects; an overline too is RST's alone.
        #expect(sniff("=======\nCAPTCHA\n=======\n\nAdd a CAPTCHA.\n\n=====\nUndo\n=====\n\nAllow undo.\n") == .rst)
        #expect(sniff("CAPTCHA\n=======\n\nAdd a CAPTCHA.\n") == .markdown)
    }

    @Test func rstSigns() {
        #expect(sniff(".. _roadmap:\n\nText\n") == .rst)
        #expect(sniff("..\n   a comment\n") == .rst)
        #expect(sniff(":title: Roadmap\n") == .rst)
        #expect(sniff(":Authors:\n    Ana\n") == .rst)
        #expect(sniff("Tracked as `#12`_ upstream.\n") == .rst)
        #expect(sniff("An example::\n\n    code\n") == .rst)
        #expect(sniff("Title\n~~~~~\n") == .rst)
    }

    @Test func markdownSigns() {
        #expect(sniff("# Plan\n") == .markdown)
        #expect(sniff("###\n") == .markdown)
        #expect(sniff("```swift\nlet x = 1\n```\n") == .markdown)
        #expect(sniff("See [the docs](https://example.com).\n") == .markdown)
        #expect(sniff("[docs]: https://example.com\n") == .markdown)
        #expect(sniff("<!-- a comment -->\n") == .markdown)
        #expect(sniff("!!! note \"Heads up\"\n") == .markdown)
    }

    @Test func signsThatAreNotQuiteSigns() {
        // A role-like line with backquotes, a hashtag, a heading indented four spaces, seven hashes.
        #expect(sniff(":role:`x` here\n") == .text)
        #expect(sniff("#hashtag\n") == .text)
        #expect(sniff("    # code\n") == .text)
        #expect(sniff("####### seven\n") == .text)
        #expect(sniff("Just prose, nothing more.\n") == .text)
    }

    @Test func anUnderlineOfEqualsOrDashesNeedsASecondRSTSign() {
        #expect(sniff("Title\n=====\n") == .markdown)
        #expect(sniff("Title\n=====\n\n.. _x: https://example.com\n") == .rst)
        // Too short for its title, and under four: not an underline.
        #expect(sniff("A long title\n==\n") == .text)
        #expect(sniff("Ab\n==\n") == .markdown)
    }
}
