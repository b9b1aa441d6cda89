import RoadmapText
import RoadmapModel
import RoadmapSyntax
import RoadmapIO

/// Reads meeting minutes exported from a word processor as plain text (seed 004): a title
/// line, a date line, an attendee table as tab-indented cells, agenda topics with "Decision:"
/// phrases, a "Next Session" line and an "Action Items" table of (number, text, owner) rows.
/// Word-processor artifacts (`[bookmark: _GoBack]`, no-break spaces) are ignored.
package enum MinutesReader {
    /// Whether a plain-text document is minutes: its first line says so.
    package static func isMinutes(_ source: SourceText) -> Bool {
        guard source.lineCount > 1 else { return false }
        let first = String(source.line(0).prefix(300)).lowercased()
        return first.contains("meeting minutes") || first.hasSuffix("minutes")
    }

    static func read(_ source: SourceText) -> Meeting {
        let lines = (0 ..< source.lineCount).map { clean(source.line($0)) }
        let raw = (0 ..< source.lineCount).map { source.line($0) }
        var meeting = Meeting(title: lines[0], line: 1)
        let year = documentYear(lines)

        // The date: the first "Month day" near the top, in the year the document implies.
        for line in lines.prefix(5) {
            if let full = PartialDate.find(in: line) { meeting.date = full.description; break }
            if let md = PartialDate.monthDays(in: line).first, let year {
                meeting.date = PartialDate(year: year, month: md.month, day: md.day).description
                break
            }
        }

        // Attendees: cells after the "Attendees" line, in pairs (organization, name).
        if let start = lines.firstIndex(where: { isHeading($0, "attendees") }) {
            let groups = cellGroups(raw, from: start + 1, clean: clean)
            for g in groups where g.cells.count >= 2 {
                let (org, name) = (g.cells[0], g.cells[1])
                if org.lowercased() == "company" || org.lowercased() == "organization" { continue }
                meeting.attendees.append(Attendee(name: name, organization: org))
            }
        }

        // Action items: cells after the "Action Items" line, in rows (number, text…, owner).
        if let start = lines.firstIndex(where: { isHeading($0, "action items") }) {
            for g in cellGroups(raw, from: start + 1, clean: clean) where g.cells.count >= 3 {
                let id = g.cells[0].filter(\.isNumber)
                let text = g.cells[1 ..< (g.cells.count - 1)].joined(separator: " ")
                meeting.actions.append(ActionItem(id: id.isEmpty ? g.cells[0] : id, text: text, owner: g.cells.last, done: false, line: g.line))
            }
        }

        // The next session: the line after "Next Session" (or a line that names it).
        if let k = lines.firstIndex(where: { isHeading($0, "next session") || isHeading($0, "next meeting") }), k + 1 < lines.count {
            let text = lines[k + 1]
            meeting.next = nextDate(text, year: year) ?? text
        }

        // Decisions: "Decision: …" phrases in the agenda.
        for line in lines {
            guard let r = line.range(ofLowercased: "decision:") else { continue }
            var decision = String(line[r.upperBound...]).trimming(" \t")
            if let cut = decision.range(ofLowercased: " - ") { decision = String(decision[..<cut.lowerBound]).trimming(" \t") }
            if !decision.isEmpty { meeting.decisions.append(decision) }
        }
        for line in lines { meeting.links += InlineParser(format: .text, targets: LinkTargets()).parse(line).links }
        return meeting
    }

    /// A line that is the heading `name`, perhaps numbered ("A. Attendees").
    static func isHeading(_ line: String, _ name: String) -> Bool {
        let l = line.lowercased()
        guard l.hasSuffix(name) else { return false }
        let prefix = String(l.dropLast(name.count)).trimming(" \t")
        return prefix.isEmpty || (prefix.count <= 3 && prefix.hasSuffix("."))
    }

    /// Tab-indented cells from line `start` on, grouped by blank lines, until a line that is
    /// neither a cell nor blank.
    static func cellGroups(_ raw: [String], from start: Int, clean: (String) -> String) -> [(line: Int, cells: [String])] {
        var groups: [(line: Int, cells: [String])] = []
        var current: [String] = []
        var firstLine = start + 1
        var i = start
        func flush() {
            if !current.isEmpty { groups.append((firstLine, current)) }
            current = []
        }
        while i < raw.count {
            let line = raw[i]
            if clean(line).isEmpty {
                flush()
            } else if line.hasPrefix("\t") {
                if current.isEmpty { firstLine = i + 1 }
                current.append(clean(line))
            } else {
                break
            }
            i += 1
        }
        flush()
        return groups
    }

    /// A line without word-processor artifacts and with its no-break spaces as spaces, trimmed.
    static func clean(_ line: String) -> String {
        var s = line.replacingAll("\u{00A0}", with: " ").replacingAll("[bookmark: _GoBack]", with: "")
        s = s.trimming(" \t")
        return s
    }

    /// The year the document is from: a full date in it (`11/27/2016`), confirmed by weekday and
    /// date pairs ("Monday Nov 28", "Thursday 12/15") when it holds several candidate years.
    static func documentYear(_ lines: [String]) -> Int? {
        var candidates: [Int] = []
        var pairs: [(weekday: Int, month: Int, day: Int)] = []
        let weekdays = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"]
        for line in lines {
            let words = line.split(whereSeparator: { $0 == " " || $0 == "," || $0 == "\t" })
            for (k, w) in words.enumerated() {
                let parts = w.split(separator: "/")
                if parts.count == 3, let y = Int(parts[2]), (1970 ... 2200).contains(y), !candidates.contains(y) { candidates.append(y) }
                if let wd = weekdays.firstIndex(of: w.lowercased()), k + 1 < words.count {
                    let rest = words[(k + 1)...].prefix(2).joined(separator: " ")
                    if let md = PartialDate.monthDays(in: rest).first {
                        pairs.append((wd, md.month, md.day))
                    } else {
                        let slash = words[k + 1].split(separator: "/")
                        if slash.count == 2, let m = Int(slash[0]), let d = Int(slash[1]), (1 ... 12).contains(m), (1 ... 31).contains(d) {
                            pairs.append((wd, m, d))
                        }
                    }
                }
            }
        }
        for y in candidates.isEmpty ? Array(2000 ... 2030) : candidates {
            if !pairs.isEmpty, pairs.allSatisfy({ dayOfWeek(year: y, month: $0.month, day: $0.day) == $0.weekday }) { return y }
        }
        return candidates.first
    }

    /// 0 for Sunday (Sakamoto's method).
    static func dayOfWeek(year: Int, month: Int, day: Int) -> Int {
        let t = [0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4]
        let y = month < 3 ? year - 1 : year
        return (y + y / 4 - y / 100 + y / 400 + t[month - 1] + day) % 7
    }

    /// The first date in `text`: a full one, a "Month day", or an "mm/dd", in `year`.
    static func nextDate(_ text: String, year: Int?) -> String? {
        if let full = PartialDate.find(in: text) { return full.description }
        guard let year else { return nil }
        if let md = PartialDate.monthDays(in: text).first { return PartialDate(year: year, month: md.month, day: md.day).description }
        for w in text.split(separator: " ") {
            let parts = w.split(separator: "/")
            if parts.count == 2, let m = Int(parts[0]), let d = Int(parts[1]), (1 ... 12).contains(m), (1 ... 31).contains(d) {
                return PartialDate(year: year, month: m, day: d).description
            }
        }
        return nil
    }
}
