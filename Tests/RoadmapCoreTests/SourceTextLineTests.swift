import Testing
import RoadmapText

/// Blank lines as the scanners see them: spaces and tabs only, whatever ends the line.
@Suite struct SourceTextLineTests {
    @Test func blankLinesWithEveryLineEnding() {
        let text = SourceText(bytes: Array("a\n\n  \t\n \r\n\r\n x\n  \r\r\n\u{FEFF}\n \r".utf8))
        let blank = (0 ..< text.lineCount).map { text.isBlank(line: $0) }
        #expect(blank == [false, true, true, true, true, false, false, false, true])
        // Each agrees with the line's content: nothing but spaces and tabs.
        for i in 0 ..< text.lineCount {
            #expect(blank[i] == (text.firstNonSpace(ofLine: i) == text.contentEnd(ofLine: i)), "line \(i)")
        }
        let bom = SourceText(bytes: [0xEF, 0xBB, 0xBF, 0x20, 0x0A, 0x78])
        #expect(bom.isBlank(line: 0) && !bom.isBlank(line: 1))
    }
}
