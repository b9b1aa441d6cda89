/// Reads a meeting: a dated section of a planning document, or a whole document that is the
/// minutes of one meeting. Its date and release come from the title (or a `Date:` line, the
/// front matter, the file name); from its body come the items completed and added, links,
/// attendees, decisions, action items and the next meeting.
///
/// A part of the notes starts at a label (`Attendees: …`, `**Action items:**`) or at a heading
/// that is one (`## Present`, `### Action Items`, `#### Introduction of attendees`); a heading's
/// part lasts until the next heading of its level or above, or a thematic break.
struct MeetingReader {
    var context: ReadingContext
    let outline: SectionOutline
    /// A year for dates written without one.
    var year: Int? = nil

    init(context: ReadingContext, outline: SectionOutline, year: Int? = nil) {
        self.context = context
        self.outline = outline
        self.year = year
    }

    /// Labels that introduce a part of the notes, lowercased, with the part they introduce.
    enum Part { case completed, added, attendees, absent, actions, decisions, next, date, none }

    static let labels: [String: Part] = [
        "roadmap items completed": .completed, "items completed": .completed, "completed": .completed,
        "roadmap items added": .added, "items added": .added, "added": .added,
        "attendees": .attendees, "attendance": .attendees, "present": .attendees, "participants": .attendees,
        "attending": .attendees, "attended": .attendees, "attended by": .attendees, "members present": .attendees,
        "roll call": .attendees, "who": .attendees, "in attendance": .attendees,
        "absent": .absent, "regrets": .absent, "apologies": .absent, "not present": .absent, "excused": .absent,
        "action items": .actions, "action item": .actions, "actions": .actions, "action": .actions,
        "action points": .actions, "actions required": .actions, "next steps": .actions, "todo": .actions, "todos": .actions,
        "to do": .actions, "follow-ups": .actions, "follow ups": .actions, "follow-up items": .actions,
        "decisions": .decisions, "decision": .decisions, "decisions made": .decisions, "resolutions": .decisions,
        "next meeting": .next, "next session": .next, "next": .next, "next call": .next,
        "date for next meeting": .next, "next meeting date": .next, "follow up meeting": .next, "follow-up meeting": .next,
        "next meeting time": .next, "upcoming meeting": .next, "next sync": .next,
        "date": .date, "meeting date": .date, "date/time": .date, "meeting date/time": .date, "date and time": .date,
        "meeting date and time": .date, "when": .date, "held on": .date,
    ]

    /// What a label line says: its part and value, with the id (`ACTION 62.2:`) or owner
    /// (`AI(BS):`) an action gives in its label.
    struct Label {
        var part: Part
        var value: String
        var id: String? = nil
        var owner: String? = nil
        /// A label that marks one entry (`ACTION 3:`, `AI(BS):`), not a part of the notes.
        var single: Bool { id != nil || owner != nil }
    }

    // MARK: - Reading

    /// The meeting a dated section records; `date` is the section's date when its title has
    /// no year (`MeetingLayout` fills it in).
    mutating func meeting(section s: Int, date: PartialDate? = nil) -> Meeting {
        let section = outline.sections[s]
        let title = section.title.plain
        var meeting = Meeting(title: title, line: context.source.lineIndex(ofByte: Int(context.blocks[section.heading].textStart)) + 1)
        meeting.release = Self.release(in: title)
        let titleDate = PartialDate.find(in: title) ?? date
        let notes = read(section.bodyStart ..< section.end, into: &meeting)
        meeting.date = Self.refine(titleDate ?? notes.date, with: notes.texts)?.description
        resolveNext(&meeting, notes: notes)
        return meeting
    }

    /// The meeting a whole document records, when it is the minutes of one meeting and a date
    /// for it is found: in its metadata, a `Date:` line, its title or its file name.
    mutating func meeting(document layout: MeetingLayout) -> Meeting? {
        var meeting = Meeting(title: layout.title, line: layout.titleLine)
        let notes = read(0 ..< context.blocks.count, into: &meeting)
        guard let date = layout.metadataDate ?? notes.date ?? layout.titleDate ?? layout.fileDate else { return nil }
        meeting.date = Self.refine(date, with: notes.texts)?.description
        meeting.release = Self.release(in: layout.title)
        resolveNext(&meeting, notes: notes)
        return meeting
    }

