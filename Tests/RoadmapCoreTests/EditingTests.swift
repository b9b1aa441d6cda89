import Testing
import RoadmapCore

/// Edits change only the bytes they must; what they write reads back as the intended model.
@Suite struct EditingTests {
    func editor(_ text: String, _ format: Format, path: String = "doc") -> DocumentEditor {
        DocumentEditor(path: path, tree: SyntaxTree.parse(SourceText(text), as: format))
    }

    func editor(seed: Int) throws -> DocumentEditor {
        let name = Fixtures.seedNames[seed]
        return DocumentEditor(path: name, tree: try DocumentLoader().syntax(path: Fixtures.path(name)))
    }

    /// Offsets where two byte arrays of equal length differ.
    func differences(_ a: [UInt8], _ b: [UInt8]) -> [Int] {
        #expect(a.count == b.count)
        return zip(a, b).enumerated().filter { $0.element.0 != $0.element.1 }.map(\.offset)
    }

    @Test func checkChangesOneByteWithTheDocumentsLetter() throws {
        let e = try editor(seed: 1)
        let edit = try e.setChecked(true, item: 0, selectors: ["2"], all: false)
        let before = e.tree.source.bytes
        let after = edit.applied(to: before)
        let diff = differences(before, after)
        #expect(diff.count == 1)
        #expect(after[diff[0]] == UInt8(ascii: "X"))  // seed 001 ticks with X
        #expect(edit.changes.map { $0.description(path: "ROADMAP.rst") } == [
            "checked \"Interactive Deis Run (deis run bash)\" in TTY Broker (ROADMAP.rst:22)",
        ])
    }

    /// A label (`.. _id:`, `<a id>`) belongs to the heading after it: edits keep the two together.
    @Test func labelsStayWithTheirHeadings() throws {
        let md = "# Roadmap\n\n<a id=\"one\"></a>\n## First\n\nSome prose.\n\n<a id=\"two\"></a>\n## Second\n\n- [ ] b\n"
        let e = editor(md, .markdown)
        func ids(_ edit: DocumentEditor.Edit) -> [String] {
            read(String(decoding: edit.applied(to: e.tree.source.bytes), as: UTF8.self), as: .markdown).items.map(\.id)
        }
        #expect(e.document.items.map(\.id) == ["one", "two"])
        #expect(ids(try e.remove(item: 0, deliverable: nil)) == ["two"])
        #expect(ids(try e.add(DocumentEditor.NewItem(title: "Third"), after: 0)) == ["one", "third", "two"])
        #expect(ids(try e.addDeliverable(item: 0, text: "X", checked: false, link: nil, under: nil)) == ["one", "two"])
        #expect(ids(try e.link(item: 0, issue: "42")) == ["one", "two"])
        #expect(try e.rename(item: 0, to: "Quick").changes.map(\.subject) == ["\"First\" to \"Quick\" (id one)"])
        let rst = editor("R\n=\n\n.. _one:\n\nFirst\n-----\n\n- [ ] a\n\n.. _two:\n\nSecond\n------\n\n- [ ] b\n", .rst)
        let removed = String(decoding: try rst.remove(item: 0, deliverable: nil).applied(to: rst.tree.source.bytes), as: UTF8.self)
        #expect(removed == "R\n=\n\n.. _two:\n\nSecond\n------\n\n- [ ] b\n")
        // `{#id}` stays on the heading a rename rewrites.
        let custom = editor("# R\n\n## Old {#custom}\n\n- [ ] a\n", .markdown)
        #expect(String(decoding: try custom.rename(item: 0, to: "New").applied(to: custom.tree.source.bytes), as: UTF8.self) == "# R\n\n## New {#custom}\n\n- [ ] a\n")
    }

    @Test func checkOnCRLFAndBOMDocumentsUsesXAndKeepsEverythingElse() {
        let text = "\u{FEFF}# Roadmap\r\n\r\n## Item\r\n\r\n- [ ] one\r\n- [ ] two\r\n"
        let e = editor(text, .markdown)
        let edit = try! e.setChecked(true, item: 0, selectors: ["two"], all: false)
        let after = edit.applied(to: e.tree.source.bytes)
        #expect(String(decoding: after, as: UTF8.self) == "\u{FEFF}# Roadmap\r\n\r\n## Item\r\n\r\n- [ ] one\r\n- [x] two\r\n")
        #expect(differences(e.tree.source.bytes, after).count == 1)
    }

    @Test func uncheckAndAlreadyChecked() throws {
        let e = try editor(seed: 1)
        let again = try e.setChecked(true, item: 1, selectors: ["swarm preview"], all: false)
        #expect(again.patches.isEmpty)
        #expect(again.changes.first?.changed == false)
        let clear = try e.setChecked(false, item: 1, selectors: [], all: false)  // the only checked one
        let after = clear.applied(to: e.tree.source.bytes)
        #expect(differences(e.tree.source.bytes, after).count == 1)
        #expect(String(decoding: after, as: UTF8.self).contains(" - [ ] Swarm preview"))
    }

    @Test func deliverableSelectionErrors() throws {
        let e = try editor(seed: 1)
        #expect(throws: EditError.self) { try e.setChecked(true, item: 0, selectors: [], all: false) }  // three are open
        do {
            _ = try e.setChecked(true, item: 3, selectors: ["telemetry"], all: false)
            Issue.record("expected an error")
        } catch {
            #expect(error.description.contains("matches 4 deliverables of Monitoring & Telemetry"))
        }
        #expect(throws: EditError.deliverable(query: "nothing", item: "TTY Broker", candidates: [])) {
            try e.setChecked(true, item: 0, selectors: ["nothing"], all: false)
        }
    }

    /// For edits on the seeds, reading the edited bytes gives the model with just that change.
    @Test(arguments: [1, 3])
    func readingAnEditedDocumentGivesTheEditedModel(seed: Int) throws {
        let e = try editor(seed: seed)
        var generator = SplitMix(seed: UInt64(seed))
        for _ in 0 ..< 40 {
            let full = DocumentReader.read(e.tree, path: e.path)
            let candidates = full.items.indices.filter { !full.items[$0].deliverables.isEmpty }
            let index = candidates[Int(generator.next() % UInt64(candidates.count))]
            let entries = full.items[index].deliverables.flattened
            let pick = entries[Int(generator.next() % UInt64(entries.count))]
            let checked = generator.next() % 2 == 0
            let edit = try e.setChecked(checked, item: index, selectors: [pick.position], all: false)
            let reread = DocumentReader.read(SyntaxTree.parse(SourceText(bytes: edit.applied(to: e.tree.source.bytes)), as: e.tree.format), path: e.path)
            var expected = DocumentReader.read(e.tree, path: e.path)
            expected.items[index].deliverables = expected.items[index].deliverables.settingChecked(checked, at: pick.position)
            let p = expected.items[index].deliverables.progress
            expected.items[index].progress = p
            expected.items[index].status = Status.derived(done: p.done, total: p.total)
            #expect(JSONRenderer.render([reread]) == JSONRenderer.render([expected]))
        }
    }

    @Test func aVersionIsNoEnumeratorButAnEnumeratorIsEscaped() throws {
        let e = editor("Roadmap\n=======\n\nSync\n----\n\nText.\n", .rst)
        func set(_ value: String) throws -> String {
            let edit = try e.setField(item: 0, key: "target", value: value)
            let after = String(decoding: edit.applied(to: e.tree.source.bytes), as: UTF8.self)
            #expect(read(after, as: .rst).items[0].fields["target"] == value)
            return after
        }
        #expect(try set("0.4").contains("\n:target: 0.4\n"))
        #expect(try set("2.1)").contains("\n:target: 2.1)\n"))
        #expect(try set("1. first").contains("\n:target: \\1. first\n"))  // else a list
        #expect(try set("3.").contains("\n:target: \\3.\n"))
    }

    @Test func setFieldInRSTAndMarkdown() throws {
        let e = try editor(seed: 1)
        let edit = try e.setField(item: 2, key: "owner", value: "alice")
        let after = String(decoding: edit.applied(to: e.tree.source.bytes), as: UTF8.self)
        #expect(after.contains("Etcd 2\n------\n:owner: alice\n\nA CP database"))
        let reread = read(after, as: .rst)
        #expect(reread.items[2].fields["owner"] == "alice")
        #expect(reread.items[2].summary == DocumentReader.read(e.tree, path: e.path).items[2].summary)

        let md = editor("# R\n\n## A\n\nText.\n\n## B\n\nStatus: planned\n\nMore.\n", .markdown)
        let a = String(decoding: try md.setField(item: 0, key: "Owner", value: "bob").applied(to: md.tree.source.bytes), as: UTF8.self)
        #expect(a == "# R\n\n## A\n\nOwner: bob\n\nText.\n\n## B\n\nStatus: planned\n\nMore.\n")
        let b = String(decoding: try md.setField(item: 1, key: "status", value: "done").applied(to: md.tree.source.bytes), as: UTF8.self)
        #expect(b == "# R\n\n## A\n\nText.\n\n## B\n\nStatus: done\n\nMore.\n")
        #expect(read(b, as: .markdown).items[1].status == .done)
        // set then unset leaves the document as it was
        let set = editor(a, .markdown)
        #expect(String(decoding: try set.unsetField(item: 0, key: "owner").applied(to: set.tree.source.bytes), as: UTF8.self) == md.tree.source.string(0 ..< md.tree.source.bytes.count))
    }

    @Test func setFindsRSTFieldsBelowTheSummary() throws {
        let doc = "R\n=\n\nSync\n----\n\nThe summary.\n\n:owner: dana\n\n- [ ] x\n"
        let e = editor(doc, .rst)
        let changed = String(decoding: try e.setField(item: 0, key: "owner", value: "lee").applied(to: e.tree.source.bytes), as: UTF8.self)
        #expect(changed == "R\n=\n\nSync\n----\n\nThe summary.\n\n:owner: lee\n\n- [ ] x\n")
        let added = String(decoding: try e.setField(item: 0, key: "size", value: "M").applied(to: e.tree.source.bytes), as: UTF8.self)
        #expect(added == "R\n=\n\nSync\n----\n\nThe summary.\n\n:owner: dana\n:size: M\n\n- [ ] x\n")
        #expect(read(added, as: .rst).items[0].fields["size"] == "M")
    }

    @Test func aNewFieldNeverJoinsAFieldsChecklist() throws {
        let doc = "R\n=\n\nSync\n----\n\n:Goals:\n   - [ ] goal a\n\nText.\n"
        let e = editor(doc, .rst)
        let added = String(decoding: try e.setField(item: 0, key: "owner", value: "dana").applied(to: e.tree.source.bytes), as: UTF8.self)
        #expect(added == "R\n=\n\nSync\n----\n\n:owner: dana\n:Goals:\n   - [ ] goal a\n\nText.\n")
        let item = read(added, as: .rst).items[0]
        #expect(item.fields["owner"] == "dana")
        #expect(item.deliverables.map(\.text) == ["goal a"])
    }

    @Test func fieldNamesThatWouldBreakTheSyntaxAreRefused() throws {
        let e = try editor(seed: 1)
        #expect(throws: EditError.self) { try e.setField(item: 0, key: ":bad", value: "x") }
        #expect(throws: EditError.self) { try e.setField(item: 0, key: "two\nlines", value: "x") }
        #expect(throws: EditError.self) { try e.setField(item: 0, key: "ok", value: "two\nlines") }
    }

    @Test func unsetRemovesTheFieldLine() {
        let e = editor("R\n=\n\nItem\n----\n:owner: alice\n:size: L\n\nText.\n", .rst)
        let after = String(decoding: try! e.unsetField(item: 0, key: "owner").applied(to: e.tree.source.bytes), as: UTF8.self)
        #expect(after == "R\n=\n\nItem\n----\n:size: L\n\nText.\n")
    }

    @Test func addDeliverableCopiesTheSiblingsStyleAndTargetsBlock() throws {
        let e = try editor(seed: 1)
        let edit = try e.addDeliverable(item: 0, text: "Web terminal", checked: false, link: "https://github.com/deis/deis/issues/4242", under: nil)
        let after = String(decoding: edit.applied(to: e.tree.source.bytes), as: UTF8.self)
        #expect(after.contains(" - [ ] `Log Tailing`_ (``deis logs -f``)\n - [ ] `Web terminal`_\n\nScheduling"))
        #expect(after.contains(".. _`TTY Broker component`: https://github.com/deis/deis/issues/3808\n.. _`Update client/agent`"))
        #expect(after.contains(".. _`Update client/agent`: https://github.com/deis/deis/issues/3811\n.. _`Web terminal`: https://github.com/deis/deis/issues/4242\n"))
        let item = read(after, as: .rst).items[0]
        #expect(item.deliverables.last?.text == "Web terminal")
        #expect(item.deliverables.last?.issues.first?.number == 4242)
    }

    @Test func addDeliverableToAnItemWithoutAChecklistAndNested() {
        let e = editor("# R\n\n## A\n\nText.\n\n## B\n\n- [x] one\n", .markdown)
        let first = String(decoding: try! e.addDeliverable(item: 0, text: "new", checked: true, link: nil, under: nil).applied(to: e.tree.source.bytes), as: UTF8.self)
        #expect(first == "# R\n\n## A\n\nText.\n\n- [x] new\n\n## B\n\n- [x] one\n")
        let nested = String(decoding: try! e.addDeliverable(item: 1, text: "child", checked: false, link: nil, under: "1").applied(to: e.tree.source.bytes), as: UTF8.self)
        #expect(nested == "# R\n\n## A\n\nText.\n\n## B\n\n- [x] one\n  - [ ] child\n")
        #expect(read(nested, as: .markdown).items[1].deliverables[0].children.map(\.text) == ["child"])
    }

    @Test func aFirstChecklistFollowsTheDocumentsListStyle() throws {
        // Kompose writes ` - ` lists: a first deliverable of an empty release is written so too.
        let e = editor("# R\n\n### 0.8.0\n - Go library\n\n### 0.9.0\n\n### 1.0.0\n - All keys\n", .markdown)
        let after = try e.verified(e.addDeliverable(item: 1, text: "Docs", checked: false, link: nil, under: nil)).applied(to: e.tree.source.bytes)
        #expect(String(decoding: after, as: UTF8.self) == "# R\n\n### 0.8.0\n - Go library\n\n### 0.9.0\n\n - [ ] Docs\n\n### 1.0.0\n - All keys\n")
        // A numbered checklist elsewhere: the first entry is numbered from one.
        let n = editor("# R\n\n## A\n\n3. [x] x\n4. [ ] y\n\n## B\n\nText.\n", .markdown)
        let numbered = try n.verified(n.addDeliverable(item: 1, text: "New", checked: false, link: nil, under: nil)).applied(to: n.tree.source.bytes)
        #expect(String(decoding: numbered, as: UTF8.self).hasSuffix("## B\n\nText.\n\n1. [ ] New\n"))
    }

    @Test func plainTextCheckChangesOneByte() throws {
        let e = try editor(seed: 3)
        let edit = try e.setChecked(true, item: 0, selectors: ["database"], all: false)
        let after = edit.applied(to: e.tree.source.bytes)
        #expect(differences(e.tree.source.bytes, after).count == 1)
        #expect(String(decoding: after, as: UTF8.self).contains("• [x] Database S3 configuration"))
    }

    @Test func aFileChangedSinceItWasReadIsNotWritten() throws {
        try withTemporaryDirectory { dir in
            let path = dir + "/ROADMAP.md"
            writeFile(path, "# R\n\n## A\n\n- [ ] one\n")
            let e = try DocumentEditor.open(path)
            // Someone else saves the file in between (a different size).
            try AtomicFileWriter.write(Array("# R\n\n## A\n\n- [ ] one\n- [ ] two\n".utf8), to: path, expecting: nil)
            #expect(throws: EditError.changedOnDisk(path: path)) { try e.write(try e.setChecked(true, item: 0, selectors: ["1"], all: false)) }
            #expect(try FileSystem.readFile(path, limit: 1 << 20) == Array("# R\n\n## A\n\n- [ ] one\n- [ ] two\n".utf8))
            #expect(entries(of: dir) == ["ROADMAP.md"])  // no temporary file left behind
        }
    }

    @Test func dryRunDiff() throws {
        let e = try editor(seed: 1)
        let diff = e.diff(try e.setChecked(true, item: 0, selectors: ["1"], all: false))
        #expect(diff == """
            --- a/001_6ef8e799ee81f698.txt
            +++ b/001_6ef8e799ee81f698.txt
            @@ -18,7 +18,7 @@
             By having the :ref:`Controller` drive a TTY Broker component, Deis can securely open WebSockets
             through the routing mesh.
             
            - - [ ] `TTY Broker component`_
            + - [X] `TTY Broker component`_
              - [ ] `Interactive Deis Run`_ (``deis run bash``)
              - [ ] `Log Tailing`_ (``deis logs -f``)
             

            """)
    }
}

/// A small deterministic random number generator for property tests.
struct SplitMix {
    var state: UInt64
    init(seed: UInt64) { state = seed &+ 0x9E3779B97F4A7C15 }
    mutating func next() -> UInt64 {
        state &+= 0x9E3779B97F4A7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58476D1CE4E5B9
        z = (z ^ (z >> 27)) &* 0x94D049BB133111EB
        return z ^ (z >> 31)
    }
}

extension Array where Element == Deliverable {
    /// The same checklist with the deliverable at outline `position` (`2`, `3.1`) set to `checked`.
    func settingChecked(_ checked: Bool, at position: String) -> [Deliverable] {
        var parts = position.split(separator: ".").map { Int($0)! - 1 }
        var copy = self
        let first = parts.removeFirst()
        if parts.isEmpty {
            copy[first].checked = checked
        } else {
            copy[first].children = copy[first].children.settingChecked(checked, at: parts.map { String($0 + 1) }.joined(separator: "."))
        }
        return copy
    }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

func mkdirSucceeds(_ path: String) -> Bool { mkdir(path, 0o755) == 0 }

func writeFile(_ path: String, _ text: String) {
    let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
    Array(text.utf8).withUnsafeBytes { _ = write(fd, $0.baseAddress, $0.count) }
    close(fd)
}

/// Random field edits on the seeds read back as the same edit made to the model.
@Suite struct FieldPropertyTests {
    struct Shape: Equatable {
        var id: String, title: String, status: Status, summary: String?
        var fields: [String], deliverables: [String], issues: [Int]
    }

    func shape(_ d: Document) -> [Shape] {
        d.items.map { i in
            Shape(id: i.id, title: i.title, status: i.status, summary: i.summary, fields: i.fields.map { "\($0.key)=\($0.value)" },
                  deliverables: i.deliverables.flattened.map { "\($0.position) \($0.deliverable.checked) \($0.deliverable.text)" },
                  issues: i.issues.map(\.number))
        }
    }

    @Test(arguments: [1, 2])
    func setAndUnsetReadBackAsTheModelEdit(seed: Int) throws {
        let name = Fixtures.seedNames[seed]
        let tree = try DocumentLoader().syntax(path: Fixtures.path(name))
        let editor = DocumentEditor(path: name, tree: tree)
        let original = DocumentReader.read(tree, path: name)
        var generator = SplitMix(seed: UInt64(seed) &* 7)
        let keys = ["owner", "size", "target", "type"]
        let sections = original.items.indices.filter { editor.listEntryBlock(of: original.items[$0]) == nil }
        for _ in 0 ..< 30 where !sections.isEmpty {
            let index = sections[Int(generator.next() % UInt64(sections.count))]
            let key = keys[Int(generator.next() % UInt64(keys.count))]
            let value = "v\(generator.next() % 1000)"
            let edited = try editor.setField(item: index, key: key, value: value).applied(to: tree.source.bytes)
            let reread = DocumentReader.read(SyntaxTree.parse(SourceText(bytes: edited), as: tree.format), path: name)
            var expected = shape(original)
            expected[index].fields.append("\(key)=\(value)")
            #expect(shape(reread) == expected)
            // And unset takes the document back to its bytes.
            let again = DocumentEditor(path: name, tree: SyntaxTree.parse(SourceText(bytes: edited), as: tree.format))
            #expect(try again.unsetField(item: index, key: key).applied(to: edited) == tree.source.bytes)
        }
    }
}

@Suite struct RenderTests {
    @Test func injectionReplacesOnlyTheRegion() throws {
        let readme = "# P\r\n\r\nIntro.\r\n\r\n<!-- roadmap:start -->\r\nold table\r\n<!-- roadmap:end -->\r\n\r\nMore.\r\n"
        let out = try MarkerInjection.inject("| a |\n|---|\n", into: Array(readme.utf8), path: "README.md")
        #expect(String(decoding: out, as: UTF8.self) == "# P\r\n\r\nIntro.\r\n\r\n<!-- roadmap:start -->\r\n| a |\r\n|---|\r\n<!-- roadmap:end -->\r\n\r\nMore.\r\n")
        #expect(throws: MarkerInjection.Failure.missingMarkers(path: "x.md")) { try MarkerInjection.inject("t", into: Array("no markers".utf8), path: "x.md") }
    }

    @Test func summaryTable() throws {
        let table = SummaryRenderer.markdown([try Fixtures.seed(1)])
        #expect(table.hasPrefix("| Item | Status | Progress | Issues |\n|---|---|---|---|\n| TTY Broker | planned | 0/3 ░░░░░░░░░░ | – |\n"))
        #expect(table.contains("| Etcd 2 | planned | 0/2 ░░░░░░░░░░ | [#3564](https://github.com/deis/deis/issues/3564) |"))
    }

    @Test func wholeTextDiff() {
        let diff = UnifiedDiff.between(path: "f", old: Array("a\nb\nc\nd\n".utf8), new: Array("a\nB\nc\nd\n".utf8))
        #expect(diff == "--- a/f\n+++ b/f\n@@ -1,4 +1,4 @@\n a\n-b\n+B\n c\n d\n")
        #expect(UnifiedDiff.between(path: "f", old: [1], new: [1]).isEmpty)
    }

    @Test func aFirstDeliverableAfterAListOfNoneIsRemovedWithItsBlankLine() throws {
        // "- TBD" and a list of links hold no deliverables: add sets the new one apart, remove takes that back.
        for text in ["# R\n\n### etcd 3.3\n- TBD\n\n### Next\n- [ ] x\n", "# R\n\n## Sync\n\n**Links:**\n\n- [Doc](https://e.x/d)\n"] {
            let e = DocumentEditor(path: "doc", tree: SyntaxTree.parse(SourceText(text), as: .markdown))
            let added = try e.verified(e.addDeliverable(item: 0, text: "New thing", checked: false, link: nil, under: nil)).applied(to: e.tree.source.bytes)
            let e2 = DocumentEditor(path: "doc", tree: SyntaxTree.parse(SourceText(bytes: added), as: .markdown))
            let removed = try e2.verified(e2.remove(item: 0, deliverable: "1")).applied(to: added)
            #expect(String(decoding: removed, as: UTF8.self) == text)
        }
    }
}

