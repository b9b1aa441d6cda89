import RoadmapText
import RoadmapModel
import RoadmapSyntax

/// A checklist that sums up sections found elsewhere in the document, one box a section
/// (`- [x] **Phase 3: Review** - scorecard (completed 2026-03-15)` over a later `### Phase 3:
/// Review`): a planning file's list of phases. Such a list is no item of its own; a ticked box
/// says its section is done.
struct RollUps: Sendable {
    /// The sections whose own body is such a list.
    var sections: Set<Int> = []
    /// The sections a ticked box of such a list names.
    var done: Set<Int> = []

    /// Finds them. Only lists whose every top-level box starts with a bold name are looked at,
    /// so a document of checklists of another kind (most) makes no table of titles.
    init(context: ReadingContext, outline: SectionOutline) {
        let blocks = context.blocks
        var candidates: [(section: Int, entries: [(name: String, checked: Bool)])] = []
        for (s, section) in outline.sections.enumerated() {
            var entries: [(name: String, checked: Bool)] = []
            var other = false
            // (Plain entries beside the boxes, such as a legend of how phases are numbered, are text.)
            for k in section.bodyStart ..< section.ownBodyEnd(in: outline) where blocks[k].kind == .listItem && blocks[k].parent < 0 && blocks[k].hasCheckbox {
                let first = Int(blocks[k].textStart) < context.source.bytes.count ? context.source.bytes[Int(blocks[k].textStart)] : 0
                guard first == 0x2A || first == 0x5F, let name = Self.boldName(context.textBytes(of: k)) else { other = true; break }
                entries.append((name, blocks[k].isChecked))
            }
            if !other, entries.count >= 2 { candidates.append((s, entries)) }
        }
        guard !candidates.isEmpty else { return }
        var byKey: [String: [Int]] = [:]
        for (s, section) in outline.sections.enumerated() { byKey[EntryText.contentsKey(section.title.plain), default: []].append(s) }
        for (s, entries) in candidates {
            // Every box names exactly one section, none of them inside the list's own section.
            var named: [(section: Int, checked: Bool)] = []
            for e in entries {
                let matches = (byKey[EntryText.contentsKey(e.name)] ?? []).filter { $0 != s && !outline.ancestors(of: $0).contains(s) }
                guard matches.count == 1 else { named = []; break }
                named.append((matches[0], e.checked))
            }
            guard !named.isEmpty else { continue }
            sections.insert(s)
            for n in named where n.checked { done.insert(n.section) }
        }
    }

    init() {}

    /// The bold text an entry starts with (`**Phase 1: Recording** - …`), without its markers.
    static func boldName(_ t: [UInt8]) -> String? {
        guard t.count > 4, (t[0] == 0x2A && t[1] == 0x2A) || (t[0] == 0x5F && t[1] == 0x5F) else { return nil }
        let mark = t[0]
        var k = 2
        while k + 1 < t.count, !(t[k] == mark && t[k + 1] == mark), t[k] != 0x0A { k += 1 }
        guard k + 1 < t.count, t[k] == mark, k > 2 else { return nil }
        var name = String(decoding: t[2 ..< k], as: UTF8.self)
        while name.hasSuffix(":") || name.hasSuffix(".") { name.removeLast() }
        return name
    }
}
