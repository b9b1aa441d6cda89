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
    public static func sniff(_ bytes: [UInt8]) -> Format {
        let sample = Array(bytes.prefix(sampleSize))
        let src = SourceText(bytes: sample)
        let lines = LineClassifier(src)
        var rst = 0
        var markdown = 0
        var previousText: (width: Int, indent: Int)? = nil
        for i in 0 ..< src.lineCount {
            let p = src.firstNonSpace(ofLine: i)
            let e = src.contentEnd(ofLine: i)
            if p == e { previousText = nil; continue }
            let line = src.string(p ..< e)
            let indent = src.indent(ofLine: i)
            if line.hasPrefix(".. ") || line == ".." { rst += 3 }
            if line.hasPrefix(":"), line.dropFirst().contains(": ") || line.hasSuffix(":"), !line.hasPrefix("::"), indent == 0, !line.contains("`") { rst += 1 }
            if line.contains("`_") || line.contains("`__") { rst += 2 }
            if line.hasSuffix("::") { rst += 1 }
            if indent <= 3, line.hasPrefix("#") {
                let hashes = line.prefix { $0 == "#" }.count
                if hashes <= 6, line.count == hashes || line.dropFirst(hashes).first == " " { markdown += 3 }
            }
            if line.hasPrefix("```") || line.hasPrefix("~~~ ") { markdown += 3 }
            if line.contains("](") { markdown += 2 }
            if line.hasPrefix("!!! ") || line.hasPrefix("???") { markdown += 2 }
            if line.hasPrefix("["), line.contains("]: ") { markdown += 2 }
            if line.hasPrefix("<!--") || line.hasPrefix("<details") { markdown += 2 }
            if let adornment = lines.adornment(line: i), let prev = previousText, prev.indent == 0, adornment.length >= prev.width - 1 || adornment.length >= 4 {
                // An underline: `=` and `-` serve both dialects; the others only RST.
                if adornment.character == 0x3D || adornment.character == 0x2D { rst += 1; markdown += 1 } else { rst += 3 }
            }
            previousText = lines.adornment(line: i) == nil ? (TextWidth.of(line), indent) : nil
        }
        if rst == 0 && markdown == 0 { return .text }
        // Setext underlines alone are Markdown's as much as RST's: they need a second RST sign.
        return rst > markdown ? .rst : .markdown
    }
}