    /// What reading a meeting's blocks finds besides the meeting's parts.
    struct Notes {
        /// The first date a `Date:` label gives.
        var date: PartialDate?
        /// The text after the first `Next meeting` label or phrase.
        var next: String?
        /// Whether `next` came from a phrase in passing ("Next meeting (50m) set for …"), which
        /// a `Next meeting` label or heading later on overrides.
        var nextFromPhrase = false
        var texts: [String] = []
    }

    private mutating func read(_ range: Range<Int>, into meeting: inout Meeting) -> Notes {
        var notes = Notes()
        var part = Part.none
        var heading: (part: Part, level: Int)? = nil
        // What was already noted, as "a:" (attendee) or "d:" (decision) and a key: minutes often
        // list the same person or decision twice.
        var seen = Set<String>()
        var numberedActions = false
        // The list entries read as action items: what is nested under one is part of it.
        var actionBlocks = Set<Int>()
        for k in range {
            let b = context.blocks[k]
            switch b.kind {
            case .blank:
                continue
            case .thematicBreak:
                heading = nil
                part = .none
                continue
            case .table:
                readTable(k, part: heading?.part ?? part, into: &meeting, seen: &seen)
                if heading == nil { part = .none }
                continue
            case .heading:
                let text = context.inlineText(of: k)
                meeting.links.append(contentsOf: text.links)
                notes.texts.append(text.plain)
                let level = Int(b.level)
                if let h = heading, level <= h.level { heading = nil }
                numberedActions = false
                if let label = Self.labelled(text.plain) {
                    if label.value.isEmpty && !label.single {
                        heading = (label.part, level)
                    } else {
                        apply(label, line: context.line(ofBlock: k), checkbox: b, to: &meeting, notes: &notes, seen: &seen)
                    }
                } else if let p = Self.headingPart(text.plain) {
                    heading = (p, level)
                }
                part = heading?.part ?? .none
                continue
            case .paragraph, .listItem, .field:
                break
            default:
                if heading == nil { part = .none }
                continue
            }
            // A paragraph is read line by line: notes often put one label per line.
            let lineTexts: [InlineText]
            var rawLines: [ArraySlice<UInt8>] = []
            if b.kind == .paragraph {
                rawLines = context.textBytes(of: k).split(separator: 0x0A)
                lineTexts = rawLines.map { context.inlineText(Array($0)) }
            } else {
                lineTexts = [context.inlineText(of: k)]
            }
            // The part the previous line of this paragraph gave a value to: a line that does not
            // start an entry of its own continues that value.
            var continuing: Part? = nil
            for (n, text) in lineTexts.enumerated() {
                meeting.links.append(contentsOf: text.links)
                notes.texts.append(text.plain)
                var plain = text.plain
                if b.kind == .field { plain = context.source.string(b.mark) + ": " + plain }
                let line = context.line(ofBlock: k) + n
                // `**Attendees**` or `8) Next Meeting` alone on its line, in a paragraph of its
                // own: a label without its colon, heading what follows.
                // (`8) Next Meeting` is a list entry to CommonMark: an entry with no box and nothing
                // under it may be such a label too.)
                let alone = b.kind == .paragraph && lineTexts.count == 1
                    || b.kind == .listItem && !b.hasCheckbox && b.parent < 0 && isLoneEntry(k, in: range)
                if alone, !plain.contains(":") || plain.hasSuffix(":"),
                    let p = Self.labels[plain.lowercased().trimming(" :")] ?? (b.kind == .paragraph ? Self.headingPart(plain) : nil), p != .date {
                    part = p
                    if heading == nil || heading!.part != p { heading = (p, 7) }  // lasts until the next heading
                    continue
                }
                // "**TODO** - Dana to tag the release", "Julien: Action item: start the tests":
                // marked action items, wherever they stand in the notes.
                if let marked = Self.markedAction(plain) {
                    var action = Self.action(marked.text, done: b.isChecked, line: line)
                    if let owner = marked.owner { action.owner = owner }
                    meeting.actions.append(action)
                    if b.kind == .listItem { actionBlocks.insert(k) }
                    continue
                }
                if let label = Self.labelled(plain) {
                    // A label with its value on the line is complete; one without starts a part
                    // ("Action items:" and the list under it).
                    if !label.single { part = label.value.isEmpty ? label.part : .none }
                    if label.single, label.part == .actions, heading?.part == .actions { numberedActions = true }
                    apply(label, line: line, checkbox: b, to: &meeting, notes: &notes, seen: &seen)
                    continuing = label.single || heading != nil ? label.part : nil
                    continue
                }
                if notes.next == nil, Self.isNextMeetingPhrase(plain) {
                    notes.next = plain
                    notes.nextFromPhrase = true
                    continue
                }
                if n > 0, let c = continuing, Self.action(plain, done: false, line: 0).owner == nil {
                    if c == .actions, !meeting.actions.isEmpty { meeting.actions[meeting.actions.count - 1].text += " " + plain; continue }
                    if c == .decisions, !meeting.decisions.isEmpty { meeting.decisions[meeting.decisions.count - 1] += " " + plain; continue }
                }
                // Under numbered action items (`ACTION 3: …`), other entries are notes on them ("Status: …").
                if part == .actions, numberedActions, heading?.part == .actions { continue }
                // A checkbox in the notes (an agenda checklist, a task under a topic) is
                // something to do: an action item, so a checklist never vanishes from a meeting.
                if b.kind == .listItem, b.hasCheckbox, ![.attendees, .absent, .actions, .completed, .added, .decisions].contains(part) {
                    apply(Label(part: .actions, value: plain), line: line, checkbox: b, to: &meeting, notes: &notes, seen: &seen, isEntry: true)
                    continue
                }
                if b.kind == .listItem, part != .none {
                    if part == .actions, Self.isNote(plain) { continue }
                    if part == .actions {
                        // An entry under an action item is part of it ("Possible issues:" and
                        // its points), and an entry ending in ":" heads the entries below it.
                        if b.parent >= 0, !b.hasCheckbox, actionBlocks.contains(Int(b.parent)) { actionBlocks.insert(k); continue }
                        if plain.hasSuffix(":"), plain.split(separator: " ").count <= 5 { continue }
                        actionBlocks.insert(k)
                    }
                    apply(Label(part: part, value: plain), line: line, checkbox: b, to: &meeting, notes: &notes, seen: &seen, isEntry: true)
                } else if b.kind != .listItem, let h = heading, part == h.part {
                    // Under a heading that is a label, each line of a paragraph is a value.
                    if plain.hasSuffix(":") { continue }  // "The following people attended:"
                    // `[x] Dana Heck - Chair, Acme` on a line of its own: one person, ticked or not.
                    if part == .attendees, plain.hasPrefix("[x] ") || plain.hasPrefix("[X] ") || plain.hasPrefix("[ ] ") {
                        let ticked = !plain.hasPrefix("[ ]")
                        let value = String(plain.dropFirst(4)).trimming(" \t")
                        apply(Label(part: ticked ? .attendees : .absent, value: value), line: line, checkbox: b, to: &meeting, notes: &notes,
                              seen: &seen, isEntry: true)
                        continue
                    }
                    if n < rawLines.count, Self.isTopicLine(rawLines[n]) { continue }  // "**Release planning**" above its entries
                    apply(Label(part: part, value: plain), line: line, checkbox: b, to: &meeting, notes: &notes, seen: &seen, isLine: true)
                    continuing = part
                } else if b.kind != .listItem {
                    part = heading?.part ?? .none
                }
            }
        }
        // Minutes often list an action item twice (in the notes and in a summary): the same
        // number or the same text is one action item.
        var actionKeys = Set<String>()
        meeting.actions = meeting.actions.filter { a in
            let byID = a.id.map { actionKeys.contains("#" + $0) } ?? false
            let text = Self.normalized(a.text)
            defer { if let id = a.id { actionKeys.insert("#" + id) }; actionKeys.insert(text) }
            return !byID && !actionKeys.contains(text)
        }
        return notes
    }

