import RoadmapText
import RoadmapModel
import RoadmapSyntax
import RoadmapIO
import RoadmapReading

/// Block text as the dialect converters need it: joined across lines, or as lines with their
/// common indentation removed.
extension SourceText {
    /// A block's text from `first` on its first line, its other non-blank lines trimmed and
    /// joined with `separator`.
    func joinedText(of b: Block, from first: Range<Int>, separator: String = " ") -> String {
        // One line, as most list entries are: nothing to join.
        if Int(b.endLine) <= Int(b.firstLine) + 1 { return string(trimmed(first.lowerBound ..< contentEnd(ofLine: Int(b.firstLine)))) }
        var parts = [string(trimmed(first.lowerBound ..< contentEnd(ofLine: Int(b.firstLine))))]
        for i in (Int(b.firstLine) + 1) ..< Int(b.endLine) {
            let l = string(trimmed(contentRange(ofLine: i)))
            if !l.isEmpty { parts.append(l) }
        }
        return parts.filter { !$0.isEmpty }.joined(separator: separator)
    }

    /// A block's lines with their common indentation removed and trailing blank lines dropped.
    func rawLines(of b: Block) -> [String] {
        var lines = (Int(b.firstLine) ..< Int(b.endLine)).map { line($0) }
        while let last = lines.last, last.allSatisfy({ $0 == " " || $0 == "\t" }) { lines.removeLast() }
        return lines.dedented()
    }
}
