import RoadmapText
import RoadmapModel
import RoadmapSyntax
import RoadmapIO
import RoadmapReading

/// `roadmap list`: one row per item, as a terminal table, a Markdown table or JSON.
public enum ItemListRenderer {
    /// What a listing shows of one item.
    public struct Row: Sendable {
        public var id: String
        public var title: String
        /// The sections that group the item, outermost first ("2024 › Completed").
        public var groups: [String]
        public var line: Int
        public var status: Status
        /// The declared stage, in documents that declare stages (`Item.stage`).
        public var stage: String?
        public var done: Int
        public var total: Int
        /// `#12 o/r#13`: the issues as the table shows them.
        public var issueLabels: String
        /// The issues in full, when the output needs their URLs (Markdown, JSON).
        public var issues: [IssueRef]
        /// The document the item comes from, when a table mixes documents (a portfolio).
        public var source: String? = nil

        /// `detailedIssues` false keeps only the labels: a table of 100,000 rows needs no URLs.
        public init(_ item: Item, detailedIssues: Bool = true) {
            id = item.id
            title = item.title
            groups = item.groups
            line = item.line
            status = item.status
            stage = item.stage
            (done, total) = item.progress
            // Most items have one issue or none: no array of labels for them.
            issueLabels = item.issues.count == 1 ? item.issues[0].label : item.issues.map(\.label).joined(separator: " ")
            issues = detailedIssues ? item.issues : []
        }
    }

    /// The rows of one document.
    public struct Section: Sendable {
        public var path: String
        public var title: String?
        public var items: [Row]

        public init(path: String, title: String?, items: [Row]) {
            self.path = path
            self.title = title
            self.items = items
        }

        public init(document: Document, items: [Item]) {
            self.init(path: document.path, title: document.title, items: items.map { Row($0) })
        }
    }


    /// A table per document (with a heading line when there are several), fitted to `width`.
    public static func table(_ sections: [Section], width: Int?, style: TextStyle) -> String {
        String(decoding: tableBytes(sections, width: width, style: style), as: UTF8.self)
    }

    /// `table` as UTF-8 bytes, for writing out without making a string of them.
    public static func tableBytes(_ sections: [Section], width: Int?, style: TextStyle) -> [UInt8] {
        var out: [UInt8] = []
        let many = sections.count > 1
        for (k, section) in sections.enumerated() {
            if many {
                if k > 0 { out.append(0x0A) }
                let title = section.title.map { " — \($0)" } ?? ""
                out += (style.bold("\(section.path)\(title)") + "\n").utf8
            }
            // A GROUP column only where some item sits in a group (a milestone, a release, "Completed");
            // a SOURCE column where the rows come from several documents.
            let grouped = section.items.contains { !$0.groups.isEmpty }
            let sourced = section.items.contains { $0.source != nil }
            let items = section.items
            let rows = ParallelMap.map(items.count, threshold: TableLayout.parallelRows) { r -> [String] in
                let item = items[r]
                var cells: [String] = []
                cells.reserveCapacity(7)
                if sourced { cells.append(item.source ?? "–") }
                if grouped { cells.append(item.groups.joined(separator: " › ")) }
                cells.append(item.id)
                cells.append(item.title)
                cells.append(item.stage ?? item.status.rawValue)
                cells.append(ProgressBar.text(done: item.done, total: item.total))
                cells.append(item.issueLabels)
                return cells
            }
            // The id is what people type back into `show`: titles, groups and issues give way
            // first; an id is cut only when a title would be cut shorter than it.
            var columns: [TableLayout.Column] = [
                .init("ID", flexible: true, minimumWidth: 12), .init("TITLE", flexible: true, minimumWidth: 12, comfortableWidth: 24),
                .init("STATUS"), .init("PROGRESS"), .init("ISSUES", flexible: true, minimumWidth: 6, comfortableWidth: 6),
            ]
            if grouped { columns.insert(.init("GROUP", flexible: true, minimumWidth: 8, comfortableWidth: 8), at: 0) }
            if sourced { columns.insert(.init("SOURCE", flexible: true, minimumWidth: 8, comfortableWidth: 16), at: 0) }
            let shift = (grouped ? 1 : 0) + (sourced ? 1 : 0)
            var layout = TableLayout(columns: columns, rows: rows)
            layout.styled = style.enabled
            layout.headerStyle = { style.dim($0) }
            layout.style = { cell, row, column in
                switch column - shift {
                case 0: style.cyan(cell)
                case 2: style.status(cell, items[row].status)
                default: cell
                }
            }
            // One document's table is taken as it is made, not copied after a heading.
            if out.isEmpty { out = layout.renderBytes(width: width) } else { out += layout.renderBytes(width: width) }
        }
        return out
    }

    public static func markdown(_ sections: [Section]) -> String {
        var out = ""
        for (k, section) in sections.enumerated() {
            if sections.count > 1 {
                if k > 0 { out += "\n" }
                out += "### \(MarkdownEscaping.text(section.title ?? section.path))\n\n"
            }
            let grouped = section.items.contains { !$0.groups.isEmpty }
            let sourced = section.items.contains { $0.source != nil }
            out += (sourced ? "| Source " : "") + (grouped ? "| Group " : "") + "| ID | Title | Status | Progress | Issues |\n"
            out += String(repeating: "|---", count: 5 + (grouped ? 1 : 0) + (sourced ? 1 : 0)) + "|\n"
            for item in section.items {
                let progress = item.total > 0 ? "\(item.done)/\(item.total)" : "–"
                let issues = item.issues.map { i in i.url.map { "[\(i.label)](\($0))" } ?? i.label }.joined(separator: " ")
                let group = grouped ? "| \(MarkdownEscaping.cell(item.groups.joined(separator: " › "))) " : ""
                let source = sourced ? "| \(MarkdownEscaping.cell(item.source ?? "–")) " : ""
                out += "\(source)\(group)| `\(item.id)` | \(MarkdownEscaping.cell(item.title)) | \(MarkdownEscaping.cell(item.stage ?? item.status.rawValue)) | \(progress) | \(issues) |\n"
            }
        }
        return out
    }

    public static func json(_ sections: [Section]) -> String {
        JSONRenderer.envelope("items") { w in
            for section in sections {
                for item in section.items {
                    w.beginObject()
                    w.field("document", item.source ?? section.path)
                    w.field("id", item.id)
                    w.field("title", item.title)
                    w.key("groups"); w.beginArray(); for g in item.groups { w.value(g) }; w.endArray()
                    w.field("line", item.line)
                    w.field("status", item.status.rawValue)
                    if let stage = item.stage { w.field("stage", stage) }
                    w.key("progress"); w.beginObject(); w.field("done", item.done); w.field("total", item.total); w.endObject()
                    w.key("issues"); JSONRenderer.write(issues: item.issues, &w)
                    w.endObject()
                }
            }
        }
    }
}

/// Escaping for text placed into Markdown.
public enum MarkdownEscaping {
    /// Text in a table cell: pipes escaped, newlines folded.
    public static func cell(_ s: String) -> String {
        text(s).replacingAll("|", with: "\\|").replacingAll("\n", with: " ")
    }

    /// Text that must not be read as markup.
    public static func text(_ s: String) -> String {
        var out = ""
        for ch in s {
            if "\\`*_[]<>".contains(ch) { out.append("\\") }
            out.append(ch)
        }
        return out
    }
}