    /// A top-level list entry with no entry of its list before or after it, and nothing
    /// nested under it (`8) Next Meeting` between paragraphs).
    private func isLoneEntry(_ k: Int, in range: Range<Int>) -> Bool {
        let blocks = context.blocks
        var p = k - 1
        while p >= range.lowerBound, blocks[p].kind == .blank { p -= 1 }
        if p >= range.lowerBound, blocks[p].kind == .listItem || blocks[p].parent >= 0 { return false }
        var q = k + 1
        while q < range.upperBound, blocks[q].kind == .blank { q += 1 }
        return !(q < range.upperBound && (blocks[q].kind == .listItem || blocks[q].parent >= 0))
    }

    private mutating func apply(_ label: Label, line: Int, checkbox b: Block, to meeting: inout Meeting, notes: inout Notes,
                                seen: inout Set<String>, isEntry: Bool = false, isLine: Bool = false) {
        let value = label.value
        guard !value.isEmpty, !Self.saysNone(value) else { return }
        switch label.part {
        case .completed: meeting.completed.append(contentsOf: isEntry ? [value] : Self.names(value).filter { !Self.saysNone($0) })
        case .added: meeting.added.append(contentsOf: isEntry ? [value] : Self.names(value).filter { !Self.saysNone($0) })
        case .attendees, .absent:
            // An unticked box in an attendance checklist is someone who did not come.
            let absent = label.part == .absent || isEntry && b.hasCheckbox && !b.isChecked
            var value = value
            var givenRole: String? = nil
            // "Meeting chair pro tem: John Mertic, Linux Foundation": a role, then one person.
            var asEntry = isEntry
            if let colon = value.firstIndex(of: ":"), Self.isRoleLabel(String(value[..<colon])) {
                givenRole = String(value[..<colon]).trimming(" \t*_")
                value = String(value[value.index(after: colon)...]).trimming(" \t")
                asEntry = true
            }
            var entries = asEntry ? [value] : Self.names(value)
            // A line of prose under an attendance heading is not a list of names: a name has
            // at most six words, mostly capitalised ("by calling in to Zoom" is no one).
            if isLine {
                entries = entries.filter { e in
                    let words = e.split(separator: " ")
                    let lower = words.count { $0.first?.isLowercase == true }
                    return words.count <= 6 && (words.count <= 1 || lower * 2 < words.count)
                }
            }
            // "TODO", "TBA": a placeholder for names, not a person.
            for e in entries where !Self.saysNone(e) && !["todo", "tba", "tbc", "?"].contains(e.lowercased()) {
                var a = Self.attendee(e, isEntry: asEntry)
                if let givenRole { a.role = a.role ?? givenRole }
                // "Myles" after "Myles Borins": the same person, by first name.
                if !a.name.contains(" "), (absent ? meeting.absent : meeting.attendees).contains(where: { $0.name.hasPrefix(a.name + " ") }) { continue }
                guard seen.insert((absent ? "x:" : "a:") + a.name.lowercased()).inserted else { continue }
                if absent { meeting.absent.append(a) } else { meeting.attendees.append(a) }
            }
        case .actions:
            if isLine, !value.contains(" ") { return }  // "END"
            var action = Self.action(value, done: b.isChecked, line: line)
            if let id = label.id { action.id = id }
            if let owner = label.owner { action.owner = owner }
            meeting.actions.append(action)  // the same action twice is dropped at the end
        case .decisions:
            if seen.insert("d:" + Self.normalized(value)).inserted { meeting.decisions.append(value) }
        case .next:
            // Under a `Next meeting` part, an entry without a number is a remark on it.
            if isEntry, !value.contains(where: \.isNumber) { return }
            if notes.next == nil || notes.nextFromPhrase {
                notes.next = value
                notes.nextFromPhrase = false
            }
        case .date:
            if notes.date == nil { notes.date = PartialDate.find(in: value, year: year) }
        case .none: break
        }
    }

