import Testing
import RoadmapCore

/// A kanban-style TODO (`## Todo` / `## In Progress` / `## Done` over checklists): each entry is
/// an item, and its box is its status, ticked with `check` or `set … status done`.
@Suite struct ChecklistEntryItemTests {
    let board = "# TODO\n\n## Todo\n\n- [ ] Write the docs\n- [ ] Add CI\n\n## In Progress\n\n- [ ] Parser rewrite\n\n## Done\n\n- [X] Project setup\n"

    func editor(_ text: String) -> DocumentEditor {
        DocumentEditor(path: "doc", tree: SyntaxTree.parse(SourceText(text), as: .markdown))
    }

    @Test func checkTicksTheEntrysOwnBox() throws {
        let e = editor(board)
        let ticked = try e.verified(e.setChecked(true, item: 1, selectors: [], all: false)).applied(to: e.tree.source.bytes)
        // One byte, with the letter the document uses.
        #expect(String(decoding: ticked, as: UTF8.self) == board.replacingOccurrences(of: "- [ ] Add CI", with: "- [X] Add CI"))
        #expect(read(String(decoding: ticked, as: UTF8.self), as: .markdown).items[1].status == .done)
        // Clearing it gives the original bytes back.
        let back = editor(String(decoding: ticked, as: UTF8.self))
        #expect(try back.verified(back.setChecked(false, item: 1, selectors: [], all: false)).applied(to: ticked) == Array(board.utf8))
        // Ticking a ticked box changes nothing.
        #expect(try e.setChecked(true, item: 3, selectors: [], all: false).patches.isEmpty)
    }

    @Test func setStatusTicksOrClearsTheBox() throws {
        let e = editor(board)
        let done = try e.verified(e.setField(item: 0, key: "status", value: "done")).applied(to: e.tree.source.bytes)
        #expect(String(decoding: done, as: UTF8.self).contains("- [X] Write the docs\n"))
        let cleared = try e.verified(e.setField(item: 3, key: "status", value: "planned"))
        // Clearing "Project setup" leaves it under "Done" as planned work: that is what it asks.
        #expect(read(String(decoding: cleared.applied(to: e.tree.source.bytes), as: UTF8.self), as: .markdown).items[3].status == .planned)
        // No box says "in progress": the entry has to move to that list.
        #expect(throws: EditError.self) { try e.setField(item: 1, key: "status", value: "in progress") }
    }

    @Test func anEntryWithSomeOfItsBoxesTickedIsInProgress() {
        // As a section under "Planned" with a box ticked is: the checklist says more than the group.
        let d = read("# Roadmap\n\n## Todo\n\n- [ ] **server**\n  - [x] crawler\n  - [ ] scheduling\n- [ ] client\n  - [ ] ui\n\n## Ideas\n\n- Sync\n  - [x] design\n  - [ ] build\n", as: .markdown)
        #expect(d.items.map(\.title) == ["server", "client", "Sync"])
        #expect(d.items.map(\.status) == [.inProgress, .planned, .inProgress])
    }
}

