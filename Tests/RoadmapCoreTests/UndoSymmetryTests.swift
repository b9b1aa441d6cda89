import Testing
import RoadmapCore

/// Each edit, then the edit that undoes it, gives back the document byte for byte: short
/// documents in, the bytes after the edit and after its undo out.
@Suite struct UndoSymmetryTests {
    func editor(_ text: String, _ format: Format) -> DocumentEditor {
        DocumentEditor(path: "doc", tree: SyntaxTree.parse(SourceText(text), as: format))
    }

    /// Applies `edit` to `e`'s document, and gives the text and an editor on it.
    func apply(_ edit: DocumentEditor.Edit, _ e: DocumentEditor) -> (text: String, editor: DocumentEditor) {
        let text = String(decoding: edit.applied(to: e.tree.source.bytes), as: UTF8.self)
        return (text, editor(text, e.tree.format))
    }

    @Test func checkFollowsTheLetterOfItsList() throws {
        // The document mostly ticks with `x`, this list with `X`.
        let md = "# R\n\n## A\n\n- [x] a\n- [x] b\n- [x] c\n\n## B\n\n- [X] d\n- [ ] e\n- [X] f\n"
        let e = editor(md, .markdown)
        #expect(apply(try e.setChecked(true, item: 1, selectors: ["e"], all: false), e).text == "# R\n\n## A\n\n- [x] a\n- [x] b\n- [x] c\n\n## B\n\n- [X] d\n- [X] e\n- [X] f\n")
        // Uncheck then check: the list keeps `X` through its other ticked box.
        let unchecked = apply(try e.setChecked(false, item: 1, selectors: ["d"], all: false), e)
        #expect(apply(try unchecked.editor.setChecked(true, item: 1, selectors: ["d"], all: false), unchecked.editor).text == md)
    }

    @Test func theLastTickedBoxComesBackWithTheCommittedLetter() throws {
        let rst = "Roadmap\n=======\n\nA\n-\n\n - [X] Swarm preview\n - [ ] Mesos preview\n"
        let e = editor(rst, .rst)
        let unchecked = apply(try e.setChecked(false, item: 0, selectors: ["1"], all: false), e)
        #expect(unchecked.text == "Roadmap\n=======\n\nA\n-\n\n - [ ] Swarm preview\n - [ ] Mesos preview\n")
        // No ticked box is left to follow: `open` reads the letter from the committed version.
        var again = unchecked.editor
        #expect(DocumentEditor.checkedLetter(in: Array(rst.utf8)) == UInt8(ascii: "X"))
        again.letterHint = DocumentEditor.checkedLetter(in: Array(rst.utf8))
        #expect(apply(try again.setChecked(true, item: 0, selectors: ["1"], all: false), again).text == rst)
        // Without one, `x`.
        #expect(apply(try unchecked.editor.setChecked(true, item: 0, selectors: ["1"], all: false), unchecked.editor).text.contains("[x] Swarm"))
    }

    @Test func clearingTheLastTickedBoxGivesTheItemBackToItsGroup() throws {
        // An idea with one box ticked is in progress; cleared, it is an idea (backlog) again,
        // which the verification takes for what the checklist says, not a change of its own.
        let md = "# TODO\n\n## 💡 Ideas\n\n- [ ] Dark mode\n\n### Priorities\n- [x] Fix security\n- [ ] Update README\n"
        let e = editor(md, .markdown)
        #expect(read(md, as: .markdown).items.last?.status == .inProgress)
        let cleared = apply(try e.verified(e.setChecked(false, item: 1, selectors: ["1"], all: false)), e)
        #expect(read(cleared.text, as: .markdown).items.last?.status == .backlog)
        #expect(apply(try cleared.editor.verified(cleared.editor.setChecked(true, item: 1, selectors: ["1"], all: false)), cleared.editor).text == md)
    }

    @Test func renameChangesTheWordsAndKeepsTheLinkAroundThem() throws {
        let md = "# R\n\n## [v0.1 - Proof of Concept](https://example.com/v0.1)\n\n- [ ] a\n"
        let e = editor(md, .markdown)
        let renamed = apply(try e.rename(item: 0, to: "v0.1 - Prototype"), e)
        #expect(renamed.text == "# R\n\n## [v0.1 - Prototype](https://example.com/v0.1)\n\n- [ ] a\n")
        #expect(apply(try renamed.editor.rename(item: 0, to: "v0.1 - Proof of Concept"), renamed.editor).text == md)
        // RST: the underline follows the whole title's width.
        let rst = "R\n=\n\n`Etcd 2 <https://etcd.io>`_\n---------------------------\n\n- [ ] a\n"
        let r = editor(rst, .rst)
        let rrenamed = apply(try r.rename(item: 0, to: "Etcd 3.5"), r)
        #expect(rrenamed.text == "R\n=\n\n`Etcd 3.5 <https://etcd.io>`_\n-----------------------------\n\n- [ ] a\n")
        #expect(apply(try rrenamed.editor.rename(item: 0, to: "Etcd 2"), rrenamed.editor).text == rst)
    }

