import RoadmapText
import RoadmapModel
import RoadmapSyntax
import RoadmapIO

/// Who came and what is to be done, as minutes write them: attendee lines with their
/// organization, handle and role, and action items with their owner.
extension MeetingReader {
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

    /// `Name (Organization)`, `Name (@handle) - role`, `Name @handle`, `@handle`: the name,
    /// with the handle, organization and role the notes give beside it.
    /// An `isEntry` (a list entry, one person) may give the organization after a comma:
    /// "Gordon Bradley, Autodesk", "Dana Heck - Chairperson, Animal Logic".
    static func attendee(_ text: String, isEntry: Bool = false) -> Attendee {
        var name = text
        // "(possibly) Michael Richardson": a remark before the name.
        if name.hasPrefix("("), let close = name.firstIndex(of: ")"), name[name.index(after: name.startIndex) ..< close].allSatisfy({ $0.isLowercase || $0 == " " }),
           case let rest = String(name[name.index(after: close)...]).trimming(" \t"), !rest.isEmpty {
            name = rest
        }
        var org: String? = nil
        var handle: String? = nil
        var role: String? = nil
        if isEntry, let comma = name.firstIndex(of: ","), !name[..<comma].contains("(") {
            let after = String(name[name.index(after: comma)...]).trimming(" \t")
            var before = String(name[..<comma])
            // "Name - Role, Organization"
            if let r = before.ranges(of: " - ").last ?? before.ranges(of: " – ").last {
                let maybeRole = String(before[r.upperBound...]).trimming(" \t")
                if isRole(maybeRole) {
                    role = maybeRole
                    before = String(before[..<r.lowerBound])
                }
            }
            if !after.isEmpty, before.split(separator: " ").count <= 4 {
                org = after
                name = before
            }
        }
        // Initials after it, as notes write them to credit remarks: "Elango Cheran - Google (ECH)".
        if name.hasSuffix(")"), let open = name.lastIndex(of: "("), open > name.startIndex {
            let inside = name[name.index(after: open) ..< name.index(before: name.endIndex)]
            let words = name[..<open].split(separator: " ")
            // Also the initials of the name itself: "Chris Williams (CW)".
            let ownInitials = words.count >= 2 && String(words.compactMap(\.first)).uppercased() == inside
            if (2 ... 4).contains(inside.count), inside.allSatisfy({ $0.isUppercase && $0.isLetter }), !isRole(String(inside)),
               name.contains(" - ") || name.contains(" – ") || ownInitials {
                name = String(name[..<open]).trimming(" \t")
            }
        }
        // A role after a dash: "Dana (@dana) - voting", "Lee – chair".
        for dash in [" - ", " – ", " — "] {
            guard let r = name.ranges(of: dash).last else { continue }
            let after = String(name[r.upperBound...]).trimming(" \t")
            if after.contains(")") && !after.contains("(") { break }  // a dash inside parentheses
            if isRole(after) {
                role = after
                name = String(name[..<r.lowerBound])
            } else if org == nil, !after.isEmpty, after.split(separator: " ").count <= 4 || after.contains(" / "), !after.contains("(") {
                org = after  // "Dana Scully - Red Hat", "John Mertic - Academy Software Foundation / Linux Foundation"
                name = String(name[..<r.lowerBound])
            }
            break
        }
        name = name.trimming(" \t")
        while name.hasSuffix(")"), let open = name.lastIndex(of: "(") {
            let before = String(name[..<open]).trimming(" \t")
            let inside = String(name[name.index(after: open) ..< name.index(before: name.endIndex)]).trimming(" \t")
            guard !before.isEmpty else { break }
            name = before
            // "@williamkapke (William Kapke - Director)": the name is in the parentheses.
            if before.hasPrefix("@"), !before.contains(" "), inside.first?.isLetter == true, !isRole(inside) {
                var real = attendee(inside)
                let words = real.name.split(separator: " ")
                if words.count >= 3, let last = words.last, isRole(String(last)) {  // "Tracy Hinds member"
                    real.role = real.role ?? String(last)
                    real.name = words.dropLast().joined(separator: " ")
                }
                real.handle = String(before.dropFirst())
                return real
            }
            if !inside.isEmpty, inside.allSatisfy(\.isNumber) {
                continue  // MeetBot's count of lines said: "dgilmore (116)"
            } else if inside.hasPrefix("@"), !inside.contains(" ") {
                handle = String(inside.dropFirst())
            } else if isRole(inside) {
                role = role ?? inside
            } else if !inside.isEmpty {
                org = inside
            }
        }
        let words = name.split(separator: " ")
        let kept = words.filter { !$0.hasPrefix("@") }
        if !kept.isEmpty, kept.count < words.count {
            handle = handle ?? words.first { $0.hasPrefix("@") }.map { String($0.dropFirst()) }
            name = kept.joined(separator: " ")
        }
        if name.hasPrefix("@"), name.count > 1 {
            name = String(name.dropFirst())
            handle = handle ?? name
        }
        return Attendee(name: name.trimming(" \t-–—:,/"), organization: org, handle: handle?.trimming(" ,:/"), role: role)
    }

