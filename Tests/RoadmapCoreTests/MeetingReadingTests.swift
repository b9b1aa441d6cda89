import Testing
import RoadmapCore

/// How minutes read: one meeting per minutes document, one per dated section, and the parts of
/// a meeting (date, attendees, action items, decisions, next meeting) wherever the notes put them.
@Suite struct MeetingReadingTests {
    private func one(_ text: String, path: String = "notes.md", as format: Format = .markdown) throws -> Meeting {
        let d = read(text, as: format, path: path)
        #expect(d.meetings.count == 1, "\(d.meetings.map(\.title))")
        return try #require(d.meetings.first)
    }

    // MARK: - Which documents and sections are meetings

    @Test func minutesOfOneMeetingAreOneMeetingWithoutItems() throws {
        let text = """
            # Release council meeting 2025-02-11

            ## Participants

            - Ana Ruiz
            - Tom Berg

            ## Checklist review

            - [ ] Tag the release
            - [x] Freeze the branch

            ## Decided for March 3

            Ship it.
            """
        let d = read(text, as: .markdown)
        #expect(d.items.isEmpty)
        #expect(d.meetings.map(\.title) == ["Release council meeting 2025-02-11"])
        #expect(d.meetings.first?.date == "2025-02-11")
        #expect(d.meetings.first?.attendees.map(\.name) == ["Ana Ruiz", "Tom Berg"])
    }

    @Test func aDatedTopicInsideAMeetingIsNotASecondMeeting() throws {
        let text = "# Ops meeting notes\n\n**Date:** 2025-04-02\n\n## Freeze starts April 20, 2025\n\nText.\n\n## Release planned for May 10\n\nText.\n"
        let m = try one(text)
        #expect(m.date == "2025-04-02")
        let sections = read("# Ops minutes\n\n## 2025-04-02\n\n### Release planned for May 10, 2025\n\nText.\n", as: .markdown)
        #expect(sections.meetings.map(\.date) == ["2025-04-02"])
    }

    @Test func aFileOfDatedSectionsGivesOneMeetingEach() {
        let text = "# Design review\n\n## 2025-01-08\n\nAttendees: Ana, Tom\n\n- talked about caching\n\n## 2025-01-15\n\n### Action items\n\n- Tom: measure the cache\n"
        let d = read(text, as: .markdown)
        #expect(d.items.isEmpty)
        #expect(d.meetings.map(\.date) == ["2025-01-08", "2025-01-15"])
        #expect(d.meetings[0].attendees.map(\.name) == ["Ana", "Tom"])  // the list after a complete label is not more names
        #expect(d.meetings[1].actions.map(\.owner) == ["Tom"])
    }

    @Test func dateTitledSectionsThatRecordMeetingsAreMeetingsInAnyDocument() {
        let text = "# Storage team\n\n## 2025-06-02\n\nPresent: Ana, Tom\n\n## 2025-06-09\n\n### Decisions\n\n- Keep the old API\n"
        let d = read(text, as: .markdown)
        #expect(d.items.isEmpty)
        #expect(d.meetings.map(\.date) == ["2025-06-02", "2025-06-09"])
        #expect(d.meetings[1].decisions == ["Keep the old API"])
    }

    @Test func aSectionHoldingDatedSectionsHoldsMeetings() {
        let text = "# Minutes\n\n## March 2025\n\n### March 4, 2025\n\nText.\n\n### March 18, 2025\n\nText.\n"
        #expect(read(text, as: .markdown).meetings.map(\.date) == ["2025-03-04", "2025-03-18"])
    }

    @Test func aMeetingPageWithoutADateIsNoMeeting() {
        let text = "# Planning Meetings\n\nWe meet every other week.\n\n## Idea Backlog\n\n- Dark mode\n"
        let d = read(text, as: .markdown)
        #expect(d.meetings.isEmpty)
        #expect(d.items.map(\.title) == ["Dark mode"])
    }

    @Test func meetingMetadataHeadingsAreNotItems() throws {
        let text = """
            # Core sync #42
            ### Meeting Date/Time: Tuesday, July 8, 2025 15:00 UTC
            ### Meeting Duration: 1 hour
            ### [Video of the meeting](https://video.example/42)
            ### Moderator: Ana Ruiz

            # Topics

            Text.
            """
        let d = read(text, as: .markdown)
        #expect(d.items.isEmpty)
        #expect(d.meetings.map(\.date) == ["2025-07-08"])
        #expect(d.meetings.first?.title == "Core sync #42")
    }

    // MARK: - Dates

