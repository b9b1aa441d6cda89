import Testing
import RoadmapCore

/// `roadmap board`: one column per stage, cards in document order, fitting the width.
@Suite struct BoardRendererTests {
    let doc = read("# R\n\n## Sync\n\n- [x] a\n- [ ] b\n\n## Search engine for every document we keep\n\n- [ ] c\n\n## Done\n\n### Login\n\n## Backlog\n\n- Dark mode\n", as: .markdown)

    @Test func cardsGoToTheColumnOfTheirStage() {
        let columns = BoardRenderer.columns([doc])
        #expect(columns.map(\.stage.name) == ["backlog", "planned", "in-progress", "done"])
        #expect(columns.map { $0.cards.map(\.id) } == [["dark-mode"], ["search-engine-for-every-document-we-keep"], ["sync"], ["login"]])
    }

    @Test func theTextBoardFitsEightyColumnsAndWrapsTitlesAtWords() {
        let text = BoardRenderer.text(BoardRenderer.columns([doc]), width: 80, style: TextStyle(enabled: false))
        let lines = text.split(separator: "\n").map(String.init)
        #expect(lines[0] == "BACKLOG (1)         PLANNED (1)         IN-PROGRESS (1)     DONE (1)")
        #expect(lines.allSatisfy { TextWidth.of($0) <= 80 })
        #expect(lines[2].contains("Search engine for") && lines[3].contains("every document we"))
        #expect(text.contains("sync 1/2"))
    }

    @Test func markdownAndJSON() {
        let columns = BoardRenderer.columns([doc])
        #expect(BoardRenderer.markdown(columns).hasPrefix("| backlog (1) | planned (1) | in-progress (1) | done (1) |\n|---|---|---|---|\n| Dark mode `dark-mode` |"))
        #expect(BoardRenderer.json(columns).contains("\"stage\": \"in-progress\""))
    }
}
