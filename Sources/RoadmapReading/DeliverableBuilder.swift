import RoadmapText
import RoadmapModel
import RoadmapSyntax
import RoadmapIO

/// Builds the checklist of an item from its list entries: an entry that starts with a checkbox
/// is a deliverable, and checkbox entries nested under it (at any depth of plain entries
/// between) are its children. Where no entry has a checkbox, the top-level plain entries are
/// the deliverables, without a checked state.
enum DeliverableBuilder {
    /// `plainParent`: for an item that is itself a list entry, that entry (its direct children
    /// are its top-level entries).
    /// `fields`: the item's Markdown fields; entries of a list of fields are no deliverables, but
    /// the entries under a label such as `- **Deliverables:**` are.
    static func build(_ context: inout ReadingContext, blocks range: Range<Int>, plainParent: Int = -1,
                      fields: ProseFields.Layout = .init()) -> [Deliverable] {
        let tasks = buildTasks(&context, blocks: range)
        guard tasks.isEmpty else { return tasks }
        let plain = buildPlain(&context, blocks: range, parent: plainParent, fields: fields)
        return plain.isEmpty && plainParent < 0 ? buildTerms(&context, blocks: range) : plain
    }

    /// The terms of the RST definition lists in `range`, where it has no list: a roadmap that
    /// names each feature on a line and describes it indented below (`end(n)` over `    allows
    /// moving…`) lists its features so. Terms inside a definition are part of it.
    private static func buildTerms(_ context: inout ReadingContext, blocks range: Range<Int>) -> [Deliverable] {
        guard context.tree.format == .rst else { return [] }
        var out: [Deliverable] = []
        var walk = DefinitionListWalk(context.blocks)
        for k in range where context.blocks[k].kind != .blank {
            let b = context.blocks[k]
            if b.kind == .heading { break }
            guard walk.step(k) == .term else { continue }
            let text = context.detail == .full ? context.inlineText(of: k) : InlineText()
            out.append(Deliverable(text: text.plain, checked: nil, line: Int(b.firstLine) + 1, links: text.links, issues: text.issues))
        }
        return out
    }

    /// The plain entries of `range` that are children of `parent` (or of no entry), each with
    /// the plain entries nested under it as its children: `* Ceph` over `* Admission controller`.
    private static func buildPlain(_ context: inout ReadingContext, blocks range: Range<Int>, parent: Int,
                                   fields: ProseFields.Layout) -> [Deliverable] {
        var nodes: [Deliverable] = []
        var children: [[Int]] = []
        var roots: [Int] = []
        // Per block of `range` that became a node: its node, depth and parent node (made when
        // the first nested entry shows; most plain lists are flat). An entry whose parent is no
        // node, such as one in a quote inside an entry, is no deliverable.
        var nodeOf: [(node: Int32, depth: Int32, parentNode: Int32)] = []
        let references = referenceLists(&context, blocks: range)
        let blocks = context.blocks, source = context.source
        // Entries that are no work: fields, lists of links, empty entries and placeholders, and
        // "- Status: DONE" under an entry (nested, or indented short of it, which makes a list
        // of its own to CommonMark), which says how far it is.
        func isLeftOut(_ j: Int) -> Bool {
            let b = blocks[j]
            return fields.blocks.contains(j) || references.contains(j) || isEmptyEntry(j, in: range, blocks)
                || isPlaceholderEntry(j, in: range, blocks, source)
                || (Int(b.parent) != parent || b.indent > 0) && EntryText.statusLineValue(source.bytes[b.text]) != nil
        }
        for k in range {
            let b = context.blocks[k]
            guard b.kind == .listItem else { continue }
            let p = Int(b.parent)
            var parentNode = -1, depth = 0
            if isLeftOut(k) { continue }
            if p != parent, !fields.labels.contains(p) {
                guard range.contains(p), !nodeOf.isEmpty || !roots.isEmpty else { continue }
                if nodeOf.isEmpty {
                    nodeOf = Array(repeating: (-1, 0, -1), count: range.count)
                    // The entries so far were roots, in order (the same entries as above).
                    var r = 0
                    for j in range.lowerBound ..< k where blocks[j].kind == .listItem && !isLeftOut(j)
                        && (Int(blocks[j].parent) == parent || fields.labels.contains(Int(blocks[j].parent)))
                    {
                        nodeOf[j - range.lowerBound] = (Int32(roots[r]), 0, -1)
                        r += 1
                    }
                }
                let up = nodeOf[p - range.lowerBound]
                guard up.node >= 0 else { continue }
                parentNode = Int(up.node)
                depth = Int(up.depth) + 1
                if depth > ReadingContext.maximumNesting {
                    // Too deep to keep nesting: a sibling of its parent.
                    parentNode = Int(up.parentNode)
                    depth = Int(up.depth)
                }
            }
            let text = context.detail == .full ? context.inlineText(of: k) : InlineText()
            let node = nodes.count
            nodes.append(Deliverable(text: text.plain, checked: nil, line: Int(b.firstLine) + 1, links: text.links, issues: text.issues))
            children.append([])
            if !nodeOf.isEmpty { nodeOf[k - range.lowerBound] = (Int32(node), Int32(depth), Int32(parentNode)) }
            if parentNode >= 0 { children[parentNode].append(node) } else { roots.append(node) }
        }
        // Children always come after their parent: assemble from the end.
        for n in nodes.indices.reversed() where !children[n].isEmpty {
            nodes[n].children = children[n].map { nodes[$0] }
        }
        if roots.count == nodes.count { return nodes }
        return roots.map { nodes[$0] }
    }

