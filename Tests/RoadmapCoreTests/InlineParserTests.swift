import Testing
import RoadmapCore

@Suite struct InlineParserTests {
    func rst(_ s: String, _ targets: [(String, String)] = []) -> InlineText {
        var t = LinkTargets()
        for (n, u) in targets { t.define(n, url: u) }
        return InlineParser(format: .rst, targets: t).parse(s)
    }

    func md(_ s: String) -> InlineText { InlineParser(format: .markdown, targets: LinkTargets()).parse(s) }

    @Test func rstMarkupIsRemoved() {
        #expect(rst("``literal`` *emph* **strong** `interpreted`").plain == "literal emph strong interpreted")
        #expect(rst("escaped \\*star\\*").plain == "escaped *star*")
    }

    @Test func anEscapedBackquoteDoesNotEndAReference() {
        // As docutils reads it: the reference runs to the unescaped backquote, its text unescaped.
        let t = rst("`consolidate on \\`patches <https://x.org/4376>`__ end")
        #expect(t.plain == "consolidate on `patches end")
        #expect(t.links == [Link(text: "consolidate on `patches", url: "https://x.org/4376")])
        #expect(rst(":code:`a \\` b` c").plain == "a ` b c")
        // An escaped backslash before it escapes nothing.
        #expect(rst("`x\\\\` y").plain == "x\\ y")
    }

    @Test func footnoteReferencesReadAsTheirLabel() {
        #expect(rst("freeze [1]_ and [#note]_, not [x y]_").plain == "freeze [1] and [#note], not [x y]_")
        #expect(md("freeze [^1] here").plain == "freeze [1] here")
    }

    @Test func rstUnresolvedReferenceIsReported() {
        let t = rst("see `Nowhere`_")
        #expect(t.plain == "see Nowhere")
        #expect(t.unresolved == ["Nowhere"])
        #expect(t.links.isEmpty)
    }

    @Test func rstSimpleReferenceNeedsATarget() {
        #expect(rst("use Fleet_ now", [("fleet", "https://f.example/")]).links == [Link(text: "Fleet", url: "https://f.example/")])
        #expect(rst("snake_case stays").plain == "snake_case stays")
    }

    @Test func issueReferencesInText() {
        let refs = IssueReferenceScanner.references(in: "#1, GH-2, o/r#3, a#4, &#5; x#y, #0, (#6)")
        #expect(refs.map(\.number) == [1, 2, 3, 6])
        #expect(refs[2].repository == "o/r")
    }

    @Test func aNumberAfterANounThatCountsThingsIsNoIssue() {
        // "Objective #1" numbers an objective; "issue #4" and "(#6)" name issues.
        let text = "Objective #1: one script. Phase #2, Meeting #180, STEP #7; see #3, issue #4, fixes #5 (#6), Deis #8, Phase#9"
        #expect(IssueReferenceScanner.references(in: text).map(\.number) == [3, 4, 5, 6, 8])
        // A version is no issue either.
        #expect(IssueReferenceScanner.references(in: "See the #1.5 timeline and #7.").map(\.number) == [7])
        // A range written with an en or em dash names both ends, as one with a hyphen does.
        #expect(IssueReferenceScanner.references(in: "Active (#1311–#1313 in PR; #1314—#1315). Compare #20-#22.").map(\.number) == [1311, 1313, 1314, 1315, 20, 22])
        #expect(IssueReferenceScanner.references(in: "é#3 and #4é").map(\.number).isEmpty)
    }

    @Test func issueReferencesNeedTheirWholeShape() {
        let text = "gh-12 xgh-3 GH-14a Gh-0 #15-3 a-b gH-16. g-5 h-6 -7 GH- (gh-17) #18#19 GH-20"
        #expect(IssueReferenceScanner.references(in: text).map(\.number) == [12, 16, 17, 18, 20])
    }

    @Test func issueReferencesInURLs() {
        #expect(IssueReferenceScanner.reference(fromURL: "https://github.com/deis/deis/issues/3808")
            == IssueRef(number: 3808, url: "https://github.com/deis/deis/issues/3808", repository: "deis/deis"))
        #expect(IssueReferenceScanner.reference(fromURL: "https://github.com/o/r/pull/12#discussion")?.number == 12)
        #expect(IssueReferenceScanner.reference(fromURL: "https://github.com/o/r/blob/main/x") == nil)
        #expect(IssueReferenceScanner.reference(fromURL: "https://gitlab.com/o/r/issues/1") == nil)
    }

    @Test func markdownEmphasisAndEscapes() {
        #expect(md("**bold** _it_ ~~gone~~ snake_case 2 * 3 \\[x\\]").plain == "bold it gone snake_case 2 * 3 [x]")
        #expect(md("a `code [x](y)` b").links.isEmpty)
    }

    @Test func aWordStartingWithHOrMIsNotTakenForAURL() {
        // Only `http…`/`mailto:` start a bare URL; other words keep their emphasis (markdown-it:
        // hello<em>world</em>, how<strong>ever</strong>).
        #expect(md("hello*world*").plain == "helloworld")
        #expect(md("how**ever**").plain == "however")
        #expect(md("most_of_it and *this*").plain == "most_of_it and this")
        #expect(md("see https://x.example/a*b* and *that*").plain == "see https://x.example/a*b* and that")
    }

    @Test func unclosedDelimitersOnAHugeLineStayLinear() {
        // Many unmatched openers: each search must not rescan the rest of the line.
        let line = String(repeating: "`a *b [c ", count: 40_000)
        let r = rst(line)
        #expect(r.plain.count > 100_000)
        let m = md(line)
        #expect(m.plain.count > 100_000)
    }

    @Test func linkTargetsNormaliseNames() {
        var t = LinkTargets()
        let first = t.define("Log  Tailing", url: "u1")
        let duplicate = t.define("log tailing", url: "u2")  // the first definition wins
        let indirect = t.define("indirect", url: "`log tailing`_")
        #expect(first && !duplicate && indirect)
        #expect(t.resolve("LOG TAILING") == "u1")
        #expect(t.resolve("indirect") == "u1")
    }
}
