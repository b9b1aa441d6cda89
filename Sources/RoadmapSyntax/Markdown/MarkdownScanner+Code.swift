import RoadmapText
import RoadmapModel

/// Fenced and indented code and thematic breaks.
extension MarkdownScanner {
    // MARK: - Code

    func fence(at p: Int, lineEnd e: Int) -> (character: UInt8, length: Int)? {
        guard p < e else { return nil }
        let c = lines.byte(p)
        guard c == ASCII.backtick || c == ASCII.tilde else { return nil }
        var q = p
        while q < e && lines.byte(q) == c { q += 1 }
        guard q - p >= 3 else { return nil }
        if c == ASCII.backtick {
            // A backtick fence's info string may not hold a backtick.
            var r = q
            while r < e { if lines.byte(r) == ASCII.backtick { return nil }; r += 1 }
        }
        return (c, q - p)
    }

    mutating func fencedCode(from i: Int, fence: (character: UInt8, length: Int), indent: Int, lineCount n: Int) -> Int {
        var j = i + 1
        while j < n {
            let p = src.firstNonSpace(ofLine: j)
            let e = src.contentEnd(ofLine: j)
            if let close = self.fence(at: p, lineEnd: e), close.character == fence.character, close.length >= fence.length,
                src.trimmed(p + close.length ..< e).isEmpty
            {
                var b = Block(.literal, lines: i ..< j + 1)
                b.indent = Int32(indent)
                appendAttached(b, indent: indent)
                return j + 1
            }
            j += 1
        }
        diagnostics.append(Diagnostic(.warning, .unclosedFence, line: i + 1, column: indent + 1, "code fence is never closed; the rest of the document is code"))
        var b = Block(.literal, lines: i ..< n)
        b.indent = Int32(indent)
        appendAttached(b, indent: indent)
        return n
    }

    mutating func indentedCode(from i: Int, base: Int, lineCount n: Int) -> Int {
        var j = i + 1
        var end = j
        while j < n {
            if src.isBlank(line: j) { j += 1; continue }
            if indent(ofLine: j) - base < 4 { break }
            j += 1
            end = j
        }
        var b = Block(.literal, lines: i ..< end)
        b.indent = Int32(indent(ofLine: i))
        appendAttached(b, indent: base)
        return end
    }

    func isThematicBreak(from p: Int, to e: Int) -> Bool {
        guard p < e else { return false }
        let c = lines.byte(p)
        guard c == ASCII.asterisk || c == ASCII.hyphen || c == ASCII.underscore else { return false }
        var count = 0
        var q = p
        while q < e {
            let b = lines.byte(q)
            if b == c { count += 1 } else if b != ASCII.space && b != ASCII.tab { return false }
            q += 1
        }
        return count >= 3
    }
}
