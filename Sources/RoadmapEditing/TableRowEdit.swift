import RoadmapText
import RoadmapModel
import RoadmapSyntax
import RoadmapIO
import RoadmapReading

/// Edits of an item read from a row of a table (`| Sync | … | In progress |`): `set` changes
/// the cell of a column the table has, in place; what would need a new column or row is
/// refused, with the line to edit by hand.
struct TableRowEdit: EditBuilder {
    let editor: DocumentEditor

    /// Refuses an edit of item `item` that a row of a table cannot take.
    static func refusal(_ item: Item, edit: String) -> EditError {
        .nothingToChange(item: item.title, reason: "it is a row of a table (line \(item.line)); \(edit) it by editing the table by hand")
    }

    /// Sets the cell of column `key` (`status` is the status column) of the row item `index` is.
    func set(item index: Int, key: String, value: String) throws(EditError) -> Edit {
        let item = document.items[index]
        if value.contains(where: { $0 == "|" || $0 == "\n" || $0 == "\r" }) || value.trimming(" \t").isEmpty {
            throw .invalidValue("a table cell holds one line of text without |")
        }
        let row = item.line - 1
        guard let table = tree.blocks.first(where: { $0.kind == .table && $0.lines.contains(row) }),
            let header = table.lines.first(where: { source.line($0).contains("|") })
        else { throw Self.refusal(item, edit: "change") }
        let wanted = key.lowercased()
        let names = cellRanges(ofLine: header).map { PipeTableRow.headerName(source.string($0)) }
        guard let column = names.firstIndex(where: { $0 == wanted || (wanted == "status" && PipeTableRow.statusHeaders.contains($0)) }) else {
            throw .nothingToChange(item: item.title, reason: "its table has no \(key) column; add the column by hand")
        }
        // The status column is the row's status field, as the reader names it.
        let key = PipeTableRow.statusHeaders.contains(names[column]) ? "status" : key
        try validate(key: key, value: value)
        let cells = cellRanges(ofLine: row)
        guard column < cells.count else { throw Self.refusal(item, edit: "change") }
        var range = cells[column]
        var replacement = Array(writer.fieldText(value).utf8)
        if tree.format == .rst {
            // A grid table's columns have a width every row keeps: the value fills the cell,
            // padded with spaces; one that is wider is refused.
            let width = TextWidth.of(source.string(range))
            let text = String(decoding: replacement, as: UTF8.self)
            guard TextWidth.of(text) + 2 <= width else {
                throw .invalidValue("\"\(value)\" is wider than the \(key) column of the table (\(width - 2) columns); widen the column by hand")
            }
            var edit = Edit(intent: .setField(item: index, key: key, value: value))
            let cell = Array(TextWidth.pad(" " + text, to: width).utf8)
            let unchanged = source.bytes[range].elementsEqual(cell)
            if !unchanged { edit.patches.append(TextPatch(range: range, replacement: cell)) }
            edit.changes.append(Change(action: "set", subject: "\(key) = \"\(value)\"", item: item.title, itemID: item.id, line: item.line, changed: !unchanged))
            return edit
        }
        // The cell's text between its padding; an empty cell gets a space on each side.
        while range.lowerBound < range.upperBound, source.bytes[range.lowerBound] == 0x20 { range = range.lowerBound + 1 ..< range.upperBound }
        while range.upperBound > range.lowerBound, source.bytes[range.upperBound - 1] == 0x20 { range = range.lowerBound ..< range.upperBound - 1 }
        if range.isEmpty {
            range = cells[column]
            replacement = [0x20] + replacement + [0x20]
        }
        var edit = Edit(intent: .setField(item: index, key: key, value: value))
        let unchanged = source.bytes[range].elementsEqual(replacement)
        if !unchanged { edit.patches.append(TextPatch(range: range, replacement: replacement)) }
        edit.changes.append(Change(action: "set", subject: "\(key) = \"\(value)\"", item: item.title, itemID: item.id, line: item.line, changed: !unchanged))
        return edit
    }

    /// The byte ranges of the cells of a pipe table line, between its pipes (the pipes that
    /// open and close it make no cells), as `PipeTableRow.cells` splits it.
    private func cellRanges(ofLine i: Int) -> [Range<Int>] {
        let r = source.contentRange(ofLine: i)
        var start = r.lowerBound
        while start < r.upperBound, source.bytes[start] == 0x20 || source.bytes[start] == 0x09 { start += 1 }
        var end = r.upperBound
        while end > start, source.bytes[end - 1] == 0x20 || source.bytes[end - 1] == 0x09 { end -= 1 }
        let pipes = (start ..< end).filter { source.bytes[$0] == 0x7C }
        var bounds = [start - 1] + pipes + [end]
        if start < end, source.bytes[start] == 0x7C { bounds.removeFirst() }
        if end - 1 > start, source.bytes[end - 1] == 0x7C { bounds.removeLast() }
        return zip(bounds, bounds.dropFirst()).map { $0 + 1 ..< $1 }
    }
}