    /// A label naming the role of the one person after it: "Chair", "Meeting chair pro tem",
    /// "Note taker", "Host".
    static func isRoleLabel(_ label: String) -> Bool {
        var words = label.lowercased().trimming(" \t*_").split(separator: " ").map(String.init)
        if words.first == "meeting" { words.removeFirst() }
        if words.count >= 2, words.suffix(2) == ["pro", "tem"] { words.removeLast(2) }
        return !words.isEmpty && isRole(words.joined(separator: " "))
    }

    /// What someone attends as, in the words minutes use ("voting", "chair", "note taker").
    static func isRole(_ text: String) -> Bool {
        let t = text.lowercased().trimming(" .")
        let roles: Set<String> = [
            "voting", "non-voting", "nonvoting", "voting member", "non-voting member", "observer", "guest", "chair", "co-chair",
            "host", "co-host", "facilitator", "moderator", "notes", "note taker", "note-taker", "notetaker", "scribe", "minutes",
            "secretary", "presenter", "speaker", "lead", "maintainer", "emeritus", "alternate", "proxy", "remote", "in person", "late",
            "left early", "partial", "tsc", "tsc member", "member", "visitor", "invited", "taking notes", "chairing",
            "chairperson", "chairman", "chairwoman", "vice chair", "vice-chair", "facilitating", "hosting", "organizer",
        ]
        if roles.contains(t) { return true }
        // "TSC Chair", "TSC Chief Architect", "Individual Membership Director": a title.
        let words = t.split(separator: " ")
        let titles: Set<Substring> = ["chair", "co-chair", "rep", "representative", "director", "architect", "liaison", "manager",
                                      "officer", "president", "treasurer", "secretary", "maintainer", "lead", "host", "observer"]
        return words.count >= 2 && words.count <= 5 && titles.contains(words.last!)
    }

