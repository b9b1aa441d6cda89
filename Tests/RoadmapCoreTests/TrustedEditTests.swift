import Testing
import RoadmapCore

/// Issue 10, "Edits you can trust": every edit is re-read and compared with what it means to
/// change; what would read differently is refused. Each case is a short document in, the
/// expected result (or refusal) out.
@Suite struct TrustedEditTests {
    func editor(_ text: String, _ format: Format, path: String = "test") -> DocumentEditor {
        DocumentEditor(path: path, tree: SyntaxTree.parse(SourceText(text), as: format))
    }

    /// The edit, verified, and the document it leaves, read again.
    func apply(_ e: DocumentEditor, _ edit: DocumentEditor.Edit) throws -> (text: String, document: Document, edit: DocumentEditor.Edit) {
        let verified = try e.verified(edit)
        let bytes = verified.applied(to: e.tree.source.bytes)
        let text = String(decoding: bytes, as: UTF8.self)
        return (text, read(text, as: e.tree.format), verified)
    }

    /// Why making the edit, or verifying it, is refused; nil when it is not.
    func refusal(_ body: () throws -> DocumentEditor.Edit, in e: DocumentEditor) -> EditError? {
        do { _ = try e.verified(try body()); return nil } catch { return error as? EditError }
    }

    static let rst = """
        Roadmap
        =======

        Alpha
        -----
        :owner: ann

        - [ ] one
        - [ ] two

        Beta
        ----

        - [x] three

        """

    // MARK: - 1. Verify before writing

    @Test func anEditThatChangesAnotherItemIsRefusedWithWhatWouldChange() throws {
        let e = editor(Self.rst, .rst, path: "r.rst")
        var edit = try e.verified(try e.setChecked(true, item: 0, selectors: ["1"], all: false))
        #expect(edit.isVerified)
        // A patch that also clears Beta's box: not what the edit says it does. Changing a
        // verified edit takes its mark away, so writing it would verify it again.
        let beta = Array(Self.rst.utf8).indices.filter { Array(Self.rst.utf8)[$0] == UInt8(ascii: "x") }.last!
        edit.patches.append(TextPatch(range: beta ..< beta + 1, replacement: " "))
        #expect(!edit.isVerified)
        let error = try #require(refusal({ edit }, in: e))
        guard case .unverified(let path, let line, let problem) = error else { Issue.record("\(error)"); return }
        #expect(path == "r.rst" && line == 11)
        #expect(problem == "Beta (beta) would change: deliverable 1 would be unchecked")
        #expect(!error.isFileProblem)  // exit 2, like every refusal
        #expect(!error.description.contains("\n"))
    }

    @Test func anEditThatDoesNotDoWhatItSaysIsRefused() throws {
        let e = editor(Self.rst, .rst)
        var edit = try e.setField(item: 0, key: "owner", value: "bob")
        edit.intent = .setField(item: 0, key: "owner", value: "carol")
        #expect(refusal({ edit }, in: e)?.problem == "owner of Alpha would read back as \"bob\", not \"carol\"")
    }

