import Testing
import RoadmapCore

/// Roadmaps kept as a table, one feature a row: each row is an item, its cells its fields, and
/// `set` changes a cell in place.
@Suite struct TableItemsTests {
    let features = """
        # Roadmap

        ## Near-term roadmap

        Features for the next releases.

        | Feature | Description | Release | Status |
        | :------ | :---------- | :------ | :----- |
        | Unified installer | Helm installer, see #12 | v4.0 | Completed |
        | [Volume resize](https://x.example/r) | Grow volumes | v4.1 | In progress |
        | Unmap support | Discard for NVMe | TBD | |

        ## Completed Items

        |Theme|Description|Timeline|
        |--|--|--|
        |Security Analysis|Scanner|Aug 2020|
        ||Pull-through cache|Sep 2020|

        """

    func editor(_ text: String, _ format: Format = .markdown) -> DocumentEditor {
        DocumentEditor(path: "doc", tree: SyntaxTree.parse(SourceText(text), as: format))
    }

    @Test func eachRowIsAnItemOfTheSection() {
        let d = read(features, as: .markdown)
        #expect(d.items.map(\.title) == ["Unified installer", "Volume resize", "Unmap support", "Security Analysis", "Pull-through cache"])
        #expect(d.items.map(\.status) == [.done, .inProgress, .planned, .done, .done])
        #expect(d.items.map(\.groups) == [["Near-term roadmap"], ["Near-term roadmap"], ["Near-term roadmap"], ["Completed Items"], ["Completed Items"]])
        #expect(d.items.allSatisfy { $0.origin == .tableRow })
        #expect(d.items[0].fields.map(\.key) == ["Description", "Release", "Status"])
        #expect(d.items[0].issues.map(\.number) == [12])
        #expect(d.items[1].links.map(\.url) == ["https://x.example/r"])
        #expect(d.items[1].line == 10)
    }

    @Test func tablesThatAreNoListOfWorkStayText() {
        let d = read("""
            # R

            ## Milestone 9

            | Step | Status |
            |---|---|
            | 1 | Done |
            | 2 | Pending |

            ## Symbols used

            | Status | Meaning |
            |---|---|
            | ✅ | Done |
            | 🚧 | Started |

            ## Partners

            | Name | Organisation | Status |
            |---|---|---|
            | Dana | Acme | Lead |
            | Lee | Acme | Member |

            """, as: .markdown)
        #expect(d.items.map(\.title) == ["Milestone 9", "Symbols used", "Partners"])
        #expect(d.items[0].status == .inProgress)
    }

    @Test func aNameColumnNamesTheRowWhereverItStands() throws {
        let d = read("# R\n\n## 2.0 Scenarios\n\n| Priority | Scenario | State |\n|---|---|---|\n| 0 | Settings UI | ✔️ |\n| 1 | Tab tear-off | 📝 |\n", as: .markdown)
        #expect(d.items.map(\.title) == ["Settings UI", "Tab tear-off"])
        #expect(d.items[0].fields["priority"] == "0")
        // The status column is the status field, whatever its header.
        #expect(d.items[0].fields.map(\.key) == ["Priority", "Status"])
        let e = DocumentEditor(path: "doc", tree: SyntaxTree.parse(SourceText("# R\n\n## 2.0 Scenarios\n\n| Priority | Scenario | State |\n|---|---|---|\n| 0 | Settings UI | ✔️ |\n| 1 | Tab tear-off | 📝 |\n"), as: .markdown))
        for key in ["status", "State"] {
            let after = try e.verified(e.setField(item: 1, key: key, value: "done")).applied(to: e.tree.source.bytes)
            #expect(String(decoding: after, as: UTF8.self).hasSuffix("| 1 | Tab tear-off | done |\n"))
        }
    }