    /// Whether list entry `k` is empty (`- `, `2) ` alone on its line, nothing nested): it names
    /// nothing, neither a deliverable nor an item.
    static func isEmptyEntry(_ k: Int, in range: Range<Int>, _ blocks: [Block]) -> Bool {
        let b = blocks[k]
        return b.textEnd <= b.textStart && b.endLine == b.firstLine + 1 && !b.hasCheckbox
            && (k + 1 >= range.upperBound || blocks[k + 1].parent != Int32(k))
    }

    /// Whether list entry `k` holds a placeholder for no work (`- [ ] NONE.`, "None currently")
    /// and nothing nested: no deliverable.
    static func isPlaceholderEntry(_ k: Int, in range: Range<Int>, _ blocks: [Block], _ source: SourceText) -> Bool {
        let b = blocks[k]
        return b.endLine == b.firstLine + 1 && b.textEnd - b.textStart <= 24 && EntryText.isPlaceholder(source.bytes[b.text])
            && (k + 1 >= range.upperBound || blocks[k + 1].parent != Int32(k))
    }

    /// Labels of lists that point elsewhere rather than name work ("**Links:**", "References:").
    static let referenceLabels: Set<String> = [
        "links", "link", "references", "reference", "resources", "see also", "related links",
        "further reading", "reading", "prior art", "sources", "papers", "discussion", "discussions", "useful links",
    ]

    /// The top-level entries in `range` of lists under a label of `referenceLabels`: a plain
    /// list of papers and pull requests is no checklist (its links still count for the item).
    private static func referenceLists(_ context: inout ReadingContext, blocks range: Range<Int>) -> Set<Int> {
        var out = Set<Int>()
        var under = false
        for k in range {
            let b = context.blocks[k]
            switch b.kind {
            case .blank: continue
            case .listItem where b.parent < 0:
                if under { out.insert(k) }
            case .paragraph where b.parent < 0:
                under = false
                guard b.endLine == b.firstLine + 1, context.blocks[k].textEnd - context.blocks[k].textStart <= 40 else { continue }
                let text = String(decoding: context.textBytes(of: k), as: UTF8.self).trimming(" \t*_")
                guard text.hasSuffix(":") else { continue }
                under = referenceLabels.contains(String(text.dropLast()).trimming(" \t*_").lowercased())
            default:
                if b.parent < 0 { under = false }
            }
        }
        return out
    }

    private static func buildTasks(_ context: inout ReadingContext, blocks range: Range<Int>) -> [Deliverable] {
        // Counted first, so the arrays are made once at their size (an item has a few boxes;
        // growing three arrays from empty cost more than reading them).
        var boxes = 0
        for k in range where context.blocks[k].kind == .listItem && context.blocks[k].hasCheckbox && !isPlaceholderEntry(k, in: range, context.blocks, context.source) { boxes += 1 }
        guard boxes > 0 else { return [] }
        var nodes: [Deliverable] = []
        var children: [[Int]] = []
        var roots: [Int] = []
        nodes.reserveCapacity(boxes)
        children.reserveCapacity(boxes)
        roots.reserveCapacity(boxes)
        // Per block of `range` with a checkbox: its node, checkbox depth and parent node.
        var nodeOf: [(node: Int32, depth: Int32, parentNode: Int32)] = []
        var reportedDepth = false
        for k in range {
            let b = context.blocks[k]
            guard b.kind == .listItem, b.hasCheckbox, !isPlaceholderEntry(k, in: range, context.blocks, context.source) else { continue }
            let text = context.detail == .full ? context.inlineText(of: k) : InlineText()
            let node = nodes.count
            nodes.append(Deliverable(text: text.plain, checked: b.isChecked, line: Int(b.firstLine) + 1, links: text.links,
                                     issues: text.issues, checkboxOffset: Int(b.checkbox)))
            children.append([])
            if nodeOf.isEmpty { nodeOf = Array(repeating: (-1, 0, -1), count: range.count) }
            let a = context.checkboxAncestor(k)
            guard a >= range.lowerBound, nodeOf[a - range.lowerBound].node >= 0 else {
                roots.append(node)
                nodeOf[k - range.lowerBound] = (Int32(node), 0, -1)
                continue
            }
            let parent = nodeOf[a - range.lowerBound]
            var parentNode = Int(parent.node)
            var depth = Int(parent.depth) + 1
            if depth > ReadingContext.maximumNesting {
                // Too deep to keep nesting: a sibling of its parent, and said so.
                parentNode = Int(parent.parentNode)
                depth = Int(parent.depth)
                if !reportedDepth {
                    reportedDepth = true
                    context.diagnostics.append(Diagnostic(.warning, .nestingTooDeep, line: Int(b.firstLine) + 1, column: Int(b.indent) + 1,
                        "checklist nested deeper than \(ReadingContext.maximumNesting) levels; deeper entries are kept at that level"))
                }
            }
            nodeOf[k - range.lowerBound] = (Int32(node), Int32(depth), Int32(parentNode))
            if parentNode >= 0 { children[parentNode].append(node) } else { roots.append(node) }
        }
        // Children always come after their parent: assemble from the end.
        for n in nodes.indices.reversed() where !children[n].isEmpty {
            nodes[n].children = children[n].map { nodes[$0] }
        }
        if roots.count == nodes.count { return nodes }
        return roots.map { nodes[$0] }
    }
}