    @Test func addThenRemoveKeepsTheBlankLinesBetweenSections() throws {
        // Two blank lines between sections, as PEPs write them.
        let rst = "Title\n=====\n\nA\n-\n\nText.\n\n\nB\n-\n\nMore.\n"
        let e = editor(rst, .rst)
        let added = apply(try e.add(DocumentEditor.NewItem(title: "New"), after: 0), e)
        #expect(added.text == "Title\n=====\n\nA\n-\n\nText.\n\n\nNew\n---\n\n\nB\n-\n\nMore.\n")
        #expect(apply(try added.editor.remove(item: 1, deliverable: nil), added.editor).text == rst)
        let before = apply(try e.add(DocumentEditor.NewItem(title: "New"), before: 1), e)
        #expect(before.text == added.text)
        #expect(apply(try before.editor.remove(item: 1, deliverable: nil), before.editor).text == rst)
    }

    @Test func addAfterTheLastSectionThenRemove() throws {
        let md = "# R\n\n## A\n\n- [ ] a\n"
        let e = editor(md, .markdown)
        let added = apply(try e.add(DocumentEditor.NewItem(title: "B", deliverables: ["b"]), after: 0), e)
        #expect(added.text == "# R\n\n## A\n\n- [ ] a\n\n## B\n\n- [ ] b\n")
        #expect(apply(try added.editor.remove(item: 1, deliverable: nil), added.editor).text == md)
    }

    @Test func aDocumentWithoutAFinalLineEndingKeepsEndingSo() throws {
        let md = "# R\n\n## A\n\n- [ ] a"
        let e = editor(md, .markdown)
        let added = apply(try e.add(DocumentEditor.NewItem(title: "B"), after: 0), e)
        #expect(added.text == "# R\n\n## A\n\n- [ ] a\n\n## B")
        #expect(apply(try added.editor.remove(item: 1, deliverable: nil), added.editor).text == md)
        let deliverable = apply(try e.addDeliverable(item: 0, text: "b", checked: false, link: nil, under: nil), e)
        #expect(deliverable.text == "# R\n\n## A\n\n- [ ] a\n- [ ] b")
        #expect(apply(try deliverable.editor.remove(item: 0, deliverable: "2"), deliverable.editor).text == md)
    }

    @Test func markdownSectionsWithoutBlankLinesBetweenThemGetNone() throws {
        let md = "# 2024\n## Dec Scope\n - [ ] a\n# 2023\n## Jun Scope\n - [ ] b\n"
        let e = editor(md, .markdown)
        let added = apply(try e.add(DocumentEditor.NewItem(title: "Nov Scope"), after: 0), e)
        #expect(added.text == "# 2024\n## Dec Scope\n - [ ] a\n## Nov Scope\n# 2023\n## Jun Scope\n - [ ] b\n")
        #expect(apply(try added.editor.remove(item: 1, deliverable: nil), added.editor).text == md)
    }

    @Test func removeLeavesTheCommentBeforeTheClosingTargets() throws {
        let rst = "A\n-\n\n- [ ] `a`_\n\n.. LINKS\n.. _a: https://example.com/a\n"
        let e = editor(rst, .rst)
        let added = apply(try e.add(DocumentEditor.NewItem(title: "New"), after: 0), e)
        #expect(added.text == "A\n-\n\n- [ ] `a`_\n\nNew\n---\n\n.. LINKS\n.. _a: https://example.com/a\n")
        #expect(apply(try added.editor.remove(item: 1, deliverable: nil), added.editor).text == rst)
    }

    @Test func removeLeavesACommentThatClosesTheSection() throws {
        let rst = "A\n-\n\nText.\n\n.. schedule: ends\n\nB\n-\n\nMore.\n"
        let e = editor(rst, .rst)
        let added = apply(try e.add(DocumentEditor.NewItem(title: "New"), after: 0), e)
        #expect(added.text == "A\n-\n\nText.\n\nNew\n---\n\n.. schedule: ends\n\nB\n-\n\nMore.\n")
        #expect(apply(try added.editor.remove(item: 1, deliverable: nil), added.editor).text == rst)
    }

    @Test func setThenUnsetUnderATitleWithoutABlankLine() throws {
        let md = "# R\n\n## Alpha\n- [ ] Versioning\n"
        let e = editor(md, .markdown)
        let set = apply(try e.setField(item: 0, key: "Owner", value: "dana"), e)
        #expect(set.text == "# R\n\n## Alpha\nOwner: dana\n\n- [ ] Versioning\n")
        #expect(set.editor.document.items[0].fields.map(\.value) == ["dana"])
        #expect(apply(try set.editor.unsetField(item: 0, key: "Owner"), set.editor).text == md)
        let rst = "R\n=\n\nA\n-\nText.\n\n- [ ] a\n"
        let r = editor(rst, .rst)
        let rset = apply(try r.setField(item: 0, key: "owner", value: "dana"), r)
        #expect(rset.text == "R\n=\n\nA\n-\n:owner: dana\n\nText.\n\n- [ ] a\n")
        #expect(apply(try rset.editor.unsetField(item: 0, key: "owner"), rset.editor).text == rst)
    }

