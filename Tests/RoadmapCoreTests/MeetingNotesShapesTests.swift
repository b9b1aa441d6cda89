import Testing
@testable import RoadmapReading
import RoadmapModel

/// Shapes of real minutes: where their names end, how they credit people, where they put
/// their dates.
@Suite struct MeetingNotesShapesTests {
    @Test func aLabelParagraphAfterTheNamesEndsThem() {
        let doc = read("""
            # Team meetings

            ## December 5, 2019

            Attendees:

            *   Yang Li
            *   Saiyam Pathak

            Agenda:

            *   Welcome and recurring business
            *   Would any new contributors like to give a brief introduction?

            ## December 12, 2019

            Attendees:

            *   Yang Li

            Guests:

            *   Dana Scully
            """, as: .markdown)
        #expect(doc.meetings.map { $0.attendees.map(\.name) } == [["Yang Li", "Saiyam Pathak"], ["Yang Li", "Dana Scully"]])
    }
}

extension MeetingNotesShapesTests {
    @Test func initialsAfterANameAreNoOrganization() {
        let doc = read("# Board Meeting Minutes - March 09, 2015\n\n## Attendees\n\n* Chris Williams (CW)\n* Dana Heck (IBM)\n", as: .markdown)
        #expect(doc.meetings.first?.attendees.map(\.name) == ["Chris Williams", "Dana Heck"])
        #expect(doc.meetings.first?.attendees.map(\.organization) == [nil, "IBM"])
    }
}

extension MeetingNotesShapesTests {
    @Test func namesGoOnAfterALineBreak() {
        let doc = read("# Community meeting 2023-06-14\n\n**Present:** Melissa (@melissawm), Tyler\n(@tylerjereddy), Pamphile (@tupui), Matt (@mdhaber)\n", as: .markdown)
        #expect(doc.meetings.first?.attendees.map(\.name) == ["Melissa", "Tyler", "Pamphile", "Matt"])
        #expect(doc.meetings.first?.attendees.map(\.handle) == ["melissawm", "tylerjereddy", "tupui", "mdhaber"])
        let more = read("# Sync 2024-01-10\n\n**Attendees:** Ana, Bo\nCy Twombly, Dee\n", as: .markdown)
        #expect(more.meetings.first?.attendees.map(\.name) == ["Ana", "Bo", "Cy Twombly", "Dee"])
    }
}

extension MeetingNotesShapesTests {
    @Test func aDateLineUnderTheTitleDatesTheMeeting() {
        let doc = read("# OCIO TSC Meeting Notes\n\nFeb 4, 2019\n\nAttendees:\n\n* Sean Cooper - DNEG\n", as: .markdown, path: "notes.md")
        #expect(doc.meetings.map(\.date) == ["2019-02-04"])
        // With a time and a place after it, under a first line that names the meeting.
        let agenda = read("CELLAR -- DRAFT AGENDA for Virtual Interim Meeting\nMay 25, 2021      21:00 Amsterdam\n\nAttendees\n* Spencer Dawkins\n\nAction: Dave will submit an update on this.\n",
                          as: .markdown, path: "agenda.md")
        #expect(agenda.meetings.map(\.date) == ["2021-05-25"])
        #expect(agenda.meetings.first?.title == "CELLAR -- DRAFT AGENDA for Virtual Interim Meeting")
        #expect(agenda.meetings.first?.actions.map(\.owner) == ["Dave"])
    }

    @Test func aDateRowOfALabelTableDatesTheMeeting() {
        let doc = read("# Team meeting\n\n| Key | Value |\n| --- | --- |\n| Date & Time: | 2024-12-04 |\n| Attendees | Oleh, Pepijn |\n", as: .markdown, path: "notes.md")
        #expect(doc.meetings.map(\.date) == ["2024-12-04"])
        #expect(doc.meetings.first?.attendees.map(\.name) == ["Oleh", "Pepijn"])
    }