    /// `Owner: text`, `Owner to text`, `@owner text`, `[Owner] text`, `text (@owner)`, or just text.
    static func action(_ text: String, done: Bool, line: Int) -> ActionItem {
        // MeetBot stamps each line with its writer and time: "… keepalive (dgilmore, 16:43:08)".
        if text.hasSuffix(")"), let open = text.lastIndex(of: "("), text[open...].contains(","),
           case let stamp = text[open...].split(separator: ",").last ?? "", stamp.filter({ $0 == ":" }).count == 2,
           String(stamp.dropLast()).trimming(" ").allSatisfy({ $0.isNumber || $0 == ":" }) {
            return action(String(text[..<open]).trimming(" \t"), done: done, line: line)
        }
        if text.hasPrefix("@") {
            let parts = text.dropFirst().split(separator: " ", maxSplits: 1)
            if parts.count == 2 {
                // "@dana to update the docs": the action is "update the docs"
                var rest = String(parts[1])
                if rest.hasPrefix("to "), rest.count > 3 { rest.removeFirst(3) }
                return ActionItem(text: rest, owner: String(parts[0]).trimming(":,"), done: done, line: line)
            }
        }
        // "[Dana] text", "(JK) text": an owner in brackets before the action.
        if text.hasPrefix("[") || text.hasPrefix("("), let close = text.firstIndex(of: text.hasPrefix("[") ? "]" : ")") {
            let owner = String(text[text.index(after: text.startIndex) ..< close]).trimming(" @")
            let rest = String(text[text.index(after: close)...]).trimming(" \t:-–")
            if !owner.isEmpty, owner.split(separator: " ").count <= 3, !rest.isEmpty, text.hasPrefix("[") || owner.first?.isUppercase == true && !owner.contains(where: \.isNumber) {
                return ActionItem(text: rest, owner: owner, done: done, line: line)
            }
        }
        // "DONE: Ned will write the outline": done, by Ned.
        for marker in ["DONE: ", "Done: ", "DONE - ", "[DONE] ", "[Done] ", "✅ "] where text.hasPrefix(marker) {
            var a = action(String(text.dropFirst(marker.count)), done: true, line: line)
            a.done = true
            return a
        }
        // `Owner: text`: the colon ends a word and is followed by a space ("see https://…" names
        // no one); a label ("Question:", "Meeting notes:") is no one either.
        if let colon = text.firstIndex(of: ":"), text[text.index(after: colon)...].first.map({ $0 == " " || $0 == "\t" }) ?? true {
            let owner = String(text[..<colon])
            let ownerWords = owner.split(separator: " ")
            // A name is written as one ("Dana Scully", "founding engineer"), not as a label ("Meeting notes").
            let named = ownerWords.count == 1 || ownerWords.allSatisfy { $0.first?.isUppercase == true || $0.first == "@" }
                || ownerWords.allSatisfy { $0.first?.isLowercase == true }
            if ownerWords.count <= 3, named, !notOwnerLabels.contains(owner.lowercased().trimming(" *_")), !owner.contains("/"), !owner.isEmpty,
               !owner.contains(where: \.isNumber) {  // "cfep-10 next steps: CJ to call a vote" names no "cfep-10"
                return ActionItem(text: String(text[text.index(after: colon)...]).trimming(" \t"), owner: owner.trimming(" @*_"), done: done, line: line)
            }
            // A topic before the colon, and the owner after it: "Docker hub follow-up: Jonathan to review the PR".
            let rest = String(text[text.index(after: colon)...]).trimming(" \t")
            if !rest.contains(":"), case let inner = action(rest, done: done, line: line), let owner = inner.owner {
                return ActionItem(text: owner.isEmpty ? text : String(text[..<colon]) + ": " + inner.text, owner: owner, done: done, line: line)
            }
        }
        let words = text.split(separator: " ", omittingEmptySubsequences: false)
        // "Joe - squash & merge": a name of one or two words, then a dash.
        if let dash = words.prefix(3).firstIndex(where: { $0 == "-" || $0 == "–" || $0 == "—" }), dash > 0, dash + 1 < words.count,
            words[..<dash].allSatisfy({ $0.first?.isUppercase == true || $0.first == "@" && $0.count > 1 }),
            !notOwners.contains(words[0].lowercased()), !notOwnerLabels.contains(words[..<dash].joined(separator: " ").lowercased()) {
            return ActionItem(text: words[(dash + 1)...].joined(separator: " "), owner: words[..<dash].joined(separator: " ").trimming("@"), done: done, line: line)
        }
        // "Dana to send the notes", "The group to review the minutes", "Dave will submit an update".
        if let to = words.prefix(4).firstIndex(where: { $0 == "to" || $0 == "will" }), to > 0,
            words[..<to].allSatisfy({ $0.first?.isUppercase == true }) || words[0] == "The" && to <= 3,
            !notOwners.contains(words[0].lowercased()) {
            let owner = words[..<to].joined(separator: " ")
            return ActionItem(text: words[(to + 1)...].joined(separator: " "), owner: owner, done: done, line: line)
        }
        // A name in parentheses at the end: "Draft the blog post (Maria)", "… (Dana Scully)".
        if text.hasSuffix(")"), let open = text.lastIndex(of: "("), open > text.startIndex {
            let inner = text[text.index(after: open) ..< text.index(before: text.endIndex)]
            let names = inner.split(separator: " ")
            if !names.isEmpty, names.count <= 2, names.allSatisfy({ $0.first?.isUppercase == true && $0.dropFirst().contains(where: \.isLowercase) && $0.allSatisfy(\.isLetter) }),
               !notOwners.contains(names[0].lowercased()) {
                let rest = String(text[..<open]).trimming(" \t-–,")
                if !rest.isEmpty { return ActionItem(text: rest, owner: String(inner), done: done, line: line) }
            }
        }
        // A handle at the end: "Write the docs (@dana)", "Write the docs @dana".
        if let last = words.last, words.count > 1 {
            let handle = String(last).trimming("()?!.,;")
            if handle.hasPrefix("@"), handle.count > 1 {
                return ActionItem(text: words.dropLast().joined(separator: " ").trimming(" \t-–,"), owner: String(handle.dropFirst()), done: done, line: line)
            }
        }
        return ActionItem(text: text, owner: nil, done: done, line: line)
    }

