/// Turns intents about the model ("tick deliverable 3 of tty-broker", "set owner of etcd-2")
/// into byte patches against the syntax tree, written in the document's own style: its
/// checkbox letter, list markers and indentation, line endings, field syntax.
public struct DocumentEditor: Sendable {
    public let path: String
    public let tree: SyntaxTree
    public let document: Document
    /// The file as it was read, to refuse writing over someone else's change.
    public let snapshot: AtomicFileWriter.Snapshot?
    /// The letter to tick boxes with when the document has no ticked box to follow (`X` or `x`).
    public var letterHint: UInt8? = nil
    /// Whether, with no ticked box and no hint, the letter comes from the file's committed
    /// version (`open` sets it: the file is on disk, perhaps in a git checkout).
    public var letterFromGit = false

    /// Reads `tree` as much as an edit needs: items and where their deliverables are; the
    /// texts of an item's deliverables are read when an edit asks for them (`item(_:)`).
    public init(path: String, tree: SyntaxTree, snapshot: AtomicFileWriter.Snapshot? = nil) {
        self.path = path
        self.tree = tree
        self.document = DocumentReader.read(tree, path: path, detail: .checklists)
        self.snapshot = snapshot
    }

    /// Item `index` with its deliverables' texts, links and issues read.
    public func item(_ index: Int) -> Item {
        var item = document.items[index]
        // Plain entries (no box) have no offset to read their text by: a full read has it.
        if item.deliverables.flattened.contains(where: { !$0.deliverable.hasCheckbox }),
            let full = DocumentReader.read(tree, path: path).items.first(where: { $0.line == item.line })
        {
            return full
        }
        let offsets = Set(item.deliverables.flattened.map(\.deliverable.checkboxOffset))
        guard !offsets.isEmpty else { return item }
        let texts = DocumentReader.deliverableTexts(in: tree, checkboxOffsets: offsets)
        func fill(_ list: [Deliverable]) -> [Deliverable] {
            list.map { d in
                var d = d
                if let t = texts[d.checkboxOffset] { d.text = t.plain; d.links = t.links; d.issues = t.issues }
                d.children = fill(d.children)
                return d
            }
        }
        item.deliverables = fill(item.deliverables)
        return item
    }

    /// Reads `path` for editing.
    public static func open(_ path: String, format: Format? = nil) throws(EditError) -> DocumentEditor {
        // Size and time before reading, the digest of the bytes read: a change in between shows.
        var snapshot = AtomicFileWriter.Snapshot.of(path)
        var editor: DocumentEditor
        do {
            let tree = try DocumentLoader(format: format).syntax(path: path)
            snapshot?.digest = AtomicFileWriter.digest(tree.source.bytes)
            editor = DocumentEditor(path: path, tree: tree, snapshot: snapshot)
        } catch {
            throw .read(error)
        }
        editor.letterFromGit = true
        return editor
    }

    /// What an edit does: the patches, and one line per change for people.
    public struct Edit: Sendable {
        public var patches: [TextPatch] = []
        public var changes: [Change] = []
        /// What the edit means to change in the model, for `EditVerifier`.
        public var intent: EditIntent? = nil
        /// Whether `verified(_:)` has re-read it already, as it is now: a patch or intent
        /// changed since takes the mark away.
        public var isVerified: Bool { verifiedAs.map { $0.patches == patches && $0.intent == intent } ?? false }
        /// The patches and intent `verified(_:)` checked.
        var verifiedAs: (patches: [TextPatch], intent: EditIntent?)? = nil

        /// An edit of `patches`, reported as `changes`, meaning `intent` (which `verified(_:)` checks).
        public init(patches: [TextPatch] = [], changes: [Change] = [], intent: EditIntent? = nil) {
            self.patches = patches
            self.changes = changes
            self.intent = intent
        }

        /// The document after the edit.
        public func applied(to bytes: [UInt8]) -> [UInt8] { TextPatch.apply(patches, to: bytes) }
    }

    /// One change, as `roadmap` reports it: `checked "Swarm preview" in Scheduling (ROADMAP.rst:32)`.
    public struct Change: Sendable, Equatable {
        /// `checked`, `unchecked`, `set`, `unset`, `added`; with `changed` false the document
        /// already was so.
        public var action: String
        public var subject: String
        public var item: String
        public var itemID: String
        public var line: Int
        public var changed: Bool

        public func description(path: String) -> String {
            changed
                ? "\(action) \(subject) in \(item) (\(path):\(line))"
                : "\(subject) in \(item) is already \(action) (\(path):\(line)); nothing to do"
        }
    }

    var source: SourceText { tree.source }
    var lineEnding: [UInt8] { Array(source.lineEnding.utf8) }

    // MARK: - Checkboxes

    /// Ticks (or clears) deliverables of item `index`: those `selectors` name (positions such
    /// as `2` or `3.1`, or text), all of them with `all`, or the only one that can change.
    /// Each box changes by one byte, with the letter the document already uses.
    public func setChecked(_ checked: Bool, item index: Int, selectors: [String], all: Bool) throws(EditError) -> Edit {
        let item = self.item(index)
        let entries = item.deliverables.flattened
        guard !entries.isEmpty else { throw .nothingToChange(item: item.title, reason: "it has no deliverables") }
        var chosen: [(position: String, deliverable: Deliverable)] = []
        if all {
            chosen = entries
        } else if selectors.isEmpty {
            let candidates = entries.filter { $0.deliverable.checked != checked }
            guard candidates.count == 1 else {
                if candidates.isEmpty { throw .nothingToChange(item: item.title, reason: "every deliverable is already \(checked ? "checked" : "unchecked")") }
                throw .deliverable(query: checked ? "(the open one)" : "(the checked one)", item: item.title,
                                   candidates: candidates.map { "\($0.position) \($0.deliverable.text)" })
            }
            chosen = candidates
        } else {
            for s in selectors { chosen.append(try Self.select(s, in: entries, item: item.title)) }
        }
        let fallback = checked ? documentLetter() : 0x20
        var edit = Edit(intent: .setChecked(item: index, positions: chosen.filter { $0.deliverable.checked != checked }.map(\.position), checked: checked))
        for (_, d) in chosen {
            let letter = checkedLetter(forBoxAt: d.checkboxOffset, fallback: fallback)
            let change = Change(action: checked ? "checked" : "unchecked", subject: "\"\(d.text)\"", item: item.title, itemID: item.id,
                                line: d.line, changed: d.checked != checked)
            edit.changes.append(change)
            if change.changed, d.checkboxOffset >= 0, !edit.patches.contains(where: { $0.range.lowerBound == d.checkboxOffset }) {
                edit.patches.append(TextPatch(range: d.checkboxOffset ..< d.checkboxOffset + 1, replacement: [checked ? letter : 0x20]))
            }
        }
        return edit
    }

