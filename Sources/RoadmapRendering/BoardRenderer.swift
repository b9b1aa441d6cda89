import RoadmapText
import RoadmapModel
import RoadmapSyntax
import RoadmapIO
import RoadmapReading

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

    /// The cards of each stage, in document order: the stages the documents declare
    /// (`Workflow.portfolio`), else backlog, planned, in progress and done.
    public static func columns(_ documents: [Document]) -> [(stage: Workflow.Stage, cards: [Card])] {
        let workflow = Workflow.portfolio(documents)
        var cards = Array(repeating: [Card](), count: workflow.stages.count)
        for d in documents {
            for item in d.items {
                let stage = workflow.column(of: item)
                if let k = workflow.stages.firstIndex(of: stage) { cards[k].append(Card(item, document: d.path)) }
            }
        }
        return zip(workflow.stages, cards).map { ($0, $1) }
    }

    /// The narrowest a text column gets before the board wraps into bands of columns.
    static let narrowestColumn = 12

    /// The board as text that fits `width` columns (80 when unknown): a heading per stage with
    /// its count, then the cards side by side, titles wrapped at words within their column.
    /// A workflow with more stages than fit side by side (eleven at 80 columns) wraps into
    /// bands of columns, one under another, as many stages in each.
    public static func text(_ columns: [(stage: Workflow.Stage, cards: [Card])], width: Int?, style: TextStyle) -> String {
        let gap = 2
        let total = max(40, width ?? 80)
        var perBand = max(1, columns.count)
        if (total - gap * (perBand - 1)) / perBand < narrowestColumn {
            let fit = max(1, (total + gap) / (narrowestColumn + gap))
            let bands = (columns.count + fit - 1) / fit
            perBand = (columns.count + bands - 1) / bands
        }
        let columnWidth = max(8, (total - gap * (perBand - 1)) / perBand)
        var out = ""
        var start = 0
        while start < columns.count {
            if start > 0 { out += "\n" }
            let band = columns[start ..< min(start + perBand, columns.count)]
            out += Self.band(Array(band), columnWidth: columnWidth, gap: gap, style: style)
            start += perBand
        }
        return out
    }

    /// Columns side by side, each `columnWidth` wide.
    private static func band(_ columns: [(stage: Workflow.Stage, cards: [Card])], columnWidth: Int, gap: Int, style: TextStyle) -> String {
        // A long stage name wraps at words ("DEVELOPMENT / READY (3)"); the rules under the
        // headings stay on one line.
        let headings: [[String]] = columns.map { column in
            let text = "\(column.stage.name.uppercased()) (\(column.cards.count))"
            return ItemDetailRenderer.wrap(text, width: columnWidth, indent: "").split(separator: "\n").map {
                style.bold(TextWidth.pad(TextWidth.truncate(String($0), to: columnWidth), to: columnWidth))
            }
        }
        let headingHeight = headings.map(\.count).max() ?? 1
        // Each column as lines: its heading, a rule, then each card (title lines, then id and progress).
        let rendered: [[String]] = zip(columns, headings).map { column, heading in
            var lines = heading + Array(repeating: String(repeating: " ", count: columnWidth), count: headingHeight - heading.count)
            lines.append(String(repeating: "─", count: columnWidth))
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
    public static func markdown(_ columns: [(stage: Workflow.Stage, cards: [Card])]) -> String {
        var out = "| " + columns.map { "\($0.stage.name) (\($0.cards.count))" }.joined(separator: " | ") + " |\n"
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
    public static func json(_ columns: [(stage: Workflow.Stage, cards: [Card])]) -> String {
        JSONRenderer.envelope("columns") { w in
            for column in columns {
                w.beginObject()
                w.field("stage", column.stage.name)
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
