import Testing
import RoadmapCore

/// `move ITEM STAGE`: the status field, or the item's place among the stage sections; only the
/// bytes that say the stage change, every move verified, and moving back gives the original.
@Suite struct StageMoveTests {
    func editor(_ text: String, _ format: Format) -> DocumentEditor {
        DocumentEditor(path: "doc", tree: SyntaxTree.parse(SourceText(text), as: format))
    }

    /// Moves item `id` to `stage`, verified, and gives the text after the move.
    func move(_ text: String, _ format: Format, _ id: String, to stage: String) throws -> String {
        let e = editor(text, format)
        let index = try #require(e.document.items.firstIndex { $0.id == id })
        let edit = try e.verified(try e.move(item: index, to: stage))
        return String(decoding: edit.applied(to: e.tree.source.bytes), as: UTF8.self)
    }

    static let rst = """
        Operators' roadmap
        ==================

        :stages: Vetting Backlog, Being Vetted, Development Ready, Coding In Progress, Delivered

        Telemetry
        ---------

        :status: Being Vetted
        :size: L

        Quotas
        ------

        Per-tenant quotas.

        """

    @Test func aStatusFieldTakesTheStageAndMovingBackGivesTheBytes() throws {
        let moved = try move(Self.rst, .rst, "telemetry", to: "development ready")
        #expect(moved == Self.rst.replacingAll(":status: Being Vetted", with: ":status: Development Ready"))
        #expect(try move(moved, .rst, "telemetry", to: "Being Vetted") == Self.rst)
    }

    @Test func anItemWithoutAFieldOrStageSectionGetsAStatusField() throws {
        let moved = try move(Self.rst, .rst, "quotas", to: "coding-in-progress")
        #expect(moved.contains("Quotas\n------\n\n:status: Coding In Progress\n\nPer-tenant quotas.\n"))
        #expect(read(moved, as: .rst).items.map(\.stage) == ["Being Vetted", "Coding In Progress"])
    }

