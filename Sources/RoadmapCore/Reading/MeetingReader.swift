/// Reads a dated section of a planning document as a meeting: its date and release from the
/// title, and from its body the items completed and added, links, attendees, decisions,
/// action items and the next meeting.
struct MeetingReader {
    var context: ReadingContext
    let outline: SectionOutline

    /// Labels that introduce a part of the notes, lowercased, with the part they introduce.
    enum Part { case completed, added, attendees, actions, decisions, next, none }

    static let labels: [(String, Part)] = [
        ("roadmap items completed", .completed), ("items completed", .completed), ("completed", .completed),
        ("roadmap items added", .added), ("items added", .added), ("added", .added),
        ("attendees", .attendees), ("attendance", .attendees), ("present", .attendees), ("participants", .attendees),
        ("action items", .actions), ("actions", .actions), ("action", .actions),
        ("decisions", .decisions), ("decision", .decisions),
        ("next meeting", .next), ("next session", .next), ("next", .next),
    ]

    mutating func meeting(section s: Int) -> Meeting {
        let section = outline.sections[s]
        let title = section.title.plain
        var meeting = Meeting(title: title, line: context.source.lineIndex(ofByte: Int(context.blocks[section.heading].textStart)) + 1)
        let titleDate = PartialDate.find(in: title)
        meeting.release = Self.release(in: title)
        var part = Part.none
        var bodyText: [String] = []
        for k in section.bodyStart ..< section.end {
            let b = context.blocks[k]
            guard b.kind == .paragraph || b.kind == .listItem || b.kind == .field || b.kind == .heading else {
                if b.kind != .blank { part = .none }
                continue
            }
            // A paragraph is read line by line: notes often put one label per line.
            let lineTexts: [InlineText]
            if b.kind == .paragraph {
                lineTexts = context.textBytes(of: k).split(separator: 0x0A).map { context.inlineText(Array($0)) }
            } else {
                lineTexts = [context.inlineText(of: k)]
            }
            for (n, text) in lineTexts.enumerated() {
                meeting.links.append(contentsOf: text.links)
                bodyText.append(text.plain)
                var plain = text.plain
                if b.kind == .field { plain = context.source.string(b.mark) + ": " + plain }
                let line = context.line(ofBlock: k) + n
                if let (label, value) = Self.labelled(plain) {
                    part = label
                    if !value.isEmpty { apply(label, value: value, checkbox: b, line: line, to: &meeting) }
                    continue
                }
                if b.kind == .listItem, part != .none {
                    apply(part, value: plain, checkbox: b, line: line, to: &meeting, isEntry: true)
                } else if b.kind != .listItem {
                    part = .none
                }
            }
        }
        // A day in the body ("Thursday, November 5th") refines a month-only title date.
        if var date = titleDate {
            if date.day == nil, let md = bodyText.lazy.flatMap({ PartialDate.monthDays(in: $0) }).first(where: { $0.month == date.month }) {
                date.day = md.day
            }
            meeting.date = date.description
        }
        return meeting
    }

    /// `Label: value` where Label is one of `labels`.
    static func labelled(_ text: String) -> (Part, String)? {
        guard let colon = text.firstIndex(of: ":") else { return nil }
        let label = text[..<colon].lowercased().trimming(" \t*_")
        guard label.count <= 30 else { return nil }
        for (name, part) in labels where label == name {
            return (part, String(text[text.index(after: colon)...]).trimming(" \t"))
        }
        return nil
    }

    private func apply(_ part: Part, value: String, checkbox b: Block, line: Int, to meeting: inout Meeting, isEntry: Bool = false) {
        switch part {
        case .completed: meeting.completed.append(contentsOf: isEntry ? [value] : Self.names(value))
        case .added: meeting.added.append(contentsOf: isEntry ? [value] : Self.names(value))
        case .attendees:
            let entries = isEntry ? [value] : Self.names(value)
            meeting.attendees.append(contentsOf: entries.map(Self.attendee))
        case .actions:
            meeting.actions.append(Self.action(value, done: b.isChecked, line: line))
        case .decisions: meeting.decisions.append(value)
        case .next:
            meeting.next = PartialDate.find(in: value)?.description ?? value
        case .none: break
        }
    }

