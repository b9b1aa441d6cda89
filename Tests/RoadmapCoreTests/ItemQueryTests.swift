import Testing
import RoadmapCore

/// `list --where/--sort/--group-by`: conditions on fields, natural order, values by key.
@Suite struct ItemQueryTests {
    let doc = read("""
        # R

        ## Sync

        Owner: ana
        Target: 0.10
        Size: L

        - [x] one

        ## Search

        Owner: Lee
        Target: 0.9

        - [ ] two

        ## Export

        - [ ] three
        """, as: .markdown)

    @Test func conditionsCompareFieldsAndPropertiesInAnyCase() throws {
        let owner = try #require(ItemQuery.Condition("OWNER=Ana"))
        #expect(doc.items.filter(owner.matches).map(\.id) == ["sync"])
        let notLee = try #require(ItemQuery.Condition("owner!=lee"))
        #expect(doc.items.filter(notLee.matches).map(\.id) == ["sync", "export"])
        let status = try #require(ItemQuery.Condition("status=done"))
        #expect(doc.items.filter(status.matches).map(\.id) == ["sync"])
        #expect(ItemQuery.Condition("owner") == nil)
        #expect(ItemQuery.Condition("=x") == nil)
    }

    @Test func sortingIsNaturalWithMissingValuesLast() {
        let q = ItemQuery(sortKeys: ["target"])
        let sorted = doc.items.sorted { ItemQuery.precedes(q.sortValues(of: $0), q.sortValues(of: $1)) }
        #expect(sorted.map(\.id) == ["search", "sync", "export"])  // 0.9 before 0.10; no target last
        #expect(ItemQuery.naturalOrder("Q2", "q10") < 0)
        #expect(ItemQuery.naturalOrder("v1.2", "v1.2") == 0)
    }

    @Test func statusesSortFromInProgressToDone() {
        let q = ItemQuery(sortKeys: ["status"])
        let sorted = doc.items.sorted { ItemQuery.precedes(q.sortValues(of: $0), q.sortValues(of: $1)) }
        #expect(sorted.map(\.status) == [.planned, .planned, .done])
    }
}