    @Test func everyEditOfTheSeedsVerifies() throws {
        let e = DocumentEditor(path: "001", tree: try DocumentLoader().syntax(path: Fixtures.path("001_6ef8e799ee81f698.txt")))
        let edits: [DocumentEditor.Edit] = [
            try e.setChecked(true, item: 0, selectors: ["1"], all: false),
            try e.setField(item: 2, key: "owner", value: "alice"),
            try e.addDeliverable(item: 0, text: "Web terminal", checked: false, link: "https://github.com/deis/deis/issues/4242", under: nil),
            try e.remove(item: 0, deliverable: "2"),
            try e.remove(item: 5, deliverable: nil),
            try e.rename(item: 2, to: "Etcd 3"),
            try e.link(item: 0, issue: "3808"),
            try e.add(DocumentEditor.NewItem(title: "Web Terminal", deliverables: ["xterm.js front end"], issues: ["4242"], fields: [("owner", "dana")]), after: 5),
        ]
        for edit in edits { #expect(try e.verified(edit).isVerified) }
    }

    /// The edits a user makes on each of the first items of a document (all the editor can make).
    static func sampleEdits(_ e: DocumentEditor, items: Int = 6) -> [(name: String, make: () throws -> DocumentEditor.Edit)] {
        var out: [(String, () throws -> DocumentEditor.Edit)] = []
        for i in 0 ..< min(items, e.document.items.count) {
            let item = e.item(i)
            out += [
                ("set", { try e.setField(item: i, key: "owner", value: "dana") }),
                ("add-deliverable", { try e.addDeliverable(item: i, text: "Probe deliverable", checked: false, link: nil, under: nil) }),
                ("rename", { try e.rename(item: i, to: item.title + " Probe") }),
                ("link", { try e.link(item: i, issue: "9999") }),
                ("remove", { try e.remove(item: i, deliverable: nil) }),
                ("add", { try e.add(DocumentEditor.NewItem(title: "Zeta Probe \(i)", deliverables: ["one"], fields: [("owner", "dana")]), after: i) }),
            ]
            if let first = item.deliverables.first {
                out.append(("check", { try e.setChecked(!first.isChecked, item: i, selectors: ["1"], all: false) }))
                out.append(("remove-deliverable", { try e.remove(item: i, deliverable: "1") }))
            }
            if let field = item.fields.first { out.append(("unset", { try e.unsetField(item: i, key: field.key) })) }
        }
        return out
    }

    @Test func everyEditOfTheFirstItemsOfEachFixtureVerifies() throws {
        for name in Fixtures.seedNames + ["setext-crlf.md"] {
            let e = DocumentEditor(path: name, tree: try DocumentLoader().syntax(path: Fixtures.path(name)))
            for (what, make) in Self.sampleEdits(e) {
                guard let edit = try? make(), !edit.patches.isEmpty else { continue }
                do { _ = try e.verified(edit) } catch { Issue.record("\(what) in \(name): \(error)") }
            }
        }
    }

    /// Seeded random sequences of edits on the fixtures, each applied to the result of the
    /// one before: every edit the editor makes verifies (an edit refused must be a real change
    /// of reading, which these plain edits never are), and the document keeps its item count
    /// in step with the adds and removes.
    @Test(arguments: Array(UInt64(1) ... 6))
    func randomEditSequencesVerify(seed: UInt64) throws {
        var state = seed &* 0x9E37_79B9_7F4A_7C15
        func next(_ n: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(max(1, n)))
        }
        for name in ["001_6ef8e799ee81f698.txt", "002_0fef2d175ffa4798.txt", "setext-crlf.md"] {
            var tree = try DocumentLoader().syntax(path: Fixtures.path(name))
            for step in 0 ..< 15 {
                let e = DocumentEditor(path: name, tree: tree)
                let edits = Self.sampleEdits(e, items: 99)
                guard !edits.isEmpty else { break }
                let (what, make) = edits[next(edits.count)]
                guard let edit = try? make(), !edit.patches.isEmpty else { continue }
                let verified: DocumentEditor.Edit
                do { verified = try e.verified(edit) } catch {
                    Issue.record("seed \(seed), \(name), step \(step), \(what): \(error)")
                    break
                }
                tree = SyntaxTree.parse(SourceText(bytes: verified.applied(to: tree.source.bytes)), as: tree.format)
                let count = DocumentReader.read(tree, path: name).items.count
                let expected = e.document.items.count + (what == "add" ? 1 : what == "remove" ? -1 : 0)
                #expect(count == expected, "seed \(seed), \(name), step \(step), \(what)")
            }
        }
    }

    /// On the shared corpus (skipped when it is absent): every edit verifies or is refused on
    /// one line naming where. When this was written, on the first six items of each document, 57 of
    /// 3,092 edits were refused, each a real change of reading (a group turned item, a title's
    /// link lost, the document title moved), where 390 of 3,158 were before the fixes they led to.
    @Test func corpusEditsVerifyOrAreRefusedOnOneLine() throws {
        var made = 0, refused = 0
        for path in Fixtures.corpusFiles {
            guard let tree = try? DocumentLoader().syntax(path: path) else { continue }
            let e = DocumentEditor(path: path, tree: tree)
            for (_, make) in Self.sampleEdits(e, items: 3) {
                guard let edit = try? make(), !edit.patches.isEmpty else { continue }
                made += 1
                do { _ = try e.verified(edit) } catch {
                    refused += 1
                    #expect(error.problem != nil && !error.description.contains("\n") && error.description.hasPrefix(path + ":"))
                }
            }
        }
        #expect(refused * 10 <= made, "\(refused) of \(made) corpus edits refused")
    }

