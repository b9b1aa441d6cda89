import RoadmapText
import RoadmapModel
import RoadmapSyntax
import RoadmapIO

/// What a section title says about the section's role, whatever the dialect: a status group
/// ("Completed", "In-Progress (Under Design OR Active Development)"), a part of an item ("Tasks",
/// "Motivation"), or a section that is never a roadmap item ("Table of Contents").
package enum HeadingVocabulary {
    /// The words of a title, lower case, without what stands in parentheses or brackets,
    /// apostrophes dropped ("What's Next" → what, next), split at everything that is not a letter.
    static func words(_ title: String) -> [String] {
        let title = EmojiShortcodes.removing(from: title)
        if title.utf8.allSatisfy({ $0 < 0x80 }) { return asciiWords(title) }
        var out: [String] = []
        var word = ""
        var depth = 0
        for c in title.lowercased() {
            if c == "(" || c == "[" { depth += 1; continue }
            if c == ")" || c == "]" { depth = max(0, depth - 1); continue }
            if depth > 0 { continue }
            if c == "'" || c == "’" { continue }
            if c.isLetter {
                word.append(c)
            } else if !word.isEmpty {
                out.append(word)
                word = ""
            }
        }
        if !word.isEmpty { out.append(word) }
        return out
    }

    /// `words` for a title in ASCII (most are): the same rules, byte by byte, since every
    /// section's title is asked about several times.
    private static func asciiWords(_ title: String) -> [String] {
        var out: [String] = []
        var word: [UInt8] = []
        var depth = 0
        for var b in title.utf8 {
            if b == 0x28 || b == 0x5B { depth += 1; continue }
            if b == 0x29 || b == 0x5D { depth = max(0, depth - 1); continue }
            if depth > 0 || b == 0x27 { continue }
            if b >= 0x41 && b <= 0x5A { b |= 0x20 }
            if b >= 0x61 && b <= 0x7A {
                word.append(b)
            } else if !word.isEmpty {
                out.append(String(decoding: word, as: UTF8.self))
                word.removeAll(keepingCapacity: true)
            }
        }
        if !word.isEmpty { out.append(String(decoding: word, as: UTF8.self)) }
        return out
    }

    /// Words that may follow a status phrase without changing it: "Completed Items", "Planned
    /// Features", "Completed in 2023", "Done so far".
    private static let trailingFillers: Set<String> = [
        "items", "item", "features", "feature", "work", "tasks", "projects", "initiatives", "epics", "goals",
        "milestones", "releases", "efforts", "topics", "changes", "improvements", "deliverables", "stuff",
        "in", "for", "during", "since", "by", "as", "of", "on", "so", "far", "yet", "already", "q",
    ]
    /// Words that may stand before one: "Recently Completed", "Currently In Progress".
    private static let leadingFillers: Set<String> = ["recently", "currently", "already", "the", "whats", "what", "is", "up"]

    private static let donePhrases: Set<String> = [
        "completed", "complete", "done", "delivered", "finished", "shipped", "released", "achieved", "accomplished",
        "implemented", "landed", "closed", "merged", "supported",
        // What is behind the project: "Past milestones", "Previous releases", "Release History".
        "past", "previous", "history", "release history", "version history", "released versions", "shipped versions",
        "previous versions", "past versions", "older versions",
    ]
    /// Status group titles in other languages roadmaps are written in, as `words` gives them.
    static let foreignPhrases: [String: Status] = [
        // Spanish, Portuguese, Italian, French, German
        "hecho": .done, "completado": .done, "completados": .done, "terminado": .done, "finalizado": .done, "listo": .done,
        "en curso": .inProgress, "en progreso": .inProgress, "en desarrollo": .inProgress, "pendiente": .planned,
        "pendientes": .planned, "planificado": .planned, "próximamente": .planned, "por hacer": .planned, "futuro": .backlog,
        "concluído": .done, "concluido": .done, "feito": .done, "em andamento": .inProgress, "em progresso": .inProgress,
        "planejado": .planned, "pendente": .planned, "completato": .done, "fatto": .done, "in corso": .inProgress,
        "pianificato": .planned, "terminé": .done, "fait": .done, "réalisé": .done, "implémenté": .done,
        "fonctionnalités implémentées": .done, "en cours": .inProgress, "à faire": .planned, "prévu": .planned,
        "planifié": .planned, "à venir": .planned, "erledigt": .done, "fertig": .done, "abgeschlossen": .done,
        "in arbeit": .inProgress, "geplant": .planned, "offen": .planned,
        // Ideas: "Idées", "Ideen", "Ideias", "Idee", "Ideas futuras", "Autres idées futures".
        "idées": .backlog, "idées futures": .backlog, "autres idées": .backlog, "autres idées futures": .backlog,
        "ideen": .backlog, "weitere ideen": .backlog, "ideias": .backlog, "ideias futuras": .backlog, "ideas futuras": .backlog,
        "idee": .backlog, "idee future": .backlog,
        "später": .backlog, "zukunft": .backlog, "plus tard": .backlog, "más adelante": .backlog, "mais tarde": .backlog,
        "veröffentlicht": .done, "publié": .done, "lanzado": .done, "publicado": .done, "implementado": .done,
        "próximas características": .planned, "próximas funcionalidades": .planned, "próximas funciones": .planned,
        "em breve": .planned, "bientôt": .planned, "demnächst": .planned,
        // Russian
        "завершено": .done, "выполнено": .done, "готово": .done, "сделано": .done, "реализовано": .done,
        "в работе": .inProgress, "в процессе": .inProgress, "в разработке": .inProgress,
        "запланировано": .planned, "планы": .planned, "в планах": .planned, "идеи": .backlog, "в будущем": .backlog,
        // Chinese, Japanese, Korean (a title of one word: no spaces between)
        "已完成": .done, "完成": .done, "已实现": .done, "已實現": .done, "已发布": .done, "已發布": .done, "已上线": .done,
        "完了": .done, "完了済み": .done, "完成済み": .done, "実装済み": .done, "済み": .done, "완료": .done, "완료됨": .done,
        "进行中": .inProgress, "進行中": .inProgress, "正在做": .inProgress, "开发中": .inProgress, "開發中": .inProgress,
        "開発中": .inProgress, "作業中": .inProgress, "对应中": .inProgress, "진행": .inProgress, "진행중": .inProgress,
        "진행 중": .inProgress, "개발 중": .inProgress, "개발중": .inProgress,
        "计划中": .planned, "计划": .planned, "計劃": .planned, "规划中": .planned, "待办": .planned, "待開發": .planned, "待开发": .planned,
        "予定": .planned, "計画中": .planned, "計画": .planned, "예정": .planned, "계획": .planned, "계획됨": .planned,
        "未来": .backlog, "將來": .backlog, "将来": .backlog, "想法": .backlog, "待定": .backlog, "아이디어": .backlog, "향후": .backlog,
    ]

    /// Status phrases of Chinese, Japanese and Korean, which write no space before what follows
    /// ("正在做特性", features being worked on; "已完成功能", features done): a title of one
    /// word that opens with one and has at most three characters more.
    static let cjkStatusPrefixes: [(String, Status)] = [
        ("已完成", .done), ("已实现", .done), ("已實現", .done), ("已发布", .done), ("已發布", .done), ("完成済み", .done), ("実装済み", .done),
        ("완료된", .done), ("完了した", .done), ("完成", .done), ("完了", .done), ("완료", .done),
        ("正在做", .inProgress), ("进行中", .inProgress), ("進行中", .inProgress), ("开发中", .inProgress), ("開発中", .inProgress),
        ("開發中", .inProgress), ("진행 중인", .inProgress), ("진행중인", .inProgress),
        ("计划中", .planned), ("规划中", .planned), ("計画中", .planned), ("予定", .planned), ("예정된", .planned), ("待开发", .planned),
        ("未来", .backlog), ("将来", .backlog),
    ]

    /// The title inside a wiki's decoration (`== TODO ==`: "TODO"), or nil when it has none.
    static func undecorated(_ t: ArraySlice<UInt8>) -> ArraySlice<UInt8>? {
        guard t.count > 4, t.starts(with: [0x3D, 0x3D]), t.reversed().starts(with: [0x3D, 0x3D]) else { return nil }
        var s = t.startIndex, e = t.endIndex
        while s < e, t[s] == 0x3D || t[s] == 0x20 { s += 1 }
        while e > s, t[e - 1] == 0x3D || t[e - 1] == 0x20 { e -= 1 }
        return e > s ? t[s ..< e] : nil
    }

    /// `cjkStatusPrefixes` applied to a title.
    static func cjkStatus(_ title: String) -> Status? {
        let words = Self.words(title)
        // One word; Korean, which spaces its words, two ("진행 중인 기능").
        guard let first = words.first?.unicodeScalars.first, first.value >= 0x3000, words.count == 1 || words.count == 2 && first.value >= 0xAC00
        else { return nil }
        let joined = words.joined(separator: " ")
        for (prefix, status) in cjkStatusPrefixes where joined.hasPrefix(prefix) {
            if joined.count - prefix.count <= 3 { return status }
        }
        return nil
    }
    private static let inProgressPhrases: Set<String> = [
        "in progress", "inprogress", "ongoing", "current", "in development", "work in progress", "wip", "now", "active",
        "doing", "underway", "under way", "started", "in flight", "being worked on", "working on", "working", "under development",
        "in review", "in design", "under design", "current focus", "in the works",
    ]
    private static let plannedPhrases: Set<String> = [
        "planned", "open", "todo", "to do", "upcoming", "next", "future", "not started", "not yet started", "coming soon",
        "next up", "up next", "scheduled", "coming next", "on deck",
    ]
    private static let backlogPhrases: Set<String> = [
        "backlog", "ideas", "idea", "icebox", "ice box", "wishlist", "wish list", "someday", "someday maybe", "maybe",
        "later", "under consideration", "parking lot", "parked", "nice to have", "nice to haves", "deferred", "postponed", "on hold",
        "parked by choice", "not planned yet", "someday maybe", "pie in the sky", "blue sky",
    ]
    /// Horizons past the work in view: "Long term", "Beyond 1.0", "Post 2.0", "After v3".
    private static let horizonPhrases: Set<String> = ["long term", "longer term", "long term goals", "longer term goals", "later versions",
                                                      "later releases", "future versions"]

    /// Horizons of the work in view, as boards name them beside "Long term": planned.
    private static let nearHorizonPhrases: Set<String> = [
        "soon", "near term", "short term", "mid term", "medium term", "shorter term", "near term goals", "short term goals",
        "mid term goals", "medium term goals", "near future", "in the near future",
    ]

    /// Whether `title` names a horizon of the work in view ("Near term", "Short term", "Soon"):
    /// a group of planned work when it holds no checklist of its own, as "Long term" is of the backlog.
    static func namesNearHorizon(_ title: String) -> Bool {
        guard title.utf8.count <= 40, let first = title.utf8.first(where: { ASCII.isLetter($0) }),
              [0x73, 0x6E, 0x6D, 0x69].contains(first | 0x20) else { return false }
        let words = Self.words(title)
        return words.count <= 4 && nearHorizonPhrases.contains(words.joined(separator: " "))
    }

    /// Whether `title` names a horizon past the work in view: a backlog group when it holds no
    /// checklist of its own (with one, it is an item like the releases beside it).
    static func namesHorizon(_ title: String) -> Bool {
        // Each starts with l, b, p, a or f: most titles are ruled out by their first letter.
        guard title.utf8.count <= 40, let first = title.utf8.first(where: { ASCII.isLetter($0) }),
              [0x6C, 0x62, 0x70, 0x61, 0x66].contains(first | 0x20) else { return false }
        let words = Self.words(title)
        guard let first = words.first, words.count <= 4 else { return false }
        if horizonPhrases.contains(words.joined(separator: " ")) { return true }
        return (first == "beyond" || first == "post" || first == "after") && title.contains(where: \.isNumber)
    }

    /// The status a group title gives the items in it, or nil when the title is not a status group.
    /// What stands in parentheses does not count, nor do filler words around the phrase.
    package static func groupStatus(title: String) -> Status? { groupStatus(title: title, probe: TitleProbe(title)) }

    /// The status a share of the work done gives a title: "1.0 - 37% completed" is in progress,
    /// "Phase 2 - 0% complete" planned, "v2 (100% done)" done. Nil without a percentage before
    /// a done word.
    static func shareDone(_ title: String) -> Status? {
        var t = title
        return t.withUTF8 { u -> Status? in
            guard let percent = u.firstIndex(of: 0x25), percent > 0, ASCII.isDigit(u[percent - 1]) else { return nil }
            var start = percent
            while start > 0, ASCII.isDigit(u[start - 1]) { start -= 1 }
            guard percent - start <= 3, let share = Int(String(decoding: UnsafeBufferPointer(rebasing: u[start ..< percent]), as: UTF8.self)) else { return nil }
            let after = String(decoding: UnsafeBufferPointer(rebasing: u[(percent + 1)...]), as: UTF8.self)
            guard Status(text: after) == .done else { return nil }
            return share >= 100 ? .done : share == 0 ? .planned : .inProgress
        }
    }

    /// `groupStatus(title:)` with the title's probe already taken.
    static func groupStatus(title: String, probe: TitleProbe) -> Status? {
        // A share of the work done: a release part done is no status for each of its items.
        if probe.byteCount <= 120, title.utf8.contains(0x25), let share = shareDone(title) { return share == .inProgress ? nil : share }
        // "In progress / being explored": the first of two names says it.
        if probe.hasSeparator {
            for separator in [" / ", " | "] where title.contains(separator) {
                if let first = title.split(separator: separator).first, let status = groupStatus(title: String(first)) { return status }
            }
        }
        // Most titles start with a word no foreign phrase starts with: no words are made for them.
        if probe.byteCount <= 48, probe.firstWord.map(foreignFirstWords.contains) ?? true,
           let status = foreignPhrases[Self.words(title).joined(separator: " ")]
        {
            return status
        }
        if probe.firstWord == nil, let status = cjkStatus(title) { return status }
        guard mayNameGroup(title) else { return nil }
        var words = Self.words(title)
        guard !words.isEmpty, words.count <= 8 else { return nil }
        // "Idea Backlog", "Product Backlog", "Someday / Maybe"; not "Backlog Cleanup".
        // "Ideas Under Consideration", "Ideas for 2.0", "Ideas and wishes" (not "Ideas first").
        if let first = words.first, first == "ideas" || first == "idea", words.count <= 4, words.count > 1,
           ["under", "for", "and", "to", "we", "not"].contains(words[1]) {
            return .backlog
        }
        if let last = words.last, ["backlog", "ideas", "icebox", "wishlist", "someday", "maybe"].contains(last), words.count <= 4 {
            // A sprint's backlog is the work the sprint commits to: planned, not an idea.
            return last == "backlog" && words.dropLast().last == "sprint" ? .planned : .backlog
        }
        let all = words
        while words.count > 1, let last = words.last, trailingFillers.contains(last) { words.removeLast() }
        while words.count > 1, let first = words.first, leadingFillers.contains(first) { words.removeFirst() }
        if words.count <= 4, let status = phraseStatus(words.joined(separator: " ")) { return status }
        return qualifiedStatus(all, title: title)
    }

    private static func phraseStatus(_ phrase: String) -> Status? {
        if donePhrases.contains(phrase) { return .done }
        if inProgressPhrases.contains(phrase) { return .inProgress }
        if plannedPhrases.contains(phrase) { return .planned }
        if backlogPhrases.contains(phrase) { return .backlog }
        return nil
    }

    /// A status phrase qualified after a comma, a dash or a linking word: "Shipped in v0.10",
    /// "Later, after these gates", "Planned for later", "In progress now". Words that also name
    /// features ("Open in browser", "Active learning") are not read so.
    private static func qualifiedStatus(_ words: [String], title: String) -> Status? {
        // Most titles start with a word no status phrase (or filler before one) starts with.
        guard let opening = words.first, phraseFirstWords.contains(opening) else { return nil }
        var head = words
        if let cut = title.firstIndex(where: { ",:;–—".contains($0) }) ?? title.ranges(of: " - ").first?.lowerBound {
            head = Self.words(String(title[..<cut]))
        }
        if let link = head.indices.dropFirst().first(where: { linkingWords.contains(head[$0]) }) { head = Array(head[..<link]) }
        while head.count > 1, let first = head.first, leadingFillers.contains(first) { head.removeFirst() }
        guard head.count < words.count, (1 ... 3).contains(head.count), let first = head.first,
              !["open", "active", "current", "working", "doing"].contains(first) else { return nil }  // "Working with Kubernetes" is a topic
        return phraseStatus(head.joined(separator: " "))
    }

    /// The first words of the status phrases, and the fillers that may stand before one.
    private static let phraseFirstWords: Set<String> = firstWords(of: [donePhrases, inProgressPhrases, plannedPhrases, backlogPhrases].joined())
        .union(leadingFillers)

    /// Words after which a status phrase's qualifier follows ("Shipped in", "Planned for").
    private static let linkingWords: Set<String> = ["in", "for", "after", "before", "since", "until", "as", "by", "with", "on", "at", "from", "now", "once", "when"]

    /// The status a checkbox at the start of a heading gives its item (`### [x] CLI`, a roadmap
    /// that ticks headings): done when ticked, planned when not; nil without one.
    static func checkboxStatus(title: String) -> Status? {
        var title = title
        return title.withUTF8 { t -> Status? in
            var i = 0
            while i < t.count, t[i] == 0x20 || t[i] == 0x09 { i += 1 }
            guard i + 3 < t.count, t[i + 3] == 0x20 || t[i + 3] == 0x09,
                  let checked = TaskBox.state(open: t[i], mark: t[i + 1], close: t[i + 2])
            else { return nil }
            return checked ? .done : .planned
        }
    }

    /// The status a qualifier at the end of an item's title gives it: "Phase 2 (in progress)",
    /// "Online (future)", "Registry — deferred, low value", "Slice 0 ✓", "Search ✅ Shipped".
    static func qualifierStatus(title: String) -> Status? {
        // Most titles end in no parenthesis, hold no dash and no mark: rule them out byte by byte.
        var bytes = title
        guard bytes.withUTF8({ $0.contains { $0 >= 0xE2 || $0 == 0x2D || $0 == 0x29 } }) else { return nil }
        if let share = shareDone(title) { return share }
        let t = title.trimming(" \t")
        var qualifier: Substring? = nil
        if t.hasSuffix(")"), let open = t.lastIndex(of: "("), open > t.startIndex {
            qualifier = t[t.index(after: open) ..< t.index(before: t.endIndex)]
        } else if let r = t.ranges(of: " — ").last ?? t.ranges(of: " – ").last ?? t.ranges(of: " - ").last {
            qualifier = t[r.upperBound...]
        }
        // A mark near the end, alone or before a status word: "Slice 0 ✓", "Search ✅ Shipped".
        let scalars = Array(t.unicodeScalars)
        if let m = scalars.lastIndex(where: { $0.value >= 0x2000 && Status.mark(before: String($0)) != nil }), m > 0 {
            let rest = String(String.UnicodeScalarView(scalars[(m + 1)...])).trimming(" \t\u{FE0F}")
            if rest.isEmpty { return Status.mark(before: String(scalars[m])) }
            if rest.split(separator: " ").count <= 2, let status = Status(text: rest) { return status }
        }
        guard let q = qualifier.map({ String($0).trimming(" \t*_") }), !q.isEmpty, q.utf8.count <= 40 else { return nil }
        if let mark = Status.mark(before: q) { return mark }
        let words = Self.words(q)
        guard let first = words.first else { return nil }
        if ["deferred", "postponed", "possible", "exploratory", "someday", "stretch", "optional", "tentative"].contains(first)
            || q.lowercased().contains("not committed") {
            return .backlog
        }
        // ("Active Directory" spells out an acronym: `Status(remark:)` decides "active".)
        if ["current", "now", "ongoing", "wip"].contains(first) || first == "active" && Status(remark: q) != nil { return .inProgress }
        if words.count <= 3, let status = Status(remark: q) ?? groupStatus(title: q) { return status }
        return nil
    }

    /// Word stems one of which every group title holds.
    private static let groupStems: [[UInt8]] = [
        "backlog", "idea", "icebox", "ice", "wish", "someday", "maybe", "defer", "postpon", "hold", "complet", "done", "deliver", "finish", "ship",
        "releas", "achiev", "accompl", "implement", "land", "close", "merge", "progress", "ongoing", "current", "develop",
        "wip", "now", "activ", "doing", "underway", "under", "start", "flight", "working", "review", "design", "focus",
        "plan", "open", "todo", "to do", "upcoming", "next", "future", "coming", "sched", "deck", "later", "consider",
        "park", "nice", "support", "past", "previous", "histor", "works", "sky",
    ].map { Array($0.utf8) }

    /// `groupStems` by their first letter (a–z), so a word is compared with its own few.
    private static let stemsByLetter: [[[UInt8]]] = (0x61 ... 0x7A).map { letter in groupStems.filter { $0[0] == letter } }

    /// A cheap test that rules out most titles before the word-by-word one: some word must
    /// start with one of the stems.
    private static func mayNameGroup(_ title: String) -> Bool {
        var title = title
        return title.withUTF8 { t in
            var start = 0
            while start < t.count {
                let atWordStart = start == 0 || !ASCII.isLetter(t[start - 1])
                if atWordStart, ASCII.isLetter(t[start]) {
                    for needle in stemsByLetter[Int((t[start] | 0x20) - 0x61)] where start + needle.count <= t.count {
                        var k = 1
                        while k < needle.count && (t[start + k] | 0x20) == needle[k] { k += 1 }
                        if k == needle.count { return true }
                    }
                }
                start += 1
            }
            return false
        }
    }

    /// Subsection titles that name a part of an item rather than an item of their own: "Tasks",
    /// "Deliverables", "Motivation", "Open questions".
    private static let partTitles: Set<String> = [
        "tasks", "task list", "task", "deliverables", "deliverable", "checklist", "check list", "work items", "subtasks",
        "sub tasks", "action items", "goals", "goal", "non goals", "objectives", "requirements", "acceptance criteria",
        "details", "description", "summary", "overview", "background", "motivation", "rationale", "design", "proposal",
        "scope", "out of scope", "status", "progress", "notes", "open questions", "questions", "risks", "dependencies",
        "resources", "links", "references", "related", "related issues", "issues", "prs", "pull requests", "timeline",
        "alternatives", "implementation", "plan", "next steps", "success criteria", "metrics", "owners", "people",
        "contacts", "context", "problem", "problem statement", "solution", "approach", "benefits", "impact", "user stories",
        "use cases", "examples", "documentation", "docs", "testing", "tests", "milestones", "phases", "steps", "outcome",
        "outcomes", "expected outcome", "deliverables and milestones", "work", "ideas", "why", "how", "what", "who", "when",
        "where", "current state", "target state", "future state", "desired state", "today", "pros", "cons", "pros and cons",
        "tradeoffs", "trade offs", "requirements and constraints", "constraints", "assumptions", "non functional requirements",
    ]

    /// Keys a subsection title may give a value to, as a field of its item: `### Leads: Dana`,
    /// `### Status: In progress`, `### Tasks: NA`.
    private static let headingFieldKeys: Set<String> = [
        "status", "state", "lead", "leads", "owner", "owners", "assignee", "assignees", "driver", "drivers", "champion",
        "sponsor", "contact", "contacts", "team", "teams", "area", "target", "target release", "release", "milestone",
        "version", "eta", "due", "due date", "deadline", "priority", "size", "effort", "type", "estimate", "tracking issue",
        "epic", "issue", "issues", "tasks", "deliverables", "dependencies", "progress", "timeline", "quarter",
    ]

    /// A subsection title that is a field of its item (`Leads: Dana, Lee`): its key and value.
    package static func headingField(title: String) -> Field? { headingField(title: title, probe: TitleProbe(title)) }

    /// `headingField(title:)` with the title's probe already taken.
    static func headingField(title: String, probe: TitleProbe) -> Field? {
        // Most titles have no colon: the probe rules them out without walking Characters.
        guard probe.hasColon, let colon = title.firstIndex(of: ":") else { return nil }
        let key = String(title[..<colon]).trimming(" \t*_")
        guard headingFieldKeys.contains(key.lowercased()) else { return nil }
        return Field(key: key, value: String(title[title.index(after: colon)...]).trimming(" \t*_"), line: 0)
    }

    /// Whether a subsection titled so is a part of its item ("Tasks", "Motivation", "Leads: Dana").
    static func isPart(title: String) -> Bool { isPart(title: title, probe: TitleProbe(title)) }

    /// `isPart(title:)` with the title's probe already taken.
    static func isPart(title: String, probe: TitleProbe) -> Bool {
        if headingField(title: title, probe: probe) != nil { return true }
        if let first = probe.firstWord, !partFirstWords.contains(first) { return false }
        let words = Self.words(title)
        guard !words.isEmpty, words.count <= 4 else { return false }
        return partTitles.contains(words.joined(separator: " "))
    }

    private static let nonItemTitles: Set<String> = [
        "table of contents", "contents", "toc", "index", "purpose", "purpose of this document", "purpose of this page",
        "about", "about this document", "about this roadmap", "about this page", "about the roadmap", "introduction",
        "intro", "overview", "contributing", "contribute", "get involved", "getting involved", "feedback", "license",
        "licence", "references", "see also", "glossary", "disclaimer", "legend", "faq", "faqs", "frequently asked questions",
        "related documents", "related links", "links", "resources", "support", "contact", "contacts", "maintainers",
        "acknowledgements", "acknowledgments", "credits", "changelog", "change log", "revision history", "document history",
        "attendees", "attendance", "present", "participants", "agenda", "moderator", "moderators", "facilitator",
        "note taker", "notetaker", "notes taker", "scribe", "meeting duration", "duration", "video of the meeting",
        "recording", "meeting recording", "video", "minutes", "meeting notes", "meeting minutes", "roll call",
        "footnotes", "notes", "terminology", "definitions", "conventions", "versioning", "release process", "process",
        "roadmap process", "planning process", "how we plan", "scope of this document", "audience",
        // What the roadmap will not do, and how it is judged: not items of it.
        "non goals", "nongoals", "not goals", "not on the roadmap", "not in the roadmap", "not planned", "out of scope",
        "will not do", "wont do", "what we will not do", "what we wont do", "things we wont do", "not doing",
        "not going to do", "not included", "not considering", "not considering at this time", "not currently planned",
        "will not implement", "wont implement", "wont fix", "rejected", "rejected ideas",
        "explicitly out of scope", "deferred out of scope", "definition of done", "success metrics", "success criteria",
        "guiding principles", "principles", "design principles", "release cadence", "statement of purpose", "vision",
        "mission", "goals of this document", "known limitations", "limitations", "objective of this document",
        "objectives of this document", "purpose of the roadmap", "contributing to the roadmap", "contributing to this roadmap",
        "contributing to the project", "philosophy", "our philosophy", "gotchas", "questions", "questions and feedback",
        "summary", "tldr", "tl dr", "dependencies", "prerequisites", "background", "context", "motivation",
        "feedback and questions", "how to contribute", "get in touch", "contact us", "changelog and releases",
        "disclosure", "disclosures", "engineering principles", "timeline estimate", "estimated timeline",
        "release timeline", "compatibility matrix", "executive summary", "planning principles", "roadmap principles",
        "release methodology", "progress summary", "status summary", "visual timeline", "note",
        // Questions, risks and the people around the work; its limits.
        "open questions", "design questions", "unresolved questions", "risks", "key risks", "risks and mitigations",
        "key risks and mitigations", "risk register", "players", "stakeholders", "team", "the team",
        "boundaries", "assumptions", "constraints", "scope", "appendix", "status legend", "current position",
        "source notes", "sources", "using our roadmap", "using the roadmap", "using this roadmap",
        "roadmap maintenance", "maintaining this roadmap", "maintaining the roadmap", "contact feedback", "contact and feedback",
        // A PEP's or an RFC's frame.
        "abstract", "copyright", "release manager", "release managers", "release manager and crew", "rationale",
        // The same sections in other languages.
        "概要", "概述", "简介", "簡介", "介绍", "介紹", "前言", "はじめに", "许可证", "許可證", "许可", "ライセンス", "参考资料", "参考資料",
        "参考", "参考文献", "参与其中", "参与贡献", "贡献", "貢献", "コントリビュート", "貢献方法", "发布周期", "リリースサイクル", "联系我们",
        "개요", "소개", "라이선스", "라이센스", "기여하기", "기여", "참고", "참고 자료",
        // Work given up: not on the roadmap any more.
        "dropped", "abandoned", "cancelled", "canceled", "discarded", "舍弃", "放弃", "已放弃", "取消", "已取消", "中止", "verworfen",
        "abandonné", "descartado", "descartadas", "отменено",
        "voir aussi", "licence", "contribuer", "à propos", "aperçu", "contribution", "contributions",
        "siehe auch", "lizenz", "mitwirken", "beitragen", "einleitung", "überblick", "über",
        "véase también", "ver también", "licencia", "contribuir", "introducción", "acerca de",
        "veja também", "licença", "contribuindo", "introdução", "sobre",
        "лицензия", "введение", "обзор", "см также", "участие",
    ]
    /// Titles of the log of what was released ("Changelog", "Release notes", "What's new").
    private static let releasedWorkTitles: Set<String> = ["changelog", "change log", "changes", "release notes", "whats new", "what s new"]

    /// Whether `title` names the log of released work: over its versions, a done group.
    static func namesReleasedWork(_ title: String) -> Bool {
        title.utf8.count <= 24 && releasedWorkTitles.contains(words(title).joined(separator: " "))
    }

    /// Openings of titles about what the roadmap is not ("What we do not plan to do", "Not in
    /// scope for this roadmap", "Non-Features (Out of Scope)") or how the file is kept ("Change
    /// policy for this file"), as `words` joins them (the openings addressed to the reader, "How
    /// to …", are matched on the title as written, where a hyphen keeps "How-to guides" an item).
    private static let nonItemOpenings: [String] = [
        "what we do not ", "what we dont ", "what we will not ", "what we wont ", "not in scope", "out of scope", "non features",
        "non feature ", "non goals", "nongoals", "change policy", "changes to this ", "what is not ", "what isnt ",
        "not going to ", "not considering ", "not included ",
        // "如何影响路线图" (how to shape the roadmap), "So werden Prioritäten gesetzt" (how priorities are set)
        "如何", "怎样", "关于", "關於", "について", "so werden ", "wie wir ", "wie man ", "comment ", "cómo ", "como ",
    ]
    /// First words that make a title about the document, whatever follows ("Philosophy for
    /// Future Releases", "Contributing to the Roadmap").
    /// ("Objectives" alone is a collection of goals, not a title about the document: only
    /// "Objective(s) of this document" is, and `nonItemTitles` has it.)
    private static let nonItemLeadWords: Set<String> = ["philosophy"]

    /// The first words of `nonItemTitles` and of the labels `isNonItem` knows.
    private static let nonItemFirstWords = WordSet(firstWords(of: nonItemTitles)
        .union(["date", "time", "location", "host", "how", "what", "not", "out", "non", "change", "changes"]).union(nonItemLeadWords))

    /// The first words of `foreignPhrases` and of `partTitles`, to rule most titles out early.
    private static let foreignFirstWords = WordSet(firstWords(of: foreignPhrases.keys))
    private static let partFirstWords = WordSet(firstWords(of: partTitles))

    /// The first word of each phrase. Made once per run, on bytes: a small document is read in
    /// a few million instructions, and splitting every phrase into an array took a tenth of them.
    private static func firstWords(of phrases: some Sequence<String>) -> Set<String> {
        var out = Set<String>(minimumCapacity: 256)
        for p in phrases {
            let u = p.utf8
            if let space = u.firstIndex(of: 0x20) { out.insert(String(p[..<space])) } else { out.insert(p) }
        }
        return out
    }

    /// Whether a title names the roadmap itself ("Roadmap", "Product Roadmap", "Kube-vip
    /// Roadmap"): over subsections, such a section holds the items and is none of them.
    static func namesTheRoadmap(probe: TitleProbe) -> Bool {
        probe.lastWord == "roadmap" && probe.byteCount <= 40 && !probe.hasColon
    }

    /// Whether a title names a collection of items by its last word ("Near Term Plans", "2024
    /// Goals", "Focus Areas"): over subsections of prose, they are its items.
    static func namesACollection(probe: TitleProbe) -> Bool {
        guard let last = probe.lastWord, probe.byteCount <= 60 else { return false }
        return collectionWords.contains(last)
    }
    private static let collectionWords: Set<String> = [
        "plans", "features", "goals", "themes", "priorities", "initiatives", "areas", "projects", "items", "topics",
        "milestones", "epics", "improvements", "enhancements", "objectives", "workstreams", "efforts", "capabilities", "term",
    ]

    /// Whether a section titled so is never a roadmap item by itself: a table of contents, an
    /// introduction, a meeting's metadata ("Moderator: Ana", "Meeting Duration: 1h"), a question
    /// addressed to the reader ("How to help?").
    package static func isNonItem(title: String) -> Bool { isNonItem(title: title, probe: TitleProbe(title)) }

    /// `isNonItem(title:)` with the title's probe already taken.
    static func isNonItem(title: String, probe: TitleProbe) -> Bool {
        // Every such title is short (a label with its value: at most a line), and most titles
        // are ruled out by their first word alone.
        guard probe.byteCount <= 120 else { return false }
        let overview = probe.lastWord == "overview"
        if let first = probe.firstWord, !nonItemFirstWords.contains(first), !probe.endsWithQuestionMark, !overview { return false }
        let trimmed = title.trimming(" \t")
        // "How to help?", "What is a roadmap?": a question to the reader, in words.
        if trimmed.hasSuffix("?"), words(trimmed).count >= 2 { return true }
        let lower = trimmed.lowercased()
        if lower.hasPrefix("how to ") || lower.hasPrefix("how do ") || lower.hasPrefix("how can ") || lower.hasPrefix("how we ")
            || lower.hasPrefix("how this ") || lower.hasPrefix("getting involved") || lower.hasPrefix("get involved") { return true }
        // "Moderator: Ana", "Meeting Duration: 60 minutes": a label and its value.
        if let colon = trimmed.firstIndex(of: ":") {
            let label = words(String(trimmed[..<colon])).joined(separator: " ")
            if nonItemTitles.contains(label) || label == "date" || label == "time" || label == "location" || label == "host" { return true }
        }
        let words = Self.words(trimmed)
        let phrase = words.joined(separator: " ")
        if nonItemOpenings.contains(where: { phrase.hasPrefix($0) || phrase + " " == $0 }) { return true }
        guard !words.isEmpty, words.count <= 6 else { return false }
        if nonItemLeadWords.contains(words[0]), words.count == 1 || ["for", "to", "of", "on", "behind"].contains(words[1]) { return true }
        // "Project overview", "Phase overview": an overview of the document's parts is none of them.
        if overview, words.count <= 3 { return true }
        return nonItemTitles.contains(words.joined(separator: " "))
    }
}
