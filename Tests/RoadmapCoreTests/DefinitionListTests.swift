import Testing
import RoadmapCore

/// A reStructuredText roadmap that names each feature on a line and describes it indented below
/// (a definition list, as docutils reads it): the terms are the item's deliverables.
@Suite struct DefinitionListTests {
    let features = """
        Roadmap
        =======

        Core
        ----

        end(n)
            allows moving backwards a fixed number of parents in the chain

        face.outerWire
            allow selecting the outerWire of a face,
            so that it can be used for offsets

        Selectors
        ---------

        Selectors can be chained.

        logic inversion
            ! or not to invert logic

        """

    @Test func termsAreDeliverablesAndNotTheSummary() {
        let doc = read(features, as: .rst)
        #expect(doc.items.map(\.title) == ["Core", "Selectors"])
        #expect(doc.items[0].deliverables.map(\.text) == ["end(n)", "face.outerWire"])
        #expect(doc.items[0].deliverables.map(\.line) == [7, 10])
        #expect(doc.items[0].deliverables.allSatisfy { !$0.hasCheckbox })
        #expect(doc.items[0].summary == nil)
        #expect(doc.items[1].summary == "Selectors can be chained.")
        #expect(doc.items[1].deliverables.map(\.text) == ["logic inversion"])
        #expect(doc.items[1].progress.total == 0)
    }

    @Test func aListInTheSectionIsItsDeliverablesStill() {
        // Definitions holding a checklist: the boxes are the deliverables, as before.
        let doc = read("""
            Roadmap
            =======

            Q3
            --

            Storage
                - [x] S3
                - [ ] GCS

            """, as: .rst)
        #expect(doc.items[0].deliverables.map(\.text) == ["S3", "GCS"])
    }

    @Test func markdownHasNoDefinitionLists() {
        let doc = read("# Roadmap\n\n## Core\n\nend(n)\n    more text\n", as: .markdown)
        #expect(doc.items[0].deliverables.isEmpty)
    }

    @Test func editsOfTermsAreRefusedNotMisplaced() throws {
        // A term needs its definition: the tool cannot write one, so it says so and writes nothing.
        let e = DocumentEditor(path: "doc", tree: SyntaxTree.parse(SourceText(features), as: .rst))
        #expect(throws: EditError.self) { try e.addDeliverable(item: 0, text: "Tagging", checked: false, link: nil, under: nil) }
        #expect(throws: EditError.self) { try e.addDeliverable(item: 0, text: "Tagging", checked: false, link: nil, under: "1") }
        #expect(throws: EditError.self) { try e.remove(item: 0, deliverable: "1") }
        // The item's own edits still work.
        let renamed = try e.verified(e.rename(item: 0, to: "Core API")).applied(to: e.tree.source.bytes)
        #expect(String(decoding: renamed, as: UTF8.self).contains("Core API\n--------\n\nend(n)\n"))
    }

    @Test func convertedToMarkdownTheTermsAreListEntries() {
        // Markdown has no definition lists: a term the reader takes for a deliverable becomes a
        // list entry with its definition under it, and reads the same.
        let tree = SyntaxTree.parse(SourceText(features), as: .rst)
        let markdown = MarkdownConverter.markdown(from: tree)
        #expect(markdown.contains("- end(n)\n\n  allows moving backwards a fixed number of parents in the chain\n\n- face.outerWire\n"))
        let converted = read(markdown, as: .markdown)
        #expect(converted.items.map { $0.deliverables.map(\.text) } == [["end(n)", "face.outerWire"], ["logic inversion"]])
        #expect(converted.items.map(\.summary) == [nil, "Selectors can be chained."])
    }
}
