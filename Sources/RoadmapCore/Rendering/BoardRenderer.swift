/// `roadmap board`: the items as a kanban board, one column per stage (backlog, planned, in
/// progress, done), each card the item's title, id and progress.
public enum BoardRenderer {
    /// One card: what the board shows of an item.
    public struct Card: Sendable {
        public var id: String
        public var title: String
        public var document: String
        public var done: Int
        public var total: Int

        public init(_ item: Item, document: String) {
            id = item.id
            title = item.title
            self.document = document
            (done, total) = item.progress
        }
    }

    /// The stages in board order, left to right.
    public static let stages: [Status] = [.backlog, .planned, .inProgress, .done]

    /// The cards of each stage, in document order.
    public static func columns(_ documents: [Document]) -> [(stage: Status, cards: [Card])] {
        stages.map { stage in
            (stage, documents.flatMap { d in d.items.filter { $0.status == stage }.map { Card($0, document: d.path) } })
        }
    }

    /// The board as text that fits `width` columns (80 when unknown): a heading per stage with
    /// its count, then the cards side by side, titles wrapped at words within their column.
    public static func text(_ columns: [(stage: Status, cards: [Card])], width: Int?, style: TextStyle) -> String {
        let gap = 2
        let total = max(40, width ?? 80)
        let columnWidth = max(8, (total - gap * (columns.count - 1)) / max(1, columns.count))
        // Each column as lines: its heading, a rule, then each card (title lines, then id and progress).
        let rendered: [[String]] = columns.map { column in
            var lines = [style.bold(TextWidth.pad("\(column.stage.rawValue.uppercased()) (\(column.cards.count))", to: columnWidth)),
                         String(repeating: "─", count: columnWidth)]
            for (k, card) in column.cards.enumerated() {
                if k > 0 { lines.append(String(repeating: " ", count: columnWidth)) }
                // Titles wrap at words; a word wider than the column is cut.
                let title = ItemDetailRenderer.wrap(card.title, width: columnWidth, indent: "").split(separator: "\n", omittingEmptySubsequences: false)
                lines += title.map { TextWidth.pad(TextWidth.truncate(String($0), to: columnWidth), to: columnWidth) }
                let progress = card.total == 0 ? "" : " \(card.done)/\(card.total)"
                let meta = TextWidth.truncate(card.id, to: columnWidth - TextWidth.of(progress)) + progress
                lines.append(style.dim(TextWidth.pad(meta, to: columnWidth)))
            }
            return lines
        }
        let height = rendered.map(\.count).max() ?? 0
        var out = ""
        for row in 0 ..< height {
            let cells = rendered.map { row < $0.count ? $0[row] : String(repeating: " ", count: columnWidth) }
            var line = cells.joined(separator: String(repeating: " ", count: gap))
            while line.hasSuffix(" ") { line.removeLast() }
            out += line + "\n"
        }
        return out
    }

    /// A GitHub table, one column per stage, the cards of a stage one under another.
    public static func markdown(_ columns: [(stage: Status, cards: [Card])]) -> String {
        var out = "| " + columns.map { "\($0.stage.rawValue) (\($0.cards.count))" }.joined(separator: " | ") + " |\n"
        out += "|" + String(repeating: "---|", count: columns.count) + "\n"
        let height = columns.map(\.cards.count).max() ?? 0
        for row in 0 ..< height {
            let cells = columns.map { column -> String in
                guard row < column.cards.count else { return "" }
                let card = column.cards[row]
                let progress = card.total == 0 ? "" : " \(card.done)/\(card.total)"
                return MarkdownEscaping.cell(card.title) + " `\(card.id)`" + progress
            }
            out += "| " + cells.joined(separator: " | ") + " |\n"
        }
        return out
    }

    /// `{"schema": 1, "columns": [{"stage": …, "items": [{id, title, document, progress}]}]}`.
    public static func json(_ columns: [(stage: Status, cards: [Card])]) -> String {
        JSONRenderer.envelope("columns") { w in
            for column in columns {
                w.beginObject()
                w.field("stage", column.stage.rawValue)
                w.key("items")
                w.beginArray()
                for card in column.cards {
                    w.beginObject()
                    w.field("id", card.id); w.field("title", card.title); w.field("document", card.document)
                    w.key("progress"); w.beginObject(); w.field("done", card.done); w.field("total", card.total); w.endObject()
                    w.endObject()
                }
                w.endArray()
                w.endObject()
            }
        }
    }
}
