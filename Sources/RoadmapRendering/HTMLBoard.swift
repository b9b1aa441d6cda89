import RoadmapText
import RoadmapModel
import RoadmapSyntax
import RoadmapIO
import RoadmapReading

/// The kanban board of an HTML page (`render --to html --board`): a column per stage, a card
/// per item linking to its full card below. Only CSS: the board scrolls sideways inside itself
/// when its stages do not fit (the page never does), and stacks its columns on a phone.
public enum HTMLBoard {
    /// One column: a stage's name, whether it counts as done, and its cards.
    public struct Column: Sendable {
        public var name: String
        public var done: Bool
        public var cards: [BoardRenderer.Card]

        public init(name: String, done: Bool, cards: [BoardRenderer.Card]) {
            self.name = name
            self.done = done
            self.cards = cards
        }
    }

    /// The board section. `prefix` gives the anchor prefix of a document's items (several
    /// documents on one page prefix their ids); `id` is the section's own anchor.
    static func section(_ columns: [Column], id: String, prefix: (String) -> String) -> String {
        var out = "<h2 id=\"\(HTMLRenderer.escape(id))\">Board</h2>\n<div class=\"board\" role=\"list\">\n"
        for c in columns {
            out += "<section class=\"column\(c.done ? " done" : "")\" role=\"listitem\" aria-label=\"\(HTMLRenderer.escape(c.name))\">\n"
            out += "<h3>\(HTMLRenderer.escape(c.name)) <span class=\"count\">\(c.cards.count)</span></h3>\n"
            if !c.cards.isEmpty {
                out += "<ol>\n"
                for card in c.cards {
                    let anchor = HTMLRenderer.escape(prefix(card.document) + card.id)
                    out += "<li class=\"ticket\"><a href=\"#\(anchor)\">\(HTMLRenderer.escape(card.title))</a>"
                    out += "<span class=\"meta\"><code>\(HTMLRenderer.escape(card.id))</code>"
                    if card.total > 0 { out += " <span class=\"count\">\(card.done)/\(card.total)</span>" }
                    out += "</span>"
                    if card.total > 0 { out += HTMLRenderer.bar(done: card.done, total: card.total, newline: false) }
                    out += "</li>\n"
                }
                out += "</ol>\n"
            }
            out += "</section>\n"
        }
        return out + "</div>\n"
    }

    /// Added to the page's style only when it has a board, so that pages without one keep their bytes.
    static let style = """
        .board { display: grid; grid-auto-flow: column; grid-auto-columns: minmax(13rem, 1fr); gap: .75rem; overflow-x: auto;
          align-items: start; padding-bottom: .5rem; margin-bottom: 1.5rem; overscroll-behavior-x: contain; }
        .column { background: var(--card); border: 1px solid var(--line); border-top: 3px solid var(--accent); border-radius: 8px;
          padding: .6rem; min-width: 0; }
        .column.done { border-top-color: var(--done); }
        .column h3 { display: flex; justify-content: space-between; gap: .5rem; font-size: .9rem; margin: 0 0 .5rem; }
        .column ol { list-style: none; margin: 0; padding: 0; display: grid; gap: .5rem; }
        .ticket { border: 1px solid var(--line); border-radius: 6px; padding: .45rem .55rem; background: var(--bg); font-size: .9rem; }
        .ticket > a { display: block; color: var(--fg); font-weight: 600; }
        .ticket .meta { display: flex; justify-content: space-between; gap: .5rem; color: var(--muted); font-size: .8rem; }
        .ticket code { overflow-wrap: anywhere; }
        .ticket .bar { height: 5px; margin: .3rem 0 0; }
        @media (max-width: 480px) { .board { grid-auto-flow: row; grid-auto-columns: auto; overflow-x: visible; } }

        """
}
