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
        public var warnings: [Warning]
    }

    /// Something about a source document that the combined output cannot keep as it was.
    public struct Warning: Sendable, Equatable {
        public var path: String
        public var diagnostic: Diagnostic

        /// `path:line:column: warning: message`.
        public func formatted() -> String { diagnostic.formatted(path: path) }
    }

    /// RST adornments below the portfolio's overlined title, by level.
    static let adornments: [Character] = ["=", "-", "~", "^", "\"", "'", "+", "*", "#", ":"]

    /// Combines `sources` in `format` (Markdown or RST) under `title`; nil when a source does
    /// not convert to `format` or `format` is plain text.
    public static func combine(_ sources: [SourceDocument], to format: Format, title: String = "Roadmap") -> Result? {
        guard format != .text else { return nil }
        var out = ""
        if format == .markdown {
            out += "# " + LiteralText.markdown(title) + "\n"
        } else {
            let escaped = LiteralText.rst(title)
            let rule = String(repeating: "=", count: max(4, TextWidth.of(escaped)))
            out += rule + "\n" + escaped + "\n" + rule + "\n"
        }
        var targets: [String: (path: String, url: String)] = [:]
        var warnings: [Warning] = []
        for source in sources {
            guard let bytes = DocumentConverter.convert(source.tree, to: format) else { return nil }
            let tree = SyntaxTree.parse(SourceText(bytes: bytes), as: format)
            out += "\n"
            out += section(tree, name: fallbackName(source))
            // A name two documents give different targets: the combined document links both to the first.
            for b in tree.blocks where b.kind == .target && !b.mark.isEmpty {
                let name = LinkTargets.normalize(tree.source.string(b.mark)), url = tree.source.string(b.text)
                if let first = targets[name] {
                    if first.url != url || url.isEmpty, first.path != source.path {
                        let line = source.tree.format == format ? Int(b.firstLine) + 1 : 1
                        warnings.append(Warning(path: source.path, diagnostic: Diagnostic(.warning, line: line,
                            "link target \"\(name)\" is defined in \(first.path) too; in the combined document the first one wins")))
                    }
                } else {
                    targets[name] = (source.path, url)
                }
            }
        }
        return Result(text: out, warnings: warnings)
    }

    /// A document without a title of its own is named by its metadata title or its file name.
    static func fallbackName(_ source: SourceDocument) -> String {
        if let title = source.document(detail: .outline).metadata["title"] { return title }
        return source.path.split(separator: "/").last.map(String.init) ?? source.path
    }

    /// One document as a section of the portfolio (level 2), in the tree's dialect.
    static func section(_ tree: SyntaxTree, name: String) -> String {
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
        var labels: [Int] = []
        if let title {
            var j = title - 1
            while j >= 0, tree.blocks[j].kind == .blank || (tree.blocks[j].kind == .target && tree.blocks[j].text.isEmpty) {
                if tree.blocks[j].kind == .target { labels.insert(j, at: 0) }
                j -= 1
            }
            if markdown, let j = HTMLAnchor.block(before: title, in: tree) { labels = [j] }
        }
        var out = labels.map { lines(tree.blocks[$0]) + (markdown ? "" : "\n") }.joined()
        out += heading(title.map { src.string(src.trimmed(tree.blocks[$0].text)) } ?? (markdown ? LiteralText.markdown(name) : LiteralText.rst(name)), level: 2)
        // Metadata (front matter, fields before the first heading), then whatever else came before it.
        var metadata: [String] = []
        var before: [String] = []
        for (k, b) in tree.blocks[..<firstHeading].enumerated() where !labels.contains(k) {
            switch b.kind {
            case .frontMatter:
                for i in (Int(b.firstLine) + 1) ..< max(Int(b.firstLine) + 1, Int(b.endLine) - 1) {
                    let l = src.line(i)
                    if let colon = l.firstIndex(of: ":"), !l.hasPrefix(" "), !l.hasPrefix("#") {
                        let value = String(l[l.index(after: colon)...]).trimming(" \t\"'")
                        if !value.isEmpty { metadata.append(String(l[..<colon]) + ": " + value) }
                    }
                }
            case .field where !markdown:
                metadata.append(lines(b).trimming("\n"))
            case .blank:
                continue
            default:
                before.append(lines(b))
            }
        }
        if !metadata.isEmpty { out += "\n" + metadata.joined(separator: "\n") + "\n" }
        for chunk in before { out += "\n" + chunk }
        for k in firstHeading ..< tree.blocks.count {
            let b = tree.blocks[k]
            if k == title { continue }
            // What moved under the heading needs a blank line before the body goes on.
            if k == (title ?? -1) + 1 || k == firstHeading, b.kind != .blank, !out.hasSuffix("\n\n"), !metadata.isEmpty || !before.isEmpty { out += "\n" }
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
