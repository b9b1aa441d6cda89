import Testing
import RoadmapCore

/// Every diagnostic says what kind it is by a stable id, which lint and scripts match on.
@Suite struct DiagnosticIDTests {
    func ids(_ text: String, as format: Format) -> [String] {
        read(text, as: format).diagnostics.map(\.id.rawValue)
    }

    @Test func scannerDiagnosticsHaveTheirIDs() {
        #expect(ids("Roadmap\n=======\n\nFaster Sync\n----\n\n- [ ] One\n", as: .rst) == ["short-adornment"])
        #expect(ids("=========\n Offline\n=======\n", as: .rst).contains("adornment-mismatch"))
        #expect(ids("# Roadmap\n\n```\ncode\n", as: .markdown) == ["unclosed-fence"])
        #expect(ids("# Roadmap\n\n<!-- open\n", as: .markdown) == ["unclosed-comment"])
    }

    @Test func readingDiagnosticsHaveTheirIDs() {
        #expect(ids("# Roadmap\n\n[a]: https://a.example\n[a]: https://b.example\n", as: .markdown) == ["duplicate-target"])
        #expect(ids("# Roadmap\n\n<a id=\"x\"></a>\n## One\n\n<a id=\"x\"></a>\n## Two\n", as: .markdown) == ["duplicate-id"])
    }

    @Test func exportCarriesTheID() {
        let json = JSONRenderer.render([read("# Roadmap\n\n```\ncode\n", as: .markdown)])
        #expect(json.contains("\"id\": \"unclosed-fence\""))
    }
}
