import Testing
import RoadmapCore

/// A roadmap written as an outline of plain bullets (`* Ceph` over `* Admission controller`):
/// every entry is kept, nested under the one it belongs to, and can be edited.
@Suite struct NestedPlainEntriesTests {
    let outline = """
        # Roadmap

        ## Rook 1.4

        * Ceph
          * Admission controller #4819
          * RBD mirroring
            * Define a CRD
        * Cassandra
          * Graduate CRDs to beta

        ## Themes

        * Build hygiene

        """

    func editor(_ text: String, _ format: Format) -> DocumentEditor {
        DocumentEditor(path: "doc", tree: SyntaxTree.parse(SourceText(text), as: format))
    }

    @Test func nestedEntriesAreChildrenOfTheirEntry() {
        let item = read(outline, as: .markdown).items[0]
        #expect(item.deliverables.map(\.text) == ["Ceph", "Cassandra"])
        #expect(item.deliverables[0].children.map(\.text) == ["Admission controller #4819", "RBD mirroring"])
        #expect(item.deliverables[0].children[1].children.map(\.text) == ["Define a CRD"])
        #expect(item.deliverables.flattened.map(\.position) == ["1", "1.1", "1.2", "1.2.1", "2", "2.1"])
        #expect(item.deliverables.flattened.allSatisfy { !$0.deliverable.hasCheckbox })
        #expect(item.issues.map(\.number) == [4819])
        // Plain entries have no state: nothing counts toward progress.
        #expect(item.progress.total == 0)
    }

    @Test func rstOutlinesNestTheSameWay() {
        let item = read("""
            Roadmap
            =======

            Mu 1.1
            ------

            * Modes

              * Web mode
              * Pygame Zero mode

            * Theming

            """, as: .rst).items[0]
        #expect(item.deliverables.map(\.text) == ["Modes", "Theming"])
        #expect(item.deliverables[0].children.map(\.text) == ["Web mode", "Pygame Zero mode"])
    }

    @Test func aChecklistStillTakesOnlyItsBoxes() {
        let item = read("# R\n\n## A\n\n- [ ] one\n  - note\n- [x] two\n", as: .markdown).items[0]
        #expect(item.deliverables.map(\.text) == ["one", "two"])
        #expect(item.deliverables[0].children.isEmpty)
        #expect(item.progress == (1, 2))
    }

    @Test func addUnderAPlainEntryWritesAPlainEntryInItsChildrensStyle() throws {
        let e = editor(outline, .markdown)
        let after = try e.verified(e.addDeliverable(item: 0, text: "Multus networking", checked: false, link: nil, under: "1")).applied(to: e.tree.source.bytes)
        let text = String(decoding: after, as: UTF8.self)
        #expect(text.contains("    * Define a CRD\n  * Multus networking\n* Cassandra\n"))
        #expect(read(text, as: .markdown).items[0].deliverables[0].children.map(\.text) == ["Admission controller #4819", "RBD mirroring", "Multus networking"])
        // The first sub-entry of a leaf goes under its text, with its marker.
        let leaf = try e.verified(e.addDeliverable(item: 0, text: "Beta CRDs", checked: false, link: nil, under: "2.1")).applied(to: e.tree.source.bytes)
        #expect(String(decoding: leaf, as: UTF8.self).contains("  * Graduate CRDs to beta\n    * Beta CRDs\n\n## Themes"))
        #expect(throws: EditError.self) { try e.addDeliverable(item: 0, text: "x", checked: true, link: nil, under: "1") }
    }

    @Test func tickingAPlainEntryIsRefusedNotReported() {
        let e = editor(outline, .markdown)
        #expect(throws: EditError.nothingToChange(item: "Rook 1.4", reason: "deliverable 1.2 \"RBD mirroring\" is a plain entry without a box; write `[ ]` before it to track it")) {
            try e.setChecked(true, item: 0, selectors: ["1.2"], all: false)
        }
        #expect(throws: EditError.self) { try e.setChecked(true, item: 0, selectors: [], all: true) }
        #expect(throws: EditError.self) { try e.setChecked(true, item: 1, selectors: [], all: false) }
    }

    @Test func removingANestedEntryTakesItsOwnEntriesAlong() throws {
        let e = editor(outline, .markdown)
        let after = try e.verified(e.remove(item: 0, deliverable: "1.2")).applied(to: e.tree.source.bytes)
        #expect(String(decoding: after, as: UTF8.self).contains("* Ceph\n  * Admission controller #4819\n* Cassandra\n"))
    }

    @Test func aListOfLinksIsNoChecklist() throws {
        // libp2p's roadmap: "**Links:**" over design docs and pull requests; their issues still count.
        let text = "# Roadmap\n\n## Low latency handshake\n\n**What?** Make handshakes cheap.\n\n- Design the protocol\n\n**Links:**\n\n- [Design doc](https://github.com/libp2p/specs/pull/205)\n  - [Notes](https://example.org/n)\n- [RFC](https://github.com/libp2p/specs/pull/95)\n"
        let item = try #require(read(text, as: .markdown).items.first)
        #expect(item.deliverables.map(\.text) == ["Design the protocol"])
        #expect(item.issues.map(\.number) == [205, 95])
    }
}

