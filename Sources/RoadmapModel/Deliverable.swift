import RoadmapText

/// A checklist entry of an item: `- [ ] Switch to etcd2`, with the entries nested under it; or,
/// in an item that has no checkbox entries at all, one of its plain list entries (`- Switch to
/// etcd2`), which has no checked state.
public struct Deliverable: Hashable, Sendable, Codable {
    /// The entry's text, markup removed and whitespace collapsed.
    public var text: String
    /// Whether its box is ticked; nil for a plain entry, which has no box.
    public var checked: Bool?
    /// 1-based line of the entry.
    public var line: Int
    public var links: [Link]
    public var issues: [IssueRef]
    /// Checkbox entries nested under this one.
    public var children: [Deliverable]
    /// Byte offset of the checkbox's state character (the space in `[ ]`), for editing; -1 for a
    /// plain entry.
    package var checkboxOffset: Int

    /// Whether the entry has a checkbox (a task), as opposed to a plain list entry.
    public var hasCheckbox: Bool { checked != nil }
    /// Whether the entry is a ticked task.
    public var isChecked: Bool { checked == true }

    public init(text: String, checked: Bool?, line: Int, links: [Link] = [], issues: [IssueRef] = [], children: [Deliverable] = [], checkboxOffset: Int = -1) {
        self.text = text
        self.checked = checked
        self.line = line
        self.links = links
        self.issues = issues
        self.children = children
        self.checkboxOffset = checkboxOffset
    }

    /// This entry and all nested entries, depth first, with their outline positions (`3`, `3.1`).
    public func flattened(position: String) -> [(position: String, deliverable: Deliverable)] {
        var out: [(String, Deliverable)] = []
        var stack: [(String, Deliverable)] = [(position, self)]
        while let (pos, d) = stack.popLast() {
            out.append((pos, d))
            for (k, child) in d.children.enumerated().reversed() { stack.append(("\(pos).\(k + 1)", child)) }
        }
        return out
    }
}

extension Array where Element == Deliverable {
    /// Every deliverable, nested ones included, depth first, with outline positions.
    public var flattened: [(position: String, deliverable: Deliverable)] {
        enumerated().flatMap { $0.element.flattened(position: "\($0.offset + 1)") }
    }

    /// (checked, total) over all checkbox deliverables, nested ones included; plain entries
    /// have no state and do not count.
    public var progress: (done: Int, total: Int) {
        var done = 0, total = 0
        // Most checklists are flat: count them in place, and stack only what is nested.
        var stack: [Deliverable] = []
        for d in self {
            if let checked = d.checked {
                total += 1
                if checked { done += 1 }
            }
            if !d.children.isEmpty { stack.append(contentsOf: d.children) }
        }
        while let d = stack.popLast() {
            if let checked = d.checked {
                total += 1
                if checked { done += 1 }
            }
            stack.append(contentsOf: d.children)
        }
        return (done, total)
    }
}
