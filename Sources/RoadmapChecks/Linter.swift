import RoadmapText
import RoadmapModel
import RoadmapSyntax
import RoadmapIO
import RoadmapReading

/// `roadmap lint`: checks that a roadmap agrees with its planning meetings and that its markup
/// says what its authors meant. Each rule has an id (`--rule`, `--ignore`); docs/lint.md has
/// every rule with an example.
public enum Linter {
    /// A finding: where, how bad, what, and which rule.
    public struct Finding: Sendable, Equatable {
        public var path: String
        public var line: Int
        public var column: Int
        public var severity: Diagnostic.Severity
        public var message: String
        public var rule: String

        public init(path: String, line: Int, column: Int, severity: Diagnostic.Severity, message: String, rule: String) {
            self.path = path
            self.line = line
            self.column = column
            self.severity = severity
            self.message = message
            self.rule = rule
        }

        public func formatted() -> String { "\(path):\(line):\(column): \(severity.rawValue): \(message) [\(rule)]" }

        /// A GitHub Actions workflow command, shown as an annotation on the pull request.
        public func github() -> String {
            let level = severity == .error ? "error" : severity == .warning ? "warning" : "notice"
            let text = message.replacingAll("%", with: "%25").replacingAll("\r", with: "%0D").replacingAll("\n", with: "%0A")
            return "::\(level) file=\(path),line=\(line),col=\(column),title=\(rule)::\(text)"
        }
    }

    /// A document read for checking: the model and the syntax it came from.
    public struct Source: Sendable {
        public var document: Document
        public var tree: SyntaxTree

        public init(document: Document, tree: SyntaxTree) {
            self.document = document
            self.tree = tree
        }
    }

    public struct Rule: Sendable {
        public var id: String
        public var severity: Diagnostic.Severity
        public var summary: String
    }

    /// Every rule, in the order they run.
    public static let rules: [Rule] = [
        Rule(id: "completed-but-open", severity: .warning, summary: "a meeting recorded the item as completed, but the roadmap still has it open"),
        Rule(id: "added-but-absent", severity: .warning, summary: "a meeting added an item that the roadmap does not have (and no later meeting completed)"),
        Rule(id: "never-added", severity: .info, summary: "a roadmap item that no meeting added"),
        Rule(id: "unresolved-reference", severity: .error, summary: "a reference (RST `name`_, Markdown [text][ref]) that no target defines"),
        Rule(id: "duplicate-target", severity: .warning, summary: "a link target defined twice (the first one wins)"),
        Rule(id: "duplicate-title", severity: .warning, summary: "two items of one document with the same title"),
        Rule(id: "malformed-checkbox", severity: .warning, summary: "a list entry that looks like a checkbox but is not one, and is not counted: [], [ x], [v], [*]"),
        Rule(id: "list-without-blank-line", severity: .warning, summary: "RST list entries right under a paragraph line, which docutils reads as the paragraph's text"),
        Rule(id: "unindented-continuation", severity: .warning, summary: "an RST line right after a list entry, not indented to the entry's text: docutils ends the entry before it"),
        Rule(id: "short-adornment", severity: .warning, summary: "an RST title underline or overline shorter than the title"),
        Rule(id: "no-deliverables", severity: .info, summary: "an item with neither deliverables nor issue links"),
        Rule(id: "empty-section", severity: .warning, summary: "an item with nothing under its title"),
        Rule(id: "overdue-action", severity: .warning, summary: "an open action item whose due date has passed"),
        Rule(id: "meeting-order", severity: .warning, summary: "a meeting out of the date order the others keep"),
    ] + workflowRules

    /// Runs the rules (`only` if given, minus `ignore`) over `sources`; `today` decides what is overdue.
    public static func run(_ sources: [Source], only: Set<String> = [], ignore: Set<String> = [], today: PartialDate) -> [Finding] {
        let active = Set(rules.map(\.id)).filter { (only.isEmpty || only.contains($0)) && !ignore.contains($0) }
        var out: [Finding] = []
        func add(_ rule: String, _ path: String, _ line: Int, _ column: Int = 1, _ message: String) {
            guard active.contains(rule), let r = rules.first(where: { $0.id == rule }) else { return }
            out.append(Finding(path: path, line: line, column: column, severity: r.severity, message: message, rule: rule))
        }
        reconcile(sources, add)
        for s in sources { checkMarkup(s, add) }
        for s in sources { checkItems(s, add) }
        for s in sources { checkWorkflow(s, add) }
        for s in sources { checkMeetings(s, today: today, add) }
        return out
    }

    // MARK: - Meetings against the roadmap

