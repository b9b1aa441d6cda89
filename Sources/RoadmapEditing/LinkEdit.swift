import RoadmapText
import RoadmapModel
import RoadmapSyntax
import RoadmapIO
import RoadmapReading

/// Linking an issue to an item, in the document's own style: a sentence and a target, an inline
/// link, or the bare `#N`.
struct LinkEdit: EditBuilder {
    let editor: DocumentEditor

    /// Links an issue to item `index` in the document's own style: a "This feature is tracked
    /// as GitHub issue `#N`_." sentence and a target in the targets block (RST documents that
    /// write them so), else an inline link (`[#N](url)`) or the bare `#N`.
    func link(item index: Int, issue text: String) throws(EditError) -> Edit {
        guard let ref = Self.issueReference(text, defaultBase: issueURLBase()) else {
            throw .invalidValue("\"\(text)\" is not an issue: give a number (123 or #123), owner/repo#123, or an issue URL")
        }
        // An edit's read skips prose: the item's issues come from a read that has them.
        let item = DocumentReader.read(tree, path: path, detail: .outline).items[index]
        if item.issues.contains(where: { $0.number == ref.number && ($0.repository == nil || ref.repository == nil || $0.repository == ref.repository) }) {
            return Edit(changes: [Change(action: "linked", subject: ref.qualifiedLabel, item: item.title, itemID: item.id, line: item.line, changed: false)])
        }
        if let entry = listEntryBlock(of: item) {
            // An entry of a backlog list: the issue goes at the end of its line.
            let b = tree.blocks[entry]
            let at = source.contentEnd(ofLine: Int(b.firstLine))
            let label = writer.entryIssueLabel(number: ref.number, url: ref.url)
            let edit = Edit(patches: [TextPatch(range: at ..< at, replacement: label)],
                            changes: [Change(action: "linked", subject: ref.qualifiedLabel, item: item.title, itemID: item.id, line: item.line, changed: true)],
                            intent: .link(item: index, issue: ref.number))
            // Where the reader takes an entry's whole text as its title, the link would rename
            // the item and move its id: refused, with the reason.
            do { return try editor.verified(edit) } catch {
                throw .invalidValue("\(path):\(item.line): \(item.title) is an entry of a list, whose whole text is its title: a link written there would rename it (\(error.problem ?? "")); link it by hand in a section of its own")
            }
        }
        let section = try sectionBlocks(of: item)
        let blocks = tree.blocks
        var last = section.upperBound - 1
        while last > section.lowerBound, blocks[last].kind == .blank || (blocks[last].kind == .target && blocks[last].textEnd > blocks[last].textStart) { last -= 1 }
        let at = source.end(ofLine: Int(blocks[last].endLine) - 1)
        let nl = lineEnding
        var patches: [TextPatch] = []
        // Through the targets block when the document keeps one, else the URL in place.
        let target = ref.url.flatMap { targetInsertion(name: "#\(ref.number)", url: $0) }
        if let target { patches.append(target) }
        let sentence = writer.issueSentence(number: ref.number, url: ref.url, viaTarget: target != nil)
        var insert: [UInt8] = at > 0 && source.bytes[at - 1] != 0x0A ? nl : []
        insert += nl + Array(sentence.utf8) + nl
        patches.append(TextPatch(range: at ..< at, replacement: insert))
        return Edit(patches: patches, changes: [Change(action: "linked", subject: ref.qualifiedLabel, item: item.title, itemID: item.id,
                                                      line: Int(blocks[last].endLine) + 2, changed: true)],
                    intent: .link(item: index, issue: ref.number))
    }

    /// `https://github.com/owner/repo/issues/` when the document's issue URLs share one.
    func issueURLBase() -> String? {
        var counts: [String: Int] = [:]
        func count(_ url: String) {
            if let ref = IssueReferenceScanner.reference(fromURL: url), let repo = ref.repository { counts["https://github.com/\(repo)/issues/", default: 0] += 1 }
        }
        // Link targets first (cheap); else the links of the whole document.
        for b in tree.blocks where b.kind == .target && b.textEnd > b.textStart { count(source.string(b.text)) }
        if counts.isEmpty {
            for item in DocumentReader.read(tree, path: path, detail: .outline).items { for i in item.issues { if let url = i.url { count(url) } } }
        }
        return counts.max { ($0.value, $1.key) < ($1.value, $0.key) }?.key
    }

    /// `123`, `#123`, `owner/repo#123` or a GitHub issue or pull request URL.
    static func issueReference(_ text: String, defaultBase: String?) -> IssueRef? {
        let t = text.trimming(" \t")
        if let ref = IssueReferenceScanner.reference(fromURL: t) { return ref }
        let digits = t.hasPrefix("#") ? String(t.dropFirst()) : t
        if !digits.isEmpty, digits.allSatisfy(\.isNumber), let n = Int(digits), n > 0 {
            return IssueRef(number: n, url: defaultBase.map { $0 + "\(n)" }, repository: defaultBase.flatMap { IssueReferenceScanner.reference(fromURL: $0 + "\(n)")?.repository })
        }
        if let hash = t.firstIndex(of: "#"), t[..<hash].contains("/"), let n = Int(t[t.index(after: hash)...]), n > 0 {
            let repo = String(t[..<hash])
            return IssueRef(number: n, url: "https://github.com/\(repo)/issues/\(n)", repository: repo)
        }
        return nil
    }
}
