import RoadmapText
import RoadmapModel
import RoadmapSyntax
import RoadmapIO
import RoadmapReading

/// Renaming an item: its title in place, an RST adornment to the new width, the title's link
/// markup kept.
struct RenameEdit: EditBuilder {
    let editor: DocumentEditor

    /// Renames item `index`: the title text in place; an RST underline (and overline) takes the
    /// new title's display width, keeping any extra length it had. The id follows the new title
    /// unless the document gives the item an anchor.
    ///
    /// A title whose id another item has is refused unless `allowDuplicate`, which gives this
    /// item a suffixed id; a title that would read as a status group or a non-item section is
    /// refused.
    func rename(item index: Int, to title: String, allowDuplicate: Bool) throws(EditError) -> Edit {
        let newTitle = title.trimming(" \t")
        if newTitle.isEmpty || newTitle.contains(where: { $0 == "\n" || $0 == "\r" }) {
            throw .invalidValue("a title is one line of text")
        }
        let item = document.items[index]
        // An item the document gives an anchor keeps its id whatever its title.
        let entryBlock = listEntryBlock(of: item)
        var keepsID = false
        if entryBlock == nil {
            let section = try sectionBlocks(of: item)
            keepsID = section.lowerBound > 0 && hasAnchor(before: section.lowerBound)
        }
        let id = keepsID ? item.id : try newItemID(newTitle, replacing: index, allowDuplicate: allowDuplicate)
        if let entry = entryBlock {
            // An entry of a backlog list: its text is its title.
            let b = tree.blocks[entry]
            // Its text runs over all the entry's own lines (an entry written over several lines).
            let (r, replacement) = linkedTitleReplacement(source.trimmed(Int(b.textStart) ..< source.contentEnd(ofLine: Int(b.endLine) - 1)), newTitle: newTitle, item: item)
            return Edit(patches: [TextPatch(range: r, replacement: replacement)],
                        changes: [Change(action: "renamed", subject: "\"\(item.title)\" to \"\(newTitle)\" (id \(id ?? Slug.make(newTitle)))",
                                         item: item.title, itemID: item.id, line: item.line, changed: true)],
                        intent: .rename(item: index, title: newTitle, id: id))
        }
        try refuseNonItemHeading(newTitle)
        let section = try sectionBlocks(of: item)
        let heading = tree.blocks[section.lowerBound]
        var edit = Edit()
        guard source.string(heading.text) != newTitle && item.title != newTitle else {
            edit.changes.append(Change(action: "renamed", subject: "\"\(item.title)\"", item: item.title, itemID: item.id, line: item.line, changed: false))
            return edit
        }
        var titleRange = heading.text
        if tree.format == .markdown, let id = Self.explicitID(in: source.string(heading.text)) {
            // `## Old {#id}`: the title changes, the id stays.
            let kept = source.string(heading.text)[..<id].utf8.count
            titleRange = Int(heading.textStart) ..< Int(heading.textStart) + kept
            while titleRange.upperBound > titleRange.lowerBound, source.bytes[titleRange.upperBound - 1] == 0x20 { titleRange = titleRange.lowerBound ..< titleRange.upperBound - 1 }
        }
        // A title that is a link keeps its link: only the link's text changes.
        let (range, replacement) = linkedTitleReplacement(titleRange, newTitle: newTitle, item: item)
        edit.patches.append(TextPatch(range: range, replacement: replacement))
        let style = heading.headingStyle
        if !style.atx && style.character != 0 && tree.format != .text {
            let oldWidth = TextWidth.of(source.string(heading.text))
            let newHeading = source.string(Int(heading.textStart) ..< range.lowerBound) + replacement + source.string(range.upperBound ..< Int(heading.textEnd))
            let newWidth = TextWidth.of(newHeading)
            // The adornment lines: the last line of the heading, and the first when overlined.
            var adornmentLines = [Int(heading.endLine) - 1]
            if style.overlined { adornmentLines.append(Int(heading.firstLine)) }
            for line in adornmentLines {
                let r = source.trimmed(source.contentRange(ofLine: line))
                let oldLength = r.count
                let length = max(1, newWidth + max(0, oldLength - oldWidth))
                edit.patches.append(TextPatch(range: r, replacement: [UInt8](repeating: style.character, count: length)))
            }
        }
        let anchored = section.lowerBound > 0 && hasAnchor(before: section.lowerBound)
        let newID = anchored ? item.id : id ?? Slug.make(newTitle)
        edit.intent = .rename(item: index, title: newTitle, id: anchored ? item.id : id)
        edit.changes.append(Change(action: "renamed", subject: "\"\(item.title)\" to \"\(newTitle)\" (id \(newID))", item: item.title,
                                   itemID: item.id, line: item.line, changed: true))
        return edit
    }

    /// What replaces a title's text (`range`) on rename, so that its markup stays:
    /// - a reference to a named target (`` `Old`_ ``, `Old_`, `[Old]`, `[Old][]`) would lose its
    ///   target with its name, so it becomes an embedded link (`` `New <url>`_ ``) or a full
    ///   reference (`[New][Old]`);
    /// - else, where the title's words stand as they read (`` `Old <url>`_ ``, `[Old](url)`,
    ///   `*Old*`), only they change, so renaming back gives the same bytes;
    /// - else (links on part of the title), the new title is written whole, and the words of
    ///   each link that it keeps stay linked.
    func linkedTitleReplacement(_ range: Range<Int>, newTitle: String, item: Item) -> (Range<Int>, String) {
        let t = source.string(range)
        let url = item.links.first { $0.text == item.title }?.url
        switch tree.format {
        case .rst:
            let named = (t.hasPrefix("`") && t.hasSuffix("`_") && !t.hasSuffix(">`_")) || (!t.hasPrefix("`") && t.hasSuffix("_") && !t.hasSuffix("__") && !t.contains(" "))
            if named, let url { return (range, "`\(newTitle) <\(url)>`_") }
        case .markdown:
            // Brackets the reader keeps in the title (`[Version 0.4]` with no such link) are text.
            guard t != item.title else { break }
            // `[New][Old]` renamed back to Old is the shortcut `[Old]` it was.
            if t.hasPrefix("["), t.hasSuffix("]"), let close = t.firstIndex(of: "]"), t[t.index(after: close)...].hasPrefix("["),
                t[t.index(close, offsetBy: 2) ..< t.index(before: t.endIndex)].lowercased() == newTitle.lowercased()
            {
                return (range, "[\(t[t.index(close, offsetBy: 2) ..< t.index(before: t.endIndex)])]")
            }
            if t.hasPrefix("["), t.hasSuffix("]") || t.hasSuffix("][]"), let close = t.firstIndex(of: "]"), t[t.index(after: close)...].count <= 2 {
                return (range, "[\(newTitle)][\(t[t.index(after: t.startIndex) ..< close])]")
            }
        case .text: break
        }
        let words = Array(item.title.utf8)
        if !words.isEmpty, words.count < range.count,
            let start = (range.lowerBound ... range.upperBound - words.count).first(where: { source.bytes[$0 ..< $0 + words.count].elementsEqual(words) })
        {
            return (start ..< start + words.count, newTitle)
        }
        var text = newTitle
        var from = text.startIndex
        for l in item.links where !l.text.isEmpty && (t.contains(l.url) || t.contains("[" + l.text) || t.contains("`" + l.text)) {
            guard let r = text[from...].firstRange(of: l.text) else { continue }
            let markup = writer.titleLink(text: l.text, url: l.url)
            text.replaceSubrange(r, with: markup)
            from = text.index(r.lowerBound, offsetBy: markup.count)
        }
        return (range, text)
    }
}