    @Test func addDeliverableThenRemoveTakesTheBlankLineItWrote() throws {
        let md = "# R\n\n## A\n\nSome text.\n\n## B\n\nMore.\n"
        let e = editor(md, .markdown)
        let added = apply(try e.addDeliverable(item: 0, text: "new", checked: false, link: nil, under: nil), e)
        #expect(added.text == "# R\n\n## A\n\nSome text.\n\n- [ ] new\n\n## B\n\nMore.\n")
        #expect(apply(try added.editor.remove(item: 0, deliverable: "1"), added.editor).text == md)
        // Nested under a deliverable without children (RST wants a blank line before the list).
        let rst = "A\n-\n\n- [ ] one\n- [ ] two\n"
        let r = editor(rst, .rst)
        let nested = apply(try r.addDeliverable(item: 0, text: "sub", checked: false, link: nil, under: "1"), r)
        #expect(nested.text == "A\n-\n\n- [ ] one\n\n      - [ ] sub\n- [ ] two\n")
        #expect(apply(try nested.editor.remove(item: 0, deliverable: "1.1"), nested.editor).text == rst)
    }
}

/// `set` and `add --field` write fields as the document does: bold keys, capitals, hard breaks.
@Suite struct FieldStyleTests {
    func editor(_ text: String) -> DocumentEditor {
        DocumentEditor(path: "doc", tree: SyntaxTree.parse(SourceText(text), as: .markdown))
    }

    func applied(_ edit: DocumentEditor.Edit, _ e: DocumentEditor) -> String {
        String(decoding: edit.applied(to: e.tree.source.bytes), as: UTF8.self)
    }

    @Test func aNewFieldTakesTheBoldKeysAndHardBreaksOfItsParagraph() throws {
        let md = "# R\n\n## Alpha\n\n**Status**: In Progress  \n**Owner**: bob\n\nText.\n"
        let e = editor(md)
        let set = applied(try e.setField(item: 0, key: "target", value: "v2"), e)
        // The line that was last gets the break its siblings have; the new last line has none.
        #expect(set == "# R\n\n## Alpha\n\n**Status**: In Progress  \n**Owner**: bob  \n**Target**: v2\n\nText.\n")
        #expect(read(set, as: .markdown).items[0].fields.map { "\($0.key)=\($0.value)" } == ["Status=In Progress", "Owner=bob", "Target=v2"])
        let again = editor(set)
        #expect(applied(try again.unsetField(item: 0, key: "target"), again) == md)
    }

    @Test func backslashBreaksAndColonInsideTheBold() throws {
        let md = "# R\n\n## Alpha\n\n**Status:** In Progress\\\n**Owner:** bob\n"
        let e = editor(md)
        let set = applied(try e.setField(item: 0, key: "target", value: "v2"), e)
        #expect(set == "# R\n\n## Alpha\n\n**Status:** In Progress\\\n**Owner:** bob\\\n**Target:** v2\n")
        // Changing a value in place keeps the break after it.
        #expect(applied(try e.setField(item: 0, key: "status", value: "Done"), e) == "# R\n\n## Alpha\n\n**Status:** Done\\\n**Owner:** bob\n")
        let again = editor(set)
        #expect(applied(try again.unsetField(item: 0, key: "target"), again) == md)
    }

    @Test func aFieldGivenByASubsectionTitleIsChangedThere() throws {
        let md = "# R\n\n## Alpha\n\n### Owner: **dana**\n\n### Motivation\n\nText.\n\n## Beta\n\n### Owner: lee\n\nText under it.\n"
        let e = editor(md)
        let set = applied(try e.setField(item: 0, key: "owner", value: "bob"), e)
        #expect(set == md.replacingAll("**dana**", with: "**bob**"))
        #expect(read(set, as: .markdown).items[0].fields.map(\.value) == ["bob"])
        #expect(applied(try e.unsetField(item: 0, key: "owner"), e) == md.replacingAll("### Owner: **dana**\n\n", with: ""))
        // Its text would join the section before it: refused.
        #expect(throws: EditError.self) { try e.unsetField(item: 1, key: "owner") }
    }

    @Test func anItemWithoutFieldsTakesTheDocumentsStyle() throws {
        let md = "# R\n\n## Alpha\n\n**Status**: In Progress  \n**Owner**: bob\n\n## Beta\n\nSome text.\n"
        let e = editor(md)
        #expect(applied(try e.setField(item: 1, key: "owner", value: "stefan"), e)
            == "# R\n\n## Alpha\n\n**Status**: In Progress  \n**Owner**: bob\n\n## Beta\n\n**Owner**: stefan\n\nSome text.\n")
        #expect(applied(try e.add(DocumentEditor.NewItem(title: "Gamma", fields: [(key: "owner", value: "x"), (key: "size", value: "L")])), e)
            == md + "\n## Gamma\n\n**Owner**: x  \n**Size**: L\n")
        // A document of plain keys stays plain.
        let plain = editor("# R\n\n## Alpha\n\nstatus: done\n")
        #expect(applied(try plain.setField(item: 0, key: "owner", value: "bob"), plain) == "# R\n\n## Alpha\n\nstatus: done\nowner: bob\n")
    }
}
