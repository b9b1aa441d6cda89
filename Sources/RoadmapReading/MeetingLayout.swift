import RoadmapText
import RoadmapModel
import RoadmapSyntax
import RoadmapIO

/// How a document holds its meetings, as a person sees it at a glance:
///
/// - **one meeting**: the document is the minutes (or agenda) of one meeting. Its name or
///   title says so, it has a date of its own (front matter, a `Date:` line, the title, the file
///   name) and it has no two sections titled by a date. Its sections (Attendees, Agenda,
///   Action items, topics, "Release planned for May 10") are parts of that meeting, not items
///   and not further meetings;
/// - **one meeting per dated section**: a section whose title holds a date, in a process
///   document or under a section about meetings; or a section titled by little more than a
///   date (`## 2024-01-10`, `## Jan 22`) in a document about meetings or that records who came,
///   what was decided or what is to be done. A dated section inside a meeting is part of it,
///   and a section that holds two or more dated sections holds meetings rather than being one.
///
/// The decision is one pass over the sections (and over the blocks of date-titled sections).
struct MeetingLayout {
    /// The sections that are meetings (empty when the document is one meeting).
    private(set) var sections: Set<Int> = []
    /// Whether the document may be the minutes of one meeting: it says it is about a meeting
    /// and has no two date-titled sections. It is one when a date for it is found.
    private(set) var maybeOneMeeting = false
    /// A year for dates written without one: from the front matter, the file name, the title,
    /// else the first full date in the document.
    private(set) var year: Int?
    /// The dates of sections titled by a date, years filled in.
    private(set) var sectionDates: [Int: PartialDate] = [:]
    /// The date the file name gives.
    private(set) var fileDate: PartialDate?
    /// The document's own date from its metadata (`date:` in front matter).
    private(set) var metadataDate: PartialDate?
    /// The title the whole-document meeting takes, and its line.
    private(set) var title: String
    private(set) var titleLine: Int
    private(set) var titleDate: PartialDate?
    /// The date of the meeting the title section's own notes record, in a log whose title is
    /// its newest meeting; nil in other documents.
    private(set) var titleMeetingDate: PartialDate?

    /// Words that name a meeting in a document's title or file name.
    static let meetingWords: Set<String> = ["meeting", "meetings", "minutes", "agenda", "agendas", "call", "calls", "standup", "standups", "sync", "syncs",
                                            "telcon", "telecon", "telcons", "teleconference", "telecons"]
    /// Words that say a meeting for certain, even in a title that also says "roadmap".
    static let sureMeetingWords: Set<String> = ["meeting", "meetings", "minutes"]