    @Test func anUnknownStageIsRefusedWithASuggestion() throws {
        let e = editor(Self.rst, .rst)
        #expect(throws: EditError.self) { try e.move(item: 0, to: "Developement Ready") }
        do { _ = try e.move(item: 0, to: "Developement Ready") } catch { #expect(error.description.contains("did you mean `Development Ready`?")) }
    }

    static let sections = """
        ---
        stages: Vetting Backlog / To Do, Prioritized, Coding In Progress, Delivered
        ---
        # Operators' roadmap

        ## To Do

        - Rolling upgrades
        - Quota sync

        ## Prioritized

        ### Telemetry

        Size: L

        ### Metering

        Size: S

        ## Coding In Progress

        ### Logging

        - [x] design
        - [ ] code

        ## Delivered

        ### Tracing

        """

    @Test func aSectionMovesToTheEndOfTheNewStagesSectionAndBack() throws {
        let moved = try move(Self.sections, .markdown, "metering", to: "Delivered")
        #expect(moved.hasSuffix("## Delivered\n\n### Tracing\n\n### Metering\n\nSize: S\n"))
        #expect(!moved.contains("Size: S\n\n## Coding"))
        let doc = read(moved, as: .markdown)
        #expect(doc.items.map(\.id) == ["rolling-upgrades", "quota-sync", "telemetry", "logging", "tracing", "metering"])
        #expect(doc.items.last?.stage == "Delivered")
        #expect(try move(moved, .markdown, "metering", to: "prioritized") == Self.sections)
    }

    @Test func aListEntryMovesToTheNewStagesSectionAndBack() throws {
        let moved = try move(Self.sections, .markdown, "quota-sync", to: "Prioritized")
        #expect(moved.contains("- Rolling upgrades\n\n## Prioritized\n\n- Quota sync\n\n### Telemetry\n"))
        #expect(read(moved, as: .markdown).items.first { $0.id == "quota-sync" }?.stage == "Prioritized")
        #expect(try move(moved, .markdown, "quota-sync", to: "to do") == Self.sections)
    }

    @Test func anRSTSectionMovesWithItsLabelAndAdornmentAndBack() throws {
        let rst = """
            ==================
            Operators' roadmap
            ==================

            :stages: Vetting Backlog, Prioritized, Coding In Progress, Delivered

            Prioritized
            ===========

            Telemetry
            ---------

            :size: L

            .. _metering:

            Metering
            --------

            Per-tenant metering.

            Delivered
            =========

            Tracing
            -------

            Shipped in Ocata.

            """
        let moved = try move(rst, .rst, "metering", to: "delivered")
        #expect(moved.hasSuffix("Shipped in Ocata.\n\n.. _metering:\n\nMetering\n--------\n\nPer-tenant metering.\n"))
        #expect(read(moved, as: .rst).items.map(\.stage) == ["Prioritized", "Delivered", "Delivered"])
        #expect(try move(moved, .rst, "metering", to: "Prioritized") == rst)
    }

    @Test func withoutDeclaredStagesStatusGroupsAreTheStages() throws {
        let md = "# R\n\n## In Progress\n\n### Sync\n\n- [x] a\n- [ ] b\n\n## Planned\n\n### Search\n\n## Done\n\n### Login\n"
        let moved = try move(md, .markdown, "search", to: "done")
        #expect(moved == "# R\n\n## In Progress\n\n### Sync\n\n- [x] a\n- [ ] b\n\n## Planned\n\n## Done\n\n### Login\n\n### Search\n")
        #expect(read(moved, as: .markdown).items.first { $0.id == "search" }?.status == .done)
        #expect(try move(moved, .markdown, "search", to: "planned") == md)
        // A standard name in a document with its own stages: the first stage of that status.
        #expect(try move(Self.sections, .markdown, "metering", to: "done").hasSuffix("### Metering\n\nSize: S\n"))
    }

    @Test func withoutDeclaredStagesAStatusFieldFollowsTheDocumentsSpelling() throws {
        let md = "# R\n\n## Sync\n\nStatus: In Progress\n\n## Search\n\nStatus: Planned\n"
        let moved = try move(md, .markdown, "search", to: "in-progress")
        #expect(moved == "# R\n\n## Sync\n\nStatus: In Progress\n\n## Search\n\nStatus: In Progress\n")
        #expect(try move(moved, .markdown, "search", to: "planned") == md)
    }

    @Test func anItemAlreadyInTheStageIsNoChange() throws {
        let e = editor(Self.rst, .rst)
        let edit = try e.move(item: 0, to: "being vetted")
        #expect(edit.patches.isEmpty && edit.changes.first?.changed == false)
    }
}

/// `move` over every fixture and corpus document: each item to each other stage is a verified
/// edit or a clear refusal, never a crash or an edit that reads back wrong; moving back after a
/// move gives the original bytes, but for an entry that was not the last of its section.
@Suite struct StageMovePropertyTests {
    @Test func movingThereAndBackOnRealDocuments() throws {
        var moved = 0, back = 0
        var problems: [String] = []
        for path in Fixtures.all + Fixtures.corpusFiles where !path.hasSuffix(".tsv") {
            guard let e = try? DocumentEditor.open(path) else { continue }
            let stages = e.document.workflow.stages
            for (index, item) in e.document.items.enumerated().prefix(40) {
                let from = e.document.workflow.column(of: item)
                guard let to = stages.first(where: { $0 != from }) else { continue }
                let edit: DocumentEditor.Edit
                do {
                    edit = try e.verified(try e.move(item: index, to: to.name))
                } catch {
                    if case .unverified = error { problems.append("\(path): \(item.id) → \(to.name): \(error.description)") }
                    continue
                }
                moved += 1
                let bytes = edit.applied(to: e.tree.source.bytes)
                let after = DocumentEditor(path: path, tree: SyntaxTree.parse(SourceText(bytes: bytes), as: e.tree.format))
                guard let again = after.document.items.firstIndex(where: { $0.id == item.id }),
                      let undo = try? after.verified(try after.move(item: again, to: from.name))
                else {
                    problems.append("\(path): \(item.id) could not move back to \(from.name)")
                    continue
                }
                if undo.applied(to: bytes) == e.tree.source.bytes { back += 1 }
            }
        }
        #expect(problems == [])
        #expect(moved > 0)
        // The rest are entries that were not the last of their section (they come back last),
        // or status values with more words than a status (`In progress - see #12`), or fields
        // in documents that write status fields (they stay). Measured: 690 of 741.
        #expect(back * 10 >= moved * 9, "moved \(moved), \(back) back to the same bytes")
    }
}