    /// Labels that stand before a colon in the notes without naming who is to act.
    static let notOwnerLabels: Set<String> = [
        "question", "questions", "note", "notes", "update", "updates", "status", "todo", "to do", "wip", "fyi", "summary",
        "topic", "topics", "decision", "proposal", "discussion", "background", "context", "agenda", "action", "reminder",
        "idea", "next", "result", "outcome", "comment", "comments", "answer", "problem", "issue", "issues", "goal", "plan",
        "aside", "q", "a", "re", "ps", "nb", "tbd", "info", "link", "links", "see", "example", "done",
    ]

    /// Words that start a sentence before "to" without naming who is to act ("Need to …").
    static let notOwners: Set<String> = [
        "need", "needs", "want", "wants", "have", "has", "had", "try", "plan", "plans", "going", "agree", "agreed", "decide", "decided",
        "continue", "remember", "talk", "respond", "reply", "reach", "write", "move", "link", "add", "go", "come", "listen", "refer",
        "return", "switch", "stick", "get", "due", "how", "what", "when", "where", "why", "who", "nothing", "not", "also", "and", "ask",
        "asked", "able", "unable", "we", "i", "they", "it", "this", "that", "send", "email", "post", "reply", "up", "back",
        "aim", "aims", "hope", "hoping", "expect", "expected", "intend", "try", "trying", "start", "begin", "ready",
    ]

    /// An action item marked in the text: `TODO - text`, `TODO – text` (uppercase, the marker
    /// that minutes use), `[ACTION] text`, `Action Item - text`, or `Owner: Action item: text`.
    static func markedAction(_ text: String) -> (text: String, owner: String?)? {
        for marker in ["TODO - ", "TODO – ", "TODO — ", "[ACTION] ", "[Action] ", "[AI] ", "[TODO] ", "Action Item - ", "Action item - ",
                       "Action Item – ", "Action item – ", "ACTION - ", "ACTION – "] where text.hasPrefix(marker) {
            let rest = String(text.dropFirst(marker.count)).trimming(" \t")
            return rest.isEmpty ? nil : (rest, nil)
        }
        guard let r = text.range(ofLowercased: ": action item: ") ?? text.range(ofLowercased: ": action: ") else { return nil }
        let owner = String(text[..<r.lowerBound]).trimming(" \t*_")
        let rest = String(text[r.upperBound...]).trimming(" \t")
        guard !rest.isEmpty, !owner.isEmpty, owner.split(separator: " ").count <= 3 else { return nil }
        return (rest, owner)
    }
}
