import Testing
import RoadmapCore

/// `render --to html --board`: a kanban board at the top of the page.
@Suite struct HTMLBoardTests {
    let doc = read("""
        # Roadmap

        ## Sync & Merge

        - [x] Design
        - [ ] Build

        ## Offline

        Status: planned

        ## Search

        - [x] Index
        """, as: .markdown)

    func columns(_ documents: [Document]) -> [HTMLBoard.Column] {
        BoardRenderer.columns(documents).map { HTMLBoard.Column(name: $0.stage.name, done: $0.stage.isDone, cards: $0.cards) }
    }

    @Test func aColumnPerStageACardPerItemLinkingToItsCard() {
        let html = HTMLRenderer.page([doc], board: columns([doc]))
        #expect(html.contains("<h2 id=\"board\">Board</h2>\n<div class=\"board\" role=\"list\">\n"))
        #expect(html.contains("<section class=\"column\" role=\"listitem\" aria-label=\"planned\">\n<h3>planned <span class=\"count\">1</span></h3>\n"
            + "<ol>\n<li class=\"ticket\"><a href=\"#offline\">Offline</a><span class=\"meta\"><code>offline</code></span></li>\n</ol>\n</section>\n"))
        #expect(html.contains("<a href=\"#sync-merge\">Sync &amp; Merge</a><span class=\"meta\"><code>sync-merge</code> <span class=\"count\">1/2</span></span>"))
        #expect(html.contains("<section class=\"column done\" role=\"listitem\" aria-label=\"done\">"))
        // Every card on the board links to a card on the page.
        for card in columns([doc]).flatMap(\.cards) { #expect(html.contains("<article class=\"card\" id=\"\(card.id)\"")) }
        #expect(html.contains(".board { display: grid;"))
    }

    @Test func withoutABoardThePageIsAsBefore() {
        let html = HTMLRenderer.page([doc])
        #expect(!html.contains("class=\"board\""))
        #expect(!html.contains(".board {"))
    }

    @Test func severalDocumentsLinkToTheirPrefixedCards() {
        let other = read("# Other\n\n## Sync\n\n- [ ] Plan\n", as: .markdown, path: "other.md")
        let html = HTMLRenderer.page([doc, other], board: columns([doc, other]))
        #expect(html.contains("<a href=\"#d1-sync-merge\">"))
        #expect(html.contains("<a href=\"#d2-sync\">"))
    }

    @Test func anItemWithTheBoardsIDKeepsIt() {
        let d = read("# Roadmap\n\n## Board\n\n- [ ] Build\n", as: .markdown)
        let html = HTMLRenderer.page([d], board: columns([d]))
        #expect(html.contains("<article class=\"card\" id=\"board\""))
        #expect(html.contains("<h2 id=\"board-2\">Board</h2>"))
    }
}
