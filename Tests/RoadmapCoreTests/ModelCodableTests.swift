import Foundation
import Testing
import RoadmapCore

/// The model is plain values: Codable and Equatable, so a client can store, send and compare it.
@Suite struct ModelCodableTests {
    @Test(arguments: 0 ..< 5)
    func everySeedSurvivesJSONAndComparesEqual(seed: Int) throws {
        let document = try Fixtures.seed(seed)
        let data = try JSONEncoder().encode(document)
        let back = try JSONDecoder().decode(Document.self, from: data)
        #expect(back == document)
        #expect(back.items.map(\.progress.done) == document.items.map(\.progress.done))
    }

    @Test func workflowsAndVettingToo() throws {
        let d = read("""
            ---
            stages: Inbox / To Do (backlog), Building, Shipped (done)
            field size: S, M, L
            required at Building: size
            ---
            # R

            ## Sync

            Status: Building
            Size: M

            - [x] Plan
            - [ ] Build
            """, as: .markdown)
        let back = try JSONDecoder().decode(Document.self, from: JSONEncoder().encode(d))
        #expect(back == d)
        #expect(back.declaredWorkflow?.stage(named: "to do")?.name == "Inbox")
        #expect(back.items[0].progress == (1, 2))
        var changed = d
        changed.items[0].progress = (2, 2)
        #expect(changed != d)  // progress takes part in equality
    }
}
