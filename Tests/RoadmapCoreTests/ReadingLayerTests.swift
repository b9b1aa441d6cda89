import Testing
import Synchronization
@testable import RoadmapReading
import RoadmapCore

/// Guards of the reading layer (issue 11): one document read in every detail, and on one
/// thread or two, gives one model. `list` reads the outline, an edit the checklists, `show`
/// and `render` the full model: what the lighter reads keep must be what the full read has.

/// The seeds (Fixtures) and every corpus file, as (path, syntax tree).
private func trees(_ paths: [String]) throws -> [(path: String, tree: SyntaxTree)] {
    try paths.map { path in (path, try DocumentLoader().syntax(path: path)) }
}

private let seedPaths = Fixtures.seedNames.map(Fixtures.path)
private let corpusIsThere = !Fixtures.corpusFiles.isEmpty

/// A deliverable without its text, links and issues: what a `.checklists` read keeps.
private struct DeliverableShape: Equatable, CustomStringConvertible {
    var checked: Bool?
    var line: Int
    var checkboxOffset: Int
    var children: [DeliverableShape]

    init(_ d: Deliverable) {
        checked = d.checked
        line = d.line
        checkboxOffset = d.checkboxOffset
        children = d.children.map(DeliverableShape.init)
    }

    var description: String { "\(line):\(checked.map { $0 ? "x" : " " } ?? "-")@\(checkboxOffset)\(children.isEmpty ? "" : "\(children)")" }
}

/// Everything an item has, as text (`Item` is not `Equatable`: its progress is a tuple).
private func dump(_ item: Item) -> String { String(reflecting: item) }

/// What every detail reads alike: the item's place, name, status and fields.
private func expectSameOutline(_ light: Item, _ full: Item, _ where_: String) {
    #expect(light.id == full.id && light.title == full.title && light.line == full.line, "\(where_)")
    #expect(light.status == full.status && light.groups == full.groups && light.origin == full.origin, "\(where_)")
    #expect(light.fields == full.fields && light.lineRange == full.lineRange, "\(where_)")
    #expect(light.progress == full.progress, "\(where_): progress")
    // No summary below the full read, but for an entry's text that did not fit its title.
    #expect(light.summary == nil || light.summary == full.summary, "\(where_): summary")
}

/// Reads `tree` in the three details and compares the lighter two with the full one.
private func checkDetails(_ path: String, _ tree: SyntaxTree) {
    let full = DocumentReader.read(tree, path: path)
    let outline = DocumentReader.read(tree, path: path, detail: .outline)
    let checklists = DocumentReader.read(tree, path: path, detail: .checklists)
    for light in [outline, checklists] {
        #expect(light.title == full.title && light.metadata == full.metadata, "\(path)")
        #expect(light.items.count == full.items.count, "\(path): items")
    }
    #expect(outline.meetings == full.meetings, "\(path): outline meetings")
    // An edit's read defines no link targets its titles and fields do not use (a large
    // roadmap has half a million): its meetings lack the links that named a target.
    func withoutLinks(_ m: Meeting) -> Meeting { var m = m; m.links = []; return m }
    #expect(checklists.meetings.map(withoutLinks) == full.meetings.map(withoutLinks), "\(path): checklists meetings")
    for (o, f) in zip(outline.items, full.items) {
        expectSameOutline(o, f, "\(path) outline \(f.id)")
        // An outline reads the prose (a listing shows its issues), not the checklist.
        #expect(o.issues == f.issues && o.links == f.links, "\(path) outline \(f.id): prose")
        #expect(o.deliverables.isEmpty, "\(path) outline \(f.id): deliverables")
    }
    for (c, f) in zip(checklists.items, full.items) {
        expectSameOutline(c, f, "\(path) checklists \(f.id)")
        // Every box where the full read has it, ticked alike, its text left for the edit to read.
        #expect(c.deliverables.map(DeliverableShape.init) == f.deliverables.map(DeliverableShape.init), "\(path) checklists \(f.id)")
        #expect(c.deliverables.flattened.allSatisfy { $0.deliverable.text.isEmpty }, "\(path) checklists \(f.id): texts")
    }
}

@Suite struct ReadingDetailTests {
    @Test func outlineAndChecklistsAreTheFullReadLessWhatTheySkipOnTheSeeds() throws {
        let seeds = try trees(seedPaths)
        #expect(seeds.count == 5)
        #expect(seeds.contains { !DocumentReader.read($0.tree, path: $0.path).items.isEmpty })
        for (path, tree) in seeds { checkDetails(path, tree) }
    }