    private static func reconcile(_ sources: [Source], _ add: (String, String, Int, Int, String) -> Void) {
        let meetings = sources.flatMap { s in s.document.meetings.map { (s.document.path, $0) } }
            .sorted { ($0.1.date ?? "") < ($1.1.date ?? "") }
        guard !meetings.isEmpty else { return }
        let items = sources.flatMap { s in s.document.items.map { (s.document.path, $0) } }
        func find(_ name: String) -> (String, Item)? { items.first { ItemName.matches($0.1.title, name) } }
        for (path, m) in meetings {
            let when = m.date.map { m.title.contains($0) ? "" : " (\($0))" } ?? ""
            for name in m.completed {
                if let (itemPath, item) = find(name), item.status != .done {
                    add("completed-but-open", itemPath, item.line, 1,
                        "\(item.title) was recorded as completed in \(m.title)\(when) but is still \(item.status.rawValue) on the roadmap")
                }
            }
            for name in m.added where find(name) == nil {
                // Added, then completed and taken off by a later meeting: as it should be.
                let laterCompleted = meetings.contains { ($0.1.date ?? "") >= (m.date ?? "") && $0.1.completed.contains { ItemName.matches($0, name) } }
                if !laterCompleted {
                    add("added-but-absent", path, m.line, 1, "\(name) was added in \(m.title)\(when) but the roadmap has no such item")
                }
            }
        }
        for (path, item) in items where !meetings.contains(where: { $0.1.added.contains { ItemName.matches($0, item.title) } }) {
            add("never-added", path, item.line, 1, "no meeting added \(item.title)")
        }
    }

    // MARK: - Markup

    private static func checkMarkup(_ s: Source, _ add: (String, String, Int, Int, String) -> Void) {
        let path = s.document.path
        for d in s.document.diagnostics {
            switch d.id {
            case .duplicateTarget: add("duplicate-target", path, d.line, d.column, d.message)
            case .shortAdornment, .adornmentMismatch: add("short-adornment", path, d.line, d.column, d.message)
            default: break
            }
        }
        var context = ReadingContext(tree: s.tree)
        let src = s.tree.source
        for (k, b) in s.tree.blocks.enumerated() {
            switch b.kind {
            case .paragraph, .listItem, .heading, .field:
                let text = context.inlineText(of: k)
                for name in Set(text.unresolved) {
                    let loc = src.location(ofByte: Int(b.textStart))
                    add("unresolved-reference", path, loc.line, loc.column, "no target defines the reference \"\(name)\"")
                }
                // Where docutils reads a list other than its writer meant.
                if b.kind == .paragraph, s.tree.format == .rst {
                    if let line = listLineInParagraph(b, src) {
                        let loc = src.location(ofByte: src.firstNonSpace(ofLine: line))
                        add("list-without-blank-line", path, loc.line, loc.column,
                            "these entries read as the paragraph's text, not a list: reStructuredText needs a blank line before a list")
                    }
                    if let entry = entryCutShort(before: k, in: s.tree.blocks) {
                        let loc = src.location(ofByte: src.firstNonSpace(ofLine: Int(b.firstLine)))
                        add("unindented-continuation", path, loc.line, loc.column,
                            "this line ends the list entry on line \(entry + 1) (docutils: \"unexpected unindent\"); indent it to the entry's text to continue it, or put a blank line before it")
                    }
                }
                if b.kind == .listItem, !b.hasCheckbox, let bad = malformedCheckbox(src.string(b.text)) {
                    let loc = src.location(ofByte: Int(b.textStart))
                    add("malformed-checkbox", path, loc.line, loc.column, "\"\(bad)\" is not a checkbox; write [ ] or [x]")
                }
            default:
                break
            }
        }
    }

    /// The 0-based first line of the list entry that paragraph `k` follows without a blank line
    /// while indented less than the entry's text: a continuation line the writer did not indent
    /// (`- Extending the passes to be more` over `efficient in circuit depth`).
    static func entryCutShort(before k: Int, in blocks: [Block]) -> Int? {
        guard k > 0 else { return nil }
        let b = blocks[k]
        // The entry, or the last block nested in it, ends on the line before.
        var e = k - 1
        guard blocks[e].endLine == b.firstLine, blocks[e].kind == .listItem || blocks[e].parent >= 0 else { return nil }
        while blocks[e].kind != .listItem, blocks[e].parent >= 0 { e = Int(blocks[e].parent) }
        guard blocks[e].kind == .listItem, b.indent < blocks[e].contentColumn, b.parent < 0 || Int(b.parent) != e else { return nil }
        return Int(blocks[e].firstLine)
    }

    /// The first line of an RST paragraph that starts a list its writer meant (`Progress:` then
    /// `* TLS support`): a bullet after a line ending in a colon, or two bullet lines in a row.
    /// A lone dash that wraps prose (`- which`) is not one.
    static func listLineInParagraph(_ b: Block, _ src: SourceText) -> Int? {
        func isBullet(_ i: Int) -> Bool {
            let r = src.contentRange(ofLine: i)
            let at = src.firstNonSpace(ofLine: i)
            guard at + 1 < r.upperBound else { return false }
            let c = src.bytes[at]
            return (c == 0x2A || c == 0x2D || c == 0x2B) && src.bytes[at + 1] == 0x20
        }
        var i = Int(b.firstLine) + 1
        while i < Int(b.endLine) {
            if isBullet(i) {
                let before = src.contentRange(ofLine: i - 1)
                let afterColon = !before.isEmpty && src.bytes[before.upperBound - 1] == 0x3A
                if afterColon || (i + 1 < Int(b.endLine) && isBullet(i + 1)) { return i }
            }
            i += 1
        }
        return nil
    }

