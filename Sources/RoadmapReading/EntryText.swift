import RoadmapText
import RoadmapModel
import RoadmapSyntax
import RoadmapIO

/// What the text of a heading or list entry says beyond its words, as people write
/// roadmaps: a bold lead-in that titles an entry, where its first sentence ends, a label that
/// heads a list, whether `#N` in a title is an issue.
enum EntryText {
    /// Where the first sentence of `text` ends: a full stop after a word of three letters or
    /// more that is no abbreviation ("e.g.", "Dr.", "etc." do not end one), then a space.
    static func firstSentenceEnd(_ text: String) -> String.Index? {
        var search = text.startIndex
        while let r = text[search...].firstRange(of: ". ") {
            let word = text[..<r.lowerBound].split(whereSeparator: { $0 == " " || $0 == "(" }).last ?? ""
            let letters = word.filter(\.isLetter)
            if letters.count >= 3, !word.contains("."), !["etc", "approx", "incl", "resp", "esp", "vol", "fig", "eds", "misc"].contains(letters.lowercased()) {
                return r.lowerBound
            }
            // A number ends a sentence too when a capital starts the next: "(time frame: late
            // 2018). Beginning with v3…"; not "No. 5 is …" or "v2. and".
            let digits = word.filter { $0 != ")" }
            if digits.count >= 2, digits.allSatisfy(\.isNumber), text[r.upperBound...].first?.isUppercase == true {
                return r.lowerBound
            }
            search = r.upperBound
        }
        return nil
    }

    /// The value of a `Status: …` line (`**Status:** done`, `State: open`), or nil when `t` is
    /// no such line.
    static func statusLineValue(_ t: ArraySlice<UInt8>) -> String? {
        // Both keys start with s (after markup): most entries are ruled out by a byte.
        guard t.count >= 6, t.count <= 400, let first = t.first(where: { $0 != 0x2A && $0 != 0x5F }), first | 0x20 == 0x73 else { return nil }
        let line = String(decoding: t.prefix { $0 != 0x0A }, as: UTF8.self)
        guard let colon = line.firstIndex(of: ":") else { return line.trimming(" \t*_").lowercased() == "status" ? "" : nil }
        let key = String(line[..<colon]).trimming(" \t*_").lowercased()
        guard key == "status" || key == "state" else { return nil }
        return String(line[line.index(after: colon)...]).trimming(" \t*_")
    }

    /// Entries that stand in for no work: "None currently" under "Blockers", `- [ ] NONE.`.
    static let placeholders: Set<String> = [
        "none", "none currently", "none yet", "none so far", "none for now", "none at the moment", "none at this time",
        "nothing", "nothing yet", "nothing currently", "nothing for now", "n/a", "na", "tbd", "tba",
    ]

    /// Whether an entry's text `t` (its first line, as written) is a placeholder for no work.
    static func isPlaceholder(_ t: ArraySlice<UInt8>) -> Bool {
        // Every placeholder starts (after markup) with n or t: most entries are ruled out by a byte.
        guard t.count <= 24, let first = t.first(where: { $0 != 0x20 && $0 != 0x2A && $0 != 0x5F && $0 != 0x28 }),
              first | 0x20 == 0x6E || first | 0x20 == 0x74 else { return false }
        var lower = String(decoding: t.prefix { $0 != 0x0A }, as: UTF8.self).lowercased()
        lower = lower.trimming(" \t*_.!()-—–")
        return placeholders.contains(lower)
    }

    /// A bold label of one line ending in a colon (`**Done (local):**`): it heads a list.
    static func isListLabel(_ t: [UInt8]) -> Bool {
        guard MeetingReader.isTopicLine(ArraySlice(t)) else { return false }
        var e = t.count
        while e > 0, t[e - 1] == 0x20 || t[e - 1] == 0x2A || t[e - 1] == 0x5F { e -= 1 }
        return e > 0 && t[e - 1] == 0x3A
    }

    /// `**Title** — text`, `**Title**: text`, `__Title__ - text`: the bold title and the text
    /// after the separator, when an entry starts so and has text after it.
    static func boldLeadIn(_ t: [UInt8]) -> (title: [UInt8], rest: [UInt8])? {
        guard t.count > 6, (t[0] == 0x2A && t[1] == 0x2A) || (t[0] == 0x5F && t[1] == 0x5F) else { return nil }
        let mark = t[0]
        var k = 2
        while k + 1 < t.count, !(t[k] == mark && t[k + 1] == mark), t[k] != 0x0A { k += 1 }
        guard k + 1 < t.count, t[k] == mark, k > 2 else { return nil }
        var title = Array(t[2 ..< k])
        var r = k + 2
        // The separator: a colon or full stop inside or after the bold text, or a dash after it.
        var stopped = false
        if title.last == 0x3A || title.last == 0x2E { stopped = true; title.removeLast() } else if r < t.count, t[r] == 0x3A || t[r] == 0x2E { stopped = true; r += 1 }
        var sawDash = false
        while r < t.count, t[r] == 0x20 || t[r] == 0x2D || (t[r] == 0xE2 && r + 2 < t.count && t[r + 1] == 0x80 && (t[r + 2] == 0x94 || t[r + 2] == 0x93)) {
            if t[r] == 0xE2 { r += 3; sawDash = true } else { if t[r] == 0x2D { sawDash = true }; r += 1 }
        }
        let separated = sawDash || stopped
        guard separated, r < t.count, !title.isEmpty, !isKindLabel(title) else { return nil }
        return (title, Array(t[r...]))
    }

    /// Whether a bold lead-in says what kind of work the entry is ("**Bug**: the sketch only
    /// shows after…"), not what it is called: the whole entry stays its title.
    static func isKindLabel(_ title: [UInt8]) -> Bool {
        guard title.count <= 11, title.allSatisfy(ASCII.isLetter) else { return false }
        return kindLabels.contains(String(decoding: title.map { $0 | 0x20 }, as: UTF8.self))
    }

    static let kindLabels: Set<String> = [
        "bug", "bugs", "bugfix", "fix", "hotfix", "feature", "feat", "chore", "docs", "doc", "refactor", "test", "tests", "perf",
        "enhancement", "improvement", "task", "todo", "idea", "note", "question", "epic", "story", "spike", "request",
    ]

    /// Whether an issue reference in a title refers to an issue: a link or URL does, and so
    /// does `#N` set apart ("Sync (#12)", "Sync, #12"); `#N` right after a word numbers the
    /// section ("Extras #1", "Phase #2").
    static func isTitleReference(_ ref: IssueRef, in title: String) -> Bool {
        guard ref.url == nil, let r = title.firstRange(of: "#\(ref.number)") else { return true }
        guard let before = title[..<r.lowerBound].last(where: { $0 != " " }) else { return true }
        // "PR #123", "fixes #77": a word that says an issue follows.
        let word = title[..<r.lowerBound].split(separator: " ").last.map { $0.lowercased().trimming(":,(") } ?? ""
        if ["pr", "prs", "issue", "issues", "fix", "fixes", "fixed", "close", "closes", "closed", "resolves", "see", "ticket", "bug", "pull", "gh"].contains(word) {
            return true
        }
        return !(before.isLetter || before.isNumber) || title[..<r.lowerBound].last != " "
    }

    /// What a title and a table-of-contents entry naming it share: letters and digits, lowercased.
    static func contentsKey(_ title: String) -> String {
        String(title.lowercased().filter { $0.isLetter || $0.isNumber })
    }
}