    @Test(.enabled(if: corpusIsThere, "../shared/corpus is not beside the checkout"))
    func outlineAndChecklistsAreTheFullReadLessWhatTheySkipOnTheCorpus() throws {
        var read = 0
        for path in Fixtures.corpusFiles {
            // The corpus holds a few files no reader takes (binary, not UTF-8): nothing to compare.
            guard let tree = try? DocumentLoader().syntax(path: path) else { continue }
            checkDetails(path, tree)
            read += 1
        }
        #expect(read >= Fixtures.corpusFiles.count * 9 / 10, "most of the corpus reads")
    }

    @Test func aChecklistReadHasNoProseButEveryBox() {
        let tree = SyntaxTree.parse(SourceText("""
        # Roadmap

        ## Scheduling

        The scheduler, see #12 and [the design](https://example.org/d).

        - [x] Swarm preview (#13)
          - [ ] Docs
        - [ ] GA

        """), as: .markdown)
        let item = DocumentReader.read(tree, path: "r.md", detail: .checklists).items[0]
        #expect(item.issues.isEmpty && item.links.isEmpty && item.summary == nil)
        #expect(item.deliverables.map(DeliverableShape.init).description == "[7:x@94[8: @122], 9: @133]")
        let full = DocumentReader.read(tree, path: "r.md").items[0]
        #expect(full.summary == "The scheduler, see #12 and the design.")
        #expect(full.deliverables.map(DeliverableShape.init) == item.deliverables.map(DeliverableShape.init))
    }
}

/// A roadmap of `count` item sections, in `format`, with what makes reading on two threads
/// delicate: repeated titles (ids made unique across the chunks the threads read), named
/// link targets, issues, fields, nested checklists, and tasks under the title before the first
/// item (read apart from the chunks).
private func generatedRoadmap(items count: Int, format: Format) -> SyntaxTree {
    var text = ""
    switch format {
    case .rst:
        text += "=======\nRoadmap\n=======\n\n- [ ] Triage the backlog\n\n"
        for i in 0 ..< count {
            let title = i % 97 == 0 ? "Docs" : "Item \(i)"
            text += "\(title)\n\(String(repeating: "-", count: title.count))\n\n:Owner: team-\(i % 7)\n\n"
            text += "Part of `plan <plan-\(i % 5)_>`_, issue #\(i + 1).\n\n"
            text += "- [\(i % 3 == 0 ? "x" : " ")] Step one of \(i)\n\n  - [ ] A detail\n\n- [ ] Step two\n\n"
        }
        for k in 0 ..< 5 { text += ".. _plan-\(k): https://example.org/plan/\(k)\n" }
    default:
        text += "# Roadmap\n\n- [ ] Triage the backlog\n\n"
        for i in 0 ..< count {
            text += "## \(i % 97 == 0 ? "Docs" : "Item \(i)")\n\nOwner: team-\(i % 7)\n\n"
            text += "Part of [plan][plan-\(i % 5)], issue #\(i + 1).\n\n"
            text += "- [\(i % 3 == 0 ? "x" : " ")] Step one of \(i)\n  - [ ] A detail\n- [ ] Step two\n\n"
        }
        for k in 0 ..< 5 { text += "[plan-\(k)]: https://example.org/plan/\(k)\n" }
    }
    return SyntaxTree.parse(SourceText(text), as: format)
}

/// Reads `tree` with items collected on two threads from `threshold` item sections on.
private func read(_ tree: SyntaxTree, path: String, parallelFrom threshold: Int) -> Document {
    var context = ReadingContext(tree: tree)
    context.parallelThreshold = threshold
    return DocumentReader.read(tree, path: path, context: context)
}

/// The two reads give one model: the same items in the same order with the same ids, the same
/// meetings and diagnostics.
private func expectSameModel(_ one: Document, _ two: Document, _ where_: String) {
    #expect(one.items.count == two.items.count, "\(where_): items")
    for (a, b) in zip(one.items, two.items) where dump(a) != dump(b) {
        Issue.record("\(where_): item \(a.id) differs:\n\(dump(a))\n\(dump(b))")
        break
    }
    #expect(one.meetings == two.meetings, "\(where_): meetings")
    #expect(Set(one.diagnostics) == Set(two.diagnostics) && one.diagnostics.count == two.diagnostics.count, "\(where_): diagnostics")
}

