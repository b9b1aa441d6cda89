import RoadmapText
import RoadmapModel
import RoadmapSyntax
import RoadmapIO

/// Finds the meeting cadences a document states in its prose: "Release Planning Meetings on
/// the first Thursday of each month", "held biweekly on odd calendar weeks from 14:00 to
/// 14:30", "meet every other week", or a metadata field (`:cadence: every Tuesday 15:00 UTC`).
///
/// A sentence counts only when it speaks of meeting (meet, meeting, call, sync, session,
/// standup) or sits in a section titled so: "biweekly releases" is not a meeting.
public enum CadenceFinder {
    /// Metadata and item field names whose value is a cadence.
    static let fieldNames: Set<String> = ["cadence", "meeting", "meetings", "schedule", "meeting cadence", "meeting schedule"]
    static let meetingWords: Set<String> = [
        "meet", "meets", "meeting", "meetings", "call", "calls", "sync", "syncs", "session", "sessions", "standup",
        "standups", "hangout", "hangouts", "meetup", "meetups", "huddle",
    ]

    /// Every cadence `tree` states, in document order, each rule once. `title` names meetings
    /// the sentence leaves unnamed when no section does.
    public static func cadences(in tree: SyntaxTree, title: String? = nil) -> [Cadence] {
        let source = tree.source
        var found: [Cadence] = []
        var section: String? = nil
        for block in tree.blocks {
            switch block.kind {
            case .heading:
                section = source.string(block.text)
            case .field:
                let key = source.string(Int(block.markStart) ..< Int(block.markEnd)).lowercased().trimming(" :")
                guard fieldNames.contains(key) else { continue }
                let value = source.string(block.text)
                if let c = cadence(in: tokens(value), sentence: value, line: Int(block.firstLine) + 1, named: section ?? title, forced: true) {
                    append(c, to: &found)
                }
            case .paragraph, .listItem, .quote:
                guard mentionsPeriod(source.bytes[tree.byteRange(of: block)]) else { continue }
                let sectionMeets = section.map { tokens($0).contains { meetingWords.contains($0.lower) } } ?? false
                for (sentence, line) in sentences(of: block, in: source) {
                    let words = tokens(sentence)
                    if let c = cadence(in: words, sentence: sentence, line: line, named: section ?? title, forced: sectionMeets) {
                        append(c, to: &found)
                    }
                }
            default:
                continue
            }
        }
        return found
    }

    /// Adds `c` unless the same rule was already stated.
    private static func append(_ c: Cadence, to found: inout [Cadence]) {
        if !found.contains(where: { $0.frequency == c.frequency && $0.weekday == c.weekday && $0.start == c.start && $0.end == c.end }) {
            found.append(c)
        }
    }

    /// Whether the bytes could state a period: "week", "month", "fortnight" or a weekday's "day".
    /// Most blocks do not, and are not split into sentences at all.
    static func mentionsPeriod(_ bytes: ArraySlice<UInt8>) -> Bool {
        let needles: [[UInt8]] = [Array("week".utf8), Array("month".utf8), Array("fortnight".utf8), Array("day".utf8)]
        var i = bytes.startIndex
        while i < bytes.endIndex {
            let b = bytes[i] | 0x20
            for n in needles where b == n[0] && bytes.endIndex - i >= n.count {
                var k = 1
                while k < n.count, bytes[i + k] | 0x20 == n[k] { k += 1 }
                if k == n.count { return true }
            }
            i += 1
        }
        return false
    }

    /// The block's sentences, lines joined, each with the 1-based line it starts on.
    static func sentences(of block: Block, in source: SourceText) -> [(String, Int)] {
        var out: [(String, Int)] = []
        var current = ""
        var startLine = 0
        for l in Int(block.firstLine) ..< Int(block.endLine) {
            let text = source.line(l).trimming(" \t")
            if text.isEmpty { continue }
            if current.isEmpty { startLine = l + 1 } else { current += " " }
            var rest = Substring(text)
            // A sentence ends at ". ", "! " or "? " (or at the end of the line's text).
            while let end = sentenceEnd(in: rest) {
                current += rest[..<end]
                if !current.trimming(" ").isEmpty { out.append((current, startLine)) }
                current = ""
                startLine = l + 1
                rest = rest[end...].drop { $0 == " " }
            }
            current += rest
        }
        if !current.trimming(" ").isEmpty { out.append((current, startLine)) }
        return out
    }