    /// A deliverable by position (`2`, `3.1`) or text: exact (case-insensitive), then a unique substring.
    static func select(_ query: String, in entries: [(position: String, deliverable: Deliverable)], item: String) throws(EditError) -> (position: String, deliverable: Deliverable) {
        if let e = entries.first(where: { $0.position == query }) { return e }
        let q = query.lowercased()
        let exact = entries.filter { $0.deliverable.text.lowercased() == q }
        if exact.count == 1 { return exact[0] }
        let partial = exact.isEmpty ? entries.filter { $0.deliverable.text.lowercased().contains(q) } : exact
        if partial.count == 1 { return partial[0] }
        throw .deliverable(query: query, item: item, candidates: partial.map { "\($0.position) \($0.deliverable.text)" })
    }

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
        if let letter = majorityLetter(tree.blocks.indices) ?? letterHint { return letter }
        return (letterFromGit ? Git.committed(path).flatMap { Self.checkedLetter(in: $0) } : nil) ?? 0x78
    }

    /// The letter most ticked boxes among blocks `ks` use, or nil when none is ticked.
    private func majorityLetter(_ ks: some Sequence<Int>) -> UInt8? {
        let blocks = tree.blocks
        var upper = 0, lower = 0
        for k in ks where blocks[k].hasCheckbox && blocks[k].isChecked {
            if source.bytes[Int(blocks[k].checkbox)] == 0x58 { upper += 1 } else { lower += 1 }
        }
        return upper + lower == 0 ? nil : upper > lower ? 0x58 : 0x78
    }

    /// The block holding line `line` (blocks tile the document in order: a binary search).
    private func block(atLine line: Int) -> Int? {
        let blocks = tree.blocks
        var lo = 0, hi = blocks.count - 1
        while lo < hi {
            let mid = (lo + hi + 1) / 2
            if Int(blocks[mid].firstLine) <= line { lo = mid } else { hi = mid - 1 }
        }
        return blocks.indices.contains(lo) && blocks[lo].lines.contains(line) ? lo : nil
    }

    /// The entries of the list entry `k` belongs to (nested entries skipped), `k` included.
    private func listSiblings(of k: Int) -> [Int] {
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

    // MARK: - Fields

    /// Sets field `key` of item `index` to `value`: in place when the item has it, else as a new
    /// field in the document's syntax (an RST field list under the title, a Markdown
    /// `Key: value` paragraph).
    /// A value whose markup would read differently (`<v2>`, `*x*`, a leading `- `) is written
    /// escaped in the document's syntax, so that it reads back exactly; a status must be one
    /// the reader knows.
    public func setField(item index: Int, key: String, value: String) throws(EditError) -> Edit {
        try setField(item: index, key: key, value: value, written: fieldText(value))
    }

    private func setField(item index: Int, key: String, value: String, written: String) throws(EditError) -> Edit {
        try validate(key: key, value: value)
        let item = document.items[index]
        let section = try sectionBlocks(of: item)
        var edit = Edit(intent: .setField(item: index, key: key, value: value))
        let change = Change(action: "set", subject: "\(key) = \"\(value)\"", item: item.title, itemID: item.id, line: item.line, changed: true)
        if let existing = fieldLocation(key: key, in: section) {
            if source.string(existing.value) == value || source.string(existing.value) == written {
                edit.changes.append(Change(action: "set", subject: "\(key) = \"\(value)\"", item: item.title, itemID: item.id,
                                           line: source.lineIndex(ofByte: existing.value.lowerBound) + 1, changed: false))
                return edit
            }
            edit.patches.append(TextPatch(range: existing.value, replacement: written))
            var c = change
            c.line = source.lineIndex(ofByte: existing.value.lowerBound) + 1
            edit.changes.append(c)
            return edit
        }
        let insertion = fieldInsertion(key: key, value: written, section: section)
        edit.patches += insertion.patches
        var c = change
        c.line = insertion.line
        edit.changes.append(c)
        return edit
    }

    /// Removes field `key` of item `index` (its whole line).
    public func unsetField(item index: Int, key: String) throws(EditError) -> Edit {
        let item = document.items[index]
        let section = try sectionBlocks(of: item)
        guard let existing = fieldLocation(key: key, in: section) else {
            return Edit(changes: [Change(action: "unset", subject: key, item: item.title, itemID: item.id, line: item.line, changed: false)])
        }
        var removed = existing.lines
        let line = source.lineIndex(ofByte: existing.lines.lowerBound)
        if let h = section.first(where: { tree.blocks[$0].kind == .heading && Int(tree.blocks[$0].firstLine) == line }) {
            // A subsection titled as the field: without its title, what it holds would join the
            // section before it.
            var j = h + 1
            while j < section.upperBound, tree.blocks[j].kind == .blank { j += 1 }
            if j < section.upperBound, tree.blocks[j].kind != .heading {
                throw .nothingToChange(item: item.title, reason: "its \(key) is the title of a subsection with text under it (line \(line + 1)); edit it by hand")
            }
        }
        // A field that stands alone (the only one of its list or paragraph) takes one blank line
        // after it along, so that `set` then `unset` leaves the document as it was.
        let blocks = tree.blocks
        if let k = section.first(where: { source.start(ofLine: Int(blocks[$0].firstLine)) <= existing.lines.lowerBound
                                           && source.end(ofLine: Int(blocks[$0].endLine) - 1) >= existing.lines.upperBound }),
            k + 1 < section.upperBound, blocks[k + 1].kind == .blank,
            blocks[k].lines.count == 1, blocks[k - 1].kind != .field, blocks[k + 1].kind != .field
        {
            removed = removed.lowerBound ..< source.end(ofLine: Int(blocks[k + 1].firstLine))
        } else if let k = section.first(where: { source.start(ofLine: Int(blocks[$0].firstLine)) == existing.lines.lowerBound }),
            k > section.lowerBound + 1, blocks[k].lines.count == 1, blocks[k - 1].kind == .blank, blocks[k + 1 ..< section.upperBound].first?.kind != .field
        {
            // Alone at the end of its section: the blank line before it goes instead.
            removed = source.start(ofLine: Int(blocks[k].firstLine) - 1) ..< removed.upperBound
        }
        var patches = [TextPatch(range: removingLikeDocument(removed), replacement: [])]
        if tree.format == .markdown, let k = section.first(where: { blocks[$0].kind == .paragraph && blocks[$0].lines.contains(line) }),
            blocks[k].lines.count > 1, line == Int(blocks[k].endLine) - 1,
            MarkdownFieldStyle.hardBreak(of: Array(source.bytes[source.contentRange(ofLine: line)])) == nil
        {
            // The last line of hard-broken lines goes: the line now last loses its break, as
            // the last line had none (what `set` added when it wrote the removed line).
            let previous = source.contentRange(ofLine: line - 1)
            if let hardBreak = MarkdownFieldStyle.hardBreak(of: Array(source.bytes[previous])) {
                patches.append(TextPatch(range: previous.upperBound - hardBreak.count ..< previous.upperBound, replacement: []))
            }
        }
        return Edit(patches: patches,
                    changes: [Change(action: "unset", subject: key, item: item.title, itemID: item.id,
                                     line: source.lineIndex(ofByte: existing.lines.lowerBound) + 1, changed: true)],
                    intent: .unsetField(item: index, key: key))
    }

    private func validate(key: String, value: String) throws(EditError) {
        let bad: (Character) -> Bool = { $0 == "\n" || $0 == "\r" }
        if key.isEmpty || key.contains(where: bad) || key.hasPrefix(" ") || key.hasSuffix(" ") {
            throw .invalidValue("the field name \"\(key)\" is empty, holds a line break or starts or ends with a space")
        }
        if key.contains(":") || key.hasPrefix("`") || key.hasPrefix("*") || key.hasPrefix("#") {
            throw .invalidValue("the field name \"\(key)\" holds characters that would change the document's structure (`:`, or a leading `` ` ``, `*`, `#`)")
        }
        if value.contains(where: bad) { throw .invalidValue("the value of \(key) holds a line break") }
        if tree.format == .markdown && !MarkdownFieldLine.isValidKey(key) {
            throw .invalidValue("a Markdown field name is at most 30 characters and 4 words of letters, digits, spaces, - and _; \"\(key)\" would read back as prose")
        }
        if value.trimming(" \t*_").isEmpty { throw .invalidValue("the value of \(key) is empty; `roadmap unset` removes a field") }
        if tree.format == .text { throw .invalidValue("fields of plain-text documents cannot be set yet; edit the file by hand") }
        if key.lowercased() == "status", Status(text: value) == nil {
            let close = Status.knownWords.map { ($0, EditDistance.between(value.lowercased(), $0)) }.filter { $0.1 <= 3 }.min { $0.1 < $1.1 }
            let hint = close.map { "did you mean `\($0.0)`?" } ?? "use planned, in progress, done or backlog (or a word such as finished, started, todo)"
            throw .invalidValue("\"\(value)\" is not a status roadmap reads; \(hint)")
        }
    }

    /// `value` as a field's text in this dialect: itself when it reads back as itself, else with
    /// its markup characters escaped by backslashes (both dialects read `\<` as `<`).
    func fieldText(_ value: String) -> String {
        let markup: Set<Character> = tree.format == .markdown
            ? ["\\", "`", "*", "_", "[", "]", "<", ">", "!", "&", "|", "~"]
            : ["\\", "`", "*", "_", "|", "[", "]", "<", ">", ":"]
        // What starts a list, a heading, a quote or a field at the start of a field's body.
        let leading: Set<Character> = ["-", "+", "*", "#", ":", ">", "|", ".", "=", "("]
        let reads = InlineParser(format: tree.format, targets: LinkTargets()).parse(value).plain == value
        // An enumerator (`1. `, `2) `) as well.
        let digits = value.prefix { $0.isASCII && $0.isNumber }
        let enumerator = !digits.isEmpty && value.dropFirst(digits.count).first.map { $0 == "." || $0 == ")" } == true
        let startsBlock = enumerator || value.first.map { leading.contains($0) } == true
        guard !reads || (tree.format == .rst && startsBlock) else { return value }
        var out = ""
        for (k, c) in value.enumerated() {
            if markup.contains(c) || (k == 0 && (leading.contains(c) || enumerator)) { out.append("\\") }
            out.append(c)
        }
        return out
    }

    /// The blocks of an item's section: heading, then body, up to the next section.
    /// The list entry an item is (an idea of a backlog list), or nil for a section.
    public func listEntryBlock(of item: Item) -> Int? {
        guard let k = tree.blocks.indices.first(where: { Int(tree.blocks[$0].firstLine) == item.line - 1 }) else { return nil }
        return tree.blocks[k].kind == .listItem ? k : nil
    }

    private func sectionBlocks(of item: Item) throws(EditError) -> Range<Int> {
        let blocks = tree.blocks
        guard let first = blocks.firstIndex(where: { $0.kind == .heading && Int($0.firstLine) <= item.line - 1 && Int($0.endLine) > item.line - 1 }) else {
            throw .nothingToChange(item: item.title, reason: "it is an entry of a list, not a section; edit it by hand")
        }
        var end = first + 1
        while end < blocks.count, Int(blocks[end].firstLine) < item.lineRange.upperBound { end += 1 }
        return first ..< end
    }

    /// Where field `key` is: its value's bytes and its whole lines.
    private func fieldLocation(key: String, in section: Range<Int>) -> (value: Range<Int>, lines: Range<Int>)? {
        let blocks = tree.blocks
        let wanted = key.lowercased()
        var k = section.lowerBound + 1
        while k < section.upperBound, blocks[k].kind == .blank { k += 1 }
        switch tree.format {
        case .rst, .text:
            // Where the reader finds the item's fields (also below its first paragraph in RST).
            guard let run = tree.itemFieldBlocks(in: section.lowerBound + 1 ..< section.upperBound) else { return nil }
            k = run.lowerBound
            while k < run.upperBound, blocks[k].kind == .field || blocks[k].kind == .blank {
                let b = blocks[k]
                if b.kind == .field, source.string(b.mark).lowercased() == wanted {
                    let lines = source.start(ofLine: Int(b.firstLine)) ..< source.end(ofLine: Int(b.endLine) - 1)
                    // A value that goes on over indented lines is replaced as a whole.
                    let end = b.endLine - b.firstLine > 1 ? source.contentEnd(ofLine: Int(b.endLine) - 1) : Int(b.textEnd)
                    return (Int(b.textStart) ..< end, lines)
                }
                k += 1
            }
        case .markdown:
            // Only a paragraph the reader takes as fields: prose that happens to hold a colon is not one.
            let paragraph = k < section.upperBound && blocks[k].kind == .paragraph && isMarkdownFieldParagraph(blocks[k])
            for i in paragraph ? blocks[k].lines : 0 ..< 0 {
                let r = source.contentRange(ofLine: i)
                guard let line = MarkdownFieldLine(source.string(r)), line.key.lowercased() == wanted else { continue }
                // (A backslash hard break ending the line is not value: a new value keeps it.)
                let value = r.lowerBound + line.valueOffsets.lowerBound ..< r.lowerBound + line.valueOffsets.upperBound
                return (value, source.start(ofLine: i) ..< source.end(ofLine: i))
            }
            // A subsection titled as the field (`### Owner: dana`) gives it, as the reader has it.
            let level = blocks[section.lowerBound].level
            for h in section.dropFirst() where blocks[h].kind == .heading && blocks[h].level > level {
                let title = source.bytes[blocks[h].text]
                guard let field = HeadingVocabulary.headingField(title: String(decoding: title, as: UTF8.self)), field.key.lowercased() == wanted,
                    let colon = title.firstIndex(of: 0x3A)
                else { continue }
                let markup: (UInt8) -> Bool = { $0 == 0x20 || $0 == 0x09 || $0 == 0x2A || $0 == 0x5F }
                var s = colon + 1, e = Int(blocks[h].textEnd)
                while s < e, markup(source.bytes[s]) { s += 1 }
                while e > s, markup(source.bytes[e - 1]) { e -= 1 }
                guard e > s else { continue }
                return (s ..< e, source.start(ofLine: Int(blocks[h].firstLine)) ..< source.end(ofLine: Int(blocks[h].endLine) - 1))
            }
        }
        return nil
    }

    /// A new field: after the item's last field, or right under its title.
    private func fieldInsertion(key: String, value: String, section: Range<Int>) -> (patches: [TextPatch], line: Int) {
        let blocks = tree.blocks
        let nl = lineEnding
        let heading = blocks[section.lowerBound]
        var k = section.lowerBound + 1
        while k < section.upperBound, blocks[k].kind == .blank { k += 1 }
        let fieldRun = tree.format == .markdown ? nil : tree.itemFieldBlocks(in: section.lowerBound + 1 ..< section.upperBound)
        let hasFields = fieldRun != nil || k < section.upperBound && tree.format == .markdown && blocks[k].kind == .paragraph && isMarkdownFieldParagraph(blocks[k])
        if hasFields {
            let last = fieldRun.map { $0.upperBound - 1 } ?? k
            if let run = fieldRun, last + 1 < section.upperBound, blocks[last + 1].kind != .blank, blocks[last + 1].kind != .heading,
                blocks[last + 1].indent > blocks[run.lowerBound].indent
            {
                // The last field's body goes on below it (a checklist): the new field goes first,
                // where it cannot become part of that body.
                let at = source.start(ofLine: Int(blocks[run.lowerBound].firstLine))
                return ([TextPatch(range: at ..< at, replacement: Array(":\(key): \(value)".utf8) + nl)], Int(blocks[run.lowerBound].firstLine) + 1)
            }
            let b = blocks[last]
            let at = source.end(ofLine: Int(b.endLine) - 1)
            var text = tree.format == .markdown ? Array(markdownFieldStyle(section: section).line(key: key, value: value).utf8) : Array(":\(key): \(value)".utf8)
            var patches: [TextPatch] = []
            if tree.format == .markdown, let hardBreak = markdownFieldStyle(section: section).hardBreak {
                // Lines kept apart by hard breaks: the last line gets one (if it had none, the new
                // line, now last, has none either).
                let lastLine = source.contentRange(ofLine: Int(b.endLine) - 1)
                if let own = MarkdownFieldStyle.hardBreak(of: Array(source.bytes[lastLine])) {
                    text += own
                } else {
                    patches.append(TextPatch(range: lastLine.upperBound ..< lastLine.upperBound, replacement: hardBreak))
                }
            }
            let endsWithNewline = at > 0 && source.bytes[at - 1] == 0x0A
            text = endsWithNewline ? text + nl : nl + text
            return ([TextPatch(range: at ..< at, replacement: text)] + patches, Int(b.endLine) + 1)
        }
        let at = source.end(ofLine: Int(heading.endLine) - 1)
        let headingEndsLine = at > 0 && source.bytes[at - 1] == 0x0A
        // The title's own rhythm: a blank line under it or none. The new field keeps it and is
        // followed by one blank line, the one `unset` takes back, so set then unset is no change.
        let blankUnderTitle = k > section.lowerBound + 1
        let field = Array((tree.format == .markdown ? markdownFieldStyle(section: section).line(key: key, value: value) : ":\(key): \(value)").utf8)
        if blankUnderTitle && k < blocks.count {
            // Title, blank line, text: the field goes between them, blank lines around it.
            let at = source.start(ofLine: Int(blocks[k].firstLine))
            return ([TextPatch(range: at ..< at, replacement: field + nl + nl)], Int(blocks[k].firstLine) + 1)
        }
        if blankUnderTitle {
            // Title and blank lines ending the document: a blank line, the field, then those.
            return ([TextPatch(range: at ..< at, replacement: nl + field + nl)], Int(heading.endLine) + 2)
        }
        // Directly under the title; a blank line before what follows.
        var text: [UInt8] = headingEndsLine ? [] : nl
        text += field + nl
        if !blankUnderTitle && k < blocks.count { text += nl }
        return ([TextPatch(range: at ..< at, replacement: endingLikeDocument(text, at: at))], Int(heading.endLine) + 1)
    }

    /// How the item's fields paragraph writes its lines; for an item without one, how the
    /// document's first fields paragraph under a title does; else plain `key: value`.
    func markdownFieldStyle(section: Range<Int>?) -> MarkdownFieldStyle {
        let blocks = tree.blocks
        func style(of k: Int) -> MarkdownFieldStyle? {
            let lines = blocks[k].lines
            guard var style = MarkdownFieldStyle(line: source.line(lines.lowerBound)) else { return nil }
            // The last line of a paragraph needs no break: another line shows whether they have one.
            style.hardBreak = lines.dropLast().lazy.compactMap { MarkdownFieldStyle.hardBreak(of: Array(self.source.bytes[self.source.contentRange(ofLine: $0)])) }.first
            return style
        }
        func fieldsParagraph(after heading: Int) -> Int? {
            var k = heading + 1
            while k < blocks.count, blocks[k].kind == .blank { k += 1 }
            return k < blocks.count && blocks[k].kind == .paragraph && isMarkdownFieldParagraph(blocks[k]) ? k : nil
        }
        if let section, let k = fieldsParagraph(after: section.lowerBound), k < section.upperBound, let s = style(of: k) { return s }
        for h in blocks.indices where blocks[h].kind == .heading {
            if let k = fieldsParagraph(after: h), let s = style(of: k) { return s }
        }
        return MarkdownFieldStyle()
    }

    private func isMarkdownFieldParagraph(_ b: Block) -> Bool {
        b.lines.allSatisfy { MarkdownFieldLine(source.line($0)) != nil }
    }

    // MARK: - Deliverables

    /// Adds a deliverable to item `index`, after its last one (or after the last child of the
    /// deliverable at position `under`), in the style of its siblings.
    public func addDeliverable(item index: Int, text: String, checked: Bool, link: String?, under: String?) throws(EditError) -> Edit {
        if text.contains(where: { $0 == "\n" || $0 == "\r" }) || text.trimming(" \t").isEmpty {
            throw .invalidValue("a deliverable is one line of text")
        }
        if tree.format == .text { throw .invalidValue("deliverables of plain-text documents cannot be added yet; edit the file by hand") }
        let item = under == nil ? document.items[index] : self.item(index)
        let section = try sectionBlocks(of: item)
        let blocks = tree.blocks
        let nl = lineEnding
        var label = text
        var targetPatch: TextPatch? = nil
        if let link {
            if tree.format == .markdown {
                if let target = targetInsertion(name: text, url: link) {
                    label = "[\(text)]"  // the document keeps its URLs in reference definitions
                    targetPatch = target
                } else {
                    label = "[\(text)](\(link))"
                }
            } else if let target = targetInsertion(name: text, url: link) {
                // The document keeps its URLs in a block of targets: the new one goes there too.
                label = "`\(text)`_"
                targetPatch = target
            } else {
                label = "`\(text) <\(link)>`_"
            }
        }
        // The sibling to copy: the parent's last child, or the item's last top-level deliverable.
        var parentBlock: Int? = nil
        var parentPosition: String? = nil
        if let under {
            let entries = item.deliverables.flattened
            let parent = try Self.select(under, in: entries, item: item.title)
            parentPosition = parent.position
            parentBlock = section.first { blocks[$0].kind == .listItem && Int(blocks[$0].checkbox) == parent.deliverable.checkboxOffset }
        }
        let siblings = section.filter { k in
            blocks[k].kind == .listItem && blocks[k].hasCheckbox && checkboxParent(of: k, within: section) == (parentBlock ?? -1)
        }
        let letter: UInt8 = checked ? checkedLetter(forBoxAt: siblings.last.map { Int(blocks[$0].checkbox) }) : 0x20
        var edit = Edit(intent: .addDeliverable(item: index, under: parentPosition, text: text, checked: checked, link: link))
        if siblings.isEmpty, parentBlock == nil, let lastPlain = item.deliverables.last, !item.deliverables.contains(where: \.hasCheckbox),
            let k = section.first(where: { blocks[$0].kind == .listItem && Int(blocks[$0].firstLine) == lastPlain.line - 1 })
        {
            // The item's deliverables are a plain list: a box would make them stop counting, so
            // the new one is an entry of that list too, without a box.
            if checked { throw .invalidValue("the deliverables of \(item.title) are a plain list without boxes; add it without --checked") }
            var last = k
            for j in section where j > k && isDescendant(j, of: k) { last = j }
            let at = source.end(ofLine: Int(blocks[last].endLine) - 1)
            var line = Array(source.bytes[source.start(ofLine: Int(blocks[k].firstLine)) ..< Int(blocks[k].textStart)]) + Array(label.utf8) + nl
            if at > 0 && source.bytes[at - 1] != 0x0A { line = nl + line }
            edit.patches.append(TextPatch(range: at ..< at, replacement: endingLikeDocument(line, at: at)))
            edit.changes.append(Change(action: "added", subject: "\"\(text)\"", item: item.title, itemID: item.id,
                                       line: source.lineIndex(ofByte: max(0, at - 1)) + 2, changed: true))
        } else if let siblingIndex = siblings.last {
            let sibling = blocks[siblingIndex]
            // After the sibling and everything nested in it.
            var last = siblingIndex
            for k in section where k > siblingIndex && isDescendant(k, of: siblingIndex) { last = k }
            let at = source.end(ofLine: Int(blocks[last].endLine) - 1)
            var prefix = Array(source.bytes[source.start(ofLine: Int(sibling.firstLine)) ..< Int(sibling.textStart)])
            let boxAt = Int(sibling.checkbox) - source.start(ofLine: Int(sibling.firstLine))
            prefix[boxAt] = letter
            // An enumerated sibling (`2.`) is followed by the next number (`3.`), not a copy.
            let markerAt = Int(sibling.markStart) - source.start(ofLine: Int(sibling.firstLine))
            let markerEnd = Int(sibling.markEnd) - source.start(ofLine: Int(sibling.firstLine))
            let digits = prefix[markerAt ..< markerEnd].prefix { $0 >= 0x30 && $0 <= 0x39 }
            if !digits.isEmpty, let n = Int(String(decoding: digits, as: UTF8.self)) {
                let next = Array(String(n + 1).utf8)
                prefix.replaceSubrange(markerAt ..< markerAt + digits.count, with: next)
                // Keep the text's column when the number grows a digit (9. → 10.) by taking a space.
                if next.count > digits.count, boxAt + 1 < prefix.count, prefix[markerAt + next.count + (markerEnd - markerAt - digits.count)] == 0x20,
                    markerAt + next.count + (markerEnd - markerAt - digits.count) + 1 < prefix.count,
                    prefix[markerAt + next.count + (markerEnd - markerAt - digits.count) + 1] == 0x20
                {
                    prefix.remove(at: markerAt + next.count + (markerEnd - markerAt - digits.count))
                }
            }
            var line = prefix + Array(label.utf8) + nl
            if at > 0 && source.bytes[at - 1] != 0x0A { line = nl + line }
            edit.patches.append(TextPatch(range: at ..< at, replacement: endingLikeDocument(line, at: at)))
            edit.changes.append(Change(action: "added", subject: "\"\(text)\"", item: item.title, itemID: item.id,
                                       line: source.lineIndex(ofByte: max(0, at - 1)) + 2, changed: true))
        } else if let p = parentBlock {
            let parent = blocks[p]
            let at = source.end(ofLine: Int(parent.endLine) - 1)
            let indent = String(repeating: " ", count: Int(parent.contentColumn))
            let marker = source.string(parent.mark)
            let line = Array("\(indent)\(marker) [\(Character(UnicodeScalar(letter)))] \(label)".utf8) + nl
            var blank: [UInt8] = tree.format == .rst ? nl : []  // RST wants a blank line before a nested list
            if at > 0 && source.bytes[at - 1] != 0x0A { blank = nl + blank }  // the parent ends the file without a newline
            edit.patches.append(TextPatch(range: at ..< at, replacement: endingLikeDocument(blank + line, at: at)))
            edit.changes.append(Change(action: "added", subject: "\"\(text)\"", item: item.title, itemID: item.id,
                                       line: Int(parent.endLine) + 1 + blank.count / max(1, nl.count), changed: true))
        } else {
            // A first checklist: after the item's own text (before its first subsection, where
            // the list would belong to that subsection), before its trailing blank lines.
            var last = (section.dropFirst().first { blocks[$0].kind == .heading } ?? section.upperBound) - 1
            // Trailing blank lines, and anchors or targets that belong to what follows, stay after.
            while last > section.lowerBound, blocks[last].kind == .blank || blocks[last].kind == .target || blocks[last].kind == .comment { last -= 1 }
            let b = blocks[last]
            let at = source.end(ofLine: Int(b.endLine) - 1)
            var insert: [UInt8] = at > 0 && source.bytes[at - 1] != 0x0A ? nl : []
            insert += nl + Array("- [\(Character(UnicodeScalar(letter)))] \(label)".utf8) + nl
            edit.patches.append(TextPatch(range: at ..< at, replacement: endingLikeDocument(insert, at: at)))
            edit.changes.append(Change(action: "added", subject: "\"\(text)\"", item: item.title, itemID: item.id,
                                       line: Int(b.endLine) + 2, changed: true))
        }
        if let targetPatch { edit.patches.append(targetPatch) }
        return edit
    }

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
        let text = tree.format == .markdown ? "[\(name)]: \(url)" : (quoted ? ".. _`\(name)`: \(url)" : ".. _\(name): \(url)")
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

    /// The nearest enclosing checkbox entry of list item `k` inside `section`, or -1.
    private func checkboxParent(of k: Int, within section: Range<Int>) -> Int {
        var p = Int(tree.blocks[k].parent)
        while p >= 0 {
            if !section.contains(p) { return -1 }
            if tree.blocks[p].hasCheckbox { return p }
            p = Int(tree.blocks[p].parent)
        }
        return -1
    }

    private func isDescendant(_ k: Int, of ancestor: Int) -> Bool { tree.blocks.isDescendant(k, of: ancestor) }

    /// `text` to insert at `at`, ending as the document does: at the end of a document whose last
    /// line has no line ending, without one (removing it again then leaves that line as it was).
    private func endingLikeDocument(_ text: [UInt8], at: Int) -> [UInt8] {
        guard at == source.bytes.count, let last = source.bytes.last, last != 0x0A, text.count > lineEnding.count,
            text.suffix(lineEnding.count).elementsEqual(lineEnding)
        else { return text }
        return Array(text.dropLast(lineEnding.count))
    }

    /// `range` of whole lines to remove; when it runs to the end of a document whose last line has
    /// no line ending, it takes the line ending before it instead, so the document still ends so.
    private func removingLikeDocument(_ range: Range<Int>) -> Range<Int> {
        guard range.upperBound == source.bytes.count, source.bytes.last != 0x0A, range.lowerBound > 0,
            range.lowerBound == source.start(ofLine: source.lineIndex(ofByte: range.lowerBound))
        else { return range }
        return source.contentEnd(ofLine: source.lineIndex(ofByte: range.lowerBound) - 1) ..< range.upperBound
    }

    /// Whether list entry `k` (with what is nested in it, up to block `last`) is its list's only
    /// entry: no entry of the same list before or after it, blank lines between them skipped.
    private func isLoneEntry(_ k: Int, through last: Int) -> Bool {
        let blocks = tree.blocks
        func isSibling(_ j: Int) -> Bool {
            blocks[j].kind == .listItem && blocks[j].parent == blocks[k].parent && blocks[j].indent == blocks[k].indent
        }
        var j = k - 1
        while j >= 0, blocks[j].kind == .blank { j -= 1 }
        // The entry before may be nested in a sibling.
        while j >= 0, blocks[j].kind == .listItem {
            if isSibling(j) { return false }
            j = Int(blocks[j].parent)
        }
        j = last + 1
        while j < blocks.count, blocks[j].kind == .blank { j += 1 }
        return !(j < blocks.count && isSibling(j))
    }

    // MARK: - Items

    /// Renames item `index`: the title text in place; an RST underline (and overline) takes the
    /// new title's display width, keeping any extra length it had. The id follows the new title
    /// unless the document gives the item an anchor.
    ///
    /// A title whose id another item has is refused unless `allowDuplicate`, which gives this
    /// item a suffixed id; a title that would read as a status group or a non-item section is
    /// refused.
    public func rename(item index: Int, to title: String, allowDuplicate: Bool = false) throws(EditError) -> Edit {
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
            let markup = tree.format == .markdown ? "[\(l.text)](\(l.url))" : "`\(l.text) <\(l.url)>`__"
            text.replaceSubrange(r, with: markup)
            from = text.index(r.lowerBound, offsetBy: markup.count)
        }
        return (range, text)
    }

    private func hasAnchor(before k: Int) -> Bool {
        tree.labelStart(before: k) != nil || (tree.format == .markdown && Self.explicitID(in: source.string(tree.blocks[k].text)) != nil)
    }

    /// Where a Markdown heading's `{#id}` starts in its text, if it has one.
    static func explicitID(in title: String) -> String.Index? {
        guard title.hasSuffix("}"), let open = title.lastIndex(of: "{"), title[title.index(after: open)...].hasPrefix("#") else { return nil }
        return open
    }

    /// Removes item `index` (its whole section, up to the next one), or one of its deliverables
    /// (the entry with what is nested in it).
    public func remove(item index: Int, deliverable selector: String?) throws(EditError) -> Edit {
        let item = self.item(index)
        let blocks = tree.blocks
        if let selector {
            let entry = try Self.select(selector, in: item.deliverables.flattened, item: item.title)
            // A checkbox entry by its box; a plain entry (no box) by its line.
            let d = entry.deliverable
            guard let k = blocks.indices.first(where: { blocks[$0].kind == .listItem
                    && (d.hasCheckbox ? Int(blocks[$0].checkbox) == d.checkboxOffset : Int(blocks[$0].firstLine) == d.line - 1) }) else {
                throw .nothingToChange(item: item.title, reason: "deliverable \(selector) was not found in the text")
            }
            var last = k
            var j = k + 1
            // What is nested in the entry: its sub-entries, and any block indented under it (a
            // code block, a directive, a sub-list after them), which would otherwise move up.
            while j < blocks.count, blocks[j].kind == .blank || isDescendant(j, of: k) || (blocks[j].kind != .heading && blocks[j].indent > blocks[k].indent) {
                if blocks[j].kind != .blank { last = j }
                j += 1
            }
            var range = source.start(ofLine: Int(blocks[k].firstLine)) ..< source.end(ofLine: Int(blocks[last].endLine) - 1)
            // The only entry of its list takes the blank line before it along, the one
            // `add-deliverable` wrote when it began the list, so that add then remove is no change.
            if isLoneEntry(k, through: last), k > 0, blocks[k - 1].kind == .blank {
                range = source.start(ofLine: Int(blocks[k].firstLine) - 1) ..< range.upperBound
            }
            range = removingLikeDocument(range)
            return Edit(patches: [TextPatch(range: range, replacement: [])],
                        changes: [Change(action: "removed", subject: "\"\(entry.deliverable.text)\"", item: item.title, itemID: item.id,
                                         line: entry.deliverable.line, changed: true)],
                        intent: .removeDeliverable(item: index, position: entry.position))
        }
        // The whole section: from its first line (an anchor right before it included) to the next section.
        var first = source.start(ofLine: item.lineRange.lowerBound)
        if let heading = blocks.firstIndex(where: { $0.kind == .heading && Int($0.firstLine) == item.lineRange.lowerBound }),
            let labels = tree.labelStart(before: heading)
        {
            first = source.start(ofLine: Int(blocks[labels].firstLine))
        }
        var end = item.lineRange.upperBound < source.lineCount ? source.start(ofLine: item.lineRange.upperBound) : source.bytes.count
        // Comments closing the section stay: `add` writes a new section before them, taking them
        // for the start of what follows.
        var closingComment: Int? = nil
        if let last = block(atLine: item.lineRange.upperBound - 1) {
            var j = last
            // (The document's closing targets may follow such a comment, `.. LINKS`.)
            while j > 0, Int(blocks[j].firstLine) > item.lineRange.lowerBound, [.blank, .comment, .target].contains(blocks[j].kind) {
                if blocks[j].kind == .comment { closingComment = j }
                j -= 1
            }
        }
        if let c = closingComment {
            end = source.start(ofLine: Int(blocks[c].firstLine))
        } else if let firstTarget = blocks.firstIndex(where: { $0.kind == .target && $0.textEnd > $0.textStart && Int($0.firstLine) >= item.lineRange.lowerBound }),
            Int(blocks[firstTarget].firstLine) < item.lineRange.upperBound
        {
            // A section that runs into the document's closing targets stops before them.
            end = source.start(ofLine: Int(blocks[firstTarget].firstLine))
        } else if end == source.bytes.count {
            // The last section takes the blank lines before it along and leaves its own trailing
            // ones: the document ends as it did before `add` wrote the section after the others.
            var before = source.lineIndex(ofByte: first)
            while before > 0, source.isBlank(line: before - 1) { before -= 1 }
            var after = source.lineCount
            while after > before, source.isBlank(line: after - 1) { after -= 1 }
            if before < source.lineIndex(ofByte: first) {
                first = source.start(ofLine: before)
                end = after < source.lineCount ? source.start(ofLine: after) : source.bytes.count
            }
            first = removingLikeDocument(first ..< end).lowerBound
        }
        return Edit(patches: [TextPatch(range: first ..< end, replacement: [])] + orphanTargetRemovals(leaving: first ..< end),
                    changes: [Change(action: "removed", subject: "item", item: item.title, itemID: item.id, line: item.line, changed: true)],
                    intent: .removeItem(item: index))
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

    /// Links an issue to item `index` in the document's own style: a "This feature is tracked
    /// as GitHub issue `#N`_." sentence and a target in the targets block (RST documents that
    /// write them so), else an inline link (`[#N](url)`) or the bare `#N`.
    public func link(item index: Int, issue text: String) throws(EditError) -> Edit {
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
            let label = ref.url.map { tree.format == .markdown ? " ([#\(ref.number)](\($0)))" : " (`#\(ref.number) <\($0)>`_)" } ?? " (#\(ref.number))"
            let edit = Edit(patches: [TextPatch(range: at ..< at, replacement: label)],
                            changes: [Change(action: "linked", subject: ref.qualifiedLabel, item: item.title, itemID: item.id, line: item.line, changed: true)],
                            intent: .link(item: index, issue: ref.number))
            // Where the reader takes an entry's whole text as its title, the link would rename
            // the item and move its id: refused, with the reason.
            do { return try verified(edit) } catch {
                throw .invalidValue("\(path):\(item.line): \(item.title) is an entry of a list, whose whole text is its title: a link written there would rename it (\(error.problem ?? "")); link it by hand in a section of its own")
            }
        }
        let section = try sectionBlocks(of: item)
        let blocks = tree.blocks
        var last = section.upperBound - 1
        while last > section.lowerBound, blocks[last].kind == .blank || (blocks[last].kind == .target && blocks[last].textEnd > blocks[last].textStart) { last -= 1 }
        let at = source.end(ofLine: Int(blocks[last].endLine) - 1)
        let nl = lineEnding
        var sentence: String
        var patches: [TextPatch] = []
        switch tree.format {
        case .rst:
            if let url = ref.url, let target = targetInsertion(name: "#\(ref.number)", url: url) {
                sentence = "This feature is tracked as GitHub issue `#\(ref.number)`_."
                patches.append(target)
            } else if let url = ref.url {
                sentence = "This feature is tracked as GitHub issue `#\(ref.number) <\(url)>`_."
            } else {
                sentence = "This feature is tracked as GitHub issue #\(ref.number)."
            }
        case .markdown:
            if let url = ref.url, let target = targetInsertion(name: "#\(ref.number)", url: url) {
                sentence = "Tracked in [#\(ref.number)]."
                patches.append(target)
            } else {
                sentence = ref.url.map { "Tracked in [#\(ref.number)](\($0))." } ?? "Tracked in #\(ref.number)."
            }
        case .text:
            sentence = "This feature is tracked as GitHub issue #\(ref.number)."
        }
        var insert: [UInt8] = at > 0 && source.bytes[at - 1] != 0x0A ? nl : []
        insert += nl + Array(sentence.utf8) + nl
        patches.append(TextPatch(range: at ..< at, replacement: insert))
        return Edit(patches: patches, changes: [Change(action: "linked", subject: ref.qualifiedLabel, item: item.title, itemID: item.id,
                                                      line: Int(blocks[last].endLine) + 2, changed: true)],
                    intent: .link(item: index, issue: ref.number))
    }

    /// What `add` writes besides the title.
    public struct NewItem: Sendable {
        public var title: String
        public var deliverables: [String] = []
        public var issues: [String] = []
        public var fields: [(key: String, value: String)] = []

        public init(title: String, deliverables: [String] = [], issues: [String] = [], fields: [(key: String, value: String)] = []) {
            self.title = title
            self.deliverables = deliverables
            self.issues = issues
            self.fields = fields
        }
    }

    /// Adds an item after item `after` (or before item `before`; default: after the last item),
    /// in the style of its neighbour: an RST section with the same adornment, a Markdown
    /// heading of the same level and form, the same blank-line rhythm; or, where the items are
    /// entries of a backlog list, an entry of that list.
    ///
    /// A title whose id another item has is refused unless `allowDuplicate`, which gives the new
    /// item a suffixed id (ids of existing items never move).
    public func add(_ new: NewItem, after: Int? = nil, before: Int? = nil, allowDuplicate: Bool = false) throws(EditError) -> Edit {
        let title = new.title.trimming(" \t")
        if title.isEmpty || title.contains(where: { $0 == "\n" || $0 == "\r" }) { throw .invalidValue("a title is one line of text") }
        let id = try newItemID(title, replacing: nil, allowDuplicate: allowDuplicate)
        for f in new.fields { try validate(key: f.key, value: f.value) }
        if tree.format == .text { throw .invalidValue("items of plain-text documents cannot be added yet; edit the file by hand") }
        guard !document.items.isEmpty else { throw .invalidValue("\(path) has no items to take the style of a new one from; write the first by hand") }
        let neighbour = before ?? after ?? document.items.count - 1
        let item = document.items[neighbour]
        let nl = lineEnding
        let blocks = tree.blocks
        let change = Change(action: "added", subject: "item (id \(id ?? Slug.make(title)))", item: title, itemID: id ?? Slug.make(title), line: item.line, changed: true)
        var issueNumbers: [Int] = []
        for issue in new.issues { if let ref = Self.issueReference(issue, defaultBase: nil) { issueNumbers.append(ref.number) } }
        let intent = EditIntent.addItem(at: before ?? (after.map { $0 + 1 } ?? document.items.count), title: title, id: id,
                                        deliverables: new.deliverables, fields: new.fields.map { Field(key: $0.key, value: $0.value, line: 0) },
                                        issues: issueNumbers)

        if let entry = listEntryBlock(of: item) {
            if !new.deliverables.isEmpty || !new.fields.isEmpty || !new.issues.isEmpty {
                throw .invalidValue("the items of \(path) near \(item.title) are entries of a list, which hold no deliverables, fields or issues; add \"\(title)\" without them")
            }
            let b = blocks[entry]
            var prefix = Array(source.bytes[source.start(ofLine: Int(b.firstLine)) ..< Int(b.textStart)])
            if b.hasCheckbox { prefix[Int(b.checkbox) - source.start(ofLine: Int(b.firstLine))] = 0x20 }
            let line = prefix + Array(title.utf8) + nl
            let at: Int
            if before != nil {
                at = source.start(ofLine: Int(b.firstLine))
            } else {
                var last = entry
                var j = entry + 1
                while j < blocks.count, isDescendant(j, of: entry) { last = j; j += 1 }
                at = source.end(ofLine: Int(blocks[last].endLine) - 1)
            }
            let text = at > 0 && source.bytes[at - 1] != 0x0A ? nl + line : line
            var c = change
            c.line = source.lineIndex(ofByte: max(0, min(at, source.bytes.count - 1))) + (before != nil ? 1 : 2)
            return Edit(patches: [TextPatch(range: at ..< at, replacement: text)], changes: [c], intent: intent)
        }

        // A section in the neighbour's style.
        try refuseNonItemHeading(title)
        let section = try sectionBlocks(of: item)
        let heading = blocks[section.lowerBound]
        let style = heading.headingStyle
        var lines: [[UInt8]] = []
        let width = TextWidth.of(title)
        if style.atx {
            let hashes = source.bytes[heading.mark]
            lines.append(Array(hashes) + Array(" \(title)".utf8))
        } else {
            let adornment = [UInt8](repeating: style.character, count: max(1, width))
            if style.overlined { lines.append(adornment) }
            lines.append(Array(title.utf8))
            lines.append(adornment)
        }
        // The neighbour's rhythm: blank lines between its title and its text.
        var firstContent = section.lowerBound + 1
        while firstContent < section.upperBound, blocks[firstContent].kind == .blank { firstContent += 1 }
        let gapAfterTitle = firstContent > section.lowerBound + 1 ? blocks[section.lowerBound + 1].lines.count : 0
        var body: [[[UInt8]]] = []
        if !new.fields.isEmpty {
            if tree.format == .markdown {
                // In the document's field style; its hard breaks between the lines, none after the last.
                let style = markdownFieldStyle(section: nil)
                body.append(new.fields.enumerated().map { n, f in
                    Array(style.line(key: f.key, value: fieldText(f.value)).utf8) + (n < new.fields.count - 1 ? style.hardBreak ?? [] : [])
                })
            } else {
                body.append(new.fields.map { Array(":\($0.key): \(fieldText($0.value))".utf8) })
            }
        }
        if !new.deliverables.isEmpty {
            // The marker, indentation and box of the document's deliverables; `- [ ] ` if it has none.
            var prefix = Array("- [ ] ".utf8)
            if let d = blocks.first(where: { $0.kind == .listItem && $0.hasCheckbox && $0.parent < 0 }) {
                prefix = Array(source.bytes[source.start(ofLine: Int(d.firstLine)) ..< Int(d.textStart)])
                prefix[Int(d.checkbox) - source.start(ofLine: Int(d.firstLine))] = 0x20
            }
            body.append(new.deliverables.map { prefix + Array($0.utf8) })
        }
        var targets: [TextPatch] = []
        for issue in new.issues {
            guard let ref = Self.issueReference(issue, defaultBase: issueURLBase()) else {
                throw .invalidValue("\"\(issue)\" is not an issue: give a number (123 or #123), owner/repo#123, or an issue URL")
            }
            switch tree.format {
            case .markdown:
                if let url = ref.url, let target = targetInsertion(name: "#\(ref.number)", url: url) {
                    body.append([Array("Tracked in [#\(ref.number)].".utf8)])
                    targets.append(target)
                } else {
                    body.append([Array((ref.url.map { "Tracked in [#\(ref.number)](\($0))." } ?? "Tracked in #\(ref.number).").utf8)])
                }
            default:
                if let url = ref.url, let target = targetInsertion(name: "#\(ref.number)", url: url) {
                    body.append([Array("This feature is tracked as GitHub issue `#\(ref.number)`_.".utf8)])
                    targets.append(target)
                } else {
                    body.append([Array("This feature is tracked as GitHub issue #\(ref.number).".utf8)])
                }
            }
        }
        var text: [UInt8] = []
        for l in lines { text += l + nl }
        for (k, group) in body.enumerated() {
            if k > 0 || gapAfterTitle > 0 { for _ in 0 ..< max(1, k == 0 ? gapAfterTitle : 1) { text += nl } }
            for l in group { text += l + nl }
        }
        var at: Int
        var leadLines = 0  // lines written before the new title
        if before != nil {
            at = source.start(ofLine: Int(heading.firstLine))
            if section.lowerBound > 0, hasAnchor(before: section.lowerBound) {
                var j = section.lowerBound - 1
                while blocks[j].kind == .blank { j -= 1 }
                at = source.start(ofLine: Int(blocks[j].firstLine))
            }
            // The blank lines the document puts before its neighbour, copied after the new section.
            let line = source.lineIndex(ofByte: at)
            var gap = 0
            while gap < line, source.isBlank(line: line - gap - 1) { gap += 1 }
            text += gap > 0 ? Array(source.bytes[source.start(ofLine: line - gap) ..< at]) : nl
        } else {
            var last = section.upperBound - 1
            while last > section.lowerBound, blocks[last].kind == .blank || blocks[last].kind == .target || blocks[last].kind == .comment { last -= 1 }
            at = source.end(ofLine: Int(blocks[last].endLine) - 1)
            var lead: [UInt8] = at > 0 && source.bytes[at - 1] != 0x0A ? nl : []
            // The blank lines the document has after its neighbour, copied before the new section
            // (`remove` takes a section with the blank lines after it: add then remove is no change).
            var gap = 0
            let line = at < source.bytes.count ? source.lineIndex(ofByte: at) : source.lineCount
            while line + gap < source.lineCount, source.isBlank(line: line + gap) { gap += 1 }
            // Markdown sections with no blank line between them (`text` then `# 2023`) get none
            // either: an ATX heading needs none, and `remove` takes no more than the section.
            let tight = gap == 0 && line < source.lineCount && tree.format == .markdown && style.atx
                && block(atLine: line).map { blocks[$0].kind == .heading } == true
            lead += gap > 0 ? Array(source.bytes[at ..< source.end(ofLine: line + gap - 1)]) : tight ? [] : nl
            text = lead + text
            leadLines = lead.filter { $0 == 0x0A }.count
            // Whatever followed the neighbour (the next section, the targets) stays apart.
            if !tight, at < source.bytes.count, !source.isBlank(line: source.lineIndex(ofByte: at)) { text += nl }
            text = endingLikeDocument(text, at: at)
        }
        var c = change
        c.line = source.bytes[..<at].reduce(0) { $1 == 0x0A ? $0 + 1 : $0 } + leadLines + 1
        return Edit(patches: [TextPatch(range: at ..< at, replacement: text)] + targets, changes: [c], intent: intent)
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

    // MARK: - Action items

    /// Ticks (or clears) action item `action` (its id, else its position) of the meeting
    /// `meeting` names (its date, or its title or a unique part of it).
    public func setActionDone(_ done: Bool, meeting query: String, action: String) throws(EditError) -> Edit {
        let q = query.lowercased()
        let meetings = document.meetings
        var found = meetings.indices.filter { meetings[$0].date == query || meetings[$0].title.lowercased() == q }
        if found.isEmpty { found = meetings.indices.filter { meetings[$0].title.lowercased().contains(q) || (meetings[$0].date ?? "").hasPrefix(query) } }
        guard found.count == 1 else {
            throw .deliverable(query: query, item: "the meetings of \(path)", candidates: found.map { "\(meetings[$0].date ?? "–") \(meetings[$0].title)" })
        }
        let meeting = meetings[found[0]]
        let actions = meeting.actions
        let chosen = actions.first { $0.id == action } ?? Int(action).flatMap { $0 >= 1 && $0 <= actions.count ? actions[$0 - 1] : nil }
        guard let a = chosen else {
            throw .deliverable(query: action, item: meeting.title, candidates: actions.enumerated().map { "\($0.offset + 1) \($0.element.text)" })
        }
        guard let b = tree.blocks.first(where: { $0.kind == .listItem && Int($0.firstLine) == a.line - 1 }), b.hasCheckbox else {
            throw .nothingToChange(item: meeting.title, reason: "action \(action) has no checkbox to tick; write `- [ ]` before it")
        }
        let change = Change(action: done ? "checked" : "unchecked", subject: "action \"\(a.text)\"", item: meeting.title,
                            itemID: meeting.date ?? meeting.title, line: a.line, changed: b.isChecked != done)
        guard change.changed else { return Edit(changes: [change]) }
        return Edit(patches: [TextPatch(range: Int(b.checkbox) ..< Int(b.checkbox) + 1, replacement: [done ? checkedLetter(forBoxAt: Int(b.checkbox)) : 0x20])], changes: [change],
                    intent: .actionDone(meeting: found[0], action: actions.firstIndex(of: a) ?? 0, done: done))
    }

    // MARK: - Writing

    /// Writes `edit` to the file atomically, refusing if the file changed since it was read.
    /// The edit is verified first (`verified(_:)`) unless it was already.
    public func write(_ edit: Edit) throws(EditError) {
        guard !edit.patches.isEmpty else { return }
        let edit = try verified(edit)
        try AtomicFileWriter.write(edit.applied(to: source.bytes), to: path, expecting: snapshot)
    }

    /// Re-reads the document as `edit` would leave it and checks that it reads as the edit
    /// intends and otherwise as before (`EditVerifier`); returns the edit with its report
    /// corrected to what the re-read found (the id and line a new or renamed item really has).
    /// Throws `EditError.unverified`, naming what would have changed, when it does not.
    public func verified(_ edit: Edit) throws(EditError) -> Edit {
        guard !edit.isVerified, !edit.patches.isEmpty else { return edit }
        guard let intent = edit.intent else {
            throw .unverified(path: path, line: 1, problem: "the edit does not say what it changes, so it cannot be verified")
        }
        let outcome = try EditVerifier(tree: tree, path: path).verify(edit.applied(to: source.bytes), intent: intent, checklists: document)
        var out = edit
        out.verifiedAs = (edit.patches, edit.intent)
        guard let item = outcome.item, !out.changes.isEmpty else { return out }
        switch intent {
        case .addItem(_, let title, let id, _, _, _):
            let taken = id == nil && item.id != Slug.make(title) ? ", as \(Slug.make(title)) is taken" : ""
            out.changes[0].subject = "item (id \(item.id)\(taken))"
            out.changes[0].itemID = item.id
            out.changes[0].item = item.title
            out.changes[0].line = item.line
        case .rename(let i, let title, let id):
            let taken = id == nil && item.id != Slug.make(title) ? ", as \(Slug.make(title)) is taken" : ""
            out.changes[0].subject = "\"\(document.items[i].title)\" to \"\(title)\" (id \(item.id)\(taken))"
        default: break
        }
        return out
    }

    /// The id a new or renamed item will get: its title's slug, which no other item may have
    /// (that would move ids) unless `allowDuplicate`; nil then, for the suffixed id the reader gives.
    func newItemID(_ title: String, replacing index: Int?, allowDuplicate: Bool) throws(EditError) -> String? {
        // The reader slugs the title as it reads it, markup removed.
        let slug = Slug.make(InlineParser(format: tree.format, targets: LinkTargets()).parse(title).plain)
        guard let other = document.items.indices.first(where: { $0 != index && document.items[$0].id == slug }) else { return slug }
        if allowDuplicate { return nil }
        var taken = Set(document.items.map(\.id))
        let o = document.items[other]
        throw .duplicateID(path: path, line: o.line, id: slug, title: o.title, suffixed: Slug.unique(slug, in: &taken))
    }

    /// Refuses a section title the reader would not take as an item: a status group ("Done")
    /// or a section that is never an item ("Contents", "Introduction").
    func refuseNonItemHeading(_ title: String) throws(EditError) {
        if let status = HeadingVocabulary.groupStatus(title: title) {
            throw .invalidValue("\"\(title)\" would read as a group of \(status.rawValue) items, not as an item; choose another title")
        }
        if HeadingVocabulary.isNonItem(title: title) {
            throw .invalidValue("\"\(title)\" would read as a section that is never an item (like Contents or Introduction); choose another title")
        }
    }

    /// A unified diff of what `edit` would change.
    public func diff(_ edit: Edit) -> String {
        UnifiedDiff.make(path: path, old: source.bytes, patches: edit.patches)
    }
}
