import Testing
@testable import RoadmapReading
import RoadmapCore

/// Rules of reading that are easy to get wrong, each with the smallest document that shows it.
@Suite struct ReaderRulesTests {
    @Test func datesInEveryOrder() {
        #expect(PartialDate.find(in: "19 May 2026")?.description == "2026-05-19")
        #expect(PartialDate.find(in: "May 5, 2026")?.description == "2026-05-05")
        #expect(PartialDate.find(in: "October 2015 (Deis v1.12)")?.description == "2015-10")
        #expect(PartialDate.find(in: "2026-03-10 Planning")?.description == "2026-03-10")
        #expect(PartialDate.find(in: "Item 1234 Cluster")?.description == nil)
        #expect(PartialDate.find(in: "Sept 2019")?.description == "2019-09")
    }

    @Test func aBacklogWordInsideATitleDoesNotMakeAGroup() {
        let d = read("# R\n\n## Backlog Cleanup\n\n- [ ] Label old issues\n\n## Idea Backlog\n\n- One idea\n", as: .markdown)
        #expect(d.items.map(\.title) == ["Backlog Cleanup", "One idea"])
        #expect(d.items.map(\.status) == [.planned, .backlog])
    }

    @Test func aCheckedChecklistOutranksAPlannedGroup() {
        let d = read("# R\n\n## Planned\n\n### A\n\n- [x] one\n- [x] two\n\n### B\n\n- [ ] three\n", as: .markdown)
        #expect(d.items.map(\.status) == [.done, .planned])
    }

    @Test func anIssueInTheTitleIsTheItems() {
        let d = read("# R\n\n## Sync (#12)\n\nText about #13.\n", as: .markdown)
        #expect(d.items[0].issues.map(\.number) == [12, 13])
    }

    @Test func issuesComeInReadingOrderAndNotFromCode() {
        let d = read("# R\n\n## I\n\nFirst #10, then [#11](https://github.com/o/r/issues/11), not `#12`, then GH-13.\n", as: .markdown)
        #expect(d.items[0].issues.map(\.number) == [10, 11, 13])
    }

    @Test func plainTextItemsHaveFieldsUnderTheirHeading() {
        let d = read("Title\n\nSome prose that is long enough to count as prose for the heading detection.\n\nFirst Item\nowner:alice\n\nA description of the first item, long enough to be prose.\n", as: .text)
        #expect(d.items.map(\.title) == ["First Item"])
        #expect(d.items[0].fields["owner"] == "alice")
    }


    @Test func aRepeatedExplicitIDIsReportedAndMadeUnique() {
        let d = read("# R\n\n## One {#same}\n\n## Two {#same}\n", as: .markdown)
        #expect(d.items.map(\.id) == ["same", "same-2"])
        #expect(d.diagnostics.contains { $0.message.contains("given to an earlier item") })
    }

    @Test func rstAnchorsBecomeIDsAsDocutilsMakesThem() {
        let d = read("R\n=\n\n.. _Fast Sync:\n\nSync\n----\ntext\n", as: .rst)
        #expect(d.items[0].id == "fast-sync")
    }

    @Test func actionItemOwnersInAnyCase() {
        let d = read("# Meeting Minutes\n\n## 2026-11-21 Planning\n\nAction items:\n\n- [x] founding engineer: read the seeds\n- @alice write docs\n- Bob to review\n", as: .markdown)
        let actions = d.meetings[0].actions
        #expect(actions.map(\.owner) == ["founding engineer", "alice", "Bob"])
        #expect(actions.map(\.done) == [true, false, false])
    }

    @Test func suggestionsForATypoInAPrefix() throws {
        let d = read("# R\n\n## Meetings and History\n", as: .markdown)
        #expect(throws: SelectionError.unknown(query: "meetngs", suggestions: ["meetings-and-history"])) {
            try ItemSelector.select("meetngs", in: [d])
        }
    }

    @Test func theSameIDInTwoDocumentsAsksForTheDocument() {
        let a = read("# R\n\n## Etcd 2\n", as: .markdown, path: "a.md")
        let b = read("# R\n\n## Etcd 2\n", as: .markdown, path: "b.md")
        do {
            _ = try ItemSelector.select("etcd-2", in: [a, b])
            Issue.record("expected an error")
        } catch {
            #expect(error.description.hasSuffix("name the document with -f PATH"))
        }
    }
}

