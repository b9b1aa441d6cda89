import RoadmapText
import RoadmapModel
import RoadmapSyntax

/// Where an item writes its fields in its text rather than in a field list: the rule the reader
/// and the editor share, so that what `set` changes is what `list` reads.
///
/// - Markdown: a paragraph of `Key: value` lines right under the title (any keys).
/// - Further on in the item's own text (before its first subsection), a paragraph whose lines
///   are all fields, with a bold key (`**Depends on:** sync`) or a key roadmaps use for fields
///   (`Status:`, `Owner:`, `Target:` …), one at least of the latter (`**Status:** In Design`).
/// - A list whose top-level entries all start with a bold key, one at least a field's
///   (`- **Status:** In progress`, `- **Owner:** dana`): its one-line entries with a value are
///   fields. Its entries are not deliverables, but the entries under a label that names them
///   (`- **Deliverables:**`) are; without one, those under a value that ends with a colon.
///
/// reStructuredText writes `**Status:** …` and `Status: done` the same way, and reads the last
/// two alike (its fields under the title are a field list, so any key there is Markdown's only).
package enum ProseFields {
    /// One field line: its block and line, the field, and where the field's text starts on the
    /// line (after a list marker).
    package struct Place {
        package var block: Int
        package var line: Int
        package var field: MarkdownFieldLine
        package var textStart: Int
        /// The value's bytes in the document.
        package var value: Range<Int> { textStart + field.valueOffsets.lowerBound ..< textStart + field.valueOffsets.upperBound }
    }

    package struct Layout {
        package var places: [Place] = []
        /// Paragraphs read as fields, and list entries that hold fields or an item's attributes:
        /// no summary and no deliverables come from them.
        package var blocks: [Int] = []
        /// Label entries (`- **Deliverables:**`) whose nested entries are the item's deliverables.
        package var labels: [Int] = []
    }

    /// Keys that make a paragraph of fields anywhere in an item's text without bold markup.
    /// (The status field's names in other languages are among them.)
    static let fieldKeys: Set<String> = Field.statusKeys.union([
        "state", "stage", "owner", "owners", "lead", "leads", "assignee", "assignees", "team", "target",
        "target release", "release", "milestone", "size", "type", "priority", "eta", "due", "tracking issue", "epic",
    ])
    /// The length of the longest of `fieldKeys`, in bytes.
    static let longestFieldKey = fieldKeys.map(\.utf8.count).max() ?? 0
    /// The first letters of `fieldKeys`, to refuse most prose by its first byte.
    static let fieldKeyInitials: Set<UInt8> = Set(fieldKeys.compactMap { $0.utf8.first })
    /// Labels whose nested entries are the item's deliverables.
    static let deliverableLabels: Set<String> = [
        "deliverables", "deliverable", "tasks", "task", "milestones", "features", "goals", "scope", "work items", "items",
        "steps", "todo", "to do", "to-do", "subtasks", "checklist", "outcomes", "key results",
    ]

    /// The fields of the item whose body (the blocks after its title, to the end of its section)
    /// is `body`.
    package static func layout(_ tree: SyntaxTree, body: Range<Int>) -> Layout {
        guard tree.format != .text else { return Layout() }
        var layout = Layout()
        let blocks = tree.blocks
        let src = tree.source
        var k = body.lowerBound
        while k < body.upperBound, blocks[k].kind == .blank { k += 1 }
        var j = k
        while j < body.upperBound, blocks[j].kind != .heading {
            let b = blocks[j]
            guard b.parent < 0 else { j += 1; continue }
            if b.kind == .paragraph {
                if let lines = fieldLines(of: b, in: src, anyKey: j == k && tree.format == .markdown) {
                    layout.blocks.append(j)
                    for (i, field) in zip(b.lines, lines) { layout.places.append(Place(block: j, line: i, field: field, textStart: src.start(ofLine: i))) }
                }
                j += 1
            } else if b.kind == .listItem {
                j = readList(from: j, in: tree, body: body, into: &layout)
            } else {
                j += 1
            }
        }
        return layout
    }

    /// The field lines of a paragraph, when every line is one (with a bold or field key,
    /// unless `anyKey`).
    package static func fieldLines(of b: Block, in src: SourceText, anyKey: Bool) -> [MarkdownFieldLine]? {
        var out: [MarkdownFieldLine] = []
        for i in b.lines {
            let r = src.contentRange(ofLine: i)
            // Cheap refusals first: most paragraphs are prose.
            let bold = startsBold(src.bytes[r])
            if !anyKey, !bold, r.isEmpty || !fieldKeyInitials.contains(ASCII.lowercased(src.bytes[r.lowerBound])) { return nil }
            // A field's key is short: its colon stands within the first bytes ("This feature is
            // tracked …" has none there).
            if !anyKey, !bold, !src.bytes[r.lowerBound ..< min(r.upperBound, r.lowerBound + Self.longestFieldKey + 2)].contains(0x3A) { return nil }
            guard MarkdownFieldLine.keyEnd(src.bytes[r]) != nil, let field = MarkdownFieldLine(src.string(r)) else { return nil }
            if !anyKey, !bold, !fieldKeys.contains(field.key.lowercased()) { return nil }
            out.append(field)
        }
        // Past the title, one key at least is a field's (`**Note:** …` alone is prose).
        guard anyKey || out.contains(where: { fieldKeys.contains($0.key.lowercased()) }) else { return nil }
        return out.isEmpty ? nil : out
    }

    /// Reads the list whose first top-level entry is `first`; returns the block after it.
    private static func readList(from first: Int, in tree: SyntaxTree, body: Range<Int>, into layout: inout Layout) -> Int {
        let blocks = tree.blocks
        let src = tree.source
        let indent = blocks[first].indent
        var entries: [Int] = []
        var keys: [(key: String, hasValue: Bool)] = []
        var fieldList = true
        var j = first
        while j < body.upperBound {
            let b = blocks[j]
            if b.kind == .heading { break }
            if b.parent < 0, b.kind != .blank {
                guard b.kind == .listItem, b.indent == indent else { break }
                // One entry without a bold key and the list is no list of fields: walk past it.
                if fieldList, let key = boldKey(src.bytes[Int(b.textStart) ..< src.contentEnd(ofLine: Int(b.firstLine))]) {
                    entries.append(j)
                    keys.append(key)
                } else {
                    fieldList = false
                }
            }
            j += 1
        }
        guard fieldList else { return j }
        // `- **CLI:** a validate command` is a deliverable with a bold lead-in: a list of fields
        // names one field at least.
        guard keys.contains(where: { fieldKeys.contains($0.key.lowercased()) }) else { return j }
        let labelled = keys.contains { !$0.hasValue && deliverableLabels.contains($0.key.lowercased()) }
        for (e, key) in zip(entries, keys) {
            let b = blocks[e]
            layout.blocks.append(e)
            if !key.hasValue {
                if deliverableLabels.contains(key.key.lowercased()) { layout.labels.append(e) }
                continue
            }
            // Without such a label, a value that introduces a list (`Implement core tensor
            // operations:`) has the work under it.
            if !labelled, src.bytes[src.contentRange(ofLine: Int(b.endLine) - 1)].last == 0x3A { layout.labels.append(e) }
            // A field is one line; an entry whose value goes on is an attribute, not a field.
            guard b.lines.count == 1 else { continue }
            let textStart = Int(b.textStart)
            if let field = MarkdownFieldLine(src.string(textStart ..< src.contentEnd(ofLine: Int(b.firstLine)))) {
                layout.places.append(Place(block: e, line: Int(b.firstLine), field: field, textStart: textStart))
            }
        }
        return j
    }

    private static func startsBold(_ t: ArraySlice<UInt8>) -> Bool {
        t.count >= 2 && (t.first == 0x2A || t.first == 0x5F) && t[t.startIndex + 1] == t.first
    }

    /// `**Key:** value`, `**Key**: value`, `__Key:__`: the key, and whether a value follows.
    static func boldKey(_ t: ArraySlice<UInt8>) -> (key: String, hasValue: Bool)? {
        guard startsBold(t), let colon = t.firstIndex(of: 0x3A), colon - t.startIndex <= 34 else { return nil }
        let mark = t.first!
        var keyEnd = colon
        var after = colon + 1
        if colon - t.startIndex >= 4, t[colon - 1] == mark, t[colon - 2] == mark {
            keyEnd = colon - 2  // `**Key**:`
        } else if colon + 2 < t.endIndex, t[colon + 1] == mark, t[colon + 2] == mark {
            after = colon + 3  // `**Key:**`
        } else {
            return nil
        }
        let key = String(decoding: t[t.startIndex + 2 ..< keyEnd], as: UTF8.self).trimming(" \t")
        guard MarkdownFieldLine.isValidKey(key) else { return nil }
        let rest = t[min(after, t.endIndex)...]
        return (key, rest.contains { $0 != 0x20 && $0 != 0x09 && $0 != mark })
    }
}
