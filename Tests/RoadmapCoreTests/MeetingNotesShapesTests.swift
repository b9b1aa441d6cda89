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
