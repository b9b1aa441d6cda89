import RoadmapText
import RoadmapModel
import RoadmapSyntax
import RoadmapIO

/// What the reading steps share: the syntax tree, its link targets and inline reader, and
/// the diagnostics found so far.
package struct ReadingContext: Sendable {
    let tree: SyntaxTree
    package let inline: InlineParser
    var anonymousIndex = 0
    var diagnostics: [Diagnostic] = []
    /// For nested list items: the nearest enclosing list item that has a checkbox (absent: none).
    /// Sparse, since most list entries are not nested.
    private let nestedCheckboxAncestor: [Int32: Int32]

    /// How much of each item to read.
    private(set) var detail: ReadingDetail
    /// Item sections from which items are read on two threads (`DocumentReader.parallelThreshold`);
    /// tests lower and raise it to read one document both ways and compare.
    var parallelThreshold = DocumentReader.parallelThreshold
    /// The stages the document declares: section titles that name one are status groups, and
    /// every item gets its stage.
    var workflow: Workflow? = nil

    /// Link targets whose names are hashed on two threads (a roadmap of 100k items has 400,000).
    static let parallelTargets = 1 << 15

    /// Deliverables nest at most this deep; deeper entries are kept at this depth (and reported).
    static let maximumNesting = 64

    /// The tree's source and blocks, stored (not computed) so hot loops read them without
    /// reference counting.
    let source: SourceText
    let blocks: [Block]

    package init(tree: SyntaxTree, detail: ReadingDetail = .full) {
        self.tree = tree
        self.detail = detail
        source = tree.source
        blocks = tree.blocks
        var targetBlocks: [Int32] = []
        for (k, b) in tree.blocks.enumerated() where b.kind == .target { targetBlocks.append(Int32(k)) }
        if detail == .checklists && !targetBlocks.isEmpty {
            // An edit's read parses titles and fields only: when none of them can hold a
            // reference, the targets (half a million in a large roadmap) are not needed.
            let probe = InlineParser(format: tree.format, targets: LinkTargets())
            let needed = tree.blocks.contains { b in
                (b.kind == .heading || b.kind == .field) && !probe.isPlain(Self.textBytes(of: b, in: tree.source))
            }
            if !needed { targetBlocks = [] }
        }
        let defining = targetBlocks  // (read on two threads below)
        var targets = LinkTargets(source: tree.source.bytes, capacity: defining.count)
        var diagnostics: [Diagnostic] = []
        let src = tree.source
        // Hashing the names is half the work of defining them, and needs no table: in a large
        // document it is done on two threads first, the definitions then made in order.
        let blocks = tree.blocks
        let hashes = ParallelMap.map(defining.count, threshold: Self.parallelTargets) { t in
            LinkTargets.nameHash(src.bytes[blocks[Int(defining[t])].mark])
        }
        for (t, k) in defining.enumerated() {
            let b = blocks[Int(k)]
            let nameBytes = src.bytes[b.mark]
            let isAnonymous = !nameBytes.isEmpty && nameBytes.count <= 2 && nameBytes.allSatisfy { $0 == 0x5F }
            let multiline = b.endLine - b.firstLine > 1
            var url = src.bytes[b.text]
            if multiline {
                // A URL may wrap onto indented lines; docutils joins them without spaces.
                var joined = Array(url)
                for i in (Int(b.firstLine) + 1) ..< Int(b.endLine) { joined += src.bytes[src.trimmed(src.contentRange(ofLine: i))] }
                url = joined[...]
            }
            if isAnonymous {
                targets.defineAnonymous(url: String(decoding: url, as: UTF8.self))
            } else if !url.isEmpty {
                let defined: Bool
                if nameBytes.contains(0x5C) || multiline {
                    let name = String(decoding: nameBytes, as: UTF8.self).replacingBackslashEscapes()
                    defined = targets.define(name: Array(name.utf8), url: url)
                } else {
                    defined = targets.define(nameRange: b.mark, urlRange: b.text, nameHash: hashes[t])
                }
                if !defined {
                    let loc = src.location(ofByte: Int(b.markStart))
                    diagnostics.append(Diagnostic(.warning, .duplicateTarget, line: loc.line, column: loc.column, "duplicate link target \"\(String(decoding: nameBytes, as: UTF8.self))\""))
                }
            }
        }
        if tree.format == .rst { Self.defineSubstitutions(in: tree, into: &targets) }
        inline = InlineParser(format: tree.format, targets: targets)
        self.diagnostics = diagnostics

        var ancestor: [Int32: Int32] = [:]
        for (k, b) in tree.blocks.enumerated() where b.kind == .listItem && b.parent >= 0 {
            let p = b.parent
            if tree.blocks[Int(p)].hasCheckbox { ancestor[Int32(k)] = p } else if let a = ancestor[p] { ancestor[Int32(k)] = a }
        }
        nestedCheckboxAncestor = ancestor
    }

    /// This context (its link targets made already) for a read of another detail.
    package func reading(_ detail: ReadingDetail) -> ReadingContext {
        var copy = self
        copy.detail = detail
        return copy
    }

    /// The nearest enclosing list item of block `k` that has a checkbox, or -1.
    func checkboxAncestor(_ k: Int) -> Int {
        nestedCheckboxAncestor.isEmpty ? -1 : nestedCheckboxAncestor[Int32(k)].map(Int.init) ?? -1
    }

    /// 1-based line of block `k`'s first line.
    func line(ofBlock k: Int) -> Int { Int(blocks[k].firstLine) + 1 }

    /// The text of a block as one string of bytes: the first line from the block's text start,
    /// continuation lines trimmed, joined by newlines.
    func textBytes(of k: Int) -> [UInt8] { Self.textBytes(of: blocks[k], in: source) }

    static func textBytes(of b: Block, in src: SourceText) -> [UInt8] {
        if b.kind == .heading {
            return Array(src.bytes[b.text])
        }
        var out: [UInt8] = []
        let firstEnd = src.contentEnd(ofLine: Int(b.firstLine))
        // An RST field whose value starts on the next line: the marker is no part of the value.
        let start = b.textEnd > b.textStart || b.kind == .listItem || b.kind == .field ? Int(b.textStart) : src.firstNonSpace(ofLine: Int(b.firstLine))
        if start < firstEnd { out.append(contentsOf: src.bytes[start ..< firstEnd]) }
        var i = Int(b.firstLine) + 1
        while i < Int(b.endLine) {
            let r = src.trimmed(src.contentRange(ofLine: i))
            out.append(0x0A)
            out.append(contentsOf: src.bytes[r])
            i += 1
        }
        return out
    }

    /// Block `k`'s text with inline markup read. With `needsPlain` false, only its links and
    /// issues are read (the plain text is left empty), and text that cannot hold one is not parsed.
    package mutating func inlineText(of k: Int, needsPlain: Bool = true) -> InlineText {
        var bytes = textBytes(of: k)
        if tree.format == .rst, blocks[k].kind != .heading { Self.dropLiteralMarker(&bytes) }
        if !needsPlain && !inline.mayHoldReference(bytes) { return InlineText() }
        return inline.parse(bytes, anonymousIndex: &anonymousIndex, plain: needsPlain)
    }

    /// The substitution definitions of an RST document: `replace::` gives its text (read as
    /// inline markup), `unicode::` its characters, `image::` its name (docutils' alt text).
    static func defineSubstitutions(in tree: SyntaxTree, into targets: inout LinkTargets) {
        let src = tree.source
        for b in tree.blocks where b.kind == .directive && b.markEnd > b.markStart && b.markStart > 0 && src.bytes[Int(b.markStart) - 1] == 0x7C {
            let line = src.string(Int(b.textStart) ..< Int(b.textEnd))
            guard let colons = line.firstRange(of: "::") else { continue }
            let directive = line[..<colons.lowerBound].lowercased()
            var argument = String(line[colons.upperBound...]).trimming(" \t")
            for i in Int(b.firstLine) + 1 ..< Int(b.endLine) {
                let l = src.string(src.trimmed(src.contentRange(ofLine: i)))
                if !l.isEmpty, !l.hasPrefix(":") { argument += (argument.isEmpty ? "" : " ") + l }
            }
            let name = src.string(b.mark)
            switch directive {
            case "replace":
                var k = 0
                targets.defineSubstitution(name, text: InlineParser(format: .rst, targets: targets).parse(Array(argument.utf8), anonymousIndex: &k).plain)
            case "unicode":
                let chars = argument.split(separator: " ").prefix { !$0.hasPrefix("..") }.map { code -> String in
                    let lower = code.lowercased()
                    for prefix in ["u+", "0x", "\\x", "\\u", "x", "&#x"] where lower.hasPrefix(prefix) {
                        if let v = UInt32(String(lower.dropFirst(prefix.count)).trimming(";"), radix: 16), let u = Unicode.Scalar(v) { return String(Character(u)) }
                    }
                    if let v = UInt32(code), let u = Unicode.Scalar(v) { return String(Character(u)) }
                    return String(code)
                }
                targets.defineSubstitution(name, text: chars.joined())
            case "image":
                targets.defineSubstitution(name, text: name)
            case "raw":
                // Markup for one writer (`<strike>` for HTML): no text a reader sees.
                targets.defineSubstitution(name, text: "")
            default:
                continue
            }
        }
    }

    /// An RST paragraph ending in `::` announces a literal block: docutils shows `text::` as
    /// `text:`, `text ::` as `text` and a lone `::` as nothing.
    static func dropLiteralMarker(_ t: inout [UInt8]) {
        let n = t.count
        guard n >= 2, t[n - 1] == 0x3A, t[n - 2] == 0x3A else { return }
        if n == 2 { t.removeAll(); return }
        if t[n - 3] == 0x20 || t[n - 3] == 0x0A || t[n - 3] == 0x09 {
            t.removeLast(2)
            while let last = t.last, last == 0x20 || last == 0x0A || last == 0x09 { t.removeLast() }
        } else {
            t.removeLast()
        }
    }

    mutating func inlineText(_ bytes: [UInt8]) -> InlineText {
        inline.parse(bytes, anonymousIndex: &anonymousIndex)
    }

}
