import RoadmapText
import RoadmapModel
import RoadmapSyntax
import RoadmapIO
import RoadmapReading
import Dispatch

/// `check`/`uncheck` without reading the model of the whole document: a tick needs the item's
/// title and its checkboxes, not 100,000 items.
///
/// The document is scanned into blocks (no model); `TitleScan` finds every block that could
/// hold the query. Only when exactly one block can, it is a section heading, and the
/// document's shape leaves no doubt about what that section is (one title above sections of
/// one level, no subsections, no anchor, no date in the title), the section is read alone
/// behind the document's opening (its title and introduction, which decide what kind of
/// document it is), the edit is made and verified there by the ordinary `CheckEdit` and
/// `EditVerifier`, and its patches are moved to their place in the whole file. In every other
/// case `attempt` returns nil and the caller takes the ordinary path, so the outcome (bytes,
/// messages, errors) is always the ordinary path's.
public enum CheckFastPath {
    /// An edit made on the fast path: what `DocumentEditor` offers for writing, without its model.
    public struct Prepared: Sendable {
        public let path: String
        /// The file's bytes as read (as written, after `write()`).
        public private(set) var bytes: [UInt8]
        public let snapshot: AtomicFileWriter.Snapshot?
        /// The edit, verified, in whole-file offsets and lines.
        public private(set) var edit: DocumentEditor.Edit

        /// Writes the edit atomically, refusing if the file changed since it was read. The
        /// patches (a byte each) are made in place: a copy of a 70 MB file costs more than the
        /// rest of the tick but the scan.
        public mutating func write() throws(EditError) {
            guard !edit.patches.isEmpty else { return }
            if edit.patches.allSatisfy({ $0.range.count == $0.replacement.count }) {
                for p in edit.patches { bytes.replaceSubrange(p.range, with: p.replacement) }
                edit.patches = []
                try AtomicFileWriter.write(bytes, to: path, expecting: snapshot)
            } else {
                try AtomicFileWriter.write(edit.applied(to: bytes), to: path, expecting: snapshot)
            }
        }

        /// A unified diff of the edit.
        public func diff() -> String { UnifiedDiff.make(path: path, old: bytes, patches: edit.patches) }
    }

    /// The edit `DocumentEditor.setChecked` would make, or its error, for the item `query`
    /// selects in the file `path`; nil when this path cannot be certain of giving the same.
    /// `select` is the caller's way of choosing an item by `query` (`ItemSelector`, a layer
    /// above editing): the index it picks in a document, or nil when it picks none.
    public static func attempt(_ checked: Bool, query: String, selectors: [String], all: Bool, path: String,
                               format: Format? = nil, select: (String, Document) -> Int?) -> Result<Prepared, EditError>? {
        let q = query.trimming(" \t")
        // A query with a space is no id and no prefix of one (ids have no spaces): only titles,
        // and anchors the scan sees as text, can match it.
        guard q.utf8.allSatisfy({ $0 < 0x80 }), q.contains(" ") else { return nil }
        let needle = TitleScan.loose(q)
        guard needle.count >= 2 else { return nil }
        var snapshot = AtomicFileWriter.Snapshot.of(path)
        guard let whole = Whole.find(needle, path: path, format: format) else { return nil }
        let bytes = whole.bytes
        let section = whole.section

        // The section alone, behind the document's opening.
        let local = section.localBytes(bytes)
        let localTree = SyntaxTree.parse(SourceText(bytes: local), as: whole.format)
        let editor = DocumentEditor(path: path, tree: localTree)
        let localLine = section.titleLine - section.lineShift
        guard let index = editor.document.items.firstIndex(where: { $0.line == localLine + 1 }),
              editor.document.meetings.isEmpty,
              select(q, editor.document) == index
        else { return nil }
        let item = editor.document.items[index]
        // Another item with the same id (a duplicate title, a slug cut at the same length, an
        // anchor taken) would move this one's id: its block would hold the slug's letters. A
        // date in the title could make it a meeting beside its siblings.
        let titleNeedle = TitleScan.loose(Slug.make(item.title))
        // (Every block holding the slug's letters holds the query's too when they contain the
        // query's: the scan already found only this one.)
        let sameSlugs = titleNeedle.isEmpty ? 2 : CheckFastPath.contains(titleNeedle, needle) ? 1 : whole.scan.scan(titleNeedle).hits.count
        guard sameSlugs == 1, PartialDate.dateTitle(item.title, year: nil) == nil else { return nil }

        // The letter a box takes when its list has no ticked box is the whole document's.
        guard let documentLetter = whole.documentLetter else { return nil }
        if checked, documentLetter == nil { return nil }  // the letter would come from git
        var proposed: DocumentEditor.Edit
        do { proposed = try editor.setChecked(checked, item: index, selectors: selectors, all: all) } catch { return .failure(error) }
        let builder = CheckEdit(editor: editor)
        for p in proposed.patches.indices where checked {
            proposed.patches[p].replacement = [builder.checkedLetter(forBoxAt: proposed.patches[p].range.lowerBound, fallback: documentLetter)]
        }
        // A refusal names a line of the local document: the ordinary path says it of the file.
        guard let verified = try? editor.verified(proposed) else { return nil }

        // Back to whole-file offsets and lines.
        var edit = verified
        let shift = section.byteShift
        guard edit.patches.allSatisfy({ $0.range.lowerBound >= section.prefixBytes }) else { return nil }
        edit.patches = verified.patches.map { TextPatch(range: $0.range.lowerBound + shift ..< $0.range.upperBound + shift, replacement: $0.replacement) }
        for c in edit.changes.indices { edit.changes[c].line += section.lineShift }
        if verified.isVerified { edit.verifiedAs = (edit.patches, edit.intent) }
        snapshot?.digest = whole.digest
        return .success(Prepared(path: path, bytes: bytes, snapshot: snapshot, edit: edit))
    }