    // MARK: - 2. Ids never move

    @Test func addingATitleWhoseIdExistsIsRefusedUnlessAllowed() throws {
        let e = editor(Self.rst, .rst, path: "r.rst")
        #expect(throws: EditError.duplicateID(path: "r.rst", line: 4, id: "alpha", title: "Alpha", suffixed: "alpha-2")) {
            try e.add(DocumentEditor.NewItem(title: "Alpha"))
        }
        let (_, document, edit) = try apply(e, try e.add(DocumentEditor.NewItem(title: "Alpha"), allowDuplicate: true))
        #expect(document.items.map(\.id) == ["alpha", "beta", "alpha-2"])
        #expect(edit.changes[0].subject == "item (id alpha-2, as alpha is taken)" && edit.changes[0].itemID == "alpha-2")
        // Before the item whose id it repeats, the new one would take that id: refused even so.
        let before = refusal({ try e.add(DocumentEditor.NewItem(title: "Beta"), before: 0, allowDuplicate: true) }, in: e)
        #expect(before?.problem?.contains("ids never move") == true)
    }

    @Test func renamingToATitleWhoseIdExistsIsRefusedUnlessAllowed() throws {
        let e = editor(Self.rst, .rst)
        #expect(throws: EditError.self) { try e.rename(item: 1, to: "Alpha") }
        let (_, document, edit) = try apply(e, try e.rename(item: 1, to: "Alpha", allowDuplicate: true))
        #expect(document.items.map(\.id) == ["alpha", "alpha-2"])
        #expect(edit.changes[0].subject == "\"Beta\" to \"Alpha\" (id alpha-2, as alpha is taken)")
        // Renaming the first to the second's title would move the second's id.
        #expect(refusal({ try e.rename(item: 0, to: "Beta", allowDuplicate: true) }, in: e)?.problem?.contains("ids never move") == true)
    }

    @Test func anAnchoredItemKeepsItsIdSoItsNewTitleMayRepeatAnother() throws {
        for (text, format) in [("# R\n\n## Alpha {#a}\n\n- [ ] one\n\n## Beta\n\n- [ ] two\n", Format.markdown),
                               ("R\n=\n\n.. _a:\n\nAlpha\n-----\n\n- [ ] one\n\nBeta\n----\n\n- [ ] two\n", .rst)] {
            let e = editor(text, format)
            let (_, document, edit) = try apply(e, try e.rename(item: 0, to: "Beta"))
            #expect(document.items.map(\.id) == ["a", "beta"] && edit.changes[0].subject.hasSuffix("(id a)"))
        }
    }

    @Test func theReportedIdAndLineAreThoseOfTheReRead() throws {
        let e = editor(Self.rst, .rst)
        let (_, document, edit) = try apply(e, try e.add(DocumentEditor.NewItem(title: "Gamma Ray"), after: 0))
        let gamma = try #require(document.item("gamma-ray"))
        #expect(edit.changes[0].itemID == "gamma-ray" && edit.changes[0].line == gamma.line)
    }

    // MARK: - 3. Structural refusals and fixes

    @Test func titlesThatReadAsAGroupOrANonItemAreRefused() throws {
        let e = editor(Self.rst, .rst)
        #expect(throws: EditError.invalidValue("\"Done\" would read as a group of done items, not as an item; choose another title")) {
            try e.add(DocumentEditor.NewItem(title: "Done"))
        }
        #expect(throws: EditError.self) { try e.rename(item: 0, to: "Done") }
        #expect(throws: EditError.self) { try e.rename(item: 0, to: "Table of Contents") }
    }

    @Test func linkingABacklogEntryIsRefusedRatherThanRenamingIt() throws {
        let e = editor("# R\n\n## Backlog\n\n- Alpha\n- Beta\n", .markdown)
        guard case .invalidValue(let why) = try #require(refusal({ try e.link(item: 0, issue: "5") }, in: e)) else {
            Issue.record("not refused with a reason"); return
        }
        #expect(why.contains("Alpha is an entry of a list, whose whole text is its title"))
    }

    @Test func removingOneOfTwoSectionsWouldMakeTheOtherTheTitle() throws {
        let e = editor("## Alpha\n\n- [ ] one\n\n## Beta\n\n- [ ] two\n", .markdown)
        let problem = refusal({ try e.remove(item: 0, deliverable: nil) }, in: e)?.problem
        #expect(problem == "\"Beta\" would become the document's title instead of an item (a document with one top-level section reads it as the title); add another item first, or edit by hand")
    }

    @Test func renameKeepsALinkInTheTitle() throws {
        let rst = editor("Roadmap\n=======\n\n`Alpha <https://a.example>`_\n----------------------------\n\n- [ ] one\n\nBeta_\n-----\n\n- [ ] two\n\n.. _Beta: https://b.example\n", .rst)
        let (text, document, _) = try apply(rst, try rst.rename(item: 0, to: "Alpha Two"))
        #expect(text.contains("`Alpha Two <https://a.example>`_\n--------------------------------\n"))
        #expect(document.items[0].links == [Link(text: "Alpha Two", url: "https://a.example")])
        let (named, namedDocument, _) = try apply(rst, try rst.rename(item: 1, to: "Beta Two"))
        #expect(named.contains("`Beta Two <https://b.example>`_\n-------------------------------\n"))
        #expect(namedDocument.items[1].links.map(\.url) == ["https://b.example"])

        let md = editor("# R\n\n## [Alpha](https://a.example)\n\n- [ ] one\n\n## [Beta]\n\n- [ ] two\n\n[Beta]: https://b.example\n", .markdown)
        #expect(try apply(md, try md.rename(item: 0, to: "Alpha Two")).text.contains("## [Alpha Two](https://a.example)\n"))
        #expect(try apply(md, try md.rename(item: 1, to: "Beta Two")).text.contains("## [Beta Two][Beta]\n"))

        // A link on part of the title stays on its words when the new title keeps them.
        let entry = editor("# R\n\n## Ideas\n\n- Add to [the grid](https://grid.example)\n- Other\n", .markdown)
        #expect(try apply(entry, try entry.rename(item: 0, to: "Add us to the grid")).text.contains("- Add us to [the grid](https://grid.example)\n"))
        #expect(refusal({ try entry.rename(item: 0, to: "Something else") }, in: entry)?.problem
            == "the new title would lose the link to https://grid.example (on \"the grid\"); keep those words in it, or rename by hand")
    }

    @Test func removeTakesTheTargetsAndDefinitionsOnlyTheRemovedItemUsed() throws {
        let text = """
            Roadmap
            =======

            Alpha
            -----

            - [ ] `one`_ and spec_

            Beta
            ----

            - [ ] see `spec`_

            Gamma
            -----

            See spec_ and docs_.

            .. _one: https://one.example
            .. _spec: https://spec.example
            .. _other: https://other.example
            .. _docs: https://docs.example

            """
        let e = editor(text, .rst)
        let (after, document, _) = try apply(e, try e.remove(item: 0, deliverable: nil))
        #expect(!after.contains(".. _one:"))
        #expect(after.contains(".. _spec: https://spec.example\n.. _other: https://other.example\n.. _docs: https://docs.example\n"))
        #expect(document.items.map(\.id) == ["beta", "gamma"])
        // `docs_.` at the end of a sentence names docs.
        #expect(try !apply(e, try e.remove(item: 2, deliverable: nil)).text.contains(".. _docs:"))

        let md = editor("# R\n\n## Alpha\n\n- [ ] [one][] and [spec]\n\n## Beta\n\n- [ ] see [the spec][spec]\n\n[one]: https://one.example\n[spec]: https://spec.example\n", .markdown)
        let (mdAfter, _, _) = try apply(md, try md.remove(item: 0, deliverable: nil))
        #expect(mdAfter == "# R\n\n## Beta\n\n- [ ] see [the spec][spec]\n\n[spec]: https://spec.example\n")
    }

    @Test func plainListDeliverablesAreRemovedAndAddedAsPlainEntries() throws {
        // Found by verifying edits of the corpus: a plain entry (no box) was looked for by a box
        // it does not have, and a boxed entry added to a plain list made the others stop counting.
        let e = editor("# R\n\n## A\n\n- one\n- two\n\n## B\n\n- [ ] three\n", .markdown)
        let (removed, removedDocument, _) = try apply(e, try e.remove(item: 0, deliverable: "2"))
        #expect(removed == "# R\n\n## A\n\n- one\n\n## B\n\n- [ ] three\n")
        #expect(removedDocument.items[1].deliverables.map(\.text) == ["three"])
        let (added, addedDocument, _) = try apply(e, try e.addDeliverable(item: 0, text: "four", checked: false, link: nil, under: nil))
        #expect(added.contains("- two\n- four\n"))
        #expect(addedDocument.items[0].deliverables.map(\.text) == ["one", "two", "four"])
        #expect(throws: EditError.self) { try e.addDeliverable(item: 0, text: "four", checked: true, link: nil, under: nil) }
    }

    @Test func removingAnEntryTakesWhatIsIndentedUnderIt() throws {
        // Found on the Deis release checklist: a code block, then a sub-list, under an entry;
        // left behind, the sub-list's entries became deliverables of their own.
        let text = "Releases\n========\n\nPatch\n-----\n\n- Bump the version\n\n  .. code-block:: console\n\n    ./bumpver A.B.C\n\n  - commit\n  - push\n\n- Write release notes\n"
        let e = editor(text, .rst)
        let (after, document, edit) = try apply(e, try e.remove(item: 0, deliverable: "bump"))
        #expect(edit.changes[0].subject == "\"Bump the version\"")
        #expect(!after.contains("bumpver") && !after.contains("- commit"))
        #expect(document.items[0].deliverables.map(\.text) == ["Write release notes"])
    }

    @Test func renamingAnEntryWrittenOverSeveralLinesRenamesAllOfIt() throws {
        let e = editor("Roadmap\n=======\n\nOther ideas\n-----------\n\n- use Sacred with non-python experiments by making\n  the python part a thin wrapper.\n- a config file\n", .rst)
        let (text, document, _) = try apply(e, try e.rename(item: 0, to: "Non-python experiments"))
        #expect(text.hasSuffix("\n- Non-python experiments\n- a config file\n"))
        #expect(document.items.map(\.id) == ["non-python-experiments", "a-config-file"])
    }

    @Test func unsetTakesTheLinksOfItsValueAlong() throws {
        let e = editor("# R\n\n## A\n\nRelease: [v2](https://v2.example)\nOwner: ann\n\n- [ ] one\n", .markdown)
        let (_, document, _) = try apply(e, try e.unsetField(item: 0, key: "release"))
        #expect(document.items[0].links.isEmpty && document.items[0].fields["owner"] == "ann")
    }

    @Test func entriesOfAListGetNoDeliverablesOnAdd() throws {
        let e = editor("# R\n\n## Backlog\n\n- Alpha\n- Beta\n", .markdown)
        #expect(throws: EditError.self) { try e.add(DocumentEditor.NewItem(title: "Gamma", deliverables: ["one"])) }
        #expect(try apply(e, try e.add(DocumentEditor.NewItem(title: "Gamma"))).document.items.map(\.id) == ["alpha", "beta", "gamma"])
    }

    // MARK: - 4. RST add with a checklist and fields

    @Test func rstAddPutsTheChecklistAfterTheFieldsWithABlankLine() throws {
        let e = editor(Self.rst, .rst)
        let (text, document, _) = try apply(e, try e.add(DocumentEditor.NewItem(title: "Web Terminal", deliverables: ["xterm.js front end"], fields: [("owner", "dana")])))
        // Beta, the neighbour, has a blank line under its title: so has the new item.
        #expect(text.hasSuffix("Web Terminal\n------------\n\n:owner: dana\n\n- [ ] xterm.js front end\n"))
        let item = try #require(document.item("web-terminal"))
        #expect(item.fields["owner"] == "dana")
        #expect(item.deliverables.map(\.text) == ["xterm.js front end"])
    }

    @Test func rstAddThenSetKeepsTheChecklist() throws {
        let e = editor(Self.rst, .rst)
        let (added, _, _) = try apply(e, try e.add(DocumentEditor.NewItem(title: "Web Terminal", deliverables: ["xterm.js front end"])))
        let e2 = editor(added, .rst)
        let (_, document, _) = try apply(e2, try e2.setField(item: 2, key: "owner", value: "dana"))
        let item = try #require(document.item("web-terminal"))
        #expect(item.fields["owner"] == "dana" && item.deliverables.map(\.text) == ["xterm.js front end"])
    }

    // MARK: - 5. Values are checked

    @Test func anUnknownStatusIsRefusedWithASuggestion() throws {
        let e = editor(Self.rst, .rst)
        #expect(throws: EditError.invalidValue("\"finsihed\" is not a status roadmap reads; did you mean `finished`?")) {
            try e.setField(item: 0, key: "status", value: "finsihed")
        }
        let (_, document, _) = try apply(e, try e.setField(item: 0, key: "status", value: "finished"))
        #expect(document.items[0].status == .done)
    }

    @Test func everyKnownStatusWordReads() {
        for word in Status.knownWords { #expect(Status(text: word) != nil, "\(word)") }
    }

    @Test func markdownValuesThatWouldBeMarkupAreEscaped() throws {
        let e = editor("# R\n\n## Alpha\n\nOwner: bob\n\nText.\n\n- [ ] one\n", .markdown)
        for value in ["<v2>", "[a](b)", "&amp;", "a `b` c"] {
            let (_, document, _) = try apply(e, try e.setField(item: 0, key: "target", value: value))
            #expect(document.items[0].fields["target"] == value && document.items[0].fields["owner"] == "bob", "\(value)")
        }
        let (text, _, _) = try apply(e, try e.setField(item: 0, key: "target", value: "<v2>"))
        #expect(text.contains("Target: \\<v2\\>\n"))  // capitalised, as the document's keys are
        // Emphasis markers around a value are read as markup however they are written: refused.
        #expect(refusal({ try e.setField(item: 0, key: "target", value: "*x*") }, in: e)?.problem
            == "target of Alpha would read back as \"x\", not \"*x*\"")
        #expect(throws: EditError.self) { try e.setField(item: 0, key: "target", value: "a\nb") }
    }

    @Test func rstValuesThatWouldChangeTheSyntaxAreEscaped() throws {
        let e = editor(Self.rst, .rst)
        for value in ["- x", "* x", "# x", ":x: y", "1. x", "| x", "`x`_", "a\\b", "2026-12"] {
            let (_, document, _) = try apply(e, try e.setField(item: 1, key: "target", value: value))
            #expect(document.items[1].fields["target"] == value, "\(value)")
            #expect(document.items[1].deliverables.map(\.text) == ["three"])
        }
        #expect(try apply(e, try e.setField(item: 1, key: "target", value: "- x")).text.contains(":target: \\- x\n"))
        #expect(try apply(e, try e.setField(item: 1, key: "target", value: "2026-12")).text.contains(":target: 2026-12\n"))
    }

    // MARK: - 6. diff between versions

    @Test func diffMatchesARenamedAndCheckedDeliverable() {
        let old = read("# R\n\n## A\n\n- [ ] Setup\n- [ ] two\n", as: .markdown)
        let new = read("# R\n\n## A\n\n- [X] Setup (flannel)\n- [ ] three\n", as: .markdown)
        #expect(VersionDiff.between(old, new).changes == [
            .deliverableRenamed(item: "A", from: "Setup", to: "Setup (flannel)", checked: true),
            .deliverableAdded(item: "A", text: "three"), .deliverableRemoved(item: "A", text: "two"),
        ])
        #expect(VersionDiff.between(old, new).text(oldName: "a", newName: "b").hasPrefix("A: checked and renamed \"Setup\" to \"Setup (flannel)\"\n"))
    }

    @Test func diffReportsALinkChangedOnADeliverable() {
        let old = read("# R\n\n## A\n\n- [ ] [Docs](https://github.com/o/r/issues/1)\n- [ ] Tests #12\n", as: .markdown)
        let new = read("# R\n\n## A\n\n- [ ] [Docs](https://github.com/o/r/issues/2)\n- [ ] Tests #14\n", as: .markdown)
        #expect(VersionDiff.between(old, new).changes == [
            .deliverableLinksChanged(item: "A", text: "Docs", from: ["o/r#1"], to: ["o/r#2"]),
            .deliverableLinksChanged(item: "A", text: "Tests #14", from: ["#12"], to: ["#14"]),
        ])
    }
}
