import RoadmapCore

/// `roadmap list [PATH...]`: the items, one row each.
enum ListCommand: Command {
    static let spec = CommandSpec(
        name: "list",
        summary: "List the items of roadmap documents: id, title, status, progress and issues.",
        usage: "[PATH...] [--status STATUS] [--grep TEXT] [--format table|markdown|json|ids]",
        options: [
            .option("--status", value: "STATUS", help: "only items with this status: planned, in-progress, done, backlog, or open (not done)",
                    choices: ["planned", "in-progress", "done", "backlog", "open"]),
            .option("--grep", value: "TEXT", help: "only items whose id, title, summary, fields or deliverables contain TEXT (case-insensitive)"),
            .option("--format", value: "FORMAT", help: "table (default), markdown, json, or ids (one id per line, for scripts and shell completions)",
                    choices: ["table", "markdown", "json", "ids"]),
            inputFormatOption,
        ],
        positionals: 0 ... Int.max,
        examples: [
            "roadmap list                          # the roadmap/ of this directory",
            "roadmap list docs/roadmap.rst --status open",
            "roadmap list roadmap/ --grep telemetry --format json",
        ],
        discussion: """
            PATH is a file, a directory (every .rst, .rest, .md, .markdown, .mdown, .mkd, .mkdn and .txt file below it,
            hidden ones skipped) or - for standard input. Without one: roadmap/ if it exists, else the first of ROADMAP.md, ROADMAP.rst, ROADMAP.txt,
            roadmap.md, roadmap.rst, else docs/roadmap.*. Warnings about the documents go to standard error.
            """
    )

    static func run(_ args: ParsedArguments, console: Console) throws(UsageError) -> Int32 {
        let format = try outputFormat(args, ["table", "markdown", "json", "ids"], default: "table")
        var filter = ItemFilter(grep: args.value("--grep"))
        if let s = args.value("--status") {
            guard let f = ItemFilter.StatusFilter(s) else {
                throw UsageError(message: "--status must be planned, in-progress, done, backlog or open, not \"\(s)\"")
            }
            filter.status = f
        }
        // Items stream in and only their rows are kept; deliverable texts are read only when
        // --grep may need them.
        // Items of one document arrive together: collect them in order, without a lookup per item.
        var rows: [(path: String, rows: [ItemListRenderer.Row])] = []
        let detailed = format != "table" && format != "ids"
        let (set, code) = try load(args.positionals, args, console: console, detail: filter.grep == nil ? .outline : .full) { path, item in
            guard filter.matches(item) else { return }
            if rows.last?.path != path { rows.append((path, [])) }
            rows[rows.count - 1].rows.append(ItemListRenderer.Row(item, detailedIssues: detailed))
        }
        let byPath = Dictionary(rows.map { ($0.path, $0.rows) }, uniquingKeysWith: +)
        let sections = set.documents.map { ItemListRenderer.Section(path: $0.path, title: $0.title, items: byPath[$0.path] ?? []) }
            .filter { !$0.items.isEmpty || set.documents.count == 1 }
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
                if !args.has("--quiet") && code == ExitCode.success { console.err("no items\(filter.status != nil || filter.grep != nil ? " match" : "")\n") }
            } else {
                console.out(ItemListRenderer.table(sections, width: console.width, style: console.style(color: args.value("--color"))))
            }
        }
        return code
    }
}