    init(context: ReadingContext, outline: SectionOutline, title documentTitle: String?, titleSection: Int?,
         metadata: [Field], path: String, isProcess: Bool) {
        let file = PartialDate.fromPath(path)
        fileDate = file.date
        metadataDate = metadata["date"].flatMap { PartialDate.find(in: $0) }
        let firstHeading = outline.sections.first?.title.plain
        let components = path.split(separator: "/").map(String.init)
        let name = components.last ?? path
        // A file without a title is named by its file name, less the extension.
        let stem = name.lastIndex(of: ".").map { $0 > name.startIndex ? String(name[..<$0]) : name } ?? name
        // Notes without a heading often open with a line that is their title: "Minutes from the
        // 16th TSC meeting, May 9, 2019".
        var openingLine: String? = nil
        if documentTitle == nil, metadata["title"] == nil, firstHeading == nil,
            let k = context.blocks.firstIndex(where: { $0.kind == .paragraph || $0.kind == .listItem }), context.blocks[k].kind == .paragraph
        {
            let line = String(decoding: context.textBytes(of: k).prefix { $0 != 0x0A }, as: UTF8.self).trimming(" \t*_#")
            // ("CELLAR -- DRAFT AGENDA for Virtual Interim Meeting" over its date line names one too.)
            let namesOne = !Self.sureMeetingWords.isDisjoint(with: line.lowercased().split(whereSeparator: { !$0.isLetter }).map(String.init))
            if line.utf8.count <= 120, PartialDate.find(in: line) != nil || namesOne, MeetingReader.labelled(line) == nil { openingLine = line }
        }
        // A heading that names a part of the notes ("### Notes", "## Attendees") is no title
        // when the front matter gives one.
        let partTitle = documentTitle.map { HeadingVocabulary.isNonItem(title: $0) || MeetingReader.headingPart($0) != nil } ?? false
        title = (partTitle ? metadata["title"] : nil) ?? documentTitle ?? metadata["title"] ?? firstHeading ?? openingLine ?? stem
        if let t = titleSection {
            titleLine = context.line(ofBlock: outline.sections[t].heading)
        } else if documentTitle == nil, metadata["title"] == nil, let first = outline.sections.first {
            titleLine = context.line(ofBlock: first.heading)
        } else {
            titleLine = 1
        }

        // Titles and names that say the document is about a meeting.
        // The folder counts too: `minutes/2021-03-04.md`, `agendas/…`.
        let folder = components.count >= 2 ? components[components.count - 2] : nil
        let names = Self.splittingCamelCase([documentTitle, metadata["title"], firstHeading, openingLine, name, folder].compactMap { $0 }
            .joined(separator: " ")).lowercased()
        let nameWords = Set(names.split(whereSeparator: { !$0.isLetter }).map(String.init))
        let namesMeeting = !Self.sureMeetingWords.isDisjoint(with: nameWords)
            || !Self.meetingWords.isDisjoint(with: nameWords) && !nameWords.contains("roadmap")

        // The year, from the first place that gives one; else the first full date in the
        // document, looked for only when a date needs it.
        titleDate = PartialDate.find(in: title)
        year = metadataDate?.year ?? file.date?.year ?? file.year ?? titleDate?.year
        var searched = year != nil
        func documentYear() -> Int? {
            if !searched {
                searched = true
                for b in context.blocks where b.kind == .paragraph || b.kind == .listItem || b.kind == .heading || b.kind == .field {
                    if let d = PartialDate.find(in: String(decoding: ReadingContext.textBytes(of: b, in: context.source), as: UTF8.self)) {
                        year = d.year
                        break
                    }
                }
            }
            return year
        }
        if titleDate == nil, namesMeeting || isProcess, let y = documentYear() { titleDate = PartialDate.find(in: title, year: y) }

        // Date-titled sections ("## 2024-01-10", "## Jan 22"), the title excepted. A date
        // without a year takes the year that puts it nearest the full date of a section title
        // before it ("## Dec 18, 2025" then "## Jan 8" is 2026-01-08), else the document's year.
        let count = outline.sections.count
        var dateTitled = [Bool](repeating: false, count: count)
        var dateTitledCount = 0
        var previous: PartialDate? = nil
        // Per title, its full date and whether it is a date with any year: pure questions, asked
        // on two threads in a large document; what follows depends on the titles before.
        let probes = ParallelMap.map(count, threshold: context.parallelThreshold) { s in
            let t = outline.sections[s].title.plain
            return (full: PartialDate.find(in: t), isDate: PartialDate.dateTitle(t, year: 2000) != nil)
        }
        for (s, section) in outline.sections.enumerated() where s != titleSection {
            let t = section.title.plain
            let full = probes[s].full
            if let full { previous = full }
            // With any year, is this title a date? (Most titles are ruled out here, in one pass.)
            guard probes[s].isDate else { continue }
            var date = full.flatMap { _ in PartialDate.dateTitle(t, year: nil) }
            if full == nil, let y = previous?.year ?? documentYear() {
                date = PartialDate.dateTitle(t, year: y).map { d in previous.map { Self.nearest(d, to: $0) } ?? d }
            }
            if let date, !Self.isFieldHeading(t) {
                dateTitled[s] = true
                dateTitledCount += 1
                sectionDates[s] = date
                previous = date
            }
        }
        maybeOneMeeting = (namesMeeting || Self.recordsOneMeeting(context, fileDated: fileDate?.day != nil)) && dateTitledCount < 2
        // A log of dated entries: every top-level section (two or more) is titled by a date and
        // none holds a checkbox ("# August 2", "# August 9" of a council's updates).
        let tops = titleSection.map { outline.sections[$0].children } ?? outline.roots
        let datedLog = tops.count >= 2 && tops.allSatisfy { dateTitled[$0] }
            && !context.blocks.contains { $0.kind == .listItem && $0.hasCheckbox }

        // Candidate meeting sections.
        var aboutMeetings = [Bool](repeating: false, count: count)  // under a section about meetings
        var says = [Bool?](repeating: nil, count: count)
        var candidate = [Bool](repeating: false, count: count)
        for (s, section) in outline.sections.enumerated() {
            if let p = section.parent {
                if says[p] == nil { says[p] = Self.saysMeeting(outline.sections[p].title.plain) }
                aboutMeetings[s] = aboutMeetings[p] || says[p]!
            }
            let t = section.title.plain
            if dateTitled[s], isProcess || namesMeeting || datedLog || aboutMeetings[s] || Self.recordsMeeting(section, context: context) {
                candidate[s] = true
            } else if isProcess || aboutMeetings[s], PartialDate.find(in: t) != nil {
                candidate[s] = true
            }
        }
        // A section holding two or more dated sections holds meetings; a dated section inside
        // a meeting is part of it.
        var inMeeting = [Bool](repeating: false, count: count)
        for (s, section) in outline.sections.enumerated() {
            if let p = section.parent { inMeeting[s] = inMeeting[p] || sections.contains(p) }
            guard candidate[s], !inMeeting[s] else { continue }
            let datedChildren = section.children.lazy.filter { candidate[$0] && dateTitled[$0] }.count
            if datedChildren < 2 { sections.insert(s) }
        }
        // A log whose title is its newest meeting ("# Meeting 4/13/2022" over "## Meeting
        // 4/8/2022"): the notes under the title, before the first of the others, are that meeting.
        if let t = titleSection, outline.sections[t].children.contains(where: sections.contains) {
            var own = outline.sections[t]
            own.end = own.ownBodyEnd(in: outline)
            if own.end > own.bodyStart, let d = PartialDate.dateTitle(own.title.plain, year: year), Self.recordsMeeting(own, context: context) {
                titleMeetingDate = d
            }
        }
    }

