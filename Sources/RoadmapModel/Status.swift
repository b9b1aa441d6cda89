import RoadmapText

/// Where an item stands.
public enum Status: String, Sendable, CaseIterable, Codable {
    /// Nothing done yet (no deliverable checked, or no deliverables).
    case planned
    /// Some deliverables done.
    case inProgress = "in-progress"
    /// All deliverables done, or the document says so.
    case done
    /// An idea not yet on the roadmap (an entry of a backlog or ideas section).
    case backlog

    /// Reads a status as documents write it: `Done`, `Completed`, `In Progress`, `WIP`,
    /// `Not Started`, `Planned`, `Backlog`, … (the first words of a longer value count:
    /// `Completed - Flux v2.8 GA` is done).
    public init?(text: String) {
        // A mark before the words (`:white_check_mark: Complete`, `✅ Done`) is no word; a
        // mark alone says the status itself.
        let (codes, afterCodes) = EmojiShortcodes.leading(text)
        let text = String(afterCodes.drop { !$0.isLetter && !$0.isNumber })
        if text.isEmpty {
            let marks = codes + afterCodes.unicodeScalars.map { String($0) }
            guard let status = marks.lazy.compactMap({ Self.marks[$0] }).first else { return nil }
            self = status
            return
        }
        let words = text.lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber }).prefix(3).map(String.init)
        guard let first = words.first else { return nil }
        let two = words.count > 1 ? first + " " + words[1] : first
        if let status = Self.twoWordPhrases[two] {
            self = status
            return
        }
        switch first {
        case "done", "completed", "complete", "delivered", "finished", "shipped", "released", "stable", "closed", "implemented", "merged",
             "landed", "fixed", "resolved", "deployed", "achieved", "accomplished":
            self = .done
        case "wip", "started", "ongoing", "active", "doing", "inprogress", "progress", "partial", "partially":
            self = .inProgress
        case "planned", "todo", "open", "proposed", "next", "pending", "scheduled", "accepted", "upcoming", "provisional":
            self = .planned
        case "backlog", "idea", "ideas", "icebox", "wishlist", "someday", "later", "future", "deferred", "postponed":
            self = .backlog
        // The same words in other languages roadmaps use.
        case "hecho", "completado", "terminado", "finalizado", "concluído", "concluido", "completato", "terminé", "fait",
             "erledigt", "fertig", "abgeschlossen", "완료", "完成", "已完成", "完了", "завершено", "выполнено", "готово", "сделано",
             "реализовано", "已实现", "已實現", "已发布", "已發布", "完成済み", "実装済み", "済み", "완료됨", "veröffentlicht", "publié",
             "lanzado", "publicado", "implementado", "hecha", "terminada", "finalizada", "稳定", "穩定", "安定", "estable", "stabil":
            self = .done
        case "진행", "진행중", "进行中", "進行中", "在进行", "正在做", "开发中", "開發中", "開発中", "作業中", "对应中", "개발중":
            self = .inProgress
        case "pendiente", "planificado", "pendente", "planejado", "prévu", "geplant", "예정", "计划", "予定", "计划中", "规划中",
             "計画中", "待办", "待开发", "계획", "запланировано", "offen":
            self = .planned
        default:
            if first == "in" && words.count > 1 && words[1] == "progress" { self = .inProgress; return }
            return nil
        }
    }

    /// Reads a remark in parentheses or after a dash (`Search (done)`, `Sync — in progress since
    /// May`, `Export (complete; updated to use trame)`) as `init(text:)` does, except that a
    /// status word that also begins names (`open`, `active`, `stable`, …) must stand alone or be
    /// followed by punctuation, a number, another status word or a word that links a qualifier
    /// (`for`, `since`, `in`, …): an acronym's expansion (`AD (Active Directory)`, `OAM (Open
    /// Application Model)`) says no status.
    public init?(remark: String) {
        guard let status = Status(text: remark) else { return nil }
        // "shipped vs. slipped" compares; it says no status.
        if remark.utf8.count <= 40, remark.lowercased().split(whereSeparator: { !$0.isLetter }).contains(where: { $0 == "vs" || $0 == "versus" }) { return nil }
        // The words, each with the character that stands right before it (punctuation sets a
        // qualifier apart: "complete; updated").
        var words: [(word: String, after: Character)] = []
        var current = ""
        var gap: Character = " "
        for c in remark.lowercased() {
            if c.isLetter || c.isNumber || c == "'" {
                current.append(c)
            } else {
                if !current.isEmpty { words.append((current, gap)); current = ""; gap = " " }
                if c != " " { gap = c }
            }
        }
        if !current.isEmpty { words.append((current, gap)) }
        // The words the status phrase takes, then what follows it.
        var k = words.firstIndex { $0.word.first?.isLetter ?? false } ?? words.endIndex
        // Only words that also open names are in doubt ("Future Major Release" is still later).
        guard k < words.endIndex, Self.nameWords.contains(words[k].word) else { self = status; return }
        let two = k + 1 < words.endIndex ? words[k].word + " " + words[k + 1].word : ""
        k += Self.twoWordPhrases[two] != nil || two == "not yet" ? 2 : 1
        if k < words.endIndex, words[k].word == "progress" || words[k].word == "started" { k += 1 }  // "work in progress", "not yet started"
        guard k < words.endIndex else { self = status; return }
        let next = words[k]
        if ";,:.-–—/".contains(next.after) || next.word.first?.isNumber == true || Self.linkingWords.contains(next.word)
            || Status(text: next.word) != nil
        {
            self = status
            return
        }
        return nil
    }

    /// Status words that also begin names: "Open Application Model", "Active Directory".
    private static let nameWords: Set<String> = ["open", "active", "stable", "closed", "partial", "accepted", "proposed", "released", "merged"]
    /// Statuses said in two words, the first of which says none alone ("in progress", "not started").
    private static let twoWordPhrases: [String: Status] = [
        "in progress": .inProgress, "in design": .inProgress, "in development": .inProgress, "in review": .inProgress,
        "work in": .inProgress, "being worked": .inProgress, "in flight": .inProgress, "not started": .planned, "en curso": .inProgress,
        "en progreso": .inProgress, "em andamento": .inProgress, "in corso": .inProgress, "en cours": .inProgress,
        "in arbeit": .inProgress, "진행 중": .inProgress, "개발 중": .inProgress, "pushed out": .backlog, "в работе": .inProgress,
        "в процессе": .inProgress, "в разработке": .inProgress, "más adelante": .backlog, "plus tard": .backlog,
    ]
    private static let linkingWords: Set<String> = [
        "in", "on", "as", "at", "since", "by", "for", "with", "until", "till", "from", "to", "and", "but", "or", "after", "before",
        "now", "yet", "already", "soon", "q1", "q2", "q3", "q4", "h1", "h2", "v", "via", "per", "except", "upstream",
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
    ]

    /// The status a mark before a title says: `✅ Login page` and `:construction: Sync` are done
    /// and in progress. Nil when the title starts with no such mark.
    package static func mark(before title: String) -> Status? {
        // A title that starts (after blanks) with an ASCII letter or digit has no mark: most do.
        if let first = title.utf8.first(where: { $0 != 0x20 && $0 != 0x09 }), ASCII.isLetter(first) || (first >= 0x30 && first <= 0x39) {
            return nil
        }
        let (codes, rest) = EmojiShortcodes.leading(title)
        if let code = codes.first { return marks[code] }
        guard let first = rest.unicodeScalars.first, !first.properties.isAlphabetic, !first.properties.isASCIIHexDigit else { return nil }
        return marks[String(first)]
    }

    /// Emoji (and their GitHub shortcodes) that say a status on their own.
    private static let marks: [String: Status] = [
        "white_check_mark": .done, "heavy_check_mark": .done, "ballot_box_with_check": .done, "check": .done,
        "\u{2705}": .done, "\u{2714}": .done, "\u{2611}": .done, "\u{2713}": .done,
        "construction": .inProgress, "hourglass": .inProgress, "hourglass_flowing_sand": .inProgress, "runner": .inProgress,
        "\u{1F6A7}": .inProgress, "\u{23F3}": .inProgress, "\u{231B}": .inProgress,
        "calendar": .planned, "date": .planned, "spiral_calendar": .planned, "\u{1F4C5}": .planned, "\u{1F5D3}": .planned,
        "bulb": .backlog, "\u{1F4A1}": .backlog,
        // 🔄 (under way), 📋 (on the list), 🔜 (soon)
        "arrows_counterclockwise": .inProgress, "\u{1F504}": .inProgress, "clipboard": .planned, "\u{1F4CB}": .planned,
        "soon": .planned, "\u{1F51C}": .planned,
        // A cross is not done (yet): a row marked so is open.
        "x": .planned, "\u{274C}": .planned, "heavy_multiplication_x": .planned, "\u{2716}": .planned,
    ]

    /// The status a checklist implies: done when every deliverable is checked, in progress when
    /// some are, planned when none are or there are none.
    public static func derived(done: Int, total: Int) -> Status {
        if total == 0 || done == 0 { return .planned }
        return done == total ? .done : .inProgress
    }

    /// The words and phrases `init(text:)` reads as a status, for suggestions ("did you mean
    /// `finished`?"); a test keeps the list and the reader in step.
    public static let knownWords: [String] = [
        "planned", "in progress", "done", "backlog", "completed", "complete", "delivered", "finished", "shipped", "released",
        "stable", "closed", "implemented", "merged", "landed", "fixed", "resolved", "deployed", "achieved", "accomplished",
        "wip", "started", "ongoing", "active", "doing", "partial", "not started",
        "in design", "in development", "in review", "in flight", "todo", "open", "proposed", "next", "pending", "scheduled", "accepted",
        "upcoming", "provisional", "idea", "icebox", "wishlist", "someday", "later", "future",
    ]
}
