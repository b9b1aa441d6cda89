import RoadmapText
import RoadmapModel
import RoadmapSyntax
import RoadmapIO

/// The words minutes label their parts with ("Attendees:", "## Action Items", "ACTION 62.2:"),
/// and the tests that tell a label, a topic, a note or "none" from an entry.
extension MeetingReader {
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
        "follow up": .actions, "follow-up": .actions, "actionable": .actions, "actionables": .actions, "actionable steps": .actions,
        "actionable items": .actions, "next actions": .actions, "action plan": .actions, "action list": .actions, "to-dos": .actions,
        "ai": .actions, "ais": .actions,
        "decisions": .decisions, "decision": .decisions, "decisions made": .decisions, "resolutions": .decisions,
        "resolution": .decisions, "conclusion": .decisions, "conclusions": .decisions, "conclusion/resolution": .decisions,
        "decision/resolution": .decisions, "resolution/conclusion": .decisions, "agreed": .decisions,
        "next meeting": .next, "next session": .next, "next": .next, "next call": .next,
        "date for next meeting": .next, "next meeting date": .next, "follow up meeting": .next, "follow-up meeting": .next,
        "next meeting time": .next, "date of next meeting": .next, "date of the next meeting": .next, "upcoming meeting": .next, "next sync": .next, "next date": .next,
        "date": .date, "meeting date": .date, "date/time": .date, "meeting date/time": .date, "date and time": .date,
        "meeting date and time": .date, "when": .date, "held on": .date, "date & time": .date, "meeting date & time": .date,
        "time & date": .date,
    ]

    /// A heading's title without a wiki's decoration around it: `== Attendees ==` is "Attendees".
    static func undecorated(_ title: String) -> String {
        HeadingVocabulary.undecorated(Array(title.utf8)[...]).map { String(decoding: $0, as: UTF8.self) } ?? title
    }

    /// Whether `line`, a paragraph of its own under a list of names, is a label that ends
    /// them: a few words and a colon ("Agenda:", "Others:", "Discussion topics:") that speak
    /// of no one ("Guests:", "The following people attended:" go on with names).
    static func endsNames(_ line: String) -> Bool {
        guard line.hasSuffix(":") else { return false }
        let words = line.lowercased().split(whereSeparator: { !$0.isLetter })
        guard !words.isEmpty, words.count <= 4 else { return false }
        return !words.contains { w in
            ["guest", "guests", "observer", "observers", "visitor", "visitors", "people", "person", "member", "members", "attended",
             "attending", "attendees", "present", "remote", "remotely", "online", "room", "apologies", "regrets", "absent",
             "staff", "team", "chair", "chairs", "participants", "joined", "dial", "phone", "zoom", "also", "invited"].contains(String(w))
        }
    }

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

    /// `Label: value` where Label is one of `labels`, or marks one action item or decision:
    /// `ACTION 62.2: text`, `AI(BS): text`, `Decision 63.1: text`.
    static func labelled(_ text: String) -> Label? {
        // The colon found on bytes, unless a mark combines with it (then it is no `:` Character).
        guard var colon = text.utf8.firstIndex(of: 0x3A) else { return nil }
        if text[colon] != ":" {
            guard let c = text.firstIndex(of: ":") else { return nil }
            colon = c
        }
        let raw = String(text[..<colon]).trimming(" \t*_")
        guard raw.utf8.count <= 40 else { return nil }
        let label = raw.lowercased()
        // The value (the rest of a paragraph, maybe long) is copied only for a label.
        func value() -> String { String(text[text.index(after: colon)...]).trimming(" \t*_") }
        if let part = labels[label] { return Label(part: part, value: value()) }
        // "TODO's and action items:", "To do (@dana):", "New action items:" (but `TODO(josh): text`
        // names the owner of one action, below)
        let ownerInBrackets = label.hasSuffix(")") && label.hasPrefix("todo(") && !value().isEmpty
        if !ownerInBrackets, label.contains("action item") || label.hasPrefix("todo") || label.hasPrefix("to do") || label.hasPrefix("to-do") {
            if label.count <= 32 { return Label(part: .actions, value: value()) }
        }
        // "Additional attendees", "Other participants", "Remote attendees"
        let labelWords = label.split(separator: " ")
        if labelWords.count == 2, ["attendees", "participants", "attendance"].contains(String(labelWords[1])) {
            let absent = ["absent", "missing", "excused", "regrets"].contains(String(labelWords[0]))
            return Label(part: absent ? .absent : .attendees, value: value())
        }
        // "BOD Members present", "Others present", "Members not present"
        if labelWords.count >= 2, labelWords.count <= 3, labelWords.last == "present", !label.contains("(") {
            return Label(part: labelWords.contains("not") ? .absent : .attendees, value: value())
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
            return Label(part: part, value: value(), owner: String(rest.dropFirst().dropLast()).trimming(" @"))
        }
        if !rest.isEmpty, rest.count <= 12, rest.allSatisfy({ $0.isNumber || $0 == "." || $0 == "#" || $0 == "-" }) {
            return Label(part: part, value: value(), id: rest.trimming("#"))
        }
        return nil
    }

    /// A list entry that opens with a bold label and no colon: "**Decision** Please prioritise
    /// the RFC", "**Decisions**" over the entries nested in it.
    static func boldLabel(_ raw: [UInt8]) -> Label? {
        guard raw.count > 4, raw[0] == 0x2A, raw[1] == 0x2A, let close = (2 ..< raw.count - 1).first(where: { raw[$0] == 0x2A && raw[$0 + 1] == 0x2A }) else { return nil }
        let word = String(decoding: raw[2 ..< close], as: UTF8.self).trimming(" \t:").lowercased()
        guard let part = labels[word], part == .decisions || part == .actions else { return nil }
        let rest = String(decoding: raw[(close + 2)...].prefix { $0 != 0x0A }, as: UTF8.self).trimming(" \t:-–—")
        return Label(part: part, value: rest)
    }

    /// Words that start a clause, not a name, in a line of names.
    static let proseOpenings: Set<String> = ["but", "so", "was", "were", "is", "are", "who", "which", "that", "will", "has", "have", "had", "not",
                                             "because", "although", "we", "they", "it", "there", "this"]

    /// The part a heading names: a label ("Attendees", "Action Items:", "3. Decisions"), or
    /// a short title ending in one ("Introduction of attendees", "New action items").
    static func headingPart(_ title: String) -> Part? {
        // A remark in brackets after the label: "Attendees (sign yourself in)".
        var title = title.trimming(" \t")
        if title.hasSuffix(")"), let open = title.lastIndex(of: "("), open > title.startIndex {
            title = String(title[..<open])
        }
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
        // A sentence ("Quorum is present.") says something; it labels nothing.
        if title.trimming(" \t*_").hasSuffix("."), words.contains(where: { ["is", "are", "was", "were"].contains($0) }) { return nil }
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
        // "n/a, we discussed directly in Notion": none, and why.
        let lowered = value.lowercased()
        if ["n/a,", "none,", "nobody,", "nothing,", "none -", "n/a -", "none —"].contains(where: { lowered.hasPrefix($0) }) { return true }
        let words = lowered.split(whereSeparator: { !$0.isLetter && $0 != "/" })
        guard let first = words.first else { return value.trimming(" \t-—–.*_") .isEmpty }
        if words.count == 1, ["none", "n/a", "na", "nothing", "tbd", "nobody", "no"].contains(String(first)) { return true }
        if words.count > 4 { return false }
        return first == "none" || first == "nothing" || first == "no" && words.count >= 2 && !lowered.hasPrefix("no-")
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