    /// Comma- or semicolon-separated names ("and" is kept: "Scheduling and Orchestration"); a
    /// comma inside parentheses does not separate ("Dana (Acme, Inc.)").
    static func names(_ value: String) -> [String] {
        var out: [String] = []
        var current = ""
        var depth = 0
        for ch in value {
            if ch == "(" { depth += 1 } else if ch == ")" { depth = max(0, depth - 1) }
            if (ch == "," || ch == ";") && depth == 0 {
                out.append(current)
                current = ""
            } else {
                current.append(ch)
            }
        }
        out.append(current)
        return out.map { $0.trimming(" \t.") }.filter { !$0.isEmpty && $0 != "—" && $0 != "-" }
    }

    /// `Name (Organization)`, `Name, Organization` is left to the caller.
    static func attendee(_ text: String) -> Attendee {
        if text.hasSuffix(")"), let open = text.lastIndex(of: "(") {
            let name = String(text[..<open]).trimming(" \t")
            let org = String(text[text.index(after: open) ..< text.index(before: text.endIndex)]).trimming(" \t")
            if !name.isEmpty { return Attendee(name: name, organization: org.isEmpty ? nil : org) }
        }
        return Attendee(name: text, organization: nil)
    }

    /// `Owner: text`, `Owner to text`, `@owner text`, or just text.
    static func action(_ text: String, done: Bool, line: Int) -> ActionItem {
        if text.hasPrefix("@") {
            let parts = text.dropFirst().split(separator: " ", maxSplits: 1)
            if parts.count == 2 { return ActionItem(text: String(parts[1]), owner: String(parts[0]).trimming(":,"), done: done, line: line) }
        }
        if let colon = text.firstIndex(of: ":") {
            let owner = String(text[..<colon])
            if owner.split(separator: " ").count <= 3, !owner.contains("/"), !owner.isEmpty {
                return ActionItem(text: String(text[text.index(after: colon)...]).trimming(" \t"), owner: owner, done: done, line: line)
            }
        }
        let words = text.split(separator: " ", omittingEmptySubsequences: false)
        if let to = words.prefix(4).firstIndex(of: "to"), to > 0, words[0].first?.isUppercase == true {
            let owner = words[..<to].joined(separator: " ")
            return ActionItem(text: words[(to + 1)...].joined(separator: " "), owner: owner, done: done, line: line)
        }
        return ActionItem(text: text, owner: nil, done: done, line: line)
    }

    /// The release a title names: `1.12` in "October 2015 (Deis v1.12)".
    static func release(in title: String) -> String? {
        let u = Array(title.utf8)
        var i = 0
        while i < u.count {
            let atWordStart = i == 0 || !(IssueReferenceScanner.isWordByte(u[i - 1]) || u[i - 1] == 0x2E || u[i - 1] == 0x2D)
            var j = i
            if atWordStart, u[j] == 0x76 || u[j] == 0x56 { j += 1 }
            let digitsStart = j
            if atWordStart, j < u.count, IssueReferenceScanner.isDigit(u[j]) {
                var dots = 0
                while j < u.count, IssueReferenceScanner.isDigit(u[j]) || (u[j] == 0x2E && j + 1 < u.count && IssueReferenceScanner.isDigit(u[j + 1])) {
                    if u[j] == 0x2E { dots += 1 }
                    j += 1
                }
                if dots >= 1, j == u.count || !IssueReferenceScanner.isWordByte(u[j]) {
                    return String(decoding: u[digitsStart ..< j], as: UTF8.self)
                }
            }
            i += 1
        }
        return nil
    }
}
