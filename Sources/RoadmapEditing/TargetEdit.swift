import RoadmapText
import RoadmapModel
import RoadmapSyntax
import RoadmapIO
import RoadmapReading

/// The document's block of link targets (RST `.. _name: url`, Markdown `[name]: url`): where a
/// new target goes, which targets an item's removal leaves orphaned.
extension EditBuilder {
    /// A line for the document's block of link targets (`.. _name: url`), in its place when the
    /// block is sorted, else at its end; nil when the document has no such block.
    func targetInsertion(name: String, url: String) -> TextPatch? {
        let blocks = tree.blocks
        guard tree.format != .text, let last = blocks.lastIndex(where: { $0.kind == .target && $0.textEnd > $0.textStart }) else { return nil }
        var first = last
        while first > 0, blocks[first - 1].kind == .target || (blocks[first - 1].kind == .blank && first >= 2 && blocks[first - 2].kind == .target) { first -= 1 }
        let block = (first ... last).filter { blocks[$0].kind == .target && blocks[$0].textEnd > blocks[$0].textStart }
        let names = block.map { source.string(blocks[$0].mark).lowercased() }
        let quoted = block.contains { k in source.bytes[Int(blocks[k].markStart) - 1] == 0x60 }
        let text = writer.targetLine(name: name, url: url, quoted: quoted)
        let line = Array(text.utf8) + lineEnding
        let sorted = names == names.sorted()
        var before = block.last.map { source.end(ofLine: Int(blocks[$0].endLine) - 1) } ?? source.bytes.count
        if sorted, let k = zip(block, names).first(where: { $0.1 > name.lowercased() })?.0 {
            before = source.start(ofLine: Int(blocks[k].firstLine))
        } else if !sorted, let first = name.lowercased().first,
            let k = Array(zip(block, names)).last(where: { $0.1.first == first })?.0, k != block.last
        {
            // Not sorted, but grouped (Deis keeps its `#N` targets together): join the group.
            before = source.end(ofLine: Int(blocks[k].endLine) - 1)
        }
        var replacement = line
        if before > 0 && before == source.bytes.count && source.bytes[before - 1] != 0x0A { replacement = lineEnding + line }
        return TextPatch(range: before ..< before, replacement: replacement)
    }

    /// The link targets (RST `.. _name: url`, Markdown `[name]: url`) that only the text in
    /// `removed` refers to: removing it would leave them orphans, so they go too. Targets that
    /// anything else may still name stay (a name read too eagerly only keeps a target).
    func orphanTargetRemovals(leaving removed: Range<Int>) -> [TextPatch] {
        guard tree.format != .text else { return [] }
        let rst = tree.format == .rst
        func names(_ t: ArraySlice<UInt8>) -> Set<String> { rst ? Self.referenceNames(t) : Self.markdownReferenceNames(t) }
        let bytes = source.bytes
        let used = names(bytes[removed])
        guard !used.isEmpty else { return [] }
        let candidates = tree.blocks.filter {
            $0.kind == .target && $0.textEnd > $0.textStart && !removed.contains(Int($0.markStart)) && used.contains(Self.referenceKey(source.string($0.mark)))
        }
        guard !candidates.isEmpty else { return [] }
        // Target lines do not name targets (`.. _a:` is no reference, `[a]: url` names itself
        // and is left out below), so the rest of the text is read whole.
        var rest = names(bytes[..<removed.lowerBound]).union(names(bytes[removed.upperBound...]))
        if tree.format == .markdown {
            // A definition's own `[name]:` reads as a reference to it: count the others only.
            var own: [String: Int] = [:]
            for b in tree.blocks where b.kind == .target && !removed.contains(Int(b.markStart)) { own[Self.referenceKey(source.string(b.mark)), default: 0] += 1 }
            rest = Set(rest.filter { name in
                let uses = Self.markdownReferenceCount(name, in: bytes[..<removed.lowerBound]) + Self.markdownReferenceCount(name, in: bytes[removed.upperBound...])
                return uses > (own[name] ?? 0)
            })
        }
        return candidates.filter { !rest.contains(Self.referenceKey(source.string($0.mark))) }.map { b in
            TextPatch(range: source.start(ofLine: Int(b.firstLine)) ..< source.end(ofLine: Int(b.endLine) - 1), replacement: [])
        }
    }

