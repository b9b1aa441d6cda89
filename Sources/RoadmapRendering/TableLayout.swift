import RoadmapText
import RoadmapModel
import RoadmapSyntax
import RoadmapIO
import RoadmapReading

/// Lays out rows of cells as aligned text columns that fit a width.
///
/// Columns marked `flexible` shrink (their cells cut with `…`) when the table is wider than
/// the width allowed, widest first; the others keep their width. They shrink in two rounds:
/// first down to their `comfortableWidth` (free text such as titles gives way first), then, if
/// the table is still too wide, down to their `minimumWidth`, the widest first again (so that an
/// id of 59 characters is cut before a title is cut to 11). A row is never wrapped.
public struct TableLayout: Sendable {
    public struct Column: Sendable {
        public var header: String
        public var flexible: Bool
        public var minimumWidth: Int
        /// How far the column shrinks in the first round; nil: it waits for the second.
        public var comfortableWidth: Int?
        /// Whether a cut cell keeps its end rather than its start (`…/planning.md:18`).
        public var keepsEnd: Bool

        public init(_ header: String, flexible: Bool = false, minimumWidth: Int = 8, comfortableWidth: Int? = nil, keepsEnd: Bool = false) {
            self.header = header
            self.flexible = flexible
            self.minimumWidth = minimumWidth
            self.comfortableWidth = comfortableWidth
            self.keepsEnd = keepsEnd
        }
    }

    public var columns: [Column]
    public var rows: [[String]]
    /// A function to style a cell (colors); it receives the padded text, row and column.
    public var style: @Sendable (String, Int, Int) -> String = { s, _, _ in s }
    public var headerStyle: @Sendable (String) -> String = { $0 }
    /// Whether `style` and `headerStyle` are in use (false: cells are written as they are, faster).
    public var styled = true

    public init(columns: [Column], rows: [[String]]) {
        self.columns = columns
        self.rows = rows
    }

    /// Column widths that add up to at most `room` (when the flexible columns can give that
    /// much): in each round, the widest column that may still shrink loses a column at a time.
    static func fit(_ natural: [Int], _ columns: [Column], to room: Int) -> [Int] {
        var widths = natural
        var total = widths.reduce(0, +)
        let rounds: [(Column) -> Int?] = [
            { $0.comfortableWidth.map { [minimum = $0.minimumWidth] in max($0, minimum) } },
            { $0.minimumWidth },
        ]
        for floor in rounds {
            let floors = columns.map { $0.flexible ? floor($0) : nil }
            while total > room {
                let candidates = columns.indices.filter { c in floors[c].map { widths[c] > $0 } ?? false }
                guard let c = candidates.max(by: { widths[$0] < widths[$1] }) else { break }
                // Down to the next widest candidate (or the floor) at most, so that columns
                // that are cut end up about as wide as each other.
                let next = candidates.filter { $0 != c }.map { widths[$0] }.max() ?? 0
                let shrink = max(1, min(total - room, widths[c] - max(floors[c]!, next)))
                widths[c] -= shrink
                total -= shrink
            }
        }
        return widths
    }

    /// The table as lines; `width` nil means as wide as the cells need.
    public func render(width: Int?) -> String { String(decoding: renderBytes(width: width), as: UTF8.self) }

    /// The table as the UTF-8 bytes of its lines (from strings, padded with spaces: valid
    /// UTF-8). A listing of 100,000 rows is written from these without making them a string,
    /// whose check of ten megabytes took 40 ms.
    public func renderBytes(width: Int?) -> [UInt8] {
        // Nothing from a document reaches the terminal as a control character. Widths in a
        // flat array, measured once, a large listing's halves on two threads: a listing of
        // 100,000 items has half a million cells.
        let n = columns.count
        let rows = rows
        // Only widths are kept, not copies of the cells: a cell is read from `rows` again when
        // its line is written. A negative entry, -(width + 1), marks the rare cell with control
        // characters, which is made printable again then.
        let measured = ParallelMap.chunks(rows.count, threshold: parallelThreshold) { range -> [Int32] in
            var out: [Int32] = []
            out.reserveCapacity(range.count * n)
            for r in range {
                for c in 0 ..< n {
                    let w = TextWidth.printableWidth(rows[r][c])
                    out.append(w >= 0 ? Int32(w) : -Int32(TextWidth.of(TextWidth.printable(rows[r][c]))) - 1)
                }
            }
            return out
        }
        var widths = columns.map { TextWidth.of($0.header) }
        for (k, m) in measured.enumerated() {
            let w = m >= 0 ? Int(m) : Int(-m - 1)
            if w > widths[k % n] { widths[k % n] = w }
        }
        let gap = 2
        if let width { widths = Self.fit(widths, columns, to: width - gap * (n - 1)) }
        let headers = columns.map(\.header)
        let headerWidths = columns.map { Int32(TextWidth.of($0.header)) }
        // Built as bytes: string appends with padding cost more than the rest of a listing.
        let lineLength = widths.reduce(0, +) + gap * n + 1
        let body = ParallelMap.chunks(rows.count, threshold: parallelThreshold) { range -> [[UInt8]] in
            var out: [UInt8] = []
            out.reserveCapacity(lineLength * range.count)
            for r in range { line(rows[r], measured[(r * n) ..< (r * n + n)], row: r, widths: widths, into: &out) }
            return [out]
        }
        var out: [UInt8] = []
        out.reserveCapacity(lineLength * (rows.count + 1))
        line(headers, headerWidths[...], row: nil, widths: widths, into: &out)
        for part in body { out += part }
        return out
    }

    /// Rows from which a table is measured and written on two threads (tests lower it).
    package var parallelThreshold = TableLayout.parallelRows
    package static let parallelRows = 4096

    /// Appends one line: `cells`, of the widths `measured` gives, padded to `widths` (cut where
    /// wider), styled; `row` nil for the header.
    private func line(_ cells: [String], _ measured: ArraySlice<Int32>, row: Int?, widths: [Int], into out: inout [UInt8]) {
        let gap = 2
        let lineStart = out.count
        for c in 0 ..< cells.count {
            var cell = cells[c]
            var shown = Int(measured[measured.startIndex + c])
            if shown < 0 {
                cell = TextWidth.printable(cell)
                shown = -shown - 1
            }
            if shown > widths[c] {
                cell = columns[c].keepsEnd ? TextWidth.truncateStart(cell, to: widths[c]) : TextWidth.truncate(cell, to: widths[c])
                shown = TextWidth.of(cell)
            }
            if styled { cell = row.map { style(cell, $0, c) } ?? headerStyle(cell) }
            cell.withUTF8 { out.append(contentsOf: $0) }
            if c < cells.count - 1 {
                out.append(contentsOf: repeatElement(0x20, count: max(0, widths[c] - shown + gap)))
            }
        }
        while out.count > lineStart && out.last == 0x20 { out.removeLast() }
        out.append(0x0A)
    }
}
