import Testing
import RoadmapSyntax

/// The spans the reader and the converters share: each recognised once, the same way for both.
@Suite struct InlineTokenizerTests {
    func bytes(_ s: String) -> [UInt8] { Array(s.utf8) }

    @Test func markdownLinkDestinationKeepsBalancedParenthesesAndDropsTheTitle() {
        let t = bytes(#"[x](https://e.org/a_(b) "Title") after"#)
        var scanned = 0
        let d = MarkdownInlineTokenizer.inlineDestination(t, at: 3, scanned: &scanned)
        #expect(d?.raw == "https://e.org/a_(b)")
        #expect(d.map { String(decoding: t[$0.end...], as: UTF8.self) } == " after")
        #expect(scanned > 0)
    }

    @Test func markdownAngleBracketDestinationMayHoldSpaces() {
        var scanned = 0
        #expect(MarkdownInlineTokenizer.inlineDestination(bytes("(<a b.md>)"), at: 0, scanned: &scanned)?.raw == "a b.md")
        #expect(MarkdownInlineTokenizer.inlineDestination(bytes("(never closed"), at: 0, scanned: &scanned) == nil)
    }

    @Test func codeSpanContentStripsOneSpaceFromBothEndsOnly() {
        let padded = bytes("`` `x` ``")
        #expect(String(decoding: padded[MarkdownInlineTokenizer.codeSpanContent(padded, from: 2, to: 7)], as: UTF8.self) == "`x`")
        let oneSided = bytes("` x`")
        #expect(String(decoding: oneSided[MarkdownInlineTokenizer.codeSpanContent(oneSided, from: 1, to: 3)], as: UTF8.self) == " x")
    }

    @Test func mystRoleGivesItsNameAndBody() {
        let t = bytes("see {issue}`646` now")
        let role = MarkdownInlineTokenizer.mystRole(t, at: 4)
        #expect(role.map { String(decoding: t[5 ..< $0.nameEnd], as: UTF8.self) } == "issue")
        #expect(role.map { String(decoding: t[$0.body], as: UTF8.self) } == "646")
    }

    @Test func rstRoleStartsApartFromTheWordBefore() {
        #expect(RSTInlineTokenizer.isRoleStart(bytes(":issue:`12`"), 0))
        #expect(!RSTInlineTokenizer.isRoleStart(bytes("a:issue:`12`"), 1))
        #expect(!RSTInlineTokenizer.isRoleStart(bytes("time: 12:30"), 4))
        #expect(RSTInlineTokenizer.issueRoles.contains("ghpull"))
    }

    @Test func rstSubstitutionReferenceTakesItsTrailingUnderscores() {
        let t = bytes("a |name|__ b")
        let ref = RSTInlineTokenizer.substitutionReference(t, at: 2)
        #expect(ref.map { String(decoding: t[$0.name], as: UTF8.self) } == "name")
        #expect(ref?.end == 10)
        #expect(RSTInlineTokenizer.substitutionReference(bytes("| not |"), at: 0) == nil)
    }

    @Test func rstFootnoteAndEmbeddedTarget() {
        #expect(RSTInlineTokenizer.footnoteLabelStart(bytes("[#note]_"), closingAt: 6) == 1)
        #expect(RSTInlineTokenizer.footnoteLabelStart(bytes("[a b]_"), closingAt: 4) == nil)
        #expect(RSTInlineTokenizer.splitEmbeddedTarget("Docs <https://e.org>") == ("Docs", "https://e.org"))
        #expect(RSTInlineTokenizer.splitEmbeddedTarget("plain") == ("plain", nil))
    }

    @Test func bareURLsEndBeforeTrailingPunctuationAndUnbalancedParentheses() {
        let t = bytes("(see https://e.org/x_(y).) and dana@example.com.")
        #expect(InlineURLScanner.isURLStart(t, 5))
        #expect(String(decoding: t[5 ..< InlineURLScanner.urlEnd(t, from: 5)], as: UTF8.self) == "https://e.org/x_(y)")
        let at = t.firstIndex(of: 0x40)!
        #expect(InlineURLScanner.emailAround(t, at: at).map { String(decoding: t[$0], as: UTF8.self) } == "dana@example.com")
        #expect(InlineURLScanner.isWWWStart(bytes("www.e.org"), 0))
        #expect(!InlineURLScanner.isWWWStart(bytes("xwww.e.org"), 1))
    }
}

/// How an RST interpreted text refers to its target, which the reader and the RST → Markdown
/// converter both resolve from this one answer.
@Suite struct RSTReferenceTests {
    func reference(_ text: String, _ suffix: String) -> RSTInlineTokenizer.Reference? {
        let t = Array(("`" + text + "`" + suffix).utf8)
        let parts = RSTInlineTokenizer.splitEmbeddedTarget(text)
        return RSTInlineTokenizer.reference(display: parts.display, embedded: parts.embedded,
                                            suffix: RSTInlineTokenizer.referenceSuffix(t, at: text.utf8.count + 2))
    }

    @Test func eachFormOfReference() {
        #expect(reference("Docs", "") == nil)
        #expect(reference("Docs", "_") == .name("Docs"))
        #expect(reference("Docs", "__") == .anonymous)
        #expect(reference("Docs <https://e.org/a\n b>", "_") == .url("https://e.org/ab"))
        #expect(reference("Docs <guide_>", "__") == .name("guide"))
        #expect(reference("Docs <https://e.org/x_>", "_") == .url("https://e.org/x_"))
    }

    @Test func issueRoleTextIsANumberWithAnOptionalHash() {
        #expect(RSTInlineTokenizer.issueNumber(inRoleText: "#12") == 12)
        #expect(RSTInlineTokenizer.issueNumber(inRoleText: "12") == 12)
        #expect(RSTInlineTokenizer.issueNumber(inRoleText: "12 and 13") == nil)
        #expect(RSTInlineTokenizer.issueNumber(inRoleText: "#") == nil)
    }
}