    @Test func aListOfAnotherKindEndsTheNamesUnderALineLabel() {
        let doc = read("# Interim meeting 2021-05-25\n\n   Regrets\n   * (possibly) Michael Richardson\n\n1.  Note Well.\n\n2.  Accept draft minutes\n", as: .markdown)
        #expect(doc.meetings.first?.absent.map(\.name) == ["Michael Richardson"])
    }
}

extension MeetingNotesShapesTests {
    @Test func aDatedTitleThatSaysMeetingMayNameItsTopic() {
        let doc = read("""
            # Storage team

            ## October 23 - Triage Issue Meeting

            Attendees:

            * Arnaud Meukam

            Action Items:

            * Marky: build the spreadsheet

            ## 2019-10-30 ContribEx Triage Issue Meeting

            Attendees:

            * Arnaud Meukam
            """, as: .markdown)
        #expect(doc.items.isEmpty)
        #expect(doc.meetings.map(\.date) == ["2019-10-23", "2019-10-30"])
        #expect(doc.meetings.first?.actions.map(\.owner) == ["Marky"])
    }

    @Test func aMeetingOverSeveralDaysIsDatedByItsFirst() {
        let doc = read("# Board meetings\n\n## 23rd - 24th March 2017\n\nAttendees: Dana\n\n## 23-24 June 2017\n\nAttendees: Dana\n\n## September 5-6, 2017\n\nAttendees: Dana\n", as: .markdown)
        #expect(doc.meetings.map(\.date) == ["2017-03-23", "2017-06-23", "2017-09-05"])
    }
}

extension MeetingNotesShapesTests {
    @Test func aListAfterNamesOnLinesIsNoMoreNames() {
        let doc = read("TAB Meeting Notes\n=================\n\n2020-03-25\n----------\n\nAttendees:\n\nDavid Beckingsale\nJames Brodman\n\n* Github: Robert Cohn\n\n  * We will be publishing the notes on github.\n  * Investigating\n", as: .rst)
        #expect(doc.meetings.first?.attendees.map(\.name) == ["David Beckingsale", "James Brodman"])
    }
}

extension MeetingNotesShapesTests {
    @Test func aWikisDecorationAroundAHeadingIsNoPartOfIt() {
        let doc = read("# Notes\n\nDate: February 15 2025\n\n## == Attendees ==\nHarley, Dread, Barry Allen\n\n## == Next meeting ==\n\nSaturday, February 22, 2025 at 8:00 PM UTC\n", as: .markdown)
        #expect(doc.meetings.first?.attendees.map(\.name) == ["Harley", "Dread", "Barry Allen"])
        #expect(doc.meetings.first?.next == "2025-02-22")
        let todo = read("== Roadmap for release 0.86 ==\n\nRelease notes are in file CHANGES.\n\n== TODO ==\n\n* decide on tabs\n\n== DONE ==\n\n* determine the minimum OCaml\n-> checked with OCaml 3.12\n\n* support for veriT\n", as: .text)
        #expect(todo.items.map(\.title) == ["decide on tabs", "determine the minimum OCaml", "support for veriT"])
        #expect(todo.items.map(\.groups) == [["TODO"], ["DONE"], ["DONE"]])
    }
}

extension MeetingNotesShapesTests {
    @Test func aBoldDecisionParagraphAndADateUnderTheNextMeeting() {
        let doc = read("# Team Project Meeting Minutes\n\n**Date:** 04.04.2024\n\n**Decision** Tasks may be added mid-sprint.\n\n## Date of Next Meeting:\n\nSubject to change.\n\n- **Date:** 11.04.2024\n", as: .markdown)
        #expect(doc.meetings.first?.date == "2024-04-04")
        #expect(doc.meetings.first?.decisions == ["Tasks may be added mid-sprint."])
        #expect(doc.meetings.first?.next == "2024-04-11")
    }
}