@Suite struct OneThreadOrTwoTests {
    @Test(arguments: [Format.rst, .markdown])
    func aDocumentAboveTheThresholdReadsTheSameOnOneThread(format: Format) {
        // Above the threshold, and more chunks than the pipeline holds, so the threads take turns.
        let count = DocumentReader.parallelThreshold + DocumentReader.chunkSize(for: .full) * 3 + 3
        let tree = generatedRoadmap(items: count, format: format)
        let parallel = DocumentReader.read(tree, path: "big")  // the default: two threads
        let sequential = read(tree, path: "big", parallelFrom: .max)
        #expect(parallel.items.count == count + 1, "every section and the tasks under the title")
        #expect(parallel.items.filter { $0.title == "Docs" }.map(\.id).prefix(3) == ["docs", "docs-2", "docs-3"])
        #expect(parallel.items[1].links.first?.url == "https://example.org/plan/0")
        expectSameModel(parallel, sequential, "\(format) \(count) items")
    }

    @Test func theSeedsReadTheSameOnTwoThreads() throws {
        var parallelRead = 0
        for (path, tree) in try trees(seedPaths) {
            let sequential = DocumentReader.read(tree, path: path)  // below the threshold: one thread
            expectSameModel(read(tree, path: path, parallelFrom: 1), sequential, path)
            if sequential.items.count > 1, ReadingContext(tree: tree).inline.targets.anonymous.isEmpty { parallelRead += 1 }
        }
        // Anonymous targets keep a document on one thread: most seeds must really take two.
        #expect(parallelRead >= 3)
    }

    @Test(.enabled(if: corpusIsThere, "../shared/corpus is not beside the checkout"))
    func theCorpusReadsTheSameOnTwoThreads() {
        var parallelRead = 0
        for path in Fixtures.corpusFiles {
            guard let tree = try? DocumentLoader().syntax(path: path) else { continue }
            let sequential = DocumentReader.read(tree, path: path)
            expectSameModel(read(tree, path: path, parallelFrom: 1), sequential, path)
            if sequential.items.count > 1, ReadingContext(tree: tree).inline.targets.anonymous.isEmpty { parallelRead += 1 }
        }
        #expect(parallelRead >= Fixtures.corpusFiles.count / 2)
    }

    @Test func aFileAboveAMebibyteScansTheSameOnTwoThreads() throws {
        // DocumentLoader validates UTF-8 and builds the line table side by side from 1 MiB on.
        var bytes = Array("# Roadmap\n\n".utf8)
        var i = 0
        while bytes.count <= 1 << 20 {
            bytes += Array("## Item \(i) é\n\n- [ ] Step \(i)\n\n".utf8)
            i += 1
        }
        let loaded = try DocumentLoader(format: .markdown).syntax(bytes: bytes, path: "big.md")
        let scanned = SyntaxTree.parse(SourceText(bytes: bytes), as: .markdown)
        #expect(loaded.blocks == scanned.blocks)
        #expect(loaded.source.lineCount == scanned.source.lineCount)
        var broken = bytes
        broken[bytes.count - 3] = 0xFF
        #expect(throws: ReadError.self) { try DocumentLoader(format: .markdown).syntax(bytes: broken, path: "big.md") }
    }
}

@Suite struct OrderedPipelineTests {
    @Test func resultsComeInChunkOrderAndFewAreHeldAtOnce() {
        let made = Counter()
        var seen: [Int] = []
        var mostAhead = 0
        OrderedPipeline.run(count: 40, window: 3, work: { c in
            // Uneven work, so that threads finish out of order.
            var x = 0
            for k in 0 ..< (c % 3 == 0 ? 200_000 : 1000) { x &+= k }
            made.add()
            return (chunk: c, check: x)
        }, consume: { result in
            seen.append(result.chunk)
            // Chunks made beyond those handed over: never more than the window.
            mostAhead = max(mostAhead, made.value - seen.count)
        })
        #expect(seen == Array(0 ..< 40))
        #expect(mostAhead <= 3)
    }

    @Test func oneChunkAndNoChunks() {
        var seen: [String] = []
        OrderedPipeline.run(count: 1, work: { "chunk \($0)" }, consume: { seen.append($0) })
        OrderedPipeline.run(count: 0, work: { "chunk \($0)" }, consume: { seen.append($0) })
        #expect(seen == ["chunk 0"])
    }
}

/// A count the pipeline's threads add to.
private final class Counter: Sendable {
    private let count = Atomic<Int>(0)
    func add() { count.add(1, ordering: .relaxed) }
    var value: Int { count.load(ordering: .relaxed) }
}
