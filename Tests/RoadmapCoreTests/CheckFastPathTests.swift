import Testing
@testable import RoadmapReading
@testable import RoadmapEditing
import RoadmapCore

/// The `check`/`uncheck` fast path gives what the ordinary path gives (the same bytes, the
/// same messages, the same error) or declines; never something else.
@Suite struct CheckFastPathTests {
    /// What one path made of a tick: the new bytes and report lines, or the error's message.
    struct Outcome: Equatable {
        /// The new bytes' digest and size (a mismatch prints short).
        var bytes: [UInt64]? = nil
        var report: [String] = []
        var ids: [String] = []
        var verified = false
        var diff = ""
        var error: String? = nil
    }

    struct Case: CustomStringConvertible {
        var checked: Bool, query: String, selectors: [String], all: Bool
        var description: String { "\(checked ? "check" : "uncheck") \"\(query)\" \(selectors)\(all ? " --all" : "")" }
    }

    static func digest(_ b: [UInt8]) -> [UInt64] { [AtomicFileWriter.digest(b), UInt64(b.count)] }

    /// The ordinary path: open, select, edit, verify, as `EditSupport` does it.
    static func normal(_ path: String, _ c: Case) -> Outcome {
        do {
            let editor = try DocumentEditor.open(path)
            let location: ItemSelector.Location
            do { location = try ItemSelector.select(c.query, in: [editor.document]) } catch { return Outcome(error: error.description) }
            let id = editor.document.items[location.item].id
            let edit = try editor.verified(try editor.setChecked(c.checked, item: editor.index(ofItem: id), selectors: c.selectors, all: c.all))
            return Outcome(bytes: digest(edit.applied(to: editor.tree.source.bytes)), report: edit.changes.map { $0.description(path: path) },
                           ids: edit.changes.map(\.itemID), verified: edit.isVerified, diff: editor.diff(edit))
        } catch {
            return Outcome(error: error.description)
        }
    }

    /// The fast path, or nil when it declines.
    static func fast(_ path: String, _ c: Case) -> Outcome? {
        let select = { (query: String, document: Document) in (try? ItemSelector.select(query, in: [document]))?.item }
        switch CheckFastPath.attempt(c.checked, query: c.query, selectors: c.selectors, all: c.all, path: path, select: select) {
        case nil: return nil
        case .failure(let error): return Outcome(error: error.description)
        case .success(let p):
            return Outcome(bytes: digest(p.edit.applied(to: p.bytes)), report: p.edit.changes.map { $0.description(path: path) },
                           ids: p.edit.changes.map(\.itemID), verified: p.edit.isVerified, diff: p.diff())
        }
    }

    /// Items and deliverables of `path` picked deterministically (every k-th item), each ticked
    /// and cleared by its title, a lowercased part of it, and by position, text, `--all` or none.
    static func cases(_ path: String, limit: Int = 6) -> [Case] {
        guard let document = try? DocumentEditor.open(path).document, !document.items.isEmpty else { return [] }
        let items = document.items
        let step = max(1, items.count / limit)
        var out: [Case] = []
        for i in stride(from: 0, to: items.count, by: step) {
            let full = DocumentReader.read(try! DocumentLoader().syntax(path: path), path: path).items.first { $0.line == items[i].line } ?? items[i]
            let title = full.title
            let words = title.split(separator: " ")
            let part = words.count > 2 ? words.dropFirst().prefix(2).joined(separator: " ").lowercased() : title.lowercased()
            let first = full.deliverables.flattened.first?.deliverable.text
            for checked in [true, false] {
                out.append(Case(checked: checked, query: title, selectors: [], all: false))
                out.append(Case(checked: checked, query: part, selectors: ["1"], all: false))
                out.append(Case(checked: checked, query: title, selectors: [], all: true))
                if let first { out.append(Case(checked: checked, query: title, selectors: [first], all: false)) }
            }
        }
        out.append(Case(checked: true, query: "no such item anywhere", selectors: [], all: false))
        return out
    }

