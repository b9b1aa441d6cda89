import Foundation
import Testing
import RoadmapCore

/// Edits compared with golden files in Golden/ (run with UPDATE_GOLDEN=1 to write them anew,
/// then read the diff before committing).
@Suite struct GoldenEditTests {
    static let golden = Fixtures.directory.replacingOccurrences(of: "/Fixtures", with: "/Golden")

    func check(_ fixture: String, _ goldenName: String, touching: Int = 3, _ edit: (DocumentEditor) throws -> DocumentEditor.Edit) throws {
        let tree = try DocumentLoader().syntax(path: Fixtures.path(fixture))
        let editor = DocumentEditor(path: fixture, tree: tree)
        let result = try edit(editor).applied(to: tree.source.bytes)
        let path = Self.golden + "/" + goldenName
        if ProcessInfo.processInfo.environment["UPDATE_GOLDEN"] != nil {
            try Data(result).write(to: URL(fileURLWithPath: path))
        }
        let expected = try #require(FileManager.default.contents(atPath: path), "missing golden file \(goldenName)")
        #expect(Array(expected) == result, "\(goldenName) differs from the edit's result")
        // Every line the edit did not touch is still there, in order, byte for byte.
        let before = tree.source.bytes.split(separator: 0x0A, omittingEmptySubsequences: false)
        let after = result.split(separator: 0x0A, omittingEmptySubsequences: false)
        #expect(before.filter { line in !after.contains(line) }.count <= touching)
    }

    static let deis = "001_6ef8e799ee81f698.txt"

    @Test func rstSetField() throws { try check(Self.deis, "001-set-owner.rst") { try $0.setField(item: 2, key: "owner", value: "alice") } }
    @Test func rstRename() throws { try check(Self.deis, "001-rename.rst") { try $0.rename(item: 2, to: "Etcd 3 and beyond") } }
    @Test func rstLink() throws { try check(Self.deis, "001-link.rst") { try $0.link(item: 0, issue: "3808") } }
    @Test func rstAddDeliverable() throws {
        try check(Self.deis, "001-add-deliverable.rst") {
            try $0.addDeliverable(item: 0, text: "Web terminal", checked: false, link: "https://github.com/deis/deis/issues/4242", under: nil)
        }
    }
    @Test func rstRemove() throws { try check(Self.deis, "001-remove.rst", touching: 9) { try $0.remove(item: 5, deliverable: nil) } }

    @Test func rstAdd() throws {
        try check(Self.deis, "001-add.rst", touching: 0) {
            try $0.add(DocumentEditor.NewItem(title: "Web Terminal", deliverables: ["xterm.js front end", "Resize events"], issues: ["4242"],
                                              fields: [("owner", "dana")]), after: 5)
        }
    }

    static let metal = "002_0fef2d175ffa4798.txt"

    @Test func markdownBacklogAdd() throws {
        try check(Self.metal, "002-add.md", touching: 0) { try $0.add(DocumentEditor.NewItem(title: "Offline installer")) }
    }
    @Test func markdownBacklogRename() throws {
        try check(Self.metal, "002-rename.md", touching: 1) { try $0.rename(item: 4, to: "Machine internet without firewalls or NAT") }
    }
    /// A backlog entry's whole text is its title: a link written there would rename it, so
    /// `link` refuses (issue 10) rather than move its id.
    @Test func markdownBacklogLinkIsRefused() throws {
        let editor = DocumentEditor(path: Self.metal, tree: try DocumentLoader().syntax(path: Fixtures.path(Self.metal)))
        #expect(throws: EditError.self) { try editor.link(item: 5, issue: "metal-stack/metal-ui#12") }
    }
    @Test func markdownBacklogHasNoFields() throws {
        let editor = DocumentEditor(path: Self.metal, tree: try DocumentLoader().syntax(path: Fixtures.path(Self.metal)))
        #expect(throws: EditError.self) { try editor.setField(item: 0, key: "owner", value: "dana") }
    }

    @Test func setextCRLFAdd() throws {
        try check("setext-crlf.md", "setext-crlf-add.md", touching: 0) {
            try $0.add(DocumentEditor.NewItem(title: "Offline mode", deliverables: ["Cache"], fields: [("Owner", "dana")]), before: 1)
        }
    }

    @Test func setextCRLFSetField() throws { try check("setext-crlf.md", "setext-crlf-set.md") { try $0.setField(item: 1, key: "Owner", value: "dana") } }
    @Test func setextCRLFRename() throws { try check("setext-crlf.md", "setext-crlf-rename.md") { try $0.rename(item: 0, to: "Sync engine v2") } }
    @Test func setextCRLFLink() throws { try check("setext-crlf.md", "setext-crlf-link.md") { try $0.link(item: 0, issue: "12") } }
    @Test func setextCRLFAddDeliverable() throws {
        try check("setext-crlf.md", "setext-crlf-add-deliverable.md") { try $0.addDeliverable(item: 0, text: "Delta sync", checked: true, link: nil, under: nil) }
    }
    @Test func setextCRLFCheck() throws {
        try check("setext-crlf.md", "setext-crlf-check.md") { try $0.setChecked(true, item: 0, selectors: ["resumable"], all: false) }
    }
}
