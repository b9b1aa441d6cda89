import Foundation
import Testing

/// `roadmap meetings --next` and `render --to ics`, run as a user would.
@Suite struct ScheduleCommandTests {
    static let planning = CLI.fixture("000_cd62a6579c4ad6d6.txt")

    @Test func nextDatesOfTheDeisPlanningMeeting() throws {
        let r = try CLI.run(["meetings", Self.planning, "--next", "--from", "2026-12-02", "--count", "3"])
        #expect(r.status == 0)
        #expect(r.stdout == """
            Release Planning Meeting: first Thursday of each month (\(Self.planning):28)
              2026-12-03  Thursday
              2027-01-07  Thursday
              2027-02-04  Thursday

            """)
    }

    @Test func nextAsJSON() throws {
        let r = try CLI.run(["meetings", Self.planning, "--next", "--from", "2026-12-02", "--count", "2", "--format", "json"])
        let json = try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as! [String: Any]
        let c = (json["cadences"] as! [[String: Any]])[0]
        #expect(c["rrule"] as? String == "FREQ=MONTHLY;BYDAY=1TH")
        #expect(c["anchor"] as? String == "2015-11-05")
        #expect((c["next"] as! [[String: Any]]).map { $0["date"] as! String } == ["2026-12-03", "2027-01-07"])
    }

    @Test func badOptionsAreUsageErrors() throws {
        let from = try CLI.run(["meetings", Self.planning, "--next", "--from", "next week"])
        #expect(from.status == 2)
        #expect(from.stderr.contains("--from takes a day as yyyy-mm-dd, not \"next week\""))
        let count = try CLI.run(["meetings", Self.planning, "--next", "--count", "0"])
        #expect(count.status == 2)
    }

    @Test func aDocumentWithoutACadenceSaysSo() throws {
        let r = try CLI.run(["meetings", CLI.fixture("001_6ef8e799ee81f698.txt"), "--next"])
        #expect(r.status == 0)
        #expect(r.stdout.isEmpty)
        #expect(r.stderr.hasPrefix("no meeting cadence"))
    }

    @Test func icsHasCRLFLinesAndARecurringEvent() throws {
        let r = try CLI.run(["render", Self.planning, "--to", "ics"])
        #expect(r.status == 0)
        #expect(r.stdout.hasPrefix("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"))
        #expect(r.stdout.hasSuffix("END:VCALENDAR\r\n"))
        #expect(r.stdout.contains("\r\nRRULE:FREQ=MONTHLY;BYDAY=1TH\r\n"))
        // The same input gives the same bytes: nothing depends on the day it runs.
        #expect(try CLI.run(["render", Self.planning, "--to", "ics"]).stdout == r.stdout)
    }
}
