/// Lays out rows of cells as aligned text columns that fit a width.
///
/// Columns marked `flexible` shrink (their cells cut with `…`) when the table is wider than
/// the width allowed, widest first; the others keep their width.
public struct TableLayout: Sendable {
    public struct Column: Sendable {
        public var header: String
        public var flexible: Bool
        public var minimumWidth: Int

        public init(_ header: String, flexible: Bool = false, minimumWidth: Int = 8) {
            self.header = header
            self.flexible = flexible
            self.minimumWidth = minimumWidth
        }
    }

    public var columns: [Column]
    public var rows: [[String]]
    /// A function to style a cell (colors); it receives the padded text, row and column.
    public var style: @Sendable (String, Int, Int) -> String = { s, _, _ in s }
    public var headerStyle: @Sendable (String) -> String = { $0 }

    public init(columns: [Column], rows: [[String]]) {
        self.columns = columns
        self.rows = rows
    }

    /// The table as lines; `width` nil means as wide as the cells need.
    public func render(width: Int?) -> String {
        // Cell widths once: a listing of 100,000 items has half a million cells.
        let cellWidths = rows.map { $0.map(TextWidth.of) }
        var widths = columns.indices.map { c in
            max(TextWidth.of(columns[c].header), cellWidths.map { $0[c] }.max() ?? 0)
        }
        let gap = 2
        if let width {
            var total = widths.reduce(0, +) + gap * (columns.count - 1)
            while total > width {
                guard let c = columns.indices.filter({ columns[$0].flexible && widths[$0] > columns[$0].minimumWidth }).max(by: { widths[$0] < widths[$1] }) else { break }
                let shrink = min(total - width, widths[c] - columns[c].minimumWidth)
                widths[c] -= shrink
                total -= shrink
            }
        }
        var out = ""
        out.reserveCapacity((widths.reduce(0, +) + gap * columns.count + 1) * (rows.count + 1))
        let spaces = String(repeating: " ", count: (widths.max() ?? 0) + gap)
        func line(_ cells: [String], _ cellWidth: [Int], row: Int?) {
            var text = ""
            for c in columns.indices {
                let w = cellWidth[c]
                var cell = cells[c]
                var shown = w
                if w > widths[c] {
                    cell = TextWidth.truncate(cell, to: widths[c])
                    shown = TextWidth.of(cell)
                }
                let isLast = c == columns.count - 1
                let padding = isLast ? 0 : widths[c] - shown
                let styled = row.map { style(cell, $0, c) } ?? headerStyle(cell)
                text += styled
                if !isLast { text += spaces.prefix(padding + gap) }
            }
            while text.hasSuffix(" ") { text.removeLast() }
            out += text
            out += "\n"
        }
        line(columns.map(\.header), columns.map { TextWidth.of($0.header) }, row: nil)
        for (r, row) in rows.enumerated() { line(row, cellWidths[r], row: r) }
        return out
    }
}
