import Testing
import RoadmapCore

/// Task managers mark a task that is not done in more ways than `[ ]`: `[/]` in progress,
/// `[-]` in progress (Kiro's plans) or dropped (Obsidian), `[>]` deferred. Such a task is an
/// open deliverable, where it used to be a plain entry that a checklist left out.
@Suite struct TaskMarkTests {
    let plan = """
        # Roadmap

        ## Sync engine

        - [x] Design
        - [/] Prototype
        - [-] 1. Fix the tab order
        - [~] Partial thing
        - [>] Deferred to 2.0
        - [ ] Release
        - [1] A footnote, no task
        """

    @Test func markedTasksAreOpenDeliverables() throws {
        let item = try #require(read(plan, as: .markdown).items.first)
        #expect(item.deliverables.map(\.text) == ["Design", "Prototype", "1. Fix the tab order", "Partial thing", "Deferred to 2.0", "Release"])
        #expect(item.deliverables.map(\.checked) == [true, false, false, false, false, false])
        #expect(item.progress == (1, 6))
        #expect(item.status == .inProgress)
    }

    @Test func rstAndPlainTextReadThemToo() throws {
        let rst = "Plan\n====\n\nSync\n----\n\n- [/] Prototype\n- [x] Design\n"
        #expect(try #require(read(rst, as: .rst).items.first).progress == (1, 2))
        let text = "Plan\n\nSync:\n\n- [/] Prototype\n- [x] Design\n"
        #expect(read(text, as: .text).items.flatMap(\.deliverables).map(\.checked) == [false, true])
    }

    @Test func tickingAMarkedTaskChangesItsMarkOnly() throws {
        let e = DocumentEditor(path: "doc", tree: SyntaxTree.parse(SourceText(plan), as: .markdown))
        let edit = try e.setChecked(true, item: 0, selectors: ["Prototype"], all: false)
        let before = e.tree.source.bytes
        let after = edit.applied(to: before)
        let changed = zip(before, after).enumerated().filter { $0.element.0 != $0.element.1 }.map(\.offset)
        #expect(changed.count == 1)
        #expect(before[changed[0]] == UInt8(ascii: "/") && after[changed[0]] == UInt8(ascii: "x"))
    }

    @Test func conversionsKeepTheMark() {
        let rst = "Plan\n====\n\nSync\n----\n\n- [/] Prototype\n- [-] Dropped\n- [X] Design\n- [ ] Release\n"
        let md = MarkdownConverter.markdown(from: SyntaxTree.parse(SourceText(rst), as: .rst))
        #expect(md.contains("- [/] Prototype\n- [-] Dropped\n- [x] Design\n- [ ] Release\n"), "\(md)")
    }

    @Test func kiroOptionalTasksAreTasks() throws {
        // Kiro's implementation plans star an optional task after its box.
        let text = "# Plan\n\n- [x] 1. Build the page\n  - [ ]* 1.1 Write property test\n- [ ]* 2. Write integration tests\n- [ ] 3. Final checkpoint\n"
        let item = try #require(read(text, as: .markdown).items.first)
        #expect(item.progress == (1, 4))
        #expect(item.deliverables.map(\.text) == ["1. Build the page", "2. Write integration tests", "3. Final checkpoint"])
        #expect(item.deliverables[0].children.map(\.text) == ["1.1 Write property test"])
    }
}

