import Testing
import RoadmapCore

/// Edits name their item by id as well as by index: the same item, the same bytes.
@Suite struct EditByIDTests {
    static let markdown = """
        # Roadmap

        ## Search

        Owner: ana

        - [ ] Index titles
        - [x] Index bodies

        ## Offline mode

        - [ ] Cache pages

        """

    func editor(_ text: String, _ format: Format) -> DocumentEditor {
        DocumentEditor(path: "ROADMAP", tree: SyntaxTree.parse(SourceText(text), as: format))
    }

    @Test func everyKindOfEditGivesTheSamePatchesByIDAsByIndex() throws {
        let e = editor(Self.markdown, .markdown)
        #expect(e.document.items.map(\.id) == ["search", "offline-mode"])
        #expect(try e.index(ofItem: "offline-mode") == 1)
        let pairs: [(String, DocumentEditor.Edit, DocumentEditor.Edit)] = [
            ("check", try e.setChecked(true, item: 0, selectors: ["1"], all: false), try e.setChecked(true, item: "search", selectors: ["1"], all: false)),
            ("set", try e.setField(item: 1, key: "owner", value: "bo"), try e.setField(item: "offline-mode", key: "owner", value: "bo")),
            ("unset", try e.unsetField(item: 0, key: "owner"), try e.unsetField(item: "search", key: "owner")),
            ("add-deliverable", try e.addDeliverable(item: 1, text: "Sync", checked: false, link: nil, under: nil),
             try e.addDeliverable(item: "offline-mode", text: "Sync", checked: false, link: nil, under: nil)),
            ("remove", try e.remove(item: 0, deliverable: "2"), try e.remove(item: "search", deliverable: "2")),
            ("rename", try e.rename(item: 1, to: "Offline first"), try e.rename(item: "offline-mode", to: "Offline first")),
            ("link", try e.link(item: 0, issue: "12"), try e.link(item: "search", issue: "12")),
            ("add after", try e.add(DocumentEditor.NewItem(title: "Sharing"), after: 0), try e.add(DocumentEditor.NewItem(title: "Sharing"), after: "search")),
            ("add before", try e.add(DocumentEditor.NewItem(title: "Sharing"), before: 0), try e.add(DocumentEditor.NewItem(title: "Sharing"), before: "search")),
        ]
        for (name, byIndex, byID) in pairs {
            #expect(!byIndex.patches.isEmpty, "\(name) changes nothing")
            #expect(byIndex.patches == byID.patches, "\(name)")
            #expect(byIndex.intent == byID.intent, "\(name)")
        }
        // And what the id names is what changes: the second item's title, not the first's.
        let renamed = try e.verified(try e.rename(item: "offline-mode", to: "Offline first"))
        #expect(String(decoding: renamed.applied(to: e.tree.source.bytes), as: UTF8.self).contains("## Search\n\nOwner: ana\n\n- [ ] Index titles\n- [x] Index bodies\n\n## Offline first\n"))
    }

    @Test func anIDNoItemHasIsRefusedNamingIt() {
        let e = editor(Self.markdown, .markdown)
        #expect(throws: EditError.invalidValue("ROADMAP has no item with id \"serach\"")) {
            try e.setField(item: "serach", key: "owner", value: "bo")
        }
    }

    /// Plain text has no link markup: an issue is linked with the bare `#N`, as RST without a
    /// targets block writes it with its URL in place.
    @Test func issueSentencesFollowTheDialect() throws {
        let plain = editor("""
            Project Roadmap

            This is the roadmap of the project, copied out of a rendered page for safekeeping.

            First Item

            A description of the first item, long enough to be prose and not a heading.

            """, .text)
        let rst = editor("Roadmap\n=======\n\nFirst Item\n----------\n\nA description.\n", .rst)
        func written(_ e: DocumentEditor) throws -> String {
            let edit = try e.verified(try e.link(item: "first-item", issue: "https://github.com/acme/app/issues/7"))
            return String(decoding: edit.applied(to: e.tree.source.bytes), as: UTF8.self)
        }
        #expect(try written(plain).hasSuffix("not a heading.\n\nThis feature is tracked as GitHub issue #7.\n"))
        #expect(try written(rst).hasSuffix("A description.\n\nThis feature is tracked as GitHub issue `#7 <https://github.com/acme/app/issues/7>`_.\n"))
    }
}
