import RoadmapText
import RoadmapModel
import RoadmapSyntax
import RoadmapIO
import RoadmapReading

/// Which letter ticks a box (`X` or `x`): the one its list uses, else the document's, else the
/// committed version's, so that unchecking and checking again gives back the same byte.
extension EditBuilder {
    /// The letter that ticks the box at `offset`: the one most ticked boxes of its list use, else
    /// `fallback` (the document's letter, `documentLetter()`). So unchecking a box and checking
    /// it again gives back the same byte.
    func checkedLetter(forBoxAt offset: Int? = nil, fallback: UInt8? = nil) -> UInt8 {
        let blocks = tree.blocks
        if let offset, offset >= 0, let k = block(atLine: source.lineIndex(ofByte: offset)), blocks[k].kind == .listItem,
            let letter = majorityLetter(listSiblings(of: k))
        {
            return letter
        }
        return fallback ?? documentLetter()
    }

    /// The letter most of the document's ticked boxes use (`X` in seed 001); with none ticked,
    /// `letterHint`, else the committed version's (the last ticked box was cleared), else `x`.
    func documentLetter() -> UInt8 {
        if let letter = majorityLetter(tree.blocks.indices) ?? editor.letterHint { return letter }
        return (editor.letterFromGit ? Git.committed(path).flatMap { DocumentEditor.checkedLetter(in: $0) } : nil) ?? 0x78
    }

    /// The letter most ticked boxes among blocks `ks` use, or nil when none is ticked.
    func majorityLetter(_ ks: some Sequence<Int>) -> UInt8? {
        let blocks = tree.blocks
        var upper = 0, lower = 0
        for k in ks where blocks[k].hasCheckbox && blocks[k].isChecked {
            if source.bytes[Int(blocks[k].checkbox)] == 0x58 { upper += 1 } else { lower += 1 }
        }
        return upper + lower == 0 ? nil : upper > lower ? 0x58 : 0x78
    }

    /// The entries of the list entry `k` belongs to (nested entries skipped), `k` included.
    func listSiblings(of k: Int) -> [Int] {
        let blocks = tree.blocks
        let b = blocks[k]
        var out = [k]
        // Blank lines and deeper entries stay inside the list; anything else ends it.
        func inList(_ j: Int) -> Bool { blocks[j].kind == .blank || (blocks[j].kind == .listItem && blocks[j].indent >= b.indent) }
        func isSibling(_ j: Int) -> Bool { blocks[j].kind == .listItem && blocks[j].parent == b.parent && blocks[j].indent == b.indent }
        var j = k - 1
        while j >= 0, inList(j) { if isSibling(j) { out.append(j) }; j -= 1 }
        j = k + 1
        while j < blocks.count, inList(j) { if isSibling(j) { out.append(j) }; j += 1 }
        return out
    }
}

extension DocumentEditor {
    /// The letter most ticked boxes (`[X]`, `[x]`) of `bytes` use, or nil when none is ticked:
    /// the letter of a file's committed version.
    public static func checkedLetter(in bytes: [UInt8]) -> UInt8? {
        var upper = 0, lower = 0
        var i = 0
        while i + 2 < bytes.count {
            if bytes[i] == 0x5B, bytes[i + 2] == 0x5D {
                if bytes[i + 1] == 0x58 { upper += 1 } else if bytes[i + 1] == 0x78 { lower += 1 }
            }
            i += 1
        }
        return upper + lower == 0 ? nil : upper > lower ? 0x58 : 0x78
    }
}
