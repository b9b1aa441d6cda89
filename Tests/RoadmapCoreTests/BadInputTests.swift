import Testing
import RoadmapCore
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Bad input reads correctly or fails with a clear error; never a crash or a hang.
@Suite struct BadInputTests {
    /// Runs `body` with the path of a file holding `bytes`, in a directory removed afterwards.
    func withTemporaryFile(_ bytes: [UInt8], name: String = "doc.md", _ body: (String) throws -> Void) rethrows {
        try withTemporaryDirectory { dir in
            let path = dir + "/" + name
            let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
            bytes.withUnsafeBytes { _ = write(fd, $0.baseAddress, $0.count) }
            close(fd)
            try body(path)
        }
    }

    @Test func missingFile() {
        #expect(throws: ReadError.notFound(path: "/nonexistent/roadmap.md")) {
            try DocumentLoader().document(path: "/nonexistent/roadmap.md")
        }
    }

    @Test func directoryWhereAFileIsExpected() {
        #expect(throws: ReadError.notAFile(path: "/tmp")) { try DocumentLoader().document(path: "/tmp") }
    }

    @Test func directoryWithoutDocuments() throws {
        withTemporaryFile([1, 2, 3], name: "data.bin") { path in
            let dir = String(path[..<path.lastIndex(of: "/")!])
            #expect(throws: ReadError.noDocuments(path: dir)) { try DocumentLoader.expand([dir]) }
        }
    }

    @Test func binaryFile() {
        withTemporaryFile([0x89, 0x50, 0x4E, 0x47, 0, 0, 0, 0x0D]) { path in
            #expect(throws: ReadError.binary(path: path)) { try DocumentLoader().document(path: path) }
        }
    }

    @Test func invalidUTF8IsReportedWithItsPosition() {
        withTemporaryFile(Array("# Title\n\nok \u{e9}t\u{e9}\nbad ".utf8) + [0xC3, 0x28] + Array(" here\n".utf8)) { path in
            #expect(throws: ReadError.invalidUTF8(path: path, location: SourceLocation(line: 4, column: 5))) {
                try DocumentLoader().document(path: path)
            }
        }
        let message = ReadError.invalidUTF8(path: "x.md", location: SourceLocation(line: 4, column: 5)).description
        #expect(message == "x.md:4:5: error: invalid UTF-8; save the file as UTF-8")
    }

    @Test func overlongAndSurrogateSequencesAreInvalid() {
        #expect(UTF8Validation.firstInvalidByte([0x41, 0xC0, 0x80]) == 1)
        #expect(UTF8Validation.firstInvalidByte([0xED, 0xA0, 0x80]) == 0)
        #expect(UTF8Validation.firstInvalidByte(Array("héllo wörld, ok".utf8)) == nil)
    }

    @Test func emptyFile() throws {
        try withTemporaryFile([]) { path in
            let d = try DocumentLoader().document(path: path)
            #expect(d.items.isEmpty && d.title == nil)
        }
    }

    @Test func crlfAndBOMReadLikeLF() {
        let lf = "Roadmap\n=======\n\nItem\n----\n- [x] a\n- [ ] b\n"
        let crlf = "\u{FEFF}" + lf.replacingAll("\n", with: "\r\n")
        let a = read(lf, as: .rst)
        let b = read(crlf, as: .rst)
        #expect(a.items.map(\.title) == b.items.map(\.title))
        #expect(b.items[0].deliverables.map(\.text) == ["a", "b"])
        #expect(b.title == "Roadmap")
        #expect(SourceText(crlf).lineEnding == "\r\n")
    }

    @Test func aLongSingleLineReadsInLinearTime() {
        // Several megabytes on one line; the release build reads 50 MB (see .ci/run).
        let line = String(repeating: "word `ref`_ **b** #12 ", count: 150_000)
        for format in Format.allCases {
            let d = read("Title\n=====\n\n" + line + "\n", as: format)
            _ = d.items
        }
    }

    @Test func manyIssuesAndCodeSpansInOneEntryStayLinear() {
        var line = "- [ ] "
        for k in 1 ... 30_000 { line += "`#\(k)` #\(k) " }
        let d = read("# R\n\n## Item\n\n" + line + "\n", as: .markdown)
        let issues = d.items[0].deliverables[0].issues
        #expect(issues.count == 30_000)
        #expect(issues.first?.number == 1 && issues.last?.number == 30_000)
    }

    /// 1,000 levels here (the text grows with the square of the depth); .ci/run reads 10,000 with the release build.
    @Test func deeplyNestedListsDoNotOverflow() {
        var text = "# Roadmap\n\n## Item\n\n"
        for depth in 0 ..< 1_000 { text += String(repeating: " ", count: depth * 2) + "- [ ] level \(depth)\n" }
        let d = read(text, as: .markdown)
        let item = d.items[0]
        #expect(item.progress.total == 1_000)
        #expect(d.diagnostics.contains { $0.message.contains("nested deeper") })
        // The RST reader sees the same structure.
        let r = read(text.replacingAll("# Roadmap", with: "Roadmap\n=======").replacingAll("## Item", with: "Item\n----"), as: .rst)
        #expect(r.items[0].progress.total == 1_000)
    }

    @Test func unknownAndAmbiguousItems() throws {
        let d = try Fixtures.seed(1)
        #expect(try ItemSelector.select("tty-broker", in: [d]) == ItemSelector.Location(document: 0, item: 0))
        #expect(try ItemSelector.select("ETCD 2", in: [d]).item == 2)
        #expect(try ItemSelector.select("sched", in: [d]).item == 1)
        #expect(try ItemSelector.select("deis", in: [d]).item == 7)  // the one title that starts so: Deis Push
        do {
            _ = try ItemSelector.select("tty-brokr", in: [d])
            Issue.record("expected an error")
        } catch {
            #expect(error.description.contains("did you mean `tty-broker`?"))
        }
        do {
            _ = try ItemSelector.select("s", in: [d])
            Issue.record("expected an error")
        } catch {
            guard case .ambiguous(_, let candidates) = error else { Issue.record("not ambiguous"); return }
            #expect(candidates.map(\.id) == ["scheduling-and-orchestration", "stateless-logger", "service-broker"])
        }
    }

    @Test func digitRunsLongerThanAnyIntegerAreText() {
        let d = read("# 99999999999999999999\n\n## 99999999999999999999 a\n\n- [ ] #99999999999999999999 x\n", as: .markdown)
        #expect(d.items.map(\.title) == ["99999999999999999999 a"])
        #expect(d.items[0].deliverables.map(\.text) == ["#99999999999999999999 x"])
    }

    @Test(arguments: ["[", "<", "[x](", "`a ", "*a _b "])
    func aLongLineOfOpenersKeepsItsText(_ unit: String) {
        let line = String(repeating: unit, count: 200_000)
        let d = read("# R\n\n## A\n\n- [ ] \(line)\n", as: .markdown)
        let text = d.items[0].deliverables[0].text
        // The text is kept, less what pairs up as markup (backticks make code spans).
        let kept = text.utf8.count >= line.utf8.count / 2
        #expect(kept, "\(text.utf8.count) of \(line.utf8.count) bytes kept")
        let startsAsWritten = unit == "`a " || text.hasPrefix(String(unit.prefix(1)))
        #expect(startsAsWritten)
    }
}