    /// Runs every case on `path`; returns how often the fast path applied.
    @discardableResult
    static func agree(on path: String) -> Int {
        var applied = 0
        for c in cases(path) {
            guard let fast = fast(path, c) else { continue }
            applied += 1
            let normal = normal(path, c)
            #expect(fast == normal, "\(path): \(c)")
        }
        return applied
    }

    @Test func fixturesAndSeedsAgree() {
        var applied = 0
        for path in Fixtures.all { applied += Self.agree(on: path) }
        #expect(applied > 0)
    }

    @Test func appliesOnTheDeisSeed() {
        let path = Fixtures.path(Fixtures.seedNames[1])
        #expect(Self.agree(on: path) > 0)
        let tick = Case(checked: true, query: "Scheduling and Orchestration", selectors: ["Mesos preview"], all: false)
        let fast = Self.fast(path, tick)
        #expect(fast != nil)
        #expect(fast == Self.normal(path, tick))
    }

    @Test(.enabled(if: !Fixtures.corpusFiles.isEmpty, "../shared/corpus is not beside this checkout"))
    func corpusAgrees() {
        var applied = 0
        for path in Fixtures.corpusFiles { applied += Self.agree(on: path) }
        print("check fast path: applied \(applied) times on \(Fixtures.corpusFiles.count) corpus files")
        #expect(applied > 0)
    }

    /// Ambiguous and unknown names are the ordinary path's to report: the fast path declines.
    @Test func ambiguousAndUnknownNamesDecline() {
        let path = Fixtures.path(Fixtures.seedNames[1])
        for query in ["no such item", "Deis Roadmap", "preview swarm"] {
            #expect(Self.fast(path, Case(checked: true, query: query, selectors: [], all: false)) == nil, "\(query)")
        }
        withTemporaryDirectory { dir in
            let twice = dir + "/twice.md"
            try! AtomicFileWriter.write(Array("# Plan\n\n## Same Title\n\n- [ ] a\n\n## Same Title\n\n- [ ] b\n".utf8), to: twice, expecting: nil, creating: true)
            let c = Case(checked: true, query: "Same Title", selectors: [], all: false)
            #expect(Self.fast(twice, c) == nil)
            #expect(Self.normal(twice, c).error?.contains("matches 2 items") == true)
        }
    }

