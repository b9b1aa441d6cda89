import Testing
@testable import RoadmapRendering
import RoadmapCore

/// `render --to ics`: meetings and their cadence as an iCalendar file.
@Suite struct ICSRenderingTests {
    func calendar(_ text: String, start: String = "2026-12-02") -> (text: String, warnings: [RenderWarning]) {
        let tree = SyntaxTree.parse(SourceText(text), as: .markdown)
        let doc = DocumentReader.read(tree, path: "planning.md")
        let cal = ICSRenderer.Calendar(path: "planning.md", meetings: doc.meetings, cadences: CadenceFinder.cadences(in: tree, title: doc.title))
        return ICSRenderer.render([cal], title: "Planning", start: CalendarDay(iso: start)!)
    }

    @Test func aCadenceAndADatedMeeting() throws {
        let ics = calendar("""
            # Planning

            We meet every other Wednesday from 15:00 to 15:30 UTC.

            ## 2026-11-25 Planning

            Attendees: Ana, Bo

            Next meeting: 2026-12-09
            """)
        #expect(ics.warnings.isEmpty)
        #expect(ics.text == [
            "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//roadmap//roadmap//EN", "CALSCALE:GREGORIAN", "METHOD:PUBLISH", "X-WR-CALNAME:Planning",
            "BEGIN:VEVENT", "UID:planning-md-cadence-3@roadmap", "DTSTAMP:20261125T000000Z",
            "DTSTART:20261125T150000Z", "DTEND:20261125T153000Z", "RRULE:FREQ=WEEKLY;INTERVAL=2;BYDAY=WE;WKST=MO", "SUMMARY:Planning",
            "DESCRIPTION:We meet every other Wednesday from 15:00 to 15:30 UTC.\\n(every ",
            " other week on Wednesday\\, 15:00–15:30 UTC\\; planning.md:3)", "END:VEVENT",
            // The dated meeting is the series' first occurrence, told in full; the next meeting
            // it announces is the series' second, so it is no event of its own.
            "BEGIN:VEVENT", "UID:planning-md-cadence-3@roadmap", "DTSTAMP:20261125T000000Z", "RECURRENCE-ID:20261125T150000Z",
            "DTSTART:20261125T150000Z", "DTEND:20261125T153000Z", "SUMMARY:2026-11-25 Planning", "DESCRIPTION:Attendees: Ana\\, Bo\\nplanning.md:5",
            "END:VEVENT",
            "END:VCALENDAR", "",
        ].joined(separator: "\r\n"))
    }

    @Test func aMeetingOffTheSeriesIsAnAllDayEventOfItsOwn() {
        let ics = calendar("# Planning\n\nWe meet every Wednesday.\n\n## 2026-11-20 Planning\n\nAttendees: Ana\n\nNext meeting: 2026-11-30\n\n## 2026-11-25 Planning\n\nAttendees: Bo\n")
        #expect(ics.text.contains("\r\nUID:planning-md-2026-11-20-5@roadmap\r\nDTSTAMP:20261120T000000Z\r\nDTSTART;VALUE=DATE:20261120\r\nDTEND;VALUE=DATE:20261121\r\n"))
        #expect(ics.text.contains("\r\nRECURRENCE-ID;VALUE=DATE:20261125\r\n"))
        #expect(ics.text.contains("SUMMARY:Next meeting (after 2026-11-20 Planning)"))  // a Monday: off the series
    }

    @Test func aCadenceNotKnownToTheDayIsAWarningNotAnEvent() throws {
        let ics = calendar("# Planning\n\nPlanning meetings are held biweekly on odd calendar weeks.\n")
        #expect(!ics.text.contains("BEGIN:VEVENT"))
        let w = try #require(ics.warnings.first)
        #expect(w.diagnostic.line == 3)
        #expect(w.formatted().contains("not known to the day"))
    }

    @Test func withoutADatedMeetingTheSeriesStartsAtTheStartDay() {
        let ics = calendar("# Planning\n\nRelease Planning Meetings are on the first Thursday of each month.\n", start: "2026-12-04")
        #expect(ics.text.contains("\r\nDTSTART;VALUE=DATE:20270107\r\nRRULE:FREQ=MONTHLY;BYDAY=1TH\r\nSUMMARY:Release Planning Meeting\r\n"))
    }

    @Test func textIsEscapedAndLongLinesFoldWithoutSplittingCharacters() {
        #expect(ICSRenderer.escape("a;b,c\\d\ne") == "a\\;b\\,c\\\\d\\ne")
        let line = "SUMMARY:" + String(repeating: "é", count: 100)  // 208 octets
        let folded = ICSRenderer.fold(line)
        let physical = folded.split(separator: "\r\n", omittingEmptySubsequences: false)
        #expect(physical.count == 3)
        for p in physical { #expect(p.utf8.count <= 75) }
        #expect(physical.dropFirst().allSatisfy { $0.hasPrefix(" ") })
        // Unfolding (RFC 5545 §3.1: remove CRLF and one space) gives the line back.
        #expect(folded.replacingAll("\r\n ", with: "") == line)
    }
}