    @Test func theDateComesFromFrontMatterADateLineOrADateHeading() throws {
        #expect(try one("---\ntitle: Infra call\ndate: 2025-09-30\n---\n\nNotes.\n").date == "2025-09-30")
        #expect(try one("# Infra call\n\n**Date:** 2025-09-30\n").date == "2025-09-30")
        #expect(try one("# Infra call\n\n### Date: 2025-09-30\n\nText.\n").date == "2025-09-30")
        #expect(try one("# Infra call\n\n- **When**: Sep 30, 2025, 4pm UTC\n").date == "2025-09-30")
    }

    @Test func dottedAndNumericDates() {
        #expect(PartialDate.find(in: "2019.03.01")?.description == "2019-03-01")
        #expect(PartialDate.find(in: "on 11/27/2016")?.description == "2016-11-27")
        #expect(PartialDate.find(in: "27.11.2016")?.description == "2016-11-27")
        #expect(PartialDate.find(in: "v1.12 release") == nil)
        #expect(PartialDate.find(in: "Jan 22", year: 2019)?.description == "2019-01-22")
        #expect(PartialDate.find(in: "call on 1/31", year: 2023)?.description == "2023-01-31")
        #expect(PartialDate.find(in: "Jan 22") == nil)
        // Two-digit years with slashes, as minutes are often headed; not with dots (a version).
        #expect(PartialDate.find(in: "Meeting notes 3/9/22")?.description == "2022-03-09")
        #expect(PartialDate.find(in: "25/12/98")?.description == "1998-12-25")
        #expect(PartialDate.find(in: "release 1.10.12") == nil)
        #expect(PartialDate.find(in: "steps 1/2/3") == nil)
    }

    @Test func aDateWithoutAYearTakesTheYearFromContext() throws {
        // From the file name.
        #expect(try one("# Agenda for the March 4 call\n\nText.\n", path: "meetings/2025/CG-03-04.md").date == "2025-03-04")
        // From the front matter.
        #expect(try one("---\ndate: 2025-03-04\n---\n\n# Agenda for the March 4 call\n\nWhen: 3/4\n").date == "2025-03-04")
        // From a full date elsewhere in the document.
        let m = try one("# Team meeting, Jan 22\n\nNext meeting: Feb 5\n\nMinutes approved on 01/29/2026.\n")
        #expect(m.date == "2026-01-22")
        #expect(m.next == "2026-02-05")
    }

    @Test func dateTitlesWithoutAYearFollowTheDatesBeforeThem() {
        let text = "# Cache team\n\n## Dec 18, 2025\n\nPresent: Ana\n\n## Jan 8\n\nPresent: Tom\n\n## 1/15\n\n### Action items\n\n- Tom: ship\n"
        #expect(read(text, as: .markdown).meetings.map(\.date) == ["2025-12-18", "2026-01-08", "2026-01-15"])
        let newestFirst = "# Cache team\n\n## Jan 8, 2026\n\nPresent: Tom\n\n## Dec 18\n\nPresent: Ana\n"
        #expect(read(newestFirst, as: .markdown).meetings.map(\.date) == ["2026-01-08", "2025-12-18"])
    }

    @Test func theFileNameGivesTheDate() throws {
        #expect(try one("# TSC meeting\n\nText.\n", path: "minutes/20191206.md").date == "2019-12-06")
        #expect(try one("# TSC meeting\n\nText.\n", path: "meetings/2015-06-03.md").date == "2015-06-03")
        #expect(read("# TSC meeting\n\nText.\n", as: .markdown, path: "meetings/notes.md").meetings.isEmpty)
    }

    // MARK: - Attendees