    /// `[]`, `[ x]`, `[x ]`, `[v]`, `[✓]` and the like at the start of a list entry.
    static func malformedCheckbox(_ text: String) -> String? {
        guard text.hasPrefix("["), let close = text.firstIndex(of: "]") else { return nil }
        let inner = text[text.index(after: text.startIndex) ..< close]
        guard inner.count <= 3 else { return nil }
        let stripped = inner.filter { $0 != " " }
        // (`[/]`, `[-]`, `[~]`, `[>]`, `[?]`, `[!]` are open tasks, never asked about here; written
        // with a space inside, `[ /]`, they are no box.)
        guard inner.isEmpty || stripped.isEmpty || ["x", "X", "v", "V", "✓", "✔", "*", "-", "/", "~", ">", "?", "!"].contains(String(stripped))
        else { return nil }
        let box = String(text[...close])
        return ["[ ]", "[x]", "[X]"].contains(box) ? nil : box
    }

    // MARK: - Items

    private static func checkItems(_ s: Source, _ add: (String, String, Int, Int, String) -> Void) {
        let path = s.document.path
        var seen: [String: Item] = [:]
        for item in s.document.items {
            let key = ItemName.key(item.title)
            if let first = seen[key] {
                add("duplicate-title", path, item.line, 1, "\(item.title) is also the title of the item on line \(first.line)")
            } else {
                seen[key] = item
            }
            if item.deliverables.isEmpty && item.issues.isEmpty && item.status != .backlog && item.origin != .tableRow {
                add("no-deliverables", path, item.line, 1, "\(item.title) has no deliverables and no issue links")
            }
            // (An item read from a list entry is that one line: only a section can be empty.)
            if item.origin == .section, item.summary == nil && item.deliverables.isEmpty && item.fields.isEmpty && item.issues.isEmpty
                && item.links.isEmpty && item.status != .backlog && item.lineRange.count <= 3
            {
                add("empty-section", path, item.line, 1, "\(item.title) has nothing under its title")
            }
        }
    }

    // MARK: - Meetings

    private static func checkMeetings(_ s: Source, today: PartialDate, _ add: (String, String, Int, Int, String) -> Void) {
        let path = s.document.path
        let dated = s.document.meetings.compactMap { m in m.date.flatMap(PartialDate.init(iso:)).map { (m, $0) } }
        if dated.count >= 3 {
            // The order most neighbours keep (newest first, as in the Deis notes, or oldest first).
            let pairs = zip(dated, dated.dropFirst())
            let descending = pairs.filter { $0.1 > $1.1 }.count >= pairs.filter { $0.1 < $1.1 }.count
            for ((_, a), (m, b)) in pairs where descending ? b > a : b < a {
                add("meeting-order", path, m.line, 1, "\(m.title) is out of the \(descending ? "newest-first" : "oldest-first") order of the meetings around it")
            }
        }
        for m in s.document.meetings {
            let year = m.date.flatMap(PartialDate.init(iso:))?.year
            for a in m.actions where !a.done {
                guard let due = dueDate(a.text, year: year), due < today else { continue }
                add("overdue-action", path, a.line, 1, "\(a.owner.map { "\($0): " } ?? "")\"\(a.text)\" was due \(due)")
            }
        }
    }

    /// "due 2026-05-01", "due May 1", "due by 5/1" in an action's text.
    static func dueDate(_ text: String, year: Int?) -> PartialDate? {
        let lower = text.lowercased()
        guard let r = lower.range(ofLowercased: "due") else { return nil }
        var rest = String(lower[r.upperBound...]).trimming(" :")
        if rest.hasPrefix("by ") { rest = String(rest.dropFirst(3)) }
        let head = String(rest.prefix(24))
        if let full = PartialDate.find(in: head) { return full.day == nil ? PartialDate(year: full.year, month: full.month, day: 28) : full }
        guard let year else { return nil }
        if let md = PartialDate.monthDays(in: head).first { return PartialDate(year: year, month: md.month, day: md.day) }
        if let w = head.split(separator: " ").first {
            let p = w.split(separator: "/")
            if p.count == 2, let m = Int(p[0]), let d = Int(p[1].filter(\.isNumber)), (1 ... 12).contains(m), (1 ... 31).contains(d) {
                return PartialDate(year: year, month: m, day: d)
            }
        }
        return nil
    }
}
