import Testing
import RoadmapCore

/// Items write their fields in more places than under the title: a `**Status:**` line after
/// the description, or a list of `- **Key:** value` entries. The reader finds them there, in
/// Markdown and RST, and `set` and `unset` edit them there.
@Suite struct MarkdownFieldPlacesTests {
    let quests = """
        # Roadmap

        ## Quest 0.1: Spec
        - **Status:** In progress
        - **Description:** Define the format.
        - **Deliverables:**
          - `schema/zero.capnp` core types
          - `schema/graph.capnp` DAG
        - **Dependencies:** None

        ## Quest 1.1: Runtime
        - **Status:** Done
        - **Description:** Implement core tensor operations:
          - Creation
          - Math
        - **Dependencies:** Quest 0.1

        ## Phase 2

        Phase 2 includes the design work.

        **Status:** In Design

        ### Runtime

        Text.

        """

    func editor(_ text: String) -> DocumentEditor {
        DocumentEditor(path: "doc", tree: SyntaxTree.parse(SourceText(text), as: .markdown))
    }

    func applying(_ make: (DocumentEditor) throws -> DocumentEditor.Edit, to text: String) throws -> String {
        let e = editor(text)
        return String(decoding: try e.verified(make(e)).applied(to: e.tree.source.bytes), as: UTF8.self)
    }

    @Test func aListOfBoldKeysIsTheItemsFields() {
        let item = read(quests, as: .markdown).items[0]
        #expect(item.fields.map(\.key) == ["Status", "Description", "Dependencies"])
        #expect(item.status == .inProgress)
        // The entries under the label that names them are the deliverables; the fields are not.
        #expect(item.deliverables.map(\.text) == ["schema/zero.capnp core types", "schema/graph.capnp DAG"])
    }

    @Test func withoutALabelTheListAValueIntroducesIsTheWork() {
        let item = read(quests, as: .markdown).items[1]
        #expect(item.status == .done)
        #expect(item.fields["description"] == "Implement core tensor operations:")
        #expect(item.deliverables.map(\.text) == ["Creation", "Math"])
    }

    @Test func aStatusLineAfterTheDescriptionIsAField() {
        let item = read(quests, as: .markdown).items[2]
        #expect(item.fields["status"] == "In Design")
        #expect(item.status == .inProgress)
        #expect(item.summary == "Phase 2 includes the design work.")
    }

    @Test func boldLeadInsAndNotesStayWhatTheyAre() {
        let d = read("""
            # R

            ## CLI

            Text first.

            **Note:** this is experimental.

            - **Validate:** a command that checks files
            - **Init:** a command that writes a template

            """, as: .markdown)
        #expect(d.items[0].fields.isEmpty)
        #expect(d.items[0].deliverables.map(\.text) == ["Validate: a command that checks files", "Init: a command that writes a template"])
    }

    @Test func setAndUnsetEditTheFieldWhereItIs() throws {
        let done = try applying({ try $0.setField(item: 0, key: "status", value: "done") }, to: quests)
        #expect(done.contains("- **Status:** done\n- **Description:** Define the format."))
        let design = try applying({ try $0.setField(item: 2, key: "status", value: "done") }, to: quests)
        #expect(design.contains("Phase 2 includes the design work.\n\n**Status:** done\n\n### Runtime"))
        // A new field joins the list, in its style; unset takes that line back.
        let owned = try applying({ try $0.setField(item: 0, key: "owner", value: "dana") }, to: quests)
        #expect(owned.contains("- **Dependencies:** None\n- **Owner:** dana\n\n## Quest 1.1"))
        #expect(try applying({ try $0.unsetField(item: 0, key: "owner") }, to: owned) == quests)
        let led = try applying({ try $0.setField(item: 2, key: "lead", value: "lee") }, to: quests)
        #expect(led.contains("**Status:** In Design\n**Lead:** lee\n"))
        #expect(try applying({ try $0.unsetField(item: 2, key: "lead") }, to: led) == quests)
    }

    @Test func rstReadsBoldFieldsAndFieldKeys() throws {
        let rst = """
            Roadmap
            =======

            Phase 2
            -------

            The design work.

            **Status:** In Design

            Phase 3
            -------

            Status: done

            - **Owner:** dana
            - **Target:** 3.0

            """
        let d = read(rst, as: .rst)
        #expect(d.items.map(\.status) == [.inProgress, .done])
        #expect(d.items[1].fields.map(\.key) == ["Status", "Owner", "Target"])
        #expect(d.items[1].summary == nil)
        // A key that is no field's is prose, as in Markdown past the first paragraph.
        let prose = read("Roadmap\n=======\n\nPhase 4\n-------\n\nNote: later.\n", as: .rst)
        #expect(prose.items[0].summary == "Note: later.")
        let e = DocumentEditor(path: "doc.rst", tree: SyntaxTree.parse(SourceText(rst), as: .rst))
        let after = String(decoding: try e.verified(e.setField(item: 1, key: "target", value: "3.1")).applied(to: e.tree.source.bytes), as: UTF8.self)
        #expect(after.contains("- **Target:** 3.1\n"))
    }

    @Test func convertedToRSTTheFieldsReadTheSame() {
        let tree = SyntaxTree.parse(SourceText(quests), as: .markdown)
        let rst = RSTConverter.rst(from: tree)
        let a = DocumentReader.read(tree, path: "doc").items, b = read(rst, as: .rst).items
        #expect(a.map { $0.fields.map { "\($0.key)=\($0.value)" } } == b.map { $0.fields.map { "\($0.key)=\($0.value)" } })
        #expect(a.map(\.status) == b.map(\.status))
        #expect(a.map { $0.deliverables.map(\.text) } == b.map { $0.deliverables.map(\.text) })
    }

    @Test func removingAFieldEntryLeavesTheListsBlankLines() throws {
        let after = try applying({ try $0.unsetField(item: 0, key: "dependencies") }, to: quests)
        #expect(after.contains("  - `schema/graph.capnp` DAG\n\n## Quest 1.1"))
        #expect(read(after, as: .markdown).items[0].fields.map(\.key) == ["Status", "Description"])
    }
}