    private static func sentenceEnd(in s: Substring) -> Substring.Index? {
        var i = s.startIndex
        while i < s.endIndex {
            let c = s[i]
            let next = s.index(after: i)
            if c == "." || c == "!" || c == "?", next < s.endIndex, s[next] == " " { return next }
            i = next
        }
        return nil
    }

    /// A word of a sentence: as written, and lowercased.
    struct Token {
        var text: String
        var lower: String
    }

    /// Words and numbers; `14:00` stays one token, `bi-weekly` is two.
    static func tokens(_ s: String) -> [Token] {
        var out: [Token] = []
        var word = ""
        let chars = Array(s)
        for (k, c) in chars.enumerated() {
            let keep = c.isLetter || c.isNumber
                || (c == ":" && !word.isEmpty && word.last!.isNumber && k + 1 < chars.count && chars[k + 1].isNumber)
            if keep {
                word.append(c)
            } else if !word.isEmpty {
                out.append(Token(text: word, lower: word.lowercased()))
                word = ""
            }
        }
        if !word.isEmpty { out.append(Token(text: word, lower: word.lowercased())) }
        return out
    }

    static let ordinals: [String: Int] = [
        "first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4, "last": -1,
    ]
    static let counts: [String: Int] = ["two": 2, "three": 3, "four": 4, "six": 6, "2": 2, "3": 3, "4": 4, "6": 6]
    static let timeZones: Set<String> = [
        "utc", "gmt", "cet", "cest", "eet", "eest", "wet", "west", "bst", "est", "edt", "cst", "cdt", "mst", "mdt", "pst", "pdt",
        "pt", "et", "ist", "jst", "kst", "aest", "aedt",
    ]

    /// The cadence the words state, if they state one and speak of meeting (or `forced`).
    static func cadence(in t: [Token], sentence: String, line: Int, named fallback: String?, forced: Bool) -> Cadence? {
        guard forced || t.contains(where: { meetingWords.contains($0.lower) }) else { return nil }
        func word(_ k: Int) -> String { k >= 0 && k < t.count ? t[k].lower : "" }
        func isWeek(_ w: String) -> Bool { w == "week" || w == "weeks" }

        var monthly = false
        var interval: Int? = nil
        var ordinal: Int? = nil
        var weekday: Weekday? = nil
        var plural = false  // "on Thursdays"
        var parity: Cadence.WeekParity? = nil
        for k in t.indices {
            let w = t[k].lower
            if let n = ordinals[w], let d = Weekday(word: word(k + 1)) {
                ordinal = n
                weekday = d
            } else if let d = Weekday(word: w), weekday == nil {
                weekday = d
                plural = w.hasSuffix("s") && w != "tues" && w != "thurs"
            }
            switch w {
            case "monthly":
                monthly = monthly || word(k - 1) != "bi"  // "bi-monthly" says neither twice a month nor every two months clearly
            case "month":
                if ["every", "each", "a", "per"].contains(word(k - 1)), !["and", "or"].contains(word(k + 1)) { monthly = true }
            case "biweekly", "fortnightly", "fortnight":
                interval = 2
            case "weekly":
                interval = interval ?? (word(k - 1) == "bi" ? 2 : 1)
            case "every", "each":
                let next = word(k + 1)
                if ["other", "second", "alternate"].contains(next), isWeek(word(k + 2)) || Weekday(word: word(k + 2)) != nil {
                    interval = 2
                } else if let n = counts[next], isWeek(word(k + 2)) {
                    interval = n
                } else if isWeek(next) || (Weekday(word: next) != nil && w == "every") {
                    interval = interval ?? 1
                }
            case "alternate":
                if isWeek(word(k + 1)) { interval = 2 }
            case "odd", "even":
                if isWeek(word(k + 1)) || (word(k + 1) == "calendar" && isWeek(word(k + 2))) || (word(k + 1) == "iso" && isWeek(word(k + 2))) {
                    parity = w == "odd" ? .odd : .even
                }
            default:
                break
            }
        }
        let frequency: Cadence.Frequency
        if ordinal != nil, monthly || t.contains(where: { $0.lower == "month" || $0.lower == "months" }) {
            frequency = .monthly(ordinal: ordinal)
        } else if monthly {
            frequency = .monthly(ordinal: nil)
        } else if let parity {
            frequency = .weekly(interval: 2, parity: parity)
        } else if let interval {
            frequency = .weekly(interval: interval, parity: nil)
        } else if plural {
            frequency = .weekly(interval: 1, parity: nil)
        } else {
            return nil
        }
        let (start, end, zone) = times(t)
        return Cadence(frequency: frequency, weekday: weekday, start: start, end: end, timeZone: zone,
                       name: name(t) ?? fallback ?? "Meeting", sentence: sentence, line: line)
    }