    /// `text` with a space where a lowercase letter meets an uppercase one: a wiki page named
    /// `DevelopersMeeting20201210Japan` speaks of a meeting.
    static func splittingCamelCase(_ text: String) -> String {
        var out = ""
        var previousLower = false
        for c in text {
            if c.isUppercase, previousLower { out.append(" ") }
            out.append(c)
            previousLower = c.isLowercase
        }
        return out
    }

    /// `date` in the year (of the one before, its own or the one after) nearest `other`.
    static func nearest(_ date: PartialDate, to other: PartialDate) -> PartialDate {
        func days(_ d: PartialDate) -> Int { d.year * 372 + d.month * 31 + (d.day ?? 15) }
        let choices = [-1, 0, 1].map { PartialDate(year: other.year + $0, month: date.month, day: date.day) }
        return choices.min { abs(days($0) - days(other)) < abs(days($1) - days(other)) } ?? date
    }

    /// Whether a title speaks of meetings or minutes.
    static func saysMeeting(_ title: String) -> Bool {
        let words = title.lowercased().split(whereSeparator: { !$0.isLetter })
        return words.contains("meeting") || words.contains("meetings") || words.contains("minutes")
    }

    /// A heading that is a `Key: value` line ("Meeting Date/Time: Feb 1, 2024"), not a title.
    static func isFieldHeading(_ title: String) -> Bool {
        guard let colon = title.firstIndex(of: ":") else { return false }
        let key = String(title[..<colon])
        guard key.contains(where: \.isLetter), PartialDate.dateTitle(key, year: 2000) == nil else { return false }
        return key.split(separator: " ").count <= 4 || key.lowercased().contains("date")
    }

    /// Whether a document whose name says nothing of meetings records one all the same: near
    /// its top it gives the meeting's date (`## Date: 2020-03-09`, `**Date:** …`) and who came
    /// or what is to be done (`### Attendees`, `## Action Items`), as working-group notes do.
    /// A file named by its day (`2016-08-15-js-ipfs.md`) needs only an attendees part.
    static func recordsOneMeeting(_ context: ReadingContext, fileDated: Bool) -> Bool {
        var dated = false, recorded = false
        for b in context.blocks.prefix(300) where b.kind == .heading || b.kind == .paragraph || b.kind == .field {
            // A paragraph's first line is where a label stands.
            let line = firstLine(labelText(of: b, in: context))
            if let label = MeetingReader.labelled(line) {
                if label.part == .date, PartialDate.find(in: label.value) != nil { dated = true }
                if label.part == .attendees || label.part == .actions { recorded = true }
                if label.part == .attendees, fileDated { return true }
            } else if b.kind == .heading, let part = MeetingReader.headingPart(line), part == .attendees || part == .actions {
                recorded = true
                if part == .attendees, fileDated { return true }
            }
            if dated && recorded { return true }
        }
        return false
    }

    /// `text` up to its first line feed, found on bytes: the string `prefix { $0 != "\n" }` makes
    /// (a `\r\n` is one Character, not a `\n`), without walking Characters.
    static func firstLine(_ text: String) -> String {
        var text = text
        return text.withUTF8 { u in
            var i = 0
            while i < u.count, u[i] != 0x0A || (i > 0 && u[i - 1] == 0x0D) { i += 1 }
            return i == u.count ? nil : String(decoding: UnsafeBufferPointer(rebasing: u[..<i]), as: UTF8.self)
        } ?? text
    }

    /// What a block says as a label may: a field as `key: value`, other text as written, its
    /// markup marks (`**`, `#`) trimmed.
    static func labelText(of b: Block, in context: ReadingContext) -> String {
        let text = String(decoding: context.source.bytes[Int(b.textStart) ..< max(Int(b.textStart), Int(b.textEnd))], as: UTF8.self)
        return b.kind == .field ? String(decoding: context.source.bytes[b.mark], as: UTF8.self) + ": " + text
            : MeetingReader.undecorated(text.trimming(" \t*_#"))
    }

    /// Whether a section records a meeting: a label or heading for attendees, action items or
    /// decisions in its first blocks.
    static func recordsMeeting(_ section: SectionOutline.Section, context: ReadingContext) -> Bool {
        var k = section.bodyStart
        let end = min(section.end, section.bodyStart + 200)
        while k < end {
            let b = context.blocks[k]
            if b.kind == .heading || b.kind == .paragraph || b.kind == .listItem || b.kind == .field {
                let plain = labelText(of: b, in: context)
                let part = MeetingReader.labelled(plain)?.part ?? (b.kind == .heading ? MeetingReader.headingPart(plain) : nil)
                if let part, part == .attendees || part == .actions || part == .decisions { return true }
            }
            k += 1
        }
        return false
    }
}
