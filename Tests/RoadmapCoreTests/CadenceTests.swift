import Testing
import RoadmapCore

/// The cadence a document states for its meetings, and the dates it gives.
@Suite struct CadenceTests {
    /// The cadences of a Markdown document given as text.
    func cadences(_ text: String, as format: Format = .markdown) -> [Cadence] {
        CadenceFinder.cadences(in: SyntaxTree.parse(SourceText(text), as: format), title: "Notes")
    }

    func day(_ iso: String) -> CalendarDay { CalendarDay(iso: iso)! }

    // MARK: Calendar arithmetic

    @Test func dayNumbersRoundTripAndWeekdaysAreKnown() {
        for n in stride(from: -800_000, through: 800_000, by: 997) {
            #expect(CalendarDay(dayNumber: n).dayNumber == n)
        }
        #expect(day("1970-01-01").dayNumber == 0)
        #expect(day("2026-12-03").weekday == .thursday)
        #expect(day("2000-02-29").weekday == .tuesday)
        #expect(CalendarDay(year: 2026, month: 2, day: 29) == nil)
        #expect(day("2026-12-31").adding(days: 1) == day("2027-01-01"))
    }

    @Test func isoWeeksBelongToTheYearOfTheirThursday() {
        #expect(day("2026-12-31").isoWeek == (2026, 53))
        #expect(day("2027-01-03").isoWeek == (2026, 53))
        #expect(day("2027-01-04").isoWeek == (2027, 1))
        #expect(day("2024-12-30").isoWeek == (2025, 1))
        #expect(day("2026-12-02").isoWeek == (2026, 49))
    }

    // MARK: Reading the cadence

