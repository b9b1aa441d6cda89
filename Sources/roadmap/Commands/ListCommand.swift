import RoadmapCore

/// `roadmap list [PATH...]`: the items, one row each.
enum ListCommand: Command {
    static let spec = CommandSpec(
        name: "list",
        summary: "List the items of roadmap documents: id, title, status, progress and issues.",
        usage: "[PATH...] [--status STATUS] [--stage STAGE] [--target RELEASE] [--grep TEXT] [--where KEY=VALUE]... [--sort KEYS] [--group-by KEY] [--combine] [--format table|markdown|json|ids]",
        options: [
            .option("--status", value: "STATUS", help: "only items with this status: planned, in-progress, done, backlog, or open (not done)",
                    choices: ["planned", "in-progress", "done", "backlog", "open"]),
            .option("--stage", value: "STAGE", help: "only items in this stage: a stage the document declares (by a name it gives it), or planned, in-progress, done, backlog"),
            .option("--target", value: "RELEASE", help: "only items targeted at RELEASE (their target, target release or release field), any case"),
            .option("--grep", value: "TEXT", help: "only items whose id, title, summary, fields or deliverables contain TEXT (case-insensitive)"),
            whereOption,
            .option("--sort", value: "KEYS", help: "order items by these comma-separated keys (fields, or id, title, status, stage, target, progress), numbers in natural order, stages in workflow order"),
            .option("--group-by", value: "KEY", help: "one section per value of KEY (a field, or stage, status, target, owner, group), stages in workflow order, items without it last"),
            .flag("--combine", help: "one table for all the documents (a portfolio), with a SOURCE column; --sort orders across them"),
            .option("--format", value: "FORMAT", help: "table (default), markdown, json, or ids (one id per line, for scripts and shell completions)",
                    choices: ["table", "markdown", "json", "ids"]),
            inputFormatOption,
        ],
        positionals: 0 ... Int.max,
        examples: [
            "roadmap list                          # the roadmap/ of this directory",
            "roadmap list docs/roadmap.rst --status open",
            "roadmap list roadmap/ --grep telemetry --format json",
            "roadmap list --where owner=core --sort target,title",
            "roadmap list --group-by status",
            "roadmap list --stage \"development ready\" --target pike --sort size",
            "roadmap list teams/ --combine --sort stage   # a portfolio: every team's roadmap in one table",
        ],
        discussion: """
            PATH is a file, a directory (every .rst, .rest, .md, .markdown, .mdown, .mkd, .mkdn, .mdx and .txt file below it,
            hidden ones skipped) or - for standard input. Without one: roadmap/ if it exists, else the first of ROADMAP.md, ROADMAP.rst, ROADMAP.txt,
            roadmap.md, roadmap.rst, else docs/roadmap.*. Warnings about the documents go to standard error.
            """
    )