/// A large document is read on two threads; the result must be the one a single thread gives.
@Suite struct ParallelReadingTests {
    @Test func aLargeDocumentReadsTheSameInParallel() {
        var text = "Roadmap\n=======\n\n"
        for k in 1 ... 9_000 {
            let title = k % 1000 == 0 ? "Same Title" : "Item \(k)"
            text += "\(title)\n\(String(repeating: "-", count: title.count))\nText of \(k), see `#\(k)`_.\n\n - [\(k % 3 == 0 ? "X" : " ")] one\n - [ ] two\n\n"
        }
        text += ".. _dup: https://a.example/\n.. _dup: https://b.example/\n"
        for k in 1 ... 9_000 { text += ".. _`#\(k)`: https://github.com/o/r/issues/\(k)\n" }
        let tree = SyntaxTree.parse(SourceText(text), as: .rst)
        let parallel = DocumentReader.read(tree, path: "big.rst")
        var streamed: [Item] = []
        _ = DocumentReader.read(tree, path: "big.rst", detail: .outline) { streamed.append($0) }
        #expect(parallel.items.count == 9_000)
        #expect(parallel.items.map(\.id) == streamed.map(\.id))
        #expect(parallel.items[999].id == "same-title" && parallel.items[1999].id == "same-title-2")
        #expect(parallel.items[8999].issues == [IssueRef(number: 9000, url: "https://github.com/o/r/issues/9000", repository: "o/r")])
        #expect(parallel.items.map(\.progress.done) == streamed.map(\.progress.done))
        #expect(parallel.diagnostics.filter { $0.message.contains("duplicate link target") }.count == 1)
        // Both reads above ran on two threads: the one-thread read is the reference.
        var oneThread = ReadingContext(tree: tree)
        oneThread.parallelThreshold = .max
        let sequential = DocumentReader.read(tree, path: "big.rst", context: oneThread)
        #expect(parallel.items.map { String(reflecting: $0) } == sequential.items.map { String(reflecting: $0) })
        #expect(parallel.diagnostics == sequential.diagnostics)
    }

    /// Above `ReadingContext.parallelTargets`, names are hashed on two threads and then defined
    /// in document order: the first definition of a name still wins, in any case and spacing.
    @Test func manyLinkTargetsAreDefinedInDocumentOrder() {
        let n = ReadingContext.parallelTargets + 100
        var text = "Roadmap\n=======\n\nItem\n----\nSee `Target 7`_, `target   \(n - 1)`_, `Zürich`_ and `first`_.\n\n"
        text += ".. _first: https://one.example/\n"
        for k in 0 ..< n { text += ".. _Target \(k): https://t.example/\(k)\n" }
        text += ".. _Zürich: https://z.example/\n.. _FIRST: https://two.example/\n.. _a\\_b: https://escaped.example/\n"
        let tree = SyntaxTree.parse(SourceText(text), as: .rst)
        let context = ReadingContext(tree: tree)
        #expect(context.inline.targets.resolve("TARGET  \(n - 1)") == "https://t.example/\(n - 1)")
        #expect(context.inline.targets.resolve("first") == "https://one.example/")
        #expect(context.inline.targets.resolve("zürich") == "https://z.example/")
        #expect(context.inline.targets.resolve("a_b") == "https://escaped.example/")
        #expect(context.diagnostics.filter { $0.message.contains("duplicate link target") }.count == 1)
        let item = DocumentReader.read(tree, path: "many.rst").items.first
        #expect(item?.links.map(\.url) == ["https://t.example/7", "https://t.example/\(n - 1)", "https://z.example/", "https://one.example/"])
    }
}