    /// Reads a pipe table of attendees (name, organization, status columns), of action items
    /// (id, action, owner, status columns) or of decisions, its columns found by their headers.
    /// Outside a part, the first header names what the table holds ("Decision Item", "Action").
    private mutating func readTable(_ k: Int, part: Part, into meeting: inout Meeting, seen: inout Set<String>) {
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
            guard let p = Self.labels[row.cells[0].lowercased().trimming(" :*_")], p == .attendees || p == .absent else { continue }
            labelled = true
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

    /// The next meeting: a date when one is found (in the meeting's year when it has none),
    /// else the text.
    private func resolveNext(_ meeting: inout Meeting, notes: Notes) {
        guard let text = notes.next else { return }
        let y = meeting.date.flatMap(PartialDate.init(iso:))?.year ?? year
        meeting.next = PartialDate.find(in: text, year: y)?.description ?? text
    }

    /// A day in the body ("Thursday, November 5th") refines a month-only date.
    static func refine(_ date: PartialDate?, with texts: [String]) -> PartialDate? {
        guard var date, date.day == nil else { return date }
        if let md = texts.lazy.flatMap({ PartialDate.monthDays(in: $0) }).first(where: { $0.month == date.month }) { date.day = md.day }
        return date
    }

    // MARK: - Labels

    /// `Label: value` where Label is one of `labels`, or marks one action item or decision:
    /// `ACTION 62.2: text`, `AI(BS): text`, `Decision 63.1: text`.
    static func labelled(_ text: String) -> Label? {
        guard let colon = text.firstIndex(of: ":") else { return nil }
        let raw = String(text[..<colon]).trimming(" \t*_")
        guard raw.utf8.count <= 40 else { return nil }
        let label = raw.lowercased()
        let value = String(text[text.index(after: colon)...]).trimming(" \t*_")
        if let part = labels[label] { return Label(part: part, value: value) }
        // "TODO's and action items:", "To do (@dana):", "New action items:"
        if label.contains("action item") || label.hasPrefix("todo") || label.hasPrefix("to do") || label.hasPrefix("to-do") {
            if label.count <= 32 { return Label(part: .actions, value: value) }
        }
        // "Additional attendees", "Other participants", "Remote attendees"
        let labelWords = label.split(separator: " ")
        if labelWords.count == 2, ["attendees", "participants", "attendance"].contains(String(labelWords[1])) {
            let absent = ["absent", "missing", "excused", "regrets"].contains(String(labelWords[0]))
            return Label(part: absent ? .absent : .attendees, value: value)
        }
        // `ACTION 62.2`, `AI(BS)`, `Action item (Dana)`, `Decision 63.1`
        let word = String(label.prefix { $0.isLetter || $0 == " " }).trimming(" ")
        let rest = String(raw.dropFirst(word.count)).trimming(" \t")
        let part: Part
        switch word {
        case "action", "action item", "ai", "todo": part = .actions
        case "decision": part = .decisions
        default: return nil
        }
        if rest.hasPrefix("("), rest.hasSuffix(")"), rest.count > 2 {
            return Label(part: part, value: value, owner: String(rest.dropFirst().dropLast()).trimming(" @"))
        }
        if !rest.isEmpty, rest.count <= 12, rest.allSatisfy({ $0.isNumber || $0 == "." || $0 == "#" || $0 == "-" }) {
            return Label(part: part, value: value, id: rest.trimming("#"))
        }
        return nil
    }

    /// The part a heading names: a label ("Attendees", "Action Items:", "3. Decisions"), or
    /// a short title ending in one ("Introduction of attendees", "New action items").
    static func headingPart(_ title: String) -> Part? {
        var words: [String] = title.lowercased().split(whereSeparator: { $0 == " " || $0 == "\t" }).map { String($0).trimming(":*_.") }
        // A numbering before the title: "1.", "A)", "iv."
        if let first = words.first, words.count > 1 {
            let numeric = first.count <= 4 && first.allSatisfy { $0.isNumber || $0 == ")" }
            if numeric || first.count == 1 { words.removeFirst() }
        }
        words.removeAll { $0.isEmpty }
        guard !words.isEmpty, words.count <= 5 else { return nil }
        if let part = labels[words.joined(separator: " ")], part != .date { return part }
        guard words.count <= 4, let last = words.last else { return nil }
        if ["attendees", "attendance", "participants", "present"].contains(last) { return .attendees }
        if last == "items", words.count >= 2, words[words.count - 2] == "action" { return .actions }
        if ["decisions"].contains(last) { return .decisions }
        return nil
    }

    /// A line that is all strong or emphasis (`**Release planning**`): a topic that heads the
    /// entries below it, not an entry.
    static func isTopicLine(_ raw: ArraySlice<UInt8>) -> Bool {
        var t = raw
        while let f = t.first, f == 0x20 || f == 0x09 { t.removeFirst() }
        while let l = t.last, l == 0x20 || l == 0x09 || l == 0x0D || l == 0x3A { t.removeLast() }
        guard t.count >= 3, let f = t.first, f == 0x2A || f == 0x5F, t.last == f else { return false }
        return !t.dropFirst().dropLast().allSatisfy { $0 == f }
    }

    /// A note on an action item rather than one: "Status: …", "Update: …".
    static func isNote(_ text: String) -> Bool {
        guard let colon = text.firstIndex(of: ":") else { return false }
        return ["status", "update", "note", "notes", "comment", "comments", "progress", "result", "outcome"].contains(text[..<colon].lowercased().trimming(" *_"))
    }

    /// "Next meeting on Feb 15, 2024", "The next call is 1/31".
    static func isNextMeetingPhrase(_ text: String) -> Bool {
        let lower = text.lowercased()
        let phrase = lower.hasPrefix("the ") ? String(lower.dropFirst(4)) : lower
        let starts = ["next meeting", "next call", "next session", "next sync", "follow up meeting", "follow-up meeting"]
        guard starts.contains(where: { phrase.hasPrefix($0) }) else { return false }
        return text.utf8.count <= 160 && text.contains(where: \.isNumber)
    }

    /// "none", "n/a", "nothing", "No decisions": a value that says there is none.
    static func saysNone(_ value: String) -> Bool {
        let words = value.lowercased().split(whereSeparator: { !$0.isLetter && $0 != "/" })
        guard let first = words.first else { return value.trimming(" \t-—–.*_") .isEmpty }
        if words.count == 1, ["none", "n/a", "na", "nothing", "tbd", "nobody", "no"].contains(String(first)) { return true }
        if words.count > 4 { return false }
        return first == "none" || first == "nothing" || first == "no" && words.count >= 2 && !value.lowercased().hasPrefix("no-")
    }

    /// Lowercased letters and digits: the text two notes of one action item share.
    static func normalized(_ text: String) -> String {
        String(text.lowercased().unicodeScalars.filter { CharacterSet_isAlnum($0) }.map(Character.init))
    }

    private static func CharacterSet_isAlnum(_ u: Unicode.Scalar) -> Bool { u.properties.isAlphabetic || u.properties.numericType != nil }

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
                if dots >= 1, j == u.count || !IssueReferenceScanner.isWordByte(u[j]),
                    PartialDate.find(in: String(decoding: u[digitsStart ..< j], as: UTF8.self)) == nil {  // not `2019.03.01`
                    return String(decoding: u[digitsStart ..< j], as: UTF8.self)
                }
            }
            i += 1
        }
        return nil
    }
}