    static func run(_ args: ParsedArguments, console: Console) throws(UsageError) -> Int32 {
        let options = try ListOptions(args)
        let format = options.format, filter = options.filter, stage = options.stage, combine = options.combine
        let query = ItemQuery(conditions: options.conditions, sortKeys: options.sortKeys, groupKey: options.groupKey)
        // Items stream in and only their rows are kept; deliverable texts are read only when
        // --grep may need them.
        // Items of one document arrive together: collect them in order, without a lookup per item.
        var rows: [(path: String, rows: [ItemListRenderer.Row])] = []
        var keys: [(sort: [String?], group: String?)] = []  // per row, in the order rows arrive
        let detailed = format != "table" && format != "ids"
        // A document's head (its metadata) comes before its items: --stage may name a stage by another name it declares.
        var workflows: [String: Workflow] = [:]
        let (set, code) = load(options.read, console: console, detail: filter.grep == nil ? .outline : .full, onItem: { path, item in
            guard filter.matches(item), query.matches(item) else { return }
            if let stage, !Workflow.isIn(item, stage: stage, of: workflows[path]) { return }  // (a closure here would copy the item)
            if rows.last?.path != path { rows.append((path, [])) }
            rows[rows.count - 1].rows.append(ItemListRenderer.Row(item, detailedIssues: detailed))
            if !query.sortKeys.isEmpty || query.groupKey != nil || combine {
                keys.append((query.sortValues(of: item), query.groupKey.flatMap { ItemQuery.value(of: $0, in: item) }))
            }
        }, onHead: { head in workflows[head.path] = head.declaredWorkflow })
        var sections: [ItemListRenderer.Section]
        if keys.isEmpty {
            let byPath = Dictionary(rows.map { ($0.path, $0.rows) }, uniquingKeysWith: +)
            sections = set.documents.map { ItemListRenderer.Section(path: $0.path, title: $0.title, items: byPath[$0.path] ?? []) }
                .filter { !$0.items.isEmpty || set.documents.count == 1 }
        } else {
            // JSON and ids keep a section per document (each item names its document there).
            let grouped = format == "json" || format == "ids" ? ItemQuery(conditions: [], sortKeys: query.sortKeys, groupKey: nil) : query
            sections = Self.arranged(rows, keys: keys, query: grouped, documents: set.documents, combine: combine)
        }
        defer { keepUntilExit((set, rows, sections)) }
        switch format {
        case "json": console.out(ItemListRenderer.json(sections))
        case "markdown": console.out(ItemListRenderer.markdown(sections))
        case "ids":
            var out = ""
            for s in sections { for row in s.items { out += row.id + "\n" } }
            console.out(out)
        default:
            if sections.allSatisfy({ $0.items.isEmpty }) {
                let filtered = filter.status != nil || filter.grep != nil || stage != nil || !query.conditions.isEmpty
                if !options.read.quiet && code == ExitCode.success { console.err("no items\(filtered ? " match" : "")\n") }
            } else {
                console.out(bytes: ItemListRenderer.tableBytes(sections, width: console.width, style: console.style(color: options.read.color)))
            }
        }
        return code
    }

    /// The rows sorted (stably) by the query's keys, within each document or, with `--group-by`,
    /// within one section per value (in natural order, items without a value last).
    static func arranged(_ rows: [(path: String, rows: [ItemListRenderer.Row])], keys: [(sort: [String?], group: String?)],
                         query: ItemQuery, documents: [Document], combine: Bool = false) -> [ItemListRenderer.Section] {
        let workflow = Workflow.portfolio(documents)
        var all: [(path: String, row: ItemListRenderer.Row, sort: [String?], group: String?, order: Int)] = []
        // Rows that share a table with another document's say which document they are from.
        let mixed = (combine || query.groupKey != nil) && Set(rows.map(\.path)).count > 1
        for (path, list) in rows {
            for var row in list {
                if mixed { row.source = path }
                all.append((path, row, query.ranked(keys[all.count].sort, workflow: workflow), keys[all.count].group, all.count))
            }
        }
        all.sort { a, b in
            if ItemQuery.precedes(a.sort, b.sort) { return true }
            if ItemQuery.precedes(b.sort, a.sort) { return false }
            return a.order < b.order
        }
        if combine, query.groupKey == nil {
            return [ItemListRenderer.Section(path: documents.count == 1 ? documents[0].path : "portfolio", title: nil, items: all.map(\.row))]
        }
        guard let groupKey = query.groupKey else {
            let order = documents.map(\.path)
            return order.compactMap { path in
                let items = all.filter { $0.path == path }.map(\.row)
                let doc = documents.first { $0.path == path }
                return items.isEmpty && documents.count > 1 ? nil : ItemListRenderer.Section(path: path, title: doc?.title, items: items)
            }
        }
        var values: [String?] = []
        for r in all where !values.contains(where: { $0 == r.group }) { values.append(r.group) }
        values.sort { ItemQuery.precedes([ItemQuery.groupOrder(groupKey, $0, workflow: workflow)], [ItemQuery.groupOrder(groupKey, $1, workflow: workflow)]) }
        return values.map { v in
            ItemListRenderer.Section(path: "\(groupKey): \(v ?? "–")", title: nil, items: all.filter { $0.group == v }.map(\.row))
        }
    }
}
