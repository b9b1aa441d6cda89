import Testing
@testable import RoadmapReading

/// Labels in meeting notes are found on bytes; these are the Character rules they keep.
@Suite struct MeetingLabelTests {
    @Test func aLabelAndItsValue() throws {
        let label = try #require(MeetingReader.labelled("**Attendees:** Ana, Bo"))
        #expect(label.part == .attendees)
        #expect(label.value == "Ana, Bo")
        #expect(MeetingReader.labelled("AI(BS): ship it")?.owner == "BS")
        #expect(MeetingReader.labelled("ACTION 62.2: ship it")?.id == "62.2")
        #expect(MeetingReader.labelled("See https://example.com for more") == nil)
        #expect(MeetingReader.labelled("No colon here") == nil)
    }

    @Test func actionPartsGoByManyNames() {
        for name in ["Actionable Steps", "Next actions", "Action plan", "Follow up", "To-dos", "Actionable"] {
            #expect(MeetingReader.labelled("\(name):")?.part == .actions, "\(name)")
        }
        let doc = read("# TSC Meeting 2016-11-03\n\n## Present\n\n* Rod Vagg\n\n## Actionable Steps\n\n- Tim: Will make a design\n- Rikki: Start writing plan\n", as: .markdown)
        #expect(doc.meetings.first?.actions.map(\.owner) == ["Tim", "Rikki"])
    }

    @Test func aSentenceIsNoLabelAndARemarkKeepsTheNextDate() {
        // "Quorum is present." reports; it starts no list of attendees.
        #expect(MeetingReader.headingPart("Quorum is present.") == nil)
        #expect(MeetingReader.headingPart("Members present") == .attendees)
        let doc = read("# TSC meeting 2021-07-20\n\n## Attendees\n\n- Ken Museth\n\n## Next meeting\n\nNext meeting is July 27th, 2021. 12pm EST.\nIt is apparently our Hundredth Meeting!\n", as: .markdown)
        #expect(doc.meetings.first?.next == "2021-07-27")
    }

    @Test func aTitleNamingMilestonesIsAPlanNotMinutes() {
        let doc = read("# Working Group Milestones and meeting schedule\n\n## Key Milestones\n\n1. **May:** Comms plan\n2. **June:** Roadmap process\n", as: .markdown)
        #expect(doc.items.map(\.title) == ["Key Milestones"])
    }

    @Test func aColonInsideACharacterIsNoLabelColon() {
        // U+0600 joins the colon after it into one Character: the text holds no `:` Character.
        #expect(MeetingReader.labelled("Attendees\u{0600}: Ana") == nil)
        // A mark after the colon makes it another Character; the next colon is the label's.
        #expect(MeetingReader.labelled("Notes:\u{0301} x: y")?.part == nil)
    }

    @Test func aParagraphsFirstLineEndsAtItsFirstLineFeed() {
        #expect(MeetingLayout.firstLine("Attendees: Ana\nBo") == "Attendees: Ana")
        #expect(MeetingLayout.firstLine("one line") == "one line")
        #expect(MeetingLayout.firstLine("\nafter") == "")
        // `\r\n` is one Character, not a line feed, as `prefix { $0 != "\n" }` reads it.
        #expect(MeetingLayout.firstLine("a\r\nb\nc") == "a\r\nb")
    }
}
