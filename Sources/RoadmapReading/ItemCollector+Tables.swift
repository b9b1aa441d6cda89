import RoadmapText
import RoadmapModel
import RoadmapSyntax

/// Roadmaps written as a table, one feature a row (`| Feature | Description | Release | Status |`):
/// each row is an item.
extension ItemCollector {
    /// Headers of the column that names a row, where it is not the first (`| Priority | Scenario | … |`).
    static let nameHeaders: Set<String> = [
        "feature", "features", "title", "name", "item", "scenario", "theme", "task", "goal", "milestone", "epic", "capability",
        "component", "project", "initiative", "deliverable", "objective", "topic", "change", "enhancement", "story", "work item",
    ]
    /// Headers of tables whose rows are no work: a legend of statuses, a list of people.
    static let otherTableHeaders: Set<String> = [
        "meaning", "definition", "legend", "symbol", "icon", "emoji", "organisation", "organization", "company", "affiliation",
        "role", "email",
    ]

    /// The rows of a Markdown pipe table: its header's cells, and each row's line and cells.
    struct TableRows {
        var header: [String]
        var rows: [(line: Int, cells: [String])]

        var names: [String] { header.map(PipeTableRow.headerName) }
        var statusColumn: Int? { names.firstIndex { PipeTableRow.statusHeaders.contains($0) } }
        /// The column that names the row: one headed so (`Feature`, `Scenario`), else the first
        /// that is not its status.
        var titleColumn: Int { names.firstIndex { ItemCollector.nameHeaders.contains($0) } ?? header.indices.first { $0 != statusColumn } ?? 0 }
        /// Whether the rows are named by numbers: steps of one item, not items.
        var isNumbered: Bool {
            let column = titleColumn
            let numbered = rows.count { column < $0.cells.count && !$0.cells[column].isEmpty && $0.cells[column].allSatisfy { $0.isNumber || $0 == "." || $0 == "#" || $0 == " " } }
            return numbered * 2 > rows.count
        }
        /// Whether the rows are work: not a legend (`| Status | Meaning |`: the status comes
        /// first) or a list of people.
        var isWork: Bool { statusColumn != 0 && !names.contains { ItemCollector.otherTableHeaders.contains($0) } }
    }

    /// The table of blocks `range` whose rows are items: a Markdown pipe table (or an RST grid
    /// table whose cells are one line each) of two columns at least and one row at least, with a
    /// status column unless `group` (the section is a status group, which says the rows'
    /// status) — and two rows at least then, so that a one-row table of a section stays its
    /// text. Rows named by numbers (`| 1 | coverage audit | Done |`) are steps of the section,
    /// which stays one item.
    func itemTable(in range: Range<Int>, group: Bool) -> TableRows? { Self.itemTable(in: range, group: group, context: context) }

    static func itemTable(in range: Range<Int>, group: Bool, context: ReadingContext) -> TableRows? {
        guard context.tree.format != .text else { return nil }
        var found: TableRows? = nil
        for k in range where context.blocks[k].kind == .table && context.blocks[k].parent < 0 {
            // Two tables: which one holds the items is not clear; the section stays one item.
            if found != nil { return nil }
            guard let table = rows(ofTable: k, context: context), table.header.count >= 2, table.isWork, !table.isNumbered else { return nil }
            if group ? table.rows.isEmpty : (table.statusColumn == nil || table.rows.count < 2) { return nil }
            found = table
        }
        return found
    }

    static func rows(ofTable k: Int, context: ReadingContext) -> TableRows? {
        var header: [String]? = nil
        var rows: [(Int, [String])] = []
        let grid = context.tree.format == .rst
        var previousWasRow = false
        for i in context.blocks[k].lines {
            let line = context.source.line(i)
            if grid {
                // A grid table's rows stand between `+---+` borders; a row of two lines has cells
                // of more than one line, which this reading does not join.
                let trimmed = line.trimming(" \t")
                guard trimmed.hasPrefix("|") else {
                    previousWasRow = false
                    if trimmed.hasPrefix("+") { continue }
                    return nil
                }
                if previousWasRow { return nil }
                previousWasRow = true
            }
            guard line.contains("|") else { continue }
            let cells = PipeTableRow.cells(line)
            if header == nil { header = cells; continue }
            if PipeTableRow.isDelimiter(cells) { continue }
            rows.append((i, cells))
        }
        return header.map { TableRows(header: $0, rows: rows) }
    }

    /// Each row of `table` becomes an item of `groups`: its title the row's name (or, where that
    /// cell is empty, the next one), its status the status column's (else `status`, else
    /// planned), its other cells fields named by their headers.
    mutating func collectTableItems(_ table: TableRows, status groupStatus: Status?, groups: [String]) {
        let statusColumn = table.statusColumn
        let headers = table.header.map { context.inlineText(Array($0.utf8)).plain.trimming(" *_") }
        var label: String? = nil  // a row of one bold cell (`| **Testing** | | |`) labels the rows below it
        for (line, cells) in table.rows {
            if let bold = Self.labelRow(cells) {
                label = context.inlineText(Array(bold.utf8)).plain
                continue
            }
            var titleColumn = table.titleColumn
            while titleColumn < cells.count, titleColumn == statusColumn || cells[titleColumn].isEmpty { titleColumn += 1 }
            guard titleColumn < cells.count else { continue }
            let title = context.inlineText(Array(cells[titleColumn].utf8))
            guard !title.plain.isEmpty else { continue }
            var issues = IssueSet(title.issues)
            var links = title.links
            var fields: [Field] = []
            for (c, cell) in cells.enumerated() where c != titleColumn && c < headers.count && !cell.isEmpty && !headers[c].isEmpty {
                let value = context.inlineText(Array(cell.utf8))
                guard !value.plain.isEmpty else { continue }
                // The status column is the item's status field, whatever its header (`State`).
                fields.append(Field(key: c == statusColumn ? "Status" : headers[c], value: value.plain, line: line + 1))
                issues.merge(value.issues)
                links.append(contentsOf: value.links)
            }
            let said = statusColumn.flatMap { $0 < cells.count ? Status(text: cells[$0]) : nil }
            var item = Item(id: "", title: title.plain, line: line + 1, status: said ?? groupStatus ?? .planned, fields: fields,
                            issues: issues.refs, links: links, lineRange: line ..< line + 1)
            item.groups = label.map { groups + [$0] } ?? groups
            item.origin = .tableRow
            emit(item)
        }
    }

    /// The text of a row whose only cell is bold whole (`| **Testing** | | |`): a label over
    /// the rows below it, not a row of its own.
    static func labelRow(_ cells: [String]) -> String? {
        let filled = cells.filter { !$0.trimming(" \t").isEmpty }
        guard filled.count == 1, let cell = filled.first?.trimming(" \t"), cell.count > 4 else { return nil }
        for mark in ["**", "__"] where cell.hasPrefix(mark) && cell.hasSuffix(mark) && !cell.dropFirst(2).dropLast(2).contains(mark) {
            return cell
        }
        return nil
    }
}
