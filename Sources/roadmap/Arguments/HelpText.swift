import RoadmapCore

/// Help text fitted to a terminal: paragraphs and the columns of option tables wrapped at word
/// boundaries. Without a width (output to a pipe or a file) the text is left as written.
enum HelpText {
    /// `text` as lines of at most `width` columns (a word longer than that has a line of its
    /// own); every line but the first starts with `indent` spaces.
    static func wrap(_ text: String, width: Int, indent: Int = 0, firstLineUsed: Int = 0) -> String {
        var lines: [String] = []
        var line = ""
        var used = firstLineUsed
        for word in words(text) {
            let w = TextWidth.of(word)
            if !line.isEmpty && used + 1 + w > width {
                lines.append(line)
                line = String(repeating: " ", count: indent)
                used = indent
            } else if !line.isEmpty && !line.allSatisfy({ $0 == " " }) {
                line += " "
                used += 1
            }
            line += word
            used += w
        }
        lines.append(line)
        return lines.joined(separator: "\n")
    }

    /// Paragraphs (separated by blank lines), each rewrapped to `width`; as written when nil.
    static func paragraphs(_ text: String, width: Int?) -> String {
        guard let width else { return text }
        return text.split(separator: "\n\n", omittingEmptySubsequences: false).map { wrap(String($0), width: width) }.joined(separator: "\n\n")
    }

    /// `Usage: roadmap list [PATH...] [--status STATUS]`: wrapped between bracketed groups, the
    /// following lines under the first operand.
    static func usage(_ head: String, _ synopsis: String, width: Int?) -> String {
        guard let width else { return head + " " + synopsis }
        var groups: [String] = []
        var current = ""
        var depth = 0
        for c in synopsis {
            if c == " " && depth == 0 {
                if !current.isEmpty { groups.append(current) }
                current = ""
                continue
            }
            if c == "[" { depth += 1 } else if c == "]" { depth = max(0, depth - 1) }
            current.append(c)
        }
        if !current.isEmpty { groups.append(current) }
        let indent = TextWidth.of(head) + 1
        var out = head
        var used = TextWidth.of(head)
        for g in groups {
            let w = TextWidth.of(g)
            if used + 1 + w > width && used > indent {
                out += "\n" + String(repeating: " ", count: indent) + g
                used = indent + w
            } else {
                out += " " + g
                used += 1 + w
            }
        }
        return out
    }

    /// Two columns (`  --grep TEXT  only items whose…`): the right one wrapped under itself, or,
    /// when the terminal leaves it less than 24 columns, on lines of its own below the left.
    static func table(_ rows: [(String, String)], width: Int?) -> String {
        let left = rows.map { TextWidth.of($0.0) }.max() ?? 0
        var out = ""
        for (l, r) in rows {
            let start = 2 + left + 2
            let cell = "  " + l + String(repeating: " ", count: left - TextWidth.of(l)) + "  "
            guard let width else { out += cell + r + "\n"; continue }
            if width - start >= 24 {
                out += cell + wrap(r, width: width, indent: start, firstLineUsed: start) + "\n"
            } else {
                out += "  " + l + "\n" + String(repeating: " ", count: 8) + wrap(r, width: width, indent: 8, firstLineUsed: 8) + "\n"
            }
        }
        return out
    }

    private static func words(_ text: String) -> [String] {
        text.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init)
    }
}
