import RoadmapText
import RoadmapModel
import RoadmapSyntax
import RoadmapIO

/// Pipe tables in minutes: a table of attendees, of action items or of decisions.
extension MeetingReader {
    /// Reads a pipe table of attendees (name, organization, status columns), of action items
    /// (id, action, owner, status columns) or of decisions, its columns found by their headers.
    /// Outside a part, the first header names what the table holds ("Decision Item", "Action").
    mutating func readTable(_ k: Int, part: Part, into meeting: inout Meeting, notes: inout Notes, seen: inout Set<String>) {
        let b = context.blocks[k]
        var rows: [(line: Int, cells: [String])] = []
        for i in b.lines {
            let line = context.source.line(i)
            guard line.contains("|") else { continue }
            let cells = PipeTableRow.cells(line)
            if PipeTableRow.isDelimiter(cells) { continue }
            rows.append((i + 1, cells.map { context.inlineText(Array($0.utf8)).plain }))
        }
        // A table of labels and values (`| Attending | Dana, Lee |`, no header to speak of).
        var labelled = false
        for row in rows where row.cells.count >= 2 {
            guard let p = Self.labels[row.cells[0].lowercased().trimming(" :*_")], p == .attendees || p == .absent || p == .date else { continue }
            labelled = true
            if p == .date {
                // `| Date : | 04/12/2024 |`, as a label line would give it.
                if notes.date == nil { notes.date = PartialDate.find(in: row.cells[1...].joined(separator: " "), year: year) }
                continue
            }
            for name in Self.names(row.cells[1...].joined(separator: ", ")) where !Self.saysNone(name) {
                let a = Self.attendee(name)
                guard seen.insert((p == .absent ? "x:" : "a:") + a.name.lowercased()).inserted else { continue }
                if p == .absent { meeting.absent.append(a) } else { meeting.attendees.append(a) }
            }
        }
        if labelled { return }
        guard let header = rows.first?.cells.map({ $0.lowercased() }), let first = header.first else { return }
        var part = part
        if part == .none {
            part = first.hasPrefix("decision") ? .decisions : first.hasPrefix("action") ? .actions : first.hasPrefix("attendee") ? .attendees : .none
        }
        guard part == .attendees || part == .actions || part == .decisions else { return }
        func column(_ words: [String]) -> Int? { header.firstIndex { h in words.contains { h.contains($0) } } }
        let status = column(["status", "attend", "present", "done", "state"])
        let nameColumn = column(["name", "attendee", "who", "person", "member", "participant"]) ?? 0
        let orgColumn = column(["org", "company", "affiliation", "employer", "representing", "team"])
        let decisionColumn = column(["description", "summary", "text", "what"]) ?? header.count - 1
        let actionColumn = column(["action", "task", "item", "description", "what", "todo"]) ?? (header.count > 1 && header[0].count <= 3 ? 1 : 0)
        let idColumn = column(["#", "id", "no", "number"]).flatMap { $0 == actionColumn ? nil : $0 }
        let ownerColumn = column(["owner", "assignee", "who", "responsible", "assigned"])
        for row in rows.dropFirst() {
            func cell(_ c: Int?) -> String? { c.flatMap { $0 < row.cells.count ? row.cells[$0] : nil }.flatMap { $0.isEmpty ? nil : $0 } }
            let state = cell(status)?.lowercased() ?? ""
            if part == .attendees {
                let no = ["absent", "no", "not", "regrets", "apolog", "excused", "✗", "❌", "declined"]
                if no.contains(where: { state.hasPrefix($0) }) { continue }
                guard let name = cell(nameColumn), !Self.saysNone(name) else { continue }
                let org = cell(orgColumn)
                if seen.insert("a:" + name.lowercased()).inserted { meeting.attendees.append(Attendee(name: name, organization: org)) }
            } else if part == .decisions {
                if let text = cell(decisionColumn), !Self.saysNone(text), seen.insert("d:" + Self.normalized(text)).inserted { meeting.decisions.append(text) }
            } else {
                guard let text = cell(actionColumn), !Self.saysNone(text) else { continue }
                let id = cell(idColumn)
                let owner = cell(ownerColumn)
                let done = ["done", "complete", "closed", "yes", "✓", "✅", "x"].contains { state.hasPrefix($0) }
                meeting.actions.append(ActionItem(id: id, text: text, owner: owner, done: done, line: row.line))
            }
        }
    }
}