    /// What the section alone cannot know: link definitions elsewhere, the document's letter,
    /// another item with the same slug. The fast path agrees or declines.
    @Test func contextOutsideTheSection() {
        let documents = [
            "# Plan\n\n## First Step\n\n- [ ] [Spec][1]\n- [ ] Code\n\n## Second Step\n\n- [ ] Ship\n\n[1]: https://example.com\n",
            "# Plan\n\n## First Step\n\n- [ ] Spec\n\n## Second Step\n\n- [x] Ship\n- [x] Tell\n",
            "# Plan\n\n## First Step\n\n- [ ] Spec\n\n## First-Step\n\n- [X] Ship\n",
            "# Plan\n\n## First Step {#second-step}\n\n- [ ] Spec\n\n## Second Step\n\n- [X] Ship\n",
            "Plan\n====\n\nFirst Step\n----------\n\n - [ ] Spec\n\nSecond Step\n-----------\n\n - [x] Ship\n",
        ]
        withTemporaryDirectory { dir in
            for (n, text) in documents.enumerated() {
                let path = dir + "/doc\(n)" + (text.hasPrefix("#") ? ".md" : ".rst")
                try! AtomicFileWriter.write(Array(text.utf8), to: path, expecting: nil, creating: true)
                for c in [Case(checked: true, query: "First Step", selectors: ["Spec"], all: false),
                          Case(checked: true, query: "second step", selectors: [], all: true)] {
                    if let fast = Self.fast(path, c) { #expect(fast == Self.normal(path, c), "\(text): \(c)") }
                }
            }
            // The letter of the document's other ticked boxes is taken on the fast path too.
            let path = dir + "/doc1.md"
            let fast = Self.fast(path, Case(checked: true, query: "First Step", selectors: ["Spec"], all: false))
            #expect(fast != nil)
            #expect(fast?.diff.contains("+- [x] Spec") == true)
        }
    }

    /// The scan finds every block whose text could hold the query: plain blocks exactly (on the
    /// line the match starts), blocks with links or roles as uncertain, Unicode lowercased.
    @Test func scanFindsEveryPlaceAQueryCouldBe() {
        func hits(_ text: String, _ query: String, _ format: Format = .markdown) -> [TitleScan.Hit] {
            TitleScan(tree: SyntaxTree.parse(SourceText(text), as: format)).scan(TitleScan.loose(query), limit: 9).hits
        }
        #expect(hits("# Plan\n\n## Swarm Preview\n", "swarm preview") == [TitleScan.Hit(block: 2, line: 2, certain: true)])
        #expect(hits("# Plan\n\nA swarm\npreview here.\n", "Swarm Preview").map(\.line) == [2])  // across lines
        #expect(hits("# Plan\n\n## [Swarm](http://x) Preview\n", "swarm preview").map(\.certain) == [false])
        #expect(hits("# Plan\n\n## \u{130}tem One\n", "item one").count == 1)  // İ lowercases to i and a mark
        #expect(hits("# Plan\n\n## Swarm-Preview\n\n- [ ] swarm, preview\n", "swarm preview").count == 2)
        #expect(hits("Plan\n====\n\n.. |x| replace:: Swarm\n", "swarm", .rst).isEmpty == false)
        #expect(TitleScan(tree: SyntaxTree.parse(SourceText("Plan\n====\n\n.. |x| replace:: y\n"), as: .rst)).scan(TitleScan.loose("zz")).replaces)
    }

    /// What the line scan makes of an RST document, checked against the block tree: the same
    /// titles and levels, runs of whole blocks covering every block that is not blank, every
    /// footnote among the places it notes, no label it missed, the same letter when it is sure.
    /// Returns whether it made an outline.
    @discardableResult
    static func outlineAgrees(_ text: [UInt8], _ name: String) -> Bool {
        let source = SourceText(bytes: text)
        guard let outline = CheckFastPath.Outline(source) else { return false }
        let tree = SyntaxTree.parse(source, as: .rst)
        let blocks = tree.blocks
        let headings = blocks.indices.filter { blocks[$0].kind == .heading }
        #expect(outline.headings.map(\.firstLine) == headings.map { Int(blocks[$0].firstLine) }, "\(name)")
        #expect(outline.headings.map(\.titleLine) == headings.map { source.lineIndex(ofByte: Int(blocks[$0].textStart)) }, "\(name)")
        #expect(outline.headings.map(\.level) == headings.map { Int(blocks[$0].level) }, "\(name)")
        for (h, k) in zip(outline.headings, headings) where !h.mayBeLabeled {
            #expect(tree.labelID(before: k) == nil, "\(name): a label before line \(h.firstLine + 1)")
        }
        let starts = Set(blocks.map { Int($0.firstLine) } + [source.lineCount])
        var covered = Set<Int>()
        for unit in outline.units {
            #expect(starts.contains(Int(unit.firstLine)) && starts.contains(Int(unit.endLine)), "\(name): lines \(unit.firstLine + 1)..<\(unit.endLine + 1) split a block")
            covered.formUnion(Int(unit.firstLine) ..< Int(unit.endLine))
            if unit.id >= 0 { #expect(Int(unit.firstLine) == outline.headings[Int(unit.id)].firstLine, "\(name)") }
        }
        for b in blocks where b.kind != .blank {
            #expect(b.lines.allSatisfy(covered.contains), "\(name): block at line \(b.firstLine + 1) not compared")
        }
        for b in blocks where b.isFootnote { #expect(outline.footnoteLines.contains(Int(b.firstLine)), "\(name)") }
        if let letter = outline.documentLetter { #expect(letter == CheckFastPath.documentLetter(tree), "\(name)") }
        return true
    }

    /// Documents made to lead a line scan astray: titles and checkboxes inside literal blocks,
    /// directives, comments and tables, adornment-like lines where no title is, nested lists,
    /// CRLF, a byte order mark, tabs.
    static let trickyDocuments = [
        // a title inside a literal block, after `::` and after a list entry's `::`
        "Plan\n====\n\nFirst Step\n----------\n\nExample::\n\n  Fake Step\n  ---------\n\n - [X] Spec\n\nSecond Step\n-----------\n\n - [ ] Ship::\n\n     Other\n     -----\n",
        // a title inside a directive and a comment body; a label before a section
        "Plan\n====\n\n.. note::\n\n   Fake Step\n   ---------\n\n..\n   Hidden\n   ------\n\n.. _first:\n\nFirst Step\n----------\n\n - [ ] Spec\n\nSecond Step\n-----------\n\n - [x] Ship\n",
        // a simple table with an underline-like row and a blank line inside
        "Plan\n====\n\nFirst Step\n----------\n\n=====  =====\nA      B\n-----  -----\n\nC      D\n=====  =====\n\n - [ ] Spec\n\nSecond Step\n-----------\n\n - [X] Ship\n",
        // a grid table; a field list; an enumerated list with boxes
        "Plan\n====\n\n:Owner: me\n\nFirst Step\n----------\n\n+-----+\n| [X] |\n+-----+\n\n1. [x] Spec\n2. [ ] Code\n\nSecond Step\n-----------\n\n - [X] Ship\n",
        // nested lists with boxes; a continuation line; a definition list
        "Plan\n====\n\nFirst Step\n----------\n\n- [ ] Spec\n  more of it\n\n  - [x] Nested\n  - [X] Nested too\n\nTerm\n  - [ ] task\n\nSecond Step\n-----------\n\n- [X] Ship\n",
        // CRLF line endings, an overlined title, a transition
        "=====\r\nPlan\r\n=====\r\n\r\nFirst Step\r\n----------\r\n\r\n - [ ] Spec\r\n\r\n----\r\n\r\nSecond Step\r\n-----------\r\n\r\n - [X] Ship\r\n",
        // a byte order mark
        "\u{FEFF}Plan\n====\n\nFirst Step\n----------\n\n - [ ] Spec\n\nSecond Step\n-----------\n\n - [X] Ship\n",
        // tabs: an indented paragraph, a tab-indented literal, a tab before a bullet
        "Plan\n====\n\nFirst Step\n----------\n\n\tIndented::\n\n\t\tFake\n\t\t----\n\n\t- [ ] Spec\n\nSecond Step\n-----------\n\n - [X] Ship\n",
        // a paragraph that swallows an adornment-like line; a short underline; a footnote
        "Plan\n====\n\nFirst Step\n----------\n\nSome text\nmore text\n---------\n\n - [ ] Spec [#]_\n\n.. [#] A note.\n\nSecond Step\n---\n\n - [X] Ship\n",
        // titles right after a list entry and a paragraph, no blank line; a substitution
        "Plan\n====\n\nFirst Step\n----------\n - [ ] Spec\nSecond Step\n-----------\n - [X] Ship\n\n.. |x| replace:: First Step\n",
        // an explicit markup block whose body has blank lines, then a title at column 0
        "Plan\n====\n\n.. code-block:: rst\n\n   First Step\n   ----------\n\n   - [X] fake\n\nFirst Step\n----------\n\n - [ ] Spec\n\nSecond Step\n-----------\n\n - [x] Ship\n",
    ]

    @Test func outlineAgreesWithTheTree() {
        var made = 0
        for (n, text) in Self.trickyDocuments.enumerated() where Self.outlineAgrees(Array(text.utf8), "tricky \(n)") { made += 1 }
        #expect(made >= 6)
        #expect(Self.outlineAgrees(Array(Self.benchmarkShape(items: 30, markdown: false).utf8), "benchmark shape"))
        #expect(!Self.outlineAgrees(Array(Self.trickyDocuments[2].utf8), "simple table"))  // a simple table runs past blank lines
        #expect(!Self.outlineAgrees(Array(Self.trickyDocuments[6].utf8), "BOM"))
        var files = 0
        for path in Fixtures.all + Fixtures.corpusFiles where path.hasSuffix(".rst") || path.hasSuffix(".txt") {
            guard let bytes = try? FileSystem.readFile(path, limit: DocumentLoader.maximumSize) else { continue }
            if Self.outlineAgrees(bytes, path) { files += 1 }
        }
        print("outline made for \(files) fixture, seed and corpus files")
        #expect(files > 0)
    }

    /// On the documents made to trick the line scan, the fast path agrees or declines.
    @Test func trickyDocumentsAgree() {
        withTemporaryDirectory { dir in
            var applied = 0
            for (n, text) in Self.trickyDocuments.enumerated() {
                let path = dir + "/tricky\(n).rst"
                try! AtomicFileWriter.write(Array(text.utf8), to: path, expecting: nil, creating: true)
                applied += Self.agree(on: path)
                for c in [Case(checked: true, query: "First Step", selectors: ["Spec"], all: false), Case(checked: false, query: "Second Step", selectors: [], all: true),
                          Case(checked: true, query: "Second Step", selectors: [], all: true), Case(checked: true, query: "Fake Step", selectors: [], all: true)] {
                    if let fast = Self.fast(path, c) {
                        applied += 1
                        #expect(fast == Self.normal(path, c), "tricky \(n): \(c)")
                    }
                }
            }
            #expect(applied > 0)
        }
    }

    /// The shape of `Benchmarks/generate.py`: a titled document of many `Item N …` sections.
    static func benchmarkShape(items: Int, markdown: Bool) -> String {
        var out = markdown ? "# Deis Roadmap\n\nThe Deis Roadmap is a community document.\n\n"
            : ":title: Roadmap\n:description: The project roadmap\n\n.. _roadmap:\n\nDeis Roadmap\n============\nThe Deis Roadmap is a community document.\n\n"
        var targets = ""
        for n in 1 ... items {
            let title = "Item \(n) Cluster Stream"
            out += markdown ? "## \(title)\n\nThe socket must support updates.\n\n" : "\(title)\n\(String(repeating: "-", count: title.count))\nThe socket must support updates.\n\n"
            for k in 1 ... 4 {
                let box = (n + k) % 4 == 0 ? "[X]" : "[ ]"
                let name = "Deliverable \(n).\(k)"
                if markdown { out += "- \(box.lowercased()) " + (k % 2 == 0 ? "[\(name)](https://example.com/\(n)/\(k))" : name) + "\n" }
                else { out += " - \(box) " + (k % 2 == 0 ? "`\(name)`_" : name) + "\n"; if k % 2 == 0 { targets += ".. _`\(name)`: https://example.com/\(n)/\(k)\n" } }
            }
            out += markdown ? "\nTracked as [#\(n)](https://example.com/issues/\(n)).\n\n" : "\nThis feature is tracked as GitHub issue `#\(n)`_.\n\n"
            if !markdown { targets += ".. _`#\(n)`: https://example.com/issues/\(n)\n" }
        }
        return out + targets
    }

    @Test func appliesOnTheBenchmarkShape() {
        withTemporaryDirectory { dir in
            for markdown in [false, true] {
                let path = dir + (markdown ? "/bench.md" : "/bench.rst")
                try! AtomicFileWriter.write(Array(Self.benchmarkShape(items: 40, markdown: markdown).utf8), to: path, expecting: nil, creating: true)
                #expect(Self.agree(on: path) > 0, "\(path)")
                let tick = Case(checked: true, query: "Item 20 Cluster Stream", selectors: ["Deliverable 20.1"], all: false)
                let fast = Self.fast(path, tick)
                #expect(fast != nil, "\(path)")
                #expect(fast == Self.normal(path, tick), "\(path)")
            }
        }
    }
}