    @Test func attendeesUnderAHeadingInListsLinesAndTables() throws {
        #expect(try one("# Sync meeting 2025-05-05\n\n## Present\n\n* Ana Ruiz (Acme)\n* Tom Berg @tberg\n").attendees
            == [Attendee(name: "Ana Ruiz", organization: "Acme"), Attendee(name: "Tom Berg", handle: "tberg")])
        #expect(try one("# Sync meeting 2025-05-05\n\n## Attendees\n\nThe following people came:\nAna Ruiz, Tom Berg\n").attendees.map(\.name) == ["Ana Ruiz", "Tom Berg"])
        let table = "# Sync meeting 2025-05-05\n\n## Attendance\n\n| Name | Company | Status |\n|---|---|---|\n| Ana Ruiz | Acme | Attended |\n| Tom Berg | Beta | Absent |\n"
        #expect(try one(table).attendees == [Attendee(name: "Ana Ruiz", organization: "Acme")])
        #expect(try one("# Sync meeting 2025-05-05\n\n#### Introduction of attendees\n\n* Ana Ruiz\n* Ana Ruiz\n\n#### Next topic\n\n* not a name\n").attendees.map(\.name) == ["Ana Ruiz"])
    }

    @Test func anAttendedByChecklistCountsTheTickedNames() throws {
        let m = try one("# Sync meeting 2025-05-05\n\nAttended by:\n\n- [x] Ana Ruiz\n- [ ] Tom Berg\n- [X] Kim Lo\n")
        #expect(m.attendees.map(\.name) == ["Ana Ruiz", "Kim Lo"])
    }

    @Test func absenceEndsTheAttendees() throws {
        let m = try one("# Sync meeting 2025-05-05\n\n## Attending\n\n- Ana Ruiz\n\nRegrets:\n\n- Tom Berg\n")
        #expect(m.attendees.map(\.name) == ["Ana Ruiz"])
    }

    // MARK: - Action items

    @Test func actionItemsUnderAHeadingWithTheirOwners() throws {
        let text = """
            # Sync meeting 2025-05-05

            ## Action Items

            - [ ] @ana write the notes
            - [x] Tom: book the room
            - Kim to review the plan
            - [Lee] update the site
            - Send the slides (@tom)
            - Need to fix the build
            """
        let actions = try one(text).actions
        #expect(actions.map(\.owner) == ["ana", "Tom", "Kim", "Lee", "tom", nil])
        #expect(actions.map(\.text) == ["write the notes", "book the room", "review the plan", "update the site", "Send the slides", "Need to fix the build"])
        #expect(actions.map(\.done) == [false, true, false, false, false, false])
    }

    @Test func numberedAndOwnedActionLabelsAnywhere() throws {
        let text = """
            # Sync meeting 2025-05-05

            ## Notes

            AI(TB): ask the vendor.

            ### Actions required

            **ACTION 7.1:** Measure the cache
            across all regions.

            - **Status:** not started

            **ACTION 7.2:** Drop the old API.

            ## Summary

            ACTION: Measure the cache across all regions.
            """
        let actions = try one(text).actions
        #expect(actions.map(\.id) == [nil, "7.1", "7.2"])
        #expect(actions.map(\.owner) == ["TB", nil, nil])
        #expect(actions[1].text == "Measure the cache across all regions.")
    }

    @Test func actionAndDecisionTables() throws {
        let text = """
            # Sync meeting 2025-05-05

            | Decision Item | Description |
            |---|---|
            | 1 | Keep the old API |

            ## Action items

            | # | Action | Owner | Status |
            |---|---|---|---|
            | 1 | Write the notes | Ana | done |
            | 2 | Book the room | Tom | open |
            """
        let m = try one(text)
        #expect(m.decisions == ["Keep the old API"])
        #expect(m.actions.map(\.id) == ["1", "2"])
        #expect(m.actions.map(\.owner) == ["Ana", "Tom"])
        #expect(m.actions.map(\.done) == [true, false])
    }

    // MARK: - Other parts

    @Test func noneMeansNone() throws {
        let m = try one("# Sync meeting 2025-05-05\n\nRoadmap items completed: none\n\nRoadmap items added: N/A\n\nDecisions: No decisions\n\n## Action items\n\n*None*\n")
        #expect(m.completed.isEmpty)
        #expect(m.added.isEmpty)
        #expect(m.decisions.isEmpty)
        #expect(m.actions.isEmpty)
    }

    @Test func theNextMeetingFromAHeadingOrAPhrase() throws {
        #expect(try one("# Sync meeting 2025-05-05\n\n# Date for Next Meeting:\nMay 19, 2025 at 14:00 UTC\n").next == "2025-05-19")
        #expect(try one("# Sync meeting 2025-05-05\n\n---\n\nNext meeting on May 19, 14:00 UTC\n").next == "2025-05-19")
    }

    @Test func readingBadMinutesNeverCrashes() {
        for text in ["# Meeting\n\n## Attendees\n\n|\n|---|\n||\n", "# Minutes 2025-01-01\n\nAI(): x\n\nACTION :\n\n| Decision |\n", "# Call\n\nDate: 99/99/9999\n", "---\ndate: \n---\n# Minutes\n"] {
            _ = read(text, as: .markdown, path: "2025/x.md")
        }
    }

    // MARK: - Attendees, actions and the next meeting as real minutes write them

    @Test func anAttendeeKeepsHandleRoleAndOrganizationApart() throws {
        let m = try one("""
            # TSC meeting 2021-03-04

            ## Attendees

            - Dana Scully (@dscully) - voting
            - Fox Mulder (Acme Corp)
            - Walter Skinner - FBI
            - @krycek (observer)

            Additional attendees: Jeffrey Spender, Marita Covarrubias
            """)
        #expect(m.attendees == [
            Attendee(name: "Dana Scully", handle: "dscully", role: "voting"),
            Attendee(name: "Fox Mulder", organization: "Acme Corp"),
            Attendee(name: "Walter Skinner", organization: "FBI"),
            Attendee(name: "krycek", handle: "krycek", role: "observer"),
            Attendee(name: "Jeffrey Spender"),
            Attendee(name: "Marita Covarrubias"),
        ])
    }

    @Test func aTopicLineAndAURLAreNoActionsOrOwners() throws {
        let m = try one("""
            # Meeting 2021-03-04

            ## Action Items

            **Release planning**

            - [ ] Dana: write notes
            - [ ] See https://example.com/x first

            Follow up meeting: 29 May 2021
            """)
        #expect(m.actions.map(\.text) == ["write notes", "See https://example.com/x first"])
        #expect(m.actions.map(\.owner) == ["Dana", nil])
        #expect(m.next == "2021-05-29")
    }

    @Test(arguments: ["minutes/2021-03-04.md", "agendas/2021-03-04.md", "meeting-notes/2021-03-04.md"])
    func theFolderSaysTheFileIsMinutes(_ path: String) throws {
        let m = try one("Attendees: Dana, Lee\n\n- [ ] Dana: write notes\n", path: path)
        #expect(m.date == "2021-03-04")
        #expect(m.title == "2021-03-04")
        #expect(m.attendees.map(\.name) == ["Dana", "Lee"])
    }

    @Test func aDateHeadingAndAttendeesMakeWorkingGroupNotesAMeeting() throws {
        let m = try one("""
            # API Working Group

            ## Date: 2020-03-09

            ### Attendees

            * @nornagon
            * @zcbenz

            ## Agenda

            * Housekeeping:
                - [x] Slack channel (@ckerr)
                - [ ] Style guide draft

            ## Action Items

            - @codebytere to de-deprecate the properties
            """, path: "wg-api/notes.md")
        #expect(m.date == "2020-03-09")
        #expect(m.attendees.map(\.handle) == ["nornagon", "zcbenz"])
        #expect(m.actions.map(\.text) == ["Slack channel", "Style guide draft", "de-deprecate the properties"])
        #expect(m.actions.map(\.owner) == ["ckerr", nil, "codebytere"])
        #expect(m.actions.map(\.done) == [true, false, false])
        #expect(read("# API Working Group\n\n## Date: 2020-03-09\n\n### Attendees\n\n* Dana\n", as: .markdown).items.isEmpty)
    }

    @Test func aFileNamedByItsDayWithParticipantsIsAMeeting() throws {
        let m = try one("# IPFS JavaScript\n\n#### Participants\n\n- @diasdavid\n\n## Notes\n\n**Action item:** @jbenet to compile tests\n",
                        path: "2016-08-15-js-ipfs.md")
        #expect(m.date == "2016-08-15")
        #expect(m.actions.map(\.owner) == ["jbenet"])
        #expect(m.actions.map(\.text) == ["compile tests"])
    }

    @Test func aRollCallGivesAttendeesAndAbsentees() throws {
        let m = try one("""
            # TAC Meeting - March 11, 2020

            ## Voting member attendance

            * [x] Daniel Heck - Chairperson, Animal Logic Pty Ltd
            * [x] Gordon Bradley, Autodesk
            * [ ] Michael Gorman, Cisco Systems Inc.

            Regrets: Kim Lo
            """)
        #expect(m.attendees == [Attendee(name: "Daniel Heck", organization: "Animal Logic Pty Ltd", role: "Chairperson"),
                                Attendee(name: "Gordon Bradley", organization: "Autodesk")])
        #expect(m.absent.map(\.name) == ["Michael Gorman", "Kim Lo"])
    }

    @Test func aNextMeetingHeadingBeatsAPhraseInPassing() throws {
        let m = try one("""
            # TAC Meeting - July 17, 2019

            ## Agenda

            * USD Working Group
                * Next meeting (50m) set for next Wednesday.

            # Next meeting:

              - [Face to Face TAC meeting, Wed 31 July, 2:30pm - 3:30pm](https://example.com/e)
            """)
        #expect(m.next == "2019-07-31")
    }

    @Test func headinglessMinutesAreTitledByTheirOpeningLine() throws {
        let m = try one("""
            Minutes from 16th OpenVDB TSC meeting, May 9, 2019

            Attendees: *Ken* M., *Nick* A.

            Agenda:

            1) Release
            2) Next Meeting

            Peter has completed the release.

            8) Next Meeting

            May 23rd 2019.  3pm-4pm EDT (GMT-4).
            """, path: "tsc/notes.md")
        #expect(m.title == "Minutes from 16th OpenVDB TSC meeting, May 9, 2019")
        #expect(m.date == "2019-05-09")
        #expect(m.attendees.map(\.name) == ["Ken M", "Nick A"])
        #expect(m.next == "2019-05-23")
    }

    @Test func aBoldLabelAndRollCallLinesGiveAttendees() throws {
        let m = try one("""
            # IPFS All Hands Call 2016-10-24

            **Attendees**
             - @flyingzumwalt
             - TODO

            ## Voting member attendance

            [x] Daniel Heck - Chairperson, Animal Logic
            [ ] Mark Gee, Blue Sky Studios, Inc.

            ## Action Items

            * [ ] TODO
            """)
        #expect(m.attendees.map(\.name) == ["flyingzumwalt", "Daniel Heck"])
        #expect(m.absent.map(\.name) == ["Mark Gee"])
        #expect(m.actions.map(\.text) == ["TODO"])  // a placeholder task still shows
    }

    @Test func aTelconIsAMeeting() throws {
        let m = try one("# 2016-08-02 - Monthly IACT DL3 telcon\n\n* Participants: tbd\n\n## Connection details\n\nEmail us.\n")
        #expect(m.date == "2016-08-02")
        #expect(m.attendees.isEmpty)
        #expect(read("# 2016-08-02 - Monthly IACT DL3 telcon\n\n## Connection details\n\nEmail us.\n", as: .markdown, path: "x.md").items.isEmpty)
    }

    @Test func actionItemsMarkedInTheNotes() throws {
        let m = try one("""
            # TSC Meeting 2019-02-04

            * Infrastructure
              * **TODO** - John Mertic to coordinate with the LF.
            * Julien: Action item: start a testing platform.
            * TODO's and action items:
               * Fix compiler warnings

            ## Action Items

            * @keeley: Talk to Sam about the build. Possible issues:
                1) It takes long
            * Summit topics:
                * Onboarding docs
            - DONE: Ned will write an outline
            - Question: We propose to publish the skeleton.
            - Aim to have it done by May
            """)
        #expect(m.actions.map(\.text) == ["coordinate with the LF.", "start a testing platform.", "Fix compiler warnings",
                                          "Talk to Sam about the build. Possible issues:", "Onboarding docs", "write an outline",
                                          "Question: We propose to publish the skeleton.", "Aim to have it done by May"])
        #expect(m.actions.map(\.owner) == ["John Mertic", "Julien", nil, "keeley", nil, "Ned", nil, nil])
        #expect(m.actions.map(\.done) == [false, false, false, false, false, true, false, false])
    }

    @Test func attendeesWrittenWithTitlesHandlesAndRoleLabels() throws {
        let m = try one("""
            # OCIO TSC Meeting 2020-03-02

            ## Attendees

            * [X] Michael Dolan (_TSC Chair_) - Epic Games
            * [ ] John Mertic - Academy Software Foundation / Linux Foundation
            * Michael Dawson/ @mhdawson
            * @williamkapke (William Kapke - Individual Membership Director)
            * @hackygolucky (Tracy Hinds member)

            Meeting chair pro tem: Kim Lo, Linux Foundation
            """)
        #expect(m.attendees == [
            Attendee(name: "Michael Dolan", organization: "Epic Games", role: "TSC Chair"),
            Attendee(name: "Michael Dawson", handle: "mhdawson"),
            Attendee(name: "William Kapke", handle: "williamkapke", role: "Individual Membership Director"),
            Attendee(name: "Tracy Hinds", handle: "hackygolucky", role: "member"),
            Attendee(name: "Kim Lo", organization: "Linux Foundation", role: "Meeting chair pro tem"),
        ])
        #expect(m.absent == [Attendee(name: "John Mertic", organization: "Academy Software Foundation / Linux Foundation")])
    }

    @Test func frontMatterGivesADateTimeAndATitleOverAPartHeading() throws {
        let m = try one("---\ntitle: \"Meeting Minutes: Mar 10, 2026\"\ndate: \"2026-03-10T12:00:00-07:00\"\n---\n\n### Notes\n\n* Any news?\n", path: "x/notes.md")
        #expect(m.date == "2026-03-10")
        #expect(m.title == "Meeting Minutes: Mar 10, 2026")
    }

    @Test func attendeesFromALabelTableNotFromProse() throws {
        let table = try one("# SIG meeting 2024-07-17\n\n|          |      |\n| -------- | -------- |\n| Attending  | Danny Macovei, Calvin Prewitt\n| Note Taker |\n")
        #expect(table.attendees.map(\.name) == ["Danny Macovei", "Calvin Prewitt"])
        let prose = try one("# Meeting 2020-09-03\n\n### Present\n\n* Joe Sepi (@joesepi)\n* Myles Borins\n\nFeel free to follow along on the stream, or attend as a guest\nby calling in to Zoom, using the links below.\n\nMyles\n")
        #expect(prose.attendees.map(\.name) == ["Joe Sepi", "Myles Borins"])
    }

    @Test func aWrappedListOfNamesGoesOnOnItsNextLine() {
        let doc = read("""
            Minutes from the TSC meeting, July 20th, 2021

            Attendees: Ken Museth, Jeff Lait

            Additional Attendees: JT Nelson (Blender), Bruce Cherniak (Intel),
            Johannes Meng (Intel) , Richard Jones (DNeg)

            Regrets: Dan Bailey

            Quorum is present.
            """, as: .markdown)
        let m = doc.meetings[0]
        #expect(m.attendees.map(\.name) == ["Ken Museth", "Jeff Lait", "JT Nelson", "Bruce Cherniak", "Johannes Meng", "Richard Jones"])
        #expect(m.absent.map(\.name) == ["Dan Bailey"])
    }

    @Test func ircMinutesLabelTheirListsOnLinesOfTheirOwn() {
        // W3C's IRC minutes: "Present", "Regrets", "Chair", "Scribe" over the names.
        let doc = read("# IRC Minutes from 2025-10-15\n\nAttendees\n\nPresent\n    benfrancis, kaz\n\nRegrets\n    dape\nChair\n    sebastian\n\nMeeting Recording:\nhttps://drive.example/file/191\n", as: .markdown)
        let m = doc.meetings[0]
        #expect(m.attendees.map(\.name) == ["benfrancis", "kaz"])
        #expect(m.absent.map(\.name) == ["dape"])
    }

    @Test func theGroupToDoSomethingIsAnActionOfItsOwn() {
        let doc = read("# Meeting 2025-10-08\n\n## Next steps\n\nDave to generate new Zoom links.\nErich to send information about WoT.\nThe group to review the minutes before publishing.\n", as: .markdown)
        #expect(doc.meetings[0].actions.map(\.owner) == ["Dave", "Erich", "The group"])
        #expect(doc.meetings[0].actions.map(\.text) == ["generate new Zoom links.", "send information about WoT.", "review the minutes before publishing."])
    }

    @Test func sectionsHeadedWithTwoDigitYearsAreMeetings() {
        let doc = read("# TSC Meeting Minutes\n\n## 05/04/23\n\nAttendees: Alice, Bob\n\n## 4/20/23\n\nAttendees: Alice\n", as: .markdown)
        #expect(doc.meetings.map(\.date) == ["2023-05-04", "2023-04-20"])
        #expect(doc.items.isEmpty)
    }

    @Test func aRemarkAfterTheAttendeesHeadingKeepsItALabel() {
        let doc = read("# Team meeting, May 11 2023\n\n## Attendees (sign yourself in)\n\n 1. Rob Wu (Mozilla)\n 2. Oliver Dunk (Google)\n", as: .markdown)
        #expect(doc.meetings[0].attendees.map(\.name) == ["Rob Wu", "Oliver Dunk"])
    }

    @Test func aLabelNestedInAnAgendaEntryEndsWithIt() {
        // OpenJS: "ACTION:" under one agenda entry; the entries after it are the agenda again.
        let text = "# Council Meeting 2019-10-15\n\n## Agenda\n\n* Move COC proposal to stage 2\n  * ACTION:\n    * Joe - squash & merge\n* Responsible security disclosures\n* Budget review\n"
        let actions = read(text, as: .markdown).meetings[0].actions
        #expect(actions.map(\.text) == ["squash & merge"])
        #expect(actions.map(\.owner) == ["Joe"])
    }

    @Test func actionMarkersMinutesUse() {
        let text = "# Team Meeting 2021-02-03\n\n## Inline assembly\n\n* Meeting consensus: go arch by arch\n* AI: Josh to reach out to Amanieu\n\n**AI**: Kim to write the report\n\n[ACTION] Lee to book the room\n\nTODO(josh): update the RFC\n\nAction Item - Dana to tag 1.2\n"
        let actions = read(text, as: .markdown).meetings[0].actions
        #expect(actions.map(\.owner) == ["Josh", "Kim", "Lee", "josh", "Dana"])
        #expect(actions.map(\.text) == ["reach out to Amanieu", "write the report", "book the room", "update the RFC", "tag 1.2"])
    }

    @Test func conclusionsAndResolutionsAreDecisions() {
        let text = "# Team meeting 2019-06-04\n\n## For-in order\n\n#### Conclusion/Resolution\n\n- Consensus for Stage 2\n\n## Early errors\n\nConclusion:\n\n* matz: go ahead\n\n## Naming\n\nResolution: keep the name\n"
        #expect(read(text, as: .markdown).meetings[0].decisions == ["Consensus for Stage 2", "matz: go ahead", "keep the name"])
    }

    @Test func aDateInBracketsWithATwoDigitYearDatesTheMinutes() {
        let doc = read("# (30/9/24) Meeting Minutes\n\n## Attendees\n\n- Santiago\n- Eystein\n", as: .markdown)
        #expect(doc.meetings.map(\.date) == ["2024-09-30"])
        #expect(doc.meetings.first?.attendees.count == 2)
    }

    @Test func groupsOfNamesAndWhatIsNoOneInAnAttendanceList() {
        // Rust's lang team: "Team:" and "Not team:" over their names, and the recording's link.
        let text = "# Lang Team Planning Meeting\n\n* Meeting date: 2021-02-03\n* Attending:\n    * Team: nikomatsakis, felix, josh\n    * Not team: simulacrum, connor horman\n* [Watch the recording](https://youtu.be/x)\n\nAbsent: Rob (unplanned), 20 minutes late, but a quick meeting.\n"
        let m = read(text, as: .markdown).meetings[0]
        #expect(m.attendees.map(\.name) == ["nikomatsakis", "felix", "josh", "simulacrum", "connor horman"])
        #expect(m.absent.map(\.name) == ["Rob"])
    }

    @Test func theFileNameGivesTheDayATitleLeftOut() throws {
        let m = try one("# March 2021 29th\n\n## Attendees\n\n- Ana\n", path: "meeting_notes/2021-03-29.md")
        #expect(m.date == "2021-03-29")
    }

    @Test func aWikiPageNamedInCamelCaseNamesAMeeting() throws {
        // Ruby's developer meeting logs: DevelopersMeeting20201210Japan.md.
        let text = "# DevelopersMeeting20201210Japan\n\n## DateTime and location\n\n* 12/10 (Thu) 13:00-17:00 JST\n\n## Next Date\n\n* 2021/01/13 (Wed) 13:00-\n\n## Ticket 17371\n\nConclusion:\n\n* matz: go ahead\n"
        let d = read(text, as: .markdown, path: "2020/DevelopersMeeting20201210Japan.md")
        #expect(d.items.isEmpty)
        #expect(d.meetings.map(\.date) == ["2020-12-10"])
        #expect(d.meetings.first?.next == "2021-01-13")
        #expect(d.meetings.first?.decisions == ["matz: go ahead"])
    }

    @Test func aLogWhoseTitleIsItsNewestMeeting() {
        let text = "# Meeting 4/13/2022\n\nPresent: Rob, Natalie\n\n- decided to use next meeting for handoff\n\n## Meeting 4/8/2022\n\nPresent: Natalie, Doug\n\n## Meeting 4/6/2022\n\nPresent: Natalie, Doug, Rob\n"
        let d = read(text, as: .markdown)
        #expect(d.meetings.map(\.date) == ["2022-04-13", "2022-04-08", "2022-04-06"])
        #expect(d.meetings.map(\.attendees.count) == [2, 2, 3])
    }

    @Test func attendanceListsEndWhereTheirLabelEnds() {
        // CD Foundation's TOC: "present" and "not present" after each name, and the agenda after them.
        let toc = "# TOC Meeting Notes\n\nAug 27, 2019\n------------\n\n-   **TOC Attendees:**\n\n    -   Kohsuke Kawaguchi (Jenkins) - present\n\n    -   James Strachan (Jenkins X) - not present\n\n-   **Agenda and Notes:**\n\n    -   Vote on CDF Security SIG\n"
        let m = read(toc, as: .markdown, path: "meeting_notes/TOC_Meeting_Notes.md").meetings[0]
        #expect(m.attendees.map(\.name) == ["Kohsuke Kawaguchi"])
        #expect(m.absent.map(\.name) == ["James Strachan"])
        // CHAOSS: "### Agenda" under "## Attending".
        let chaoss = "# WG Meeting Notes\n\n# February 13th, 2019\n\n## Attending\n* Alberto\n* Matt Snell\n\n### Agenda\n1. Review pending issues (if any)\n"
        #expect(read(chaoss, as: .markdown).meetings.first?.attendees.map(\.name) == ["Alberto", "Matt Snell"])
    }

    @Test func moreWaysToSayWhoCameAndWhoDidNot() throws {
        let board = try one("# Board Meeting 2018-04-10\n\nBOD Members present: Karen, Tom\n\nOthers present: Diego\n\nPresent: Andy (until his battery died), Ben, Jan van der Berg\n")
        #expect(board.attendees.map(\.name) == ["Karen", "Tom", "Diego", "Andy", "Ben", "Jan van der Berg"])
        let nobody = try one("# Accessibility Meeting 2021-06-16\n\n### Attendees\n\n- Oops! No one signed in.\n- n/a, we discussed directly in Notion;\n")
        #expect(nobody.attendees.isEmpty)
    }

    @Test func aDateWithDotsAndATwoDigitYear() {
        let d = read("# All Accessibility Meeting Minutes\n\n## 09.30.20 Meeting Minutes\n\n### Attendees\n\n- Martha\n\n## 07.14.21 Meeting Minutes\n\n### Attendees\n\n- Tony\n", as: .markdown)
        #expect(d.meetings.map(\.date) == ["2020-09-30", "2021-07-14"])
        #expect(PartialDate.find(in: "release 1.10.12") == nil)
        #expect(PartialDate.find(in: "on 27.11.21")?.description == "2021-11-27")
    }

    @Test func ownersInParenthesesAndAfterATopic() throws {
        let m = try one("# QA WG Meeting 2019-09-25\n\n## Action Items\n\n- Change the channel name (Maria)\n- (JK) CentOS 8\n- Docker hub follow-up: Jonathan to review the PR\n- cfep-10 next steps: CJ to call a vote\n- Write docs (CLI)\n")
        #expect(m.actions.map(\.owner) == ["Maria", "JK", "Jonathan", "CJ", nil])
        #expect(m.actions.map(\.text) == ["Change the channel name", "CentOS 8", "Docker hub follow-up: review the PR", "cfep-10 next steps: call a vote", "Write docs (CLI)"])
    }

    @Test func aLogOfDatedEntriesIsMeetings() {
        // The Python steering council's monthly updates: a section per week, the year from the file name.
        let text = "# August 2\n\n- The council met with the release team.\n\n# August 9\n\n- The council met with Ezio.\n"
        let d = read(text, as: .markdown, path: "updates/2021-08-council-update.md")
        #expect(d.items.isEmpty)
        #expect(d.meetings.map(\.date) == ["2021-08-02", "2021-08-09"])
        // A checklist makes it a plan by dates.
        #expect(read("# August 2\n\n- [ ] Ship\n\n# August 9\n\n- [ ] Test\n", as: .markdown, path: "updates/2021-08-plan.md").meetings.isEmpty)
    }

    @Test func initialsAfterANameAndItsOrganization() throws {
        // Unicode's MessageFormat WG credits remarks by initials; "(TSC)" stays a role.
        let m = try one("# MFWG Meeting 2024-03-04\n\n## Attendees\n\n- Elango Cheran - Google (ECH)\n- Addison Phillips - Amazon (APP)\n- Rod Vagg (TSC)\n")
        #expect(m.attendees.map(\.name) == ["Elango Cheran", "Addison Phillips", "Rod Vagg"])
        #expect(m.attendees.map(\.organization) == ["Google", "Amazon", nil])
        #expect(m.attendees.map(\.role) == [nil, nil, "TSC"])
    }

    @Test func meetBotSummariesReadOnce() throws {
        let text = "======================================\n#fedora-meeting-1: RELENG (2015-02-09)\n======================================\n\nMeeting summary\n---------------\n* Enable keep-alive connections  (dgilmore, 16:41:44)\n  * ACTION: pbrobinson to send patch to infra list\n    (dgilmore, 16:43:08)\n\nAction Items\n------------\n* pbrobinson to send patch to infra list\n\nPeople Present (lines said)\n---------------------------\n* dgilmore (116)\n* pbrobinson (16)\n\nGenerated by MeetBot 0.1.4\n"
        let m = try one(text, path: "2015-02-09/releng.2015-02-09-16.31.txt", as: .rst)
        #expect(m.attendees.map(\.name) == ["dgilmore", "pbrobinson"])
        #expect(m.attendees.map(\.organization) == [nil, nil])
        #expect(m.actions.map(\.text) == ["pbrobinson to send patch to infra list"])
    }

    @Test func aBoldLabelWithoutAColonInAnEntry() throws {
        let m = try one("# TSC Meeting 2024-02-17\n\n1. Registry UI\n   1. **Context** the community asks for it.\n   2. **Decision** Please prioritise our own registry.\n2. Functions in providers\n   1. **Decisions**\n      - Add it to the roadmap\n      - Keep it out of 1.7\n")
        #expect(m.decisions == ["Please prioritise our own registry.", "Add it to the roadmap", "Keep it out of 1.7"])
    }
}