    /// The labels Markdown text may refer to a definition by: `[text][label]`, `[label][]` and
    /// `[label]`, lower case, white space collapsed. Every bracketed text counts (over-reading
    /// only keeps a definition).
    static func markdownReferenceNames(_ text: ArraySlice<UInt8>) -> Set<String> {
        var names = Set<String>()
        var open: Int? = nil
        for i in text.indices {
            switch text[i] {
            case 0x5B: open = i  // [
            case 0x5D:  // ]
                if let o = open { names.insert(referenceKey(String(decoding: text[(o + 1) ..< i], as: UTF8.self))) }
                open = nil
            case 0x0A: open = nil
            default: break
            }
        }
        return names
    }

    /// How many bracketed texts in `text` are `name` (a definition's own label among them).
    static func markdownReferenceCount(_ name: String, in text: ArraySlice<UInt8>) -> Int {
        var count = 0
        var open: Int? = nil
        for i in text.indices {
            switch text[i] {
            case 0x5B: open = i
            case 0x5D:
                if let o = open, referenceKey(String(decoding: text[(o + 1) ..< i], as: UTF8.self)) == name { count += 1 }
                open = nil
            case 0x0A: open = nil
            default: break
            }
        }
        return count
    }

    /// An RST reference name as docutils compares them: case and runs of white space ignored.
    static func referenceKey(_ name: String) -> String {
        name.lowercased().split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" }).joined(separator: " ")
    }

    /// The names of the named RST references in `text`: `` `name`_ ``, `` `text <name_>`_ `` and `name_`.
    static func referenceNames(_ text: ArraySlice<UInt8>) -> Set<String> {
        var names = Set<String>()
        let t = Array(text)
        func isName(_ c: UInt8) -> Bool { c >= 0x80 || (c >= 0x30 && c <= 0x39) || ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7A) || c == 0x2D || c == 0x2E || c == 0x2B }
        var i = 0
        while i < t.count {
            guard t[i] == 0x5F else { i += 1; continue }  // `_`
            let anonymous = i + 1 < t.count && t[i + 1] == 0x5F
            // `name_.` ends a sentence: a reference ends before anything but a letter, a digit or `_`.
            let next = i + 1 < t.count ? t[i + 1] : 0x20
            let endsWord = !(next >= 0x80 || (next >= 0x30 && next <= 0x39) || ((next | 0x20) >= 0x61 && (next | 0x20) <= 0x7A) || next == 0x5F)
            if !anonymous, endsWord, i > 0 {
                if t[i - 1] == 0x60 {  // `…`_
                    if let open = t[..<(i - 1)].lastIndex(of: 0x60) {
                        var content = String(decoding: t[(open + 1) ..< (i - 1)], as: UTF8.self)
                        if content.hasSuffix(">"), let lt = content.lastIndex(of: "<") {
                            // An embedded target: a reference only when it names one (`<name_>`).
                            let inner = content[content.index(after: lt) ..< content.index(before: content.endIndex)]
                            content = inner.hasSuffix("_") ? String(inner.dropLast()) : ""
                        }
                        if !content.isEmpty { names.insert(referenceKey(content)) }
                    }
                } else if isName(t[i - 1]) {
                    var s = i
                    while s > 0, isName(t[s - 1]) || (t[s - 1] == 0x5F && s >= 2 && isName(t[s - 2])) { s -= 1 }
                    names.insert(referenceKey(String(decoding: t[s ..< i], as: UTF8.self)))
                }
            }
            i += anonymous ? 2 : 1
        }
        return names
    }
}