    @Test func firstThursdayOfEachMonth() throws {
        let c = try #require(cadences("""
            # Planning

            Major decisions affecting the Roadmap are discussed during Release Planning Meetings on the first Thursday of each month, aligned with the release schedule.
            """).first)
        #expect(c.frequency == .monthly(ordinal: 1))
        #expect(c.weekday == .thursday)
        #expect(c.name == "Release Planning Meeting")
        #expect(c.line == 3)
        #expect(c.rule == "first Thursday of each month")
    }

    @Test func biweeklyOnOddCalendarWeeksWithTimes() throws {
        let c = try #require(cadences("""
            # Planning Meetings

            Public planning meetings are held **biweekly** on **odd calendar weeks** from **14:00 to 14:30** on Microsoft Teams. The purpose is to discuss.
            """).first)
        #expect(c.frequency == .weekly(interval: 2, parity: .odd))
        #expect(c.weekday == nil)
        #expect(c.start == TimeOfDay(hour: 14, minute: 0))
        #expect(c.end == TimeOfDay(hour: 14, minute: 30))
        #expect(c.name == "Planning Meetings")  // the section: the sentence names none
        #expect(c.sentence.hasPrefix("Public planning meetings") && c.sentence.hasSuffix("Microsoft Teams."))
    }

    @Test(arguments: [
        ("We meet every other Tuesday at 3pm UTC.", Cadence.Frequency.weekly(interval: 2, parity: nil), Weekday.tuesday, "15:00", "UTC"),
        ("The sync happens every 3 weeks on Monday.", .weekly(interval: 3, parity: nil), .monday, nil, nil),
        ("Community calls are held on the last Friday of the month, 17:00-18:00 CET.", .monthly(ordinal: -1), .friday, "17:00", "CET"),
        ("Please join the Kubeflow Community Meetings on Tuesdays for updates.", .weekly(interval: 1, parity: nil), .tuesday, nil, nil),
        ("Project maintainers meet each week on Thursday afternoon to assign milestones.", .weekly(interval: 1, parity: nil), .thursday, nil, nil),
        ("The steering committee meets monthly.", .monthly(ordinal: nil), nil, nil, nil),
        ("Initially meet every other week during the off weeks.", .weekly(interval: 2, parity: nil), nil, nil, nil),
        ("Triage sessions: fortnightly, Wednesdays 9:30 am.", .weekly(interval: 2, parity: nil), .wednesday, "09:30", nil),
        ("The team meets on even weeks.", .weekly(interval: 2, parity: .even), nil, nil, nil),
    ] as [(String, Cadence.Frequency, Weekday?, String?, String?)])
    func sentencesThatStateACadence(sentence: String, frequency: Cadence.Frequency, weekday: Weekday?, start: String?, zone: String?) throws {
        let c = try #require(cadences(sentence).first, "no cadence in: \(sentence)")
        #expect(c.frequency == frequency)
        #expect(c.weekday == weekday)
        #expect(c.start?.description == start)
        #expect(c.timeZone == zone)
    }

    @Test(arguments: [
        "We release biweekly, on odd weeks.",  // releases are not meetings
        "The project will release a minor version on the first Tuesday of each month.",
        "Each meeting shifts by 8 hours, so each timezone wakes up at night once every month and a half.",
        "We meet to discuss the roadmap.",  // a meeting, but no period
        "Meeting notes are kept in this folder.",
    ])
    func sentencesThatDoNot(sentence: String) {
        #expect(cadences(sentence).isEmpty, "\(sentence)")
    }

    @Test func aSectionAboutMeetingsNeedsNoMeetingWordInTheSentence() throws {
        let c = try #require(cadences("# Roadmap\n\n## Weekly sync\n\nEvery Monday at 09:00.\n").first)
        #expect(c.frequency == .weekly(interval: 1, parity: nil))
        #expect(c.weekday == .monday)
        #expect(c.start?.description == "09:00")
        #expect(c.name == "Weekly sync")
    }

    @Test func aCadenceFieldNeedsNoMeetingWordEither() throws {
        let c = try #require(cadences(":title: Planning\n:cadence: every Wednesday 10:00-10:30 CET\n\nPlanning\n========\n", as: .rst).first)
        #expect(c.frequency == .weekly(interval: 1, parity: nil))
        #expect(c.weekday == .wednesday)
        #expect(c.end?.description == "10:30")
        #expect(c.line == 2)
    }

    @Test func theSameRuleStatedTwiceIsOneCadence() {
        let found = cadences("We meet every Tuesday.\n\nReminder: the meeting is every Tuesday.\n")
        #expect(found.count == 1)
        #expect(found.first?.line == 1)
    }

    @Test func codeIsNotProse() {
        #expect(cadences("```\nWe meet every Tuesday.\n```\n").isEmpty)
    }

    // MARK: The dates

    func dates(_ c: Cadence, from: String, count: Int = 3, anchor: String? = nil) -> [String] {
        MeetingSchedule.forecast(c, from: day(from), count: count, anchor: anchor.map(day)).occurrences.map(\.description)
    }

    func cadence(_ f: Cadence.Frequency, _ weekday: Weekday? = nil) -> Cadence {
        Cadence(frequency: f, weekday: weekday, name: "Meeting", sentence: "", line: 1)
    }

    @Test func monthlyOnAnOrdinalWeekday() {
        let first = cadence(.monthly(ordinal: 1), .thursday)
        #expect(dates(first, from: "2026-12-02") == ["2026-12-03", "2027-01-07", "2027-02-04"])
        #expect(dates(first, from: "2026-12-03", count: 1) == ["2026-12-03"])  // today counts
        #expect(dates(first, from: "2026-12-04", count: 1) == ["2027-01-07"])
        #expect(dates(cadence(.monthly(ordinal: -1), .friday), from: "2026-12-01") == ["2026-12-25", "2027-01-29", "2027-02-26"])
        #expect(MeetingSchedule.nth(.monday, 4, year: 2027, month: 2) == day("2027-02-22"))
    }

    @Test func weeklyCountsFromTheAnchorWhenTheWeeksAlternate() {
        let other = cadence(.weekly(interval: 2, parity: nil))
        #expect(dates(other, from: "2026-12-02", anchor: "2016-12-01") == ["2026-12-03", "2026-12-17", "2026-12-31"])
        let none = MeetingSchedule.forecast(other, from: day("2026-12-02"), count: 3, anchor: nil)
        #expect(none.occurrences.isEmpty)
        #expect(none.note?.contains("no meeting is dated") == true)
        #expect(dates(cadence(.weekly(interval: 1, parity: nil), .tuesday), from: "2026-12-02") == ["2026-12-08", "2026-12-15", "2026-12-22"])
    }

    @Test func oddCalendarWeeksWithoutAWeekdayGiveWeeks() {
        let odd = cadence(.weekly(interval: 2, parity: .odd))
        // Week 53 and week 1 are both odd: the rule, taken at its word, meets in both.
        #expect(dates(odd, from: "2026-12-02", count: 4) == ["2026-W49", "2026-W51", "2026-W53", "2027-W01"])
        #expect(dates(cadence(.weekly(interval: 2, parity: .odd), .monday), from: "2026-12-02", count: 2) == ["2026-12-14", "2026-12-28"])
    }

    @Test func monthlyTakesItsDayFromTheLastMeeting() {
        let monthly = cadence(.monthly(ordinal: nil))
        let f = MeetingSchedule.forecast(monthly, from: day("2026-12-02"), count: 2, anchor: day("2026-11-10"))
        #expect(f.cadence.frequency == .monthly(ordinal: 2))
        #expect(f.cadence.weekday == .tuesday)
        #expect(f.occurrences.map(\.description) == ["2026-12-08", "2027-01-12"])
        #expect(dates(monthly, from: "2026-12-02", count: 2) == ["2026-12", "2027-01"])
        #expect(MeetingSchedule.recurrenceRule(f.cadence) == "FREQ=MONTHLY;BYDAY=2TU")
    }

    @Test func theAnchorIsTheLastMeetingDatedToTheDay() {
        let doc = read("""
            # Planning Meetings

            ## 2026-11-10 Planning

            Attendees: Ana

            ## 2026-11-24 Planning

            Attendees: Ana

            ## December 2026

            Attendees: Bo
            """, as: .markdown)
        #expect(doc.meetings.map(\.date) == ["2026-11-10", "2026-11-24", "2026-12"])
        #expect(MeetingSchedule.anchor(doc.meetings) == day("2026-11-24"))
    }
}
