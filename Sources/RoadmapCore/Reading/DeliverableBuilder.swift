/// Builds the checklist of an item from its list entries: an entry that starts with a checkbox
/// is a deliverable, and checkbox entries nested under it (at any depth of plain entries
/// between) are its children.
enum DeliverableBuilder {
    static func build(_ context: inout ReadingContext, blocks range: Range<Int>) -> [Deliverable] {
        var nodes: [Deliverable] = []
        var children: [[Int]] = []
        var roots: [Int] = []
        // block index → node index and checkbox depth, for entries in `range`
        var nodeOf: [Int: (node: Int, depth: Int, parentNode: Int)] = [:]
        var reportedDepth = false
        for k in range {
            let b = context.blocks[k]
            guard b.kind == .listItem, b.hasCheckbox else { continue }
            let text = context.inlineText(of: k)
            let node = nodes.count
            nodes.append(Deliverable(text: text.plain, checked: b.isChecked, line: Int(b.firstLine) + 1, links: text.links,
                                     issues: text.issues, checkboxOffset: Int(b.checkbox)))
            children.append([])
            let a = Int(context.checkboxAncestor[k])
            guard a >= 0, let parent = nodeOf[a] else {
                roots.append(node)
                nodeOf[k] = (node, 0, -1)
                continue
            }
            var parentNode = parent.node
            var depth = parent.depth + 1
            if depth > ReadingContext.maximumNesting {
                // Too deep to keep nesting: a sibling of its parent, and said so.
                parentNode = parent.parentNode
                depth = parent.depth
                if !reportedDepth {
                    reportedDepth = true
                    context.diagnostics.append(Diagnostic(.warning, line: Int(b.firstLine) + 1, column: Int(b.indent) + 1,
                        "checklist nested deeper than \(ReadingContext.maximumNesting) levels; deeper entries are kept at that level"))
                }
            }
            nodeOf[k] = (node, depth, parentNode)
            if parentNode >= 0 { children[parentNode].append(node) } else { roots.append(node) }
        }
        // Children always come after their parent: assemble from the end.
        for n in nodes.indices.reversed() where !children[n].isEmpty {
            nodes[n].children = children[n].map { nodes[$0] }
        }
        return roots.map { nodes[$0] }
    }
}
