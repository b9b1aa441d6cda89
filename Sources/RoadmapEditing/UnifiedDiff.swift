import RoadmapText
import RoadmapModel
import RoadmapSyntax
import RoadmapIO
import RoadmapReading

/// A unified diff (`diff -u` format) of a document before and after patches, hunks with three
/// lines of context. Patches are local, so only the lines they touch are compared.
public enum UnifiedDiff {
    public static func make(path: String, old: [UInt8], patches: [TextPatch], context: Int = 3) -> String {
        guard !patches.isEmpty else { return "" }
        let oldText = SourceText(bytes: old)
        let sorted = patches.sorted { $0.range.lowerBound < $1.range.lowerBound }
        // Each patch: the old lines it touches, and what those lines become.
        var changes: [(old: Range<Int>, new: [String])] = []
        for p in sorted {
            let first = oldText.lineIndex(ofByte: p.range.lowerBound)
            let lastByte = max(p.range.lowerBound, p.range.upperBound - 1)
            var last = oldText.lineIndex(ofByte: min(lastByte, max(0, old.count - 1)))
            if p.range.isEmpty && p.range.lowerBound == old.count { last = oldText.lineCount - 1 }
            if p.range.isEmpty && p.replacement.last == 0x0A {
                // Inserting whole lines before a line (or at the end, after a final newline):
                // the lines around are context, not changed.
                let pos = p.range.lowerBound
                if pos == old.count && (old.isEmpty || old.last == 0x0A) {
                    let at = old.isEmpty ? 0 : oldText.lineCount
                    changes.append((at ..< at, lines(of: p.replacement)))
                    continue
                }
                if pos == oldText.start(ofLine: first) {
                    changes.append((first ..< first, lines(of: p.replacement)))
                    continue
                }
            }
            let lineStart = oldText.start(ofLine: first)
            let lineEnd = oldText.end(ofLine: last)
            var replaced = Array(old[lineStart ..< p.range.lowerBound])
            replaced += p.replacement
            replaced += old[p.range.upperBound ..< lineEnd]
            changes.append((first ..< last + 1, lines(of: replaced)))
        }
        // Changes on adjacent lines read better as one: all the old lines, then all the new.
        var merged: [(old: Range<Int>, new: [String])] = []
        for c in changes {
            if let last = merged.last, last.old.upperBound == c.old.lowerBound, !last.old.isEmpty || !c.old.isEmpty {
                merged[merged.count - 1] = (last.old.lowerBound ..< c.old.upperBound, last.new + c.new)
            } else {
                merged.append(c)
            }
        }
        changes = merged
        // Lines keep a `\r` of CRLF endings: `patch` compares them byte for byte.
        let oldLines = (0 ..< oldText.lineCount).map { i in
            String(decoding: old[oldText.start(ofLine: i) ..< max(oldText.start(ofLine: i), oldText.end(ofLine: i) - (old[..<oldText.end(ofLine: i)].last == 0x0A ? 1 : 0))], as: UTF8.self)
        }
        let oldEndsWithNewline = old.last == 0x0A || old.isEmpty
        let new = TextPatch.apply(patches, to: old)
        let newEndsWithNewline = new.last == 0x0A || new.isEmpty
        // git's a/ and b/ prefixes for relative paths; an absolute path is shown as it is.
        let (a, b) = path.hasPrefix("/") ? (path, path) : ("a/" + path, "b/" + path)
        var out = "--- \(a)\n+++ \(b)\n"
        var k = 0
        var shift = 0  // new line number minus old line number before the current change
        while k < changes.count {
            // Merge changes whose contexts touch.
            var group = [changes[k]]
            while k + 1 < changes.count, changes[k + 1].old.lowerBound - group.last!.old.upperBound <= 2 * context {
                k += 1
                group.append(changes[k])
            }
            let start = max(0, group[0].old.lowerBound - context)
            let end = min(oldLines.count, group.last!.old.upperBound + context)
            var body = ""
            var oldCount = 0, newCount = 0
            var at = start
            for change in group {
                while at < change.old.lowerBound { body += " " + oldLines[at] + "\n"; at += 1; oldCount += 1; newCount += 1 }
                for i in change.old {
                    body += "-" + oldLines[i] + "\n"
                    if i == oldLines.count - 1 && !oldEndsWithNewline { body += "\\ No newline at end of file\n" }
                    oldCount += 1
                }
                for (n, line) in change.new.enumerated() {
                    body += "+" + line + "\n"
                    let isLastLineOfFile = change.old.upperBound == oldLines.count && n == change.new.count - 1
                    if isLastLineOfFile && !newEndsWithNewline { body += "\\ No newline at end of file\n" }
                    newCount += 1
                }
                at = change.old.upperBound
            }
            while at < end {
                body += " " + oldLines[at] + "\n"
                if at == oldLines.count - 1 && !oldEndsWithNewline { body += "\\ No newline at end of file\n" }
                at += 1; oldCount += 1; newCount += 1
            }
            let newStart = start + shift
            out += "@@ -\(start + 1),\(oldCount) +\(newStart + 1),\(newCount) @@\n" + body
            shift += newCount - oldCount
            k += 1
        }
        return out
    }

    /// A diff of two whole texts: the lines they share at the start and the end are context,
    /// what lies between is one change (enough to show why a generated file is stale).
    public static func between(path: String, old: [UInt8], new: [UInt8]) -> String {
        if old == new { return "" }
        let a = SourceText(bytes: old), b = SourceText(bytes: new)
        var prefix = 0
        while prefix < a.lineCount, prefix < b.lineCount,
            old[a.start(ofLine: prefix) ..< a.end(ofLine: prefix)].elementsEqual(new[b.start(ofLine: prefix) ..< b.end(ofLine: prefix)])
        {
            prefix += 1
        }
        var suffix = 0
        while suffix < a.lineCount - prefix, suffix < b.lineCount - prefix,
            old[a.start(ofLine: a.lineCount - 1 - suffix) ..< a.end(ofLine: a.lineCount - 1 - suffix)]
                .elementsEqual(new[b.start(ofLine: b.lineCount - 1 - suffix) ..< b.end(ofLine: b.lineCount - 1 - suffix)])
        {
            suffix += 1
        }
        let from = prefix < a.lineCount ? a.start(ofLine: prefix) : old.count
        let to = a.lineCount - suffix > prefix ? a.end(ofLine: a.lineCount - 1 - suffix) : from
        let newFrom = prefix < b.lineCount ? b.start(ofLine: prefix) : new.count
        let newTo = b.lineCount - suffix > prefix ? b.end(ofLine: b.lineCount - 1 - suffix) : newFrom
        return make(path: path, old: old, patches: [TextPatch(range: from ..< max(from, to), replacement: Array(new[newFrom ..< max(newFrom, newTo)]))])
    }

    /// Lines of `bytes` without their `\n` (a `\r` stays; a final newline ends the last line).
    static func lines(of bytes: [UInt8]) -> [String] {
        var out: [String] = []
        var start = 0
        for (i, b) in bytes.enumerated() where b == 0x0A {
            out.append(String(decoding: bytes[start ..< i], as: UTF8.self))
            start = i + 1
        }
        if start < bytes.count { out.append(String(decoding: bytes[start...], as: UTF8.self)) }
        return out
    }
}