    @Test func setChangesTheCellInPlace() throws {
        let e = editor(features)
        let status = try e.verified(e.setField(item: 2, key: "status", value: "in progress")).applied(to: e.tree.source.bytes)
        #expect(String(decoding: status, as: UTF8.self).contains("| Unmap support | Discard for NVMe | TBD | in progress |\n"))
        let release = try e.verified(e.setField(item: 0, key: "Release", value: "v4.0.1")).applied(to: e.tree.source.bytes)
        #expect(String(decoding: release, as: UTF8.self).contains("| Unified installer | Helm installer, see #12 | v4.0.1 | Completed |\n"))
        #expect(throws: EditError.nothingToChange(item: "Unmap support", reason: "its table has no owner column; add the column by hand")) {
            try e.setField(item: 2, key: "owner", value: "dana")
        }
    }

    @Test func whatARowCannotTakeIsRefusedWithItsLine() {
        let e = editor(features)
        let refusal = EditError.nothingToChange(item: "Unmap support", reason: "it is a row of a table (line 11); rename it by editing the table by hand")
        #expect(throws: refusal) { try e.rename(item: 2, to: "Discard") }
        #expect(throws: EditError.self) { try e.remove(item: 2, deliverable: nil) }
        #expect(throws: EditError.self) { try e.setChecked(true, item: 2, selectors: [], all: true) }
        #expect(throws: EditError.self) { try e.link(item: 2, issue: "#4") }
        #expect(throws: EditError.self) { try e.add(DocumentEditor.NewItem(title: "New")) }
    }

    @Test func rstGridTablesKeepTheirColumnWidths() throws {
        let rst = """
            R
            =

            Features
            --------

            +---------+-------------+
            | Feature | Status      |
            +=========+=============+
            | Sync    | Done        |
            +---------+-------------+
            | Search  | In progress |
            +---------+-------------+

            """
        #expect(read(rst, as: .rst).items.map(\.status) == [.done, .inProgress])
        let e = editor(rst, .rst)
        let after = try e.verified(e.setField(item: 1, key: "status", value: "done")).applied(to: e.tree.source.bytes)
        #expect(String(decoding: after, as: UTF8.self).contains("| Search  | done        |\n"))
        #expect(throws: EditError.self) { try e.setField(item: 1, key: "status", value: "not started yet") }
    }

    @Test func aTableOutsideEverySectionHoldsItemsToo() throws {
        // Under the title before the first section, or a file that is only the table.
        let doc = read("""
            # Long-term Roadmap

            This is the long-term, draft roadmap.

            Description|Status|Links|
            -----------|------|-----|
            Add metric testing to the testbed|Done|
            Implement E2E tests| |[#482](https://github.com/acme/collector/issues/482)

            ## Later

            - Plugin API

            """, as: .markdown)
        #expect(doc.items.map(\.title) == ["Add metric testing to the testbed", "Implement E2E tests", "Plugin API"])
        #expect(doc.items.map(\.status) == [.done, .planned, .backlog])
        #expect(doc.items[1].issues.map(\.number) == [482])
        let only = "| Feature | Status |\n|---|---|\n| Search | Done |\n| Sync | In progress |\n"
        #expect(read(only, as: .markdown).items.map(\.status) == [.done, .inProgress])
        let e = editor(only, .markdown)
        let after = try e.verified(e.setField(item: 1, key: "status", value: "done")).applied(to: e.tree.source.bytes)
        #expect(String(decoding: after, as: UTF8.self) == only.replacingOccurrences(of: "| Sync | In progress |", with: "| Sync | done |"))
    }

    @Test func aBoldRowLabelsTheRowsBelowIt() {
        let doc = read("""
            # Roadmap

            ## Collector

            | Description | Status | Links |
            |---|---|---|
            | **Testing** | | |
            | Add metric testing | Done | |
            | **Performance** | | |
            | Memory as OTLP | | #478 |

            """, as: .markdown)
        #expect(doc.items.map(\.title) == ["Add metric testing", "Memory as OTLP"])
        #expect(doc.items.map(\.groups) == [["Collector", "Testing"], ["Collector", "Performance"]])
    }

    @Test func aStatusTableCountsItsRowsAndLendsItsIssues() throws {
        // nowbind's roadmap: the Status column first, the issue last.
        let text = "# Roadmap\n\n## v0.2\n\n| Status | Feature | Issue |\n|--------|---------|-------|\n| Done | Drag-and-drop | [#1](https://github.com/acme/app/issues/1) |\n| Planned | Import tool | #6 |\n"
        let item = try #require(read(text, as: .markdown).items.first)
        #expect(item.status == .inProgress)
        #expect(item.progress == (1, 2))
        #expect(item.issues.map(\.number) == [1, 6])
    }
}