    /// The first time the words give, the one after it when it ends a range, and a time zone.
    static func times(_ t: [Token]) -> (TimeOfDay?, TimeOfDay?, String?) {
        var found: [(TimeOfDay, Int)] = []  // time, index of its last token
        var k = 0
        while k < t.count, found.count < 2 {
            if let (time, last) = time(at: k, in: t) {
                // The second time only when it ends a range: "14:00 to 14:30", "14:00-14:30".
                if found.isEmpty || k - found[0].1 <= 2 { found.append((time, last)) } else { break }
                k = last + 1
            } else {
                k += 1
            }
        }
        guard let first = found.first else { return (nil, nil, nil) }
        let after = (found.last?.1 ?? first.1) + 1
        let zone = after < t.count && timeZones.contains(t[after].lower) ? t[after].text.uppercased() : nil
        return (first.0, found.count > 1 ? found[1].0 : nil, zone)
    }

    /// A time at token `k`: `14:00`, `2pm`, `2:30 pm`, `2 pm`; with the index of its last token.
    static func time(at k: Int, in t: [Token]) -> (TimeOfDay, Int)? {
        var w = Substring(t[k].lower)
        var meridiem: String? = nil
        var last = k
        if w.hasSuffix("am") || w.hasSuffix("pm") {
            meridiem = String(w.suffix(2))
            w = w.dropLast(2)
        } else if k + 1 < t.count, t[k + 1].lower == "am" || t[k + 1].lower == "pm" {
            meridiem = t[k + 1].lower
            last = k + 1
        }
        let parts = w.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count <= 2, let h = Int(parts[0]), parts[0].count <= 2 else { return nil }
        guard parts.count == 2 || meridiem != nil else { return nil }  // a bare number is not a time
        var hour = h
        let minute = parts.count == 2 ? (parts[1].count == 2 ? Int(parts[1]) : nil) : 0
        guard let minute else { return nil }
        if let meridiem {
            guard (1 ... 12).contains(h) else { return nil }
            hour = h % 12 + (meridiem == "pm" ? 12 : 0)
        }
        return TimeOfDay(hour: hour, minute: minute).map { ($0, last) }
    }

    /// "Release Planning Meeting" from "… during Release Planning Meetings on …": the
    /// capitalized words before the meeting word.
    static func name(_ t: [Token]) -> String? {
        guard let m = t.firstIndex(where: { $0.lower == "meeting" || $0.lower == "meetings" }) else { return nil }
        var first = m
        while first > 0, m - first < 4, let c = t[first - 1].text.first, c.isUppercase, Weekday(word: t[first - 1].lower) == nil {
            first -= 1
        }
        guard first < m else { return nil }
        return t[first ..< m].map(\.text).joined(separator: " ") + " Meeting"
    }
}
