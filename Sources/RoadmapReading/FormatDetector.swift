import RoadmapText
import RoadmapModel
import RoadmapSyntax
import RoadmapIO

/// Decides a document's dialect: by the file's extension when it names one, else by sniffing
/// the content for the constructs only one dialect has.
public enum FormatDetector {
    /// How much of a document sniffing looks at.
    static let sampleSize = 256 * 1024

    public static func detect(path: String, bytes: [UInt8]) -> Format {
        if let dot = path.lastIndex(of: "."), !path[dot...].contains("/"),
            let f = Format(pathExtension: String(path[path.index(after: dot)...]))
        {
            return f
        }
        return sniff(bytes)
    }

    /// Scores RST-only and Markdown-only constructs in the first lines; neither means plain text.
    /// Lines are read as bytes: every sign is ASCII, and a string per line cost more than the
    /// rest of reading a small document.
    public static func sniff(_ bytes: [UInt8]) -> Format {
        let sample = Array(bytes.prefix(sampleSize))
        let src = SourceText(bytes: sample)
        let lines = LineClassifier(src)
        var rst = 0
        var markdown = 0
        // The line before, while it may be a title over an underline: its extent and indentation.
        var previousText: (range: Range<Int>, indent: Int)? = nil
        // The last adornment line and its character: an overline, when a title and its underline follow.
        var lastAdornment: (line: Int, character: UInt8)? = nil
        sample.withUnsafeBufferPointer { all in
            for i in 0 ..< src.lineCount {
                let p = src.firstNonSpace(ofLine: i)
                let e = src.contentEnd(ofLine: i)
                if p == e { previousText = nil; continue }
                let line = Line(bytes: UnsafeBufferPointer(rebasing: all[p ..< e]))
                let indent = src.indent(ofLine: i)
                if line.hasPrefix(".. ") || line.is("..") { rst += 3 }
                if line.hasPrefix(":"), line.contains(": ", from: 1) || line.hasSuffix(":"), !line.hasPrefix("::"), indent == 0, !line.contains("`") { rst += 1 }
                if line.contains("`_") { rst += 2 }
                if line.hasSuffix("::") { rst += 1 }
                if indent <= 3, line.hasPrefix("#") {
                    var hashes = 0
                    while hashes < line.bytes.count, line.bytes[hashes] == 0x23 { hashes += 1 }
                    if hashes <= 6, hashes == line.bytes.count || line.bytes[hashes] == 0x20 { markdown += 3 }
                }
                if line.hasPrefix("```") || line.hasPrefix("~~~ ") { markdown += 3 }
                if line.contains("](") { markdown += 2 }
                if line.hasPrefix("!!! ") || line.hasPrefix("???") { markdown += 2 }
                if line.hasPrefix("["), line.contains("]: ") { markdown += 2 }
                if line.hasPrefix("<!--") || line.hasPrefix("<details") { markdown += 2 }
                let adornment = lines.adornment(line: i)
                // docutils takes an underline shorter than its title only from 4 characters
                // ("DRLA" over "..." is text).
                if let adornment, let prev = previousText, prev.indent == 0,
                    adornment.length >= 4 || adornment.length >= TextWidth.of(src.string(prev.range))
                {
                    // An underline: `=` and `-` serve both dialects; the others only RST.
                    if adornment.character == 0x3D || adornment.character == 0x2D { rst += 1; markdown += 1 } else { rst += 3 }
                    // Over and under the title (`=====` / `CAPTCHA` / `=====`): only RST has overlines.
                    if let over = lastAdornment, over.line == i - 2, over.character == adornment.character { rst += 3 }
                }
                if let adornment { lastAdornment = (i, adornment.character) }
                previousText = adornment == nil ? (p ..< e, indent) : nil
            }
        }
        if rst == 0 && markdown == 0 { return .text }
        // Setext underlines alone are Markdown's as much as RST's: they need a second RST sign.
        return rst > markdown ? .rst : .markdown
    }

    /// A line's bytes, asked about ASCII signs.
    private struct Line {
        let bytes: UnsafeBufferPointer<UInt8>

        func hasPrefix(_ s: StaticString) -> Bool { ASCII.matches(bytes, at: 0, s) }
        func hasSuffix(_ s: StaticString) -> Bool { ASCII.matches(bytes, at: bytes.count - s.utf8CodeUnitCount, s) }
        func `is`(_ s: StaticString) -> Bool { bytes.count == s.utf8CodeUnitCount && hasPrefix(s) }
        func contains(_ s: StaticString, from start: Int = 0) -> Bool {
            (start ..< max(start, bytes.count)).contains { ASCII.matches(bytes, at: $0, s) }
        }
    }
}