    /// What the fast path knows of the whole document: its bytes, the one section that can
    /// hold the item, the letter of its ticked boxes.
    struct Whole {
        let bytes: [UInt8]
        let format: Format
        let section: Section
        /// Every block, or run of blocks, that could hold a query.
        let scan: TitleScan
        /// `.some(nil)` when no box is ticked; nil when it is not known.
        let documentLetter: UInt8??
        /// `AtomicFileWriter.digest` of `bytes`.
        let digest: UInt64

        /// The document `path`, when exactly one block could hold `needle` (loose) and it is the
        /// title of a section the fast path can read alone; nil otherwise. An RST document is
        /// outlined by a scan of its lines (`Outline`); when that cannot be certain, and for
        /// Markdown, the whole file is scanned into blocks.
        static func find(_ needle: [UInt8], path: String, format given: Format?) -> Whole? {
            guard let bytes = try? FileSystem.readFile(path, limit: DocumentLoader.maximumSize) else { return nil }
            let format = given ?? FormatDetector.detect(path: path, bytes: bytes)
            // What `DocumentLoader.syntax` refuses, the ordinary path reports.
            if format == .rst, !bytes.prefix(8192).contains(0) {
                // The checks `DocumentLoader` makes, and the digest, beside the outline; then
                // the scan, on two threads of its own.
                let valid = Box(false), ascii = Box(false), digest = Box<UInt64>(0), outlined = Box<Outline?>(nil)
                DispatchQueue.concurrentPerform(iterations: 2) { k in
                    if k == 0 {
                        (digest.value, ascii.value) = AtomicFileWriter.digestNotingASCII(bytes)
                        // ASCII is UTF-8: only other text needs the check.
                        valid.value = ascii.value || UTF8Validation.firstInvalidByte(bytes) == nil
                    } else {
                        outlined.value = Outline(SourceText(bytes: bytes))
                    }
                }
                if valid.value, let outline = outlined.value {
                    let scan = TitleScan(source: outline.source, units: outline.units, ascii: ascii.value)
                    let found = scan.scan(needle)
                    if !found.replaces, found.hits.count == 1, found.hits[0].certain, found.hits[0].block >= 0, outline.documentLetter != nil,
                       let section = Section(outline, heading: found.hits[0].block, titleLine: found.hits[0].line)
                    {
                        return Whole(bytes: bytes, format: format, section: section, scan: scan, documentLetter: outline.documentLetter, digest: digest.value)
                    }
                    // No block holds it: nor would one of the tree's. Otherwise the outline may
                    // have been coarser than the tree (unknown lines compared as one, a label
                    // it could not rule out): the tree decides.
                    if found.hits.isEmpty { return nil }
                }
            }
            guard let tree = try? DocumentLoader(format: given).syntax(bytes: bytes, path: path), tree.format != .text else { return nil }
            let scan = TitleScan(tree: tree)
            let found = scan.scan(needle)
            let hits = found.hits
            guard !found.replaces, hits.count == 1, hits[0].certain, let section = Section(tree, heading: hits[0].block, titleLine: hits[0].line) else { return nil }
            return Whole(bytes: bytes, format: tree.format, section: section, scan: scan, documentLetter: .some(CheckFastPath.documentLetter(tree)),
                         digest: AtomicFileWriter.digest(bytes))
        }
    }

    /// A result one thread of `concurrentPerform` writes and the caller reads after it returns.
    private final class Box<Value>: @unchecked Sendable {
        var value: Value
        init(_ value: Value) { self.value = value }
    }

    /// The letter most ticked boxes of the document use, as `documentLetter()` counts them.
    static func documentLetter(_ tree: SyntaxTree) -> UInt8? {
        var upper = 0, lower = 0
        let bytes = tree.source.bytes
        for b in tree.blocks where b.hasCheckbox && b.isChecked {
            if bytes[Int(b.checkbox)] == 0x58 { upper += 1 } else { lower += 1 }
        }
        return upper + lower == 0 ? nil : upper > lower ? 0x58 : 0x78
    }

    /// Whether `needle` (not empty) occurs in `bytes`.
    static func contains(_ bytes: [UInt8], _ needle: [UInt8]) -> Bool {
        let first = needle[0]
        var i = 0
        let end = bytes.count - needle.count
        while i <= end {
            if bytes[i] == first, bytes[i ..< i + needle.count].elementsEqual(needle) { return true }
            i += 1
        }
        return false
    }
}
