import RoadmapText
import RoadmapModel
import RoadmapSyntax
import RoadmapIO

/// Reads a meeting: a dated section of a planning document, or a whole document that is the
/// minutes of one meeting. Its date and release come from the title (or a `Date:` line, the
/// front matter, the file name); from its body come the items completed and added, links,
/// attendees, decisions, action items and the next meeting.
///
/// A part of the notes starts at a label (`Attendees: …`, `**Action items:**`) or at a heading
/// that is one (`## Present`, `### Action Items`, `#### Introduction of attendees`); a heading's
/// part lasts until the next heading of its level or above, or a thematic break.
///
/// The reader is in four files by concern: this one walks the blocks; MeetingLabels.swift
/// holds the label vocabulary, MeetingEntries.swift the reading of one attendee or action,
/// MeetingTables.swift the pipe tables.
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

    // MARK: - Reading

    /// The meeting a dated section records; `date` is the section's date when its title has
    /// no year (`MeetingLayout` fills it in).
    /// With `ownBodyOnly`, the section's subsections are left out (they are meetings of their own).
    mutating func meeting(section s: Int, date: PartialDate? = nil, ownBodyOnly: Bool = false) -> Meeting {
        let section = outline.sections[s]
        let title = section.title.plain
        var meeting = Meeting(title: title, line: context.source.lineIndex(ofByte: Int(context.blocks[section.heading].textStart)) + 1)
        meeting.release = Self.release(in: title)
        let titleDate = PartialDate.find(in: title) ?? date
        let notes = read(section.bodyStart ..< (ownBodyOnly ? section.ownBodyEnd(in: outline) : section.end), into: &meeting)
        meeting.date = Self.refine(titleDate ?? notes.date, with: notes.texts)?.description
        resolveNext(&meeting, notes: notes)
        return meeting
    }

    /// The meeting a whole document records, when it is the minutes of one meeting and a date
    /// for it is found: in its metadata, a `Date:` line, its title or its file name.
    mutating func meeting(document layout: MeetingLayout) -> Meeting? {
        var meeting = Meeting(title: layout.title, line: layout.titleLine)
        let notes = read(0 ..< context.blocks.count, into: &meeting)
        guard var date = layout.metadataDate ?? notes.date ?? layout.titleDate ?? notes.dateLine ?? layout.fileDate else { return nil }
        // "March 2021 29th" in `2021-03-29.md`: the file name gives the day the title left out.
        if date.day == nil, let file = layout.fileDate, file.year == date.year, file.month == date.month { date = file }
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
        /// The first line of the notes that is little more than a date ("Feb 4, 2019" under the
        /// title), before any part: the meeting's date when no label or title gives one.
        var dateLine: PartialDate?
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
        // A label nested in an entry ("* Move COC to stage 2" over "* ACTION:" over its actions):
        // its part ends with that entry, not at the next heading.
        var nestedLabel: Int? = nil
        // The list under a label on a line of its own ("Regrets" over "* Michael"), by its indent
        // and marker: another list after it ("1. Note Well") is no longer that part.
        var labelList: (indent: Int32, marker: UInt8)? = nil
        var underLineLabel = false
        for k in range {
            let b = context.blocks[k]
            if underLineLabel, b.kind == .listItem, b.parent < 0, b.markEnd > b.markStart {
                let last = context.source.bytes[Int(b.markEnd) - 1]
                let marker: UInt8 = last == 0x2E || last == 0x29 ? 0x30 : last
                if let l = labelList, l.indent != b.indent || l.marker != marker {
                    part = .none
                    heading = nil
                    underLineLabel = false
                } else {
                    labelList = (b.indent, marker)
                }
            }
            if let l = nestedLabel, b.kind == .listItem || b.kind == .paragraph, !context.blocks.isDescendant(k, of: l) {
                nestedLabel = nil
                part = heading?.part ?? .none
            }
            switch b.kind {
            case .blank:
                continue
            case .thematicBreak:
                heading = nil
                part = .none
                continue
            case .table:
                readTable(k, part: heading?.part ?? part, into: &meeting, notes: &notes, seen: &seen)
                if heading == nil { part = .none }
                continue
            case .heading:
                let text = context.inlineText(of: k)
                meeting.links.append(contentsOf: text.links)
                notes.texts.append(text.plain)
                let level = Int(b.level)
                if let h = heading, level <= h.level { heading = nil }
                // Names have no subsections: a heading under "## Attending" ("### Agenda") ends it.
                if let h = heading, h.part == .attendees || h.part == .absent, level > h.level { heading = nil }
                numberedActions = false
                underLineLabel = false
                let title = Self.undecorated(text.plain)
                if let label = Self.labelled(title) {
                    if label.value.isEmpty && !label.single {
                        heading = (label.part, level)
                    } else {
                        apply(label, line: context.line(ofBlock: k), checkbox: b, to: &meeting, notes: &notes, seen: &seen)
                    }
                } else if let p = Self.headingPart(title) {
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
            var wrappedNames: Part? = nil  // a list of names that ended its line with a comma
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
                    underLineLabel = heading?.level == 7
                    labelList = nil
                    continue
                }
                // "Agenda:" after the names, as a paragraph of its own: another part starts, one
                // this reader has no place for. Its entries are topics, not people.
                if alone, part == .attendees || part == .absent, Self.endsNames(plain) {
                    part = .none
                    heading = (.none, heading?.level ?? 7)
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
                if var label = Self.labelled(plain) ?? (b.kind == .listItem || b.kind == .paragraph && n == 0 ? Self.boldLabel(context.textBytes(of: k)) : nil) {
                    // Under "Date of Next Meeting", a `Date:` line dates the next meeting.
                    if label.part == .date, heading?.part == .next { label.part = .next }
                    // A label with its value on the line is complete; one without starts a part
                    // ("Action items:" and the list under it).
                    if !label.single { part = label.value.isEmpty ? label.part : .none }
                    // (Also a label at the top level over the names nested in it: "- **TOC Attendees:**"
                    // with its names under it, then "- **Agenda and Notes:**".)
                    if !label.single, label.value.isEmpty, b.kind == .listItem,
                       b.parent >= 0 || k + 1 < range.upperBound && context.blocks[(k + 1)...].first(where: { $0.kind != .blank })?.parent == Int32(k) {
                        nestedLabel = k
                    }
                    if label.single, label.part == .actions, heading?.part == .actions { numberedActions = true }
                    apply(label, line: line, checkbox: b, to: &meeting, notes: &notes, seen: &seen)
                    continuing = label.single || heading != nil ? label.part : nil
                    // "Attendees: Ana (Acme), Bo (Intel)," wraps: its names go on on the next line.
                    // So do names whose next line goes on with a remark or more names: "Tyler" over
                    // "(@tylerjereddy), Pamphile (@tupui)".
                    if label.part == .attendees || label.part == .absent,
                       label.value.hasSuffix(",") || n + 1 < rawLines.count && Self.continuesNames(rawLines[n + 1]) {
                        wrappedNames = label.part
                    }
                    continue
                }
                if notes.dateLine == nil, part == .none, heading == nil, b.kind == .paragraph, k < range.lowerBound + 6, plain.utf8.count <= 80,
                   let date = PartialDate.leadingDate(plain), date.day != nil {
                    notes.dateLine = date
                    continue
                }
                if n > 0, let c = wrappedNames {
                    var names = plain
                    if plain.hasPrefix("("), let close = plain.firstIndex(of: ")") {
                        // The remark of the name the line break cut off: "(@tylerjereddy)".
                        joinRemark(String(plain[...close]), toLastOf: c, in: &meeting)
                        names = String(plain[plain.index(after: close)...]).trimming(" \t,")
                    }
                    apply(Label(part: c, value: names), line: line, checkbox: b, to: &meeting, notes: &notes, seen: &seen)
                    if !plain.hasSuffix(","), !(n + 1 < rawLines.count && Self.continuesNames(rawLines[n + 1])) { wrappedNames = nil }
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
                    // "[Watch the recording](…)" among the names: a link that names no one.
                    if part == .attendees || part == .absent, text.links.count == 1, text.links[0].text == plain,
                       case let words = plain.split(separator: " "), words.count > 1, words.count { $0.first?.isLowercase == true } * 2 >= words.count {
                        continue
                    }
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
                    // IRC minutes label their lists on lines of their own ("Present", "Regrets",
                    // "Chair"): a label switches the part; a role names no one.
                    let word = plain.lowercased().trimming(" \t*_")
                    if let p = Self.labels[word], p == .attendees || p == .absent {
                        part = p
                        heading = (p, heading?.level ?? 7)
                        continue
                    }
                    if ["chair", "chairs", "scribe", "scribes", "contents"].contains(word) {
                        // The names under it hold a role; they are neither attendees nor absent here.
                        part = .none
                        heading = (.none, heading?.level ?? 7)
                        continue
                    }
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
                    if underLineLabel { labelList = (-1, 0) }  // names on lines: a list after them is another part
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

    /// Whether a paragraph line after a line of names goes on with them: it opens with a
    /// remark in parentheses, or it is a comma list of short names with no label.
    static func continuesNames(_ line: ArraySlice<UInt8>) -> Bool {
        guard let first = line.first(where: { $0 != 0x20 && $0 != 0x09 }) else { return false }
        if first == 0x28 { return true }
        guard line.contains(0x2C), !line.contains(0x3A), line.last != 0x2E else { return false }
        return String(decoding: line, as: UTF8.self).split(separator: ",").allSatisfy { part in
            let words = part.split(separator: " ")
            return !words.isEmpty && words.count <= 4 && words.first?.first.map { $0.isUppercase || $0 == "@" } == true
        }
    }

    /// Gives the last attendee (or absent person) the remark a line break set apart from
    /// their name, as if it had stood on the name's line.
    private func joinRemark(_ remark: String, toLastOf part: Part, in meeting: inout Meeting) {
        let absent = part == .absent
        guard let last = absent ? meeting.absent.last : meeting.attendees.last else { return }
        let parsed = Self.attendee(last.name + " " + remark)
        let joined = Attendee(name: parsed.name, organization: last.organization ?? parsed.organization,
                              handle: last.handle ?? parsed.handle, role: last.role ?? parsed.role)
        if absent { meeting.absent[meeting.absent.count - 1] = joined } else { meeting.attendees[meeting.attendees.count - 1] = joined }
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
            var value = value
            // "James Strachan (Jenkins X) - not present": someone who did not come, and said so.
            var saidAbsent = false
            for suffix in [" - not present", " – not present", " (not present)", " - absent", " (absent)"] where value.lowercased().hasSuffix(suffix) {
                value = String(value.dropLast(suffix.count))
                saidAbsent = true
            }
            for suffix in [" - present", " – present", " (present)"] where value.lowercased().hasSuffix(suffix) { value = String(value.dropLast(suffix.count)) }
            // An unticked box in an attendance checklist is someone who did not come.
            let absent = label.part == .absent || isEntry && b.hasCheckbox && !b.isChecked || saidAbsent
            var givenRole: String? = nil
            // "Meeting chair pro tem: John Mertic, Linux Foundation": a role, then one person.
            var asEntry = isEntry
            if let colon = value.firstIndex(of: ":"), Self.isRoleLabel(String(value[..<colon])) {
                givenRole = String(value[..<colon]).trimming(" \t*_")
                value = String(value[value.index(after: colon)...]).trimming(" \t")
                asEntry = true
            }
            // "Team: nikomatsakis, felix, josh": a group of people, named after a short label.
            if isEntry, givenRole == nil, let colon = value.firstIndex(of: ":"), value[value.index(after: colon)...].contains(","),
               value[..<colon].split(separator: " ").count <= 3, !value[..<colon].contains("(") {
                value = String(value[value.index(after: colon)...]).trimming(" \t")
                asEntry = false
            }
            var entries = asEntry ? [value] : Self.names(value)
            // What a line of names runs on into ("20 minutes late, but a quick meeting") is no one,
            // nor is a sentence ("Oops! No one signed in.").
            if !asEntry {
                entries = entries.filter { e in
                    // (What stands in parentheses is a remark on the name: "Andy (until his battery died)".)
                    var depth = 0
                    let outside = String(e.filter { c in
                        if c == "(" { depth += 1 } else if c == ")" { depth = max(0, depth - 1); return false }
                        return depth == 0
                    })
                    let words = outside.split(separator: " ")
                    guard let first = words.first else { return false }
                    let lower = words.count { $0.first?.isLowercase == true }
                    return !(first.first?.isNumber ?? false) && !Self.proseOpenings.contains(first.lowercased())
                        && !e.contains("!") && !e.contains("?") && (words.count < 3 || lower * 2 <= words.count)
                }
            }
            // A line of prose under an attendance heading is not a list of names: a name has
            // at most six words, mostly capitalised ("by calling in to Zoom" is no one).
            if isLine {
                entries = entries.filter { e in
                    let words = e.split(separator: " ")
                    let lower = words.count { $0.first?.isLowercase == true }
                    // (Nor does a version: "Generated by MeetBot 0.1.4".)
                    let version = words.contains { w in w.contains(".") && w.allSatisfy { $0.isNumber || $0 == "." } }
                    return words.count <= 6 && (words.count <= 1 || lower * 2 < words.count) && !version
                }
            }
            // "TODO", "TBA": a placeholder for names, not a person.
            // (A link to the recording after the names is no one either.)
            // (Nor is a sentence in an entry: "Oops! No one signed in.")
            for e in entries where !Self.saysNone(e) && !["todo", "tba", "tbc", "?"].contains(e.lowercased()) && !e.contains("://") && !e.contains("!") {
                var a = Self.attendee(e, isEntry: asEntry)
                guard a.name.contains(where: \.isLetter) else { continue }  // a rule (`=====`), a dash: no one
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
            // A phrase that gave a date ("Next meeting is July 27th") is not replaced by a remark after it.
            let phraseHadDate = notes.nextFromPhrase && notes.next?.contains(where: \.isNumber) == true && !value.contains(where: \.isNumber)
            // A date after a remark ("Subject to change.", then `**Date:** 11.04.2024") says when.
            let remarkOnly = notes.next.map { !$0.contains(where: \.isNumber) } ?? false && value.contains(where: \.isNumber)
            if notes.next == nil || notes.nextFromPhrase && !phraseHadDate || remarkOnly {
                notes.next = value
                notes.nextFromPhrase = false
            }
        case .date:
            if notes.date == nil { notes.date = PartialDate.find(in: value, year: year) }
        case .none: break
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
}
