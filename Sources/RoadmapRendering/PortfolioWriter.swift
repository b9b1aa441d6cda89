import RoadmapText
import RoadmapModel
import RoadmapSyntax
import RoadmapIO
import RoadmapReading

/// Combines several documents into one Markdown or RST document: a portfolio, with a section
/// per document and the document's own sections one level below it.
///
/// Each document is first converted to the target dialect (or taken as it is, when it is in
/// it already). Its title becomes its section's heading (a document without one gets its
/// metadata title or its file name), its metadata moves under that heading, and every other
/// heading moves down to stay below it. Everything else is copied as the conversion wrote it.
public enum PortfolioWriter {
    /// The combined document, and what a reader of it should know.
    public struct Result: Sendable {
        public var text: String
        /// Link targets that two documents define differently: in one document the first wins.
        public var warnings: [RenderWarning]
    }

    /// RST adornments below the portfolio's overlined title, by level.
    static let adornments: [Character] = ["=", "-", "~", "^", "\"", "'", "+", "*", "#", ":"]

    /// Combines `sources` in `format` (Markdown or RST) under `title`; nil when a source does
    /// not convert to `format` or `format` is plain text.
    public static func combine(_ sources: [SourceDocument], to format: Format, title: String = "Roadmap") -> Result? {
        guard format != .text else { return nil }
        var out = ""
        let title = title.trimming(" \t").isEmpty ? "Roadmap" : title
        if format == .markdown {
            out += "# " + LiteralText.markdown(title) + "\n"
        } else {
            let escaped = LiteralText.rstEscapingLineStarts(LiteralText.rst(title))
            let rule = String(repeating: "=", count: max(4, TextWidth.of(escaped)))
            out += rule + "\n" + escaped + "\n" + rule + "\n"
        }
        var targets: [String: (path: String, url: String)] = [:]
        var warnings: [RenderWarning] = []
        for source in sources {
            let bytes: [UInt8]
            if source.tree.format == .markdown && format == .rst {
                // Names earlier documents gave other URLs become anonymous references here.
                bytes = RSTConverter.bytes(from: source.tree, reservedTargets: targets.mapValues(\.url))
            } else {
                guard let converted = DocumentConverter.convert(source.tree, to: format) else { return nil }
                bytes = converted
            }
            let tree = SyntaxTree.parse(SourceText(bytes: bytes), as: format)
            let document = source.document(detail: .outline)
            out += "\n"
            out += section(tree, name: document.metadata["title"] ?? source.path.split(separator: "/").last.map(String.init) ?? source.path,
                           metadata: document.metadata)
            // Documents kept as they are may give one name two targets; say what becomes of it.
            for b in tree.blocks where b.kind == .target && !b.mark.isEmpty {
                let name = LinkTargets.normalize(tree.source.string(b.mark)), url = tree.source.string(b.text)
                if let first = targets[name] {
                    if first.url != url || url.isEmpty, first.path != source.path {
                        let line = source.tree.format == format ? Int(b.firstLine) + 1 : 1
                        let outcome = format == .rst ? "docutils reports the duplicate and links neither; rename one of them"
                                                     : "in the combined document the first one wins"
                        warnings.append(RenderWarning(path: source.path, diagnostic: Diagnostic(.warning, .targetInTwoDocuments, line: line,
                            "link target \"\(name)\" is defined in \(first.path) too; \(outcome)")))
                    }
                } else {
                    targets[name] = (source.path, url)
                }
            }
        }
        return Result(text: out, warnings: warnings)
    }

    /// One document as a section of the portfolio (level 2), in the tree's dialect.
    static func section(_ tree: SyntaxTree, name: String, metadata: [Field]) -> String {
        let src = tree.source
        let headings = tree.blocks.indices.filter { tree.blocks[$0].kind == .heading }
        let rootLevel = headings.map { Int(tree.blocks[$0].level) }.min() ?? 1
        let roots = headings.filter { Int(tree.blocks[$0].level) == rootLevel }
        let title = roots.count == 1 ? roots[0] : nil
        // Levels relative to the document's top: its title at 2, or its top sections at 3 under a heading it did not have.
        let shift = (title == nil ? 3 : 2) - rootLevel
        let markdown = tree.format == .markdown

        func heading(_ text: String, level: Int) -> String {
            if markdown { return String(repeating: "#", count: min(6, level)) + " " + text + "\n" }
            return text + "\n" + String(repeating: adornments[min(adornments.count, level - 1) - 1], count: max(4, TextWidth.of(text))) + "\n"
        }
        func lines(_ b: Block) -> String {
            var s = ""
            for i in b.lines { s += src.line(i) + "\n" }
            return s
        }

        let firstHeading = headings.first ?? tree.blocks.count
        // Labels right before the title (`.. _id:`, `<a id>`) label the document's heading: they stay before it.
        let labels = title.flatMap { t in tree.labelStart(before: t).map { ($0 ..< t).filter { tree.blocks[$0].kind != .blank } } } ?? []
        var out = labels.map { lines(tree.blocks[$0]) + (markdown ? "" : "\n") }.joined()
        out += heading(title.map { src.string(src.trimmed(tree.blocks[$0].text)) } ?? (markdown ? LiteralText.markdown(name) : LiteralText.rst(name)), level: 2)
        // The document's metadata (as the reader took it), then whatever else came before its first heading.
        let fields = metadata.map { f in markdown ? LiteralText.markdown(f.key) + ": " + LiteralText.markdown(f.value) : ":\(LiteralText.rst(f.key)): \(LiteralText.rst(f.value))" }
        var before: [String] = []
        for (k, b) in tree.blocks[..<firstHeading].enumerated() where !labels.contains(k) {
            switch b.kind {
            case .frontMatter, .field, .blank: continue
            default: before.append(lines(b))
            }
        }
        // RST docinfo right after the title is in the metadata already.
        var docinfo: Set<Int> = []
        if let title {
            var k = title + 1
            while k < tree.blocks.count, tree.blocks[k].kind == .field || tree.blocks[k].kind == .blank {
                if tree.blocks[k].kind == .field { docinfo.insert(k) }
                k += 1
            }
        }
        if !fields.isEmpty { out += "\n" + fields.joined(separator: markdown ? "  \n" : "\n") + "\n" }
        for chunk in before { out += "\n" + chunk }
        for k in firstHeading ..< tree.blocks.count {
            let b = tree.blocks[k]
            if k == title || docinfo.contains(k) { continue }
            // What moved under the heading needs a blank line before the body goes on.
            if k == (title ?? -1) + 1 || k == firstHeading, b.kind != .blank, !out.hasSuffix("\n\n"), !fields.isEmpty || !before.isEmpty { out += "\n" }
            if b.kind == .heading {
                if !out.hasSuffix("\n\n") { out += "\n" }
                let text = src.string(src.trimmed(b.text))
                out += heading(text, level: Int(b.level) + shift)
            } else {
                out += lines(b)
            }
        }
        while out.hasSuffix("\n\n") { out.removeLast() }
        return out
    }
}
