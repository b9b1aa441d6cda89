import Testing
import RoadmapCore

/// A plain list whose entries are marked one by one (`~~Done~~`, `✅ Done`) is work, wherever it
/// stands: its marks give its item's status and progress.
@Suite struct MarkedPlainListTests {
    @Test func aMarkedListBeforeTheFirstItemIsAnItem() {
        let doc = read("""
            # Roadmap

            - ~~Add JWT support~~
            - Add e-mail support
            - ✅ Slack notifications

            ## Updaters

            - [ ] Sparkle

            """, as: .markdown)
        #expect(doc.items.map(\.title) == ["Roadmap", "Updaters"])
        #expect(doc.items[0].deliverables.map(\.text) == ["Add JWT support", "Add e-mail support", "✅ Slack notifications"])
        #expect(doc.items[0].status == .inProgress)
        #expect(doc.items[0].progress == (2, 3))
    }

    @Test func anUnmarkedListBeforeTheFirstItemIsProse() {
        // Contents, goals, an introduction: not work of its own.
        let doc = read("""
            # Roadmap

            - [Updaters](#updaters)
            - [Storage](#storage)

            ## Updaters

            - [ ] Sparkle

            ## Storage

            - [ ] S3

            """, as: .markdown)
        #expect(doc.items.map(\.title) == ["Updaters", "Storage"])
    }

    @Test func aRoadmapThatIsOneMarkedListTakesItsStatusFromTheMarks() {
        let doc = read("""
            # Plan

            - ~~Types~~
            - ~~Search~~

            """, as: .markdown)
        #expect(doc.items.count == 1)
        #expect(doc.items[0].status == .done)
        #expect(doc.items[0].progress == (2, 2))
    }

    @Test func aMarkedListInAProcessDocumentIsProse() {
        let doc = read("""
            # Planning Process

            - ~~Old rule~~
            - New rule

            ## How we plan

            Text.

            """, as: .markdown)
        #expect(doc.items.isEmpty)
    }
}
