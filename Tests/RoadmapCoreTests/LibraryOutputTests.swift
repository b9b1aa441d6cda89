import Testing
import RoadmapCore

/// What the commands used to work out themselves and now ask the library for: which files
/// paths name, and the JSON and summaries `lint` and the editing commands print.
@Suite struct DistinctFilesTests {
    @Test func aFileNamedTwiceIsOneDocument() throws {
        let seed = Fixtures.path(Fixtures.seedNames[0])
        // The folder names the seed, then the seed is named again through another spelling.
        let other = Fixtures.directory + "/../Fixtures/" + Fixtures.seedNames[0]
        let results = DocumentLoader.distinctFiles([Fixtures.directory, seed, other])
        #expect(results.count == 3)
        let inFolder = try results[0].get()
        #expect(inFolder.count == Fixtures.all.count)
        #expect(inFolder.contains(seed))
        #expect(try results[1].get() == [])
        #expect(try results[2].get() == [])
    }

    @Test func aMissingPathFailsAloneAndTheOthersAreStillListed() throws {
        let seed = Fixtures.path(Fixtures.seedNames[1])
        let results = DocumentLoader.distinctFiles(["no/such/roadmap.md", seed])
        #expect(throws: ReadError.notFound(path: "no/such/roadmap.md")) { try results[0].get() }
        #expect(try results[1].get() == [seed])
    }
}

@Suite struct LintReportTests {
    let findings = [
        Linter.Finding(path: "r.md", line: 3, column: 1, severity: .error, message: "no \"title\"", rule: "markup"),
        Linter.Finding(path: "r.md", line: 9, column: 5, severity: .warning, message: "late", rule: "overdue-action"),
        Linter.Finding(path: "r.md", line: 12, column: 1, severity: .warning, message: "late", rule: "overdue-action"),
    ]

    @Test func summaryCountsEachSeverityWithItsPlural() {
        #expect(LintReport.summary(findings) == "1 error, 2 warnings, 0 notes")
        #expect(LintReport.summary([]) == "0 errors, 0 warnings, 0 notes")
    }

    @Test func jsonListsFindingsInTheSchemaEnvelope() {
        let json = LintReport.json(Array(findings.prefix(1)))
        #expect(json == """
        {
          "schema": 1,
          "findings": [
            {
              "path": "r.md",
              "line": 3,
              "column": 1,
              "severity": "error",
              "rule": "markup",
              "message": "no \\"title\\""
            }
          ]
        }

        """)
    }
}

@Suite struct EditReportTests {
    @Test func jsonHasTheDocumentTheChangesAndADryRunsDiff() {
        let change = DocumentEditor.Change(action: "checked", subject: "\"Docs\"", item: "Scheduling", itemID: "scheduling",
                                           line: 7, changed: true)
        let json = EditReport.json([change], path: "ROADMAP.md", written: false, verified: true, diff: "-a\n+b\n")
        #expect(json.contains("\"document\": \"ROADMAP.md\""))
        #expect(json.contains("\"written\": false"))
        #expect(json.contains("\"diff\": \"-a\\n+b\\n\""))
        #expect(json.contains("\"item\": \"scheduling\""))
        #expect(!EditReport.json([change], path: "ROADMAP.md", written: true, verified: true, diff: nil).contains("\"diff\""))
    }
}

@Suite struct GitVersionsTests {
    @Test func anExistingFileIsReadAsAFileEvenWithAColonInItsName() throws {
        let seed = Fixtures.path(Fixtures.seedNames[1])
        let document = try GitVersions.document(seed)
        let seed1 = try Fixtures.seed(1)
        #expect(!document.items.isEmpty)
        #expect(document.items.map(\.id) == seed1.items.map(\.id))
        #expect(document.title == seed1.title)
    }

    @Test func aRevisionThatGitDoesNotHaveSaysSo() {
        #expect(throws: ReadError.self) { try GitVersions.document("no-such-revision-xyz:ROADMAP.md") }
    }
}
