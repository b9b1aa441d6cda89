import RoadmapCore

/// `roadmap board [PATH...]`: the items as a kanban board, one column per stage.
enum BoardCommand: Command {
    static let spec = CommandSpec(
        name: "board",
        summary: "Show the items as a board: one column per stage (backlog, planned, in-progress, done).",
        usage: "[PATH...] [--where KEY=VALUE]... [--format text|markdown|json]",
        options: [
            whereOption,
            .option("--format", value: "FORMAT", help: "text (default), markdown or json", choices: ["text", "markdown", "json"]),
            inputFormatOption,
        ],
        positionals: 0 ... Int.max,
        examples: [
            "roadmap board",
            "roadmap board --where owner=core --format markdown",
        ],
        discussion: "PATH is found as for `list`. The text board fits the terminal's width (80 columns in a pipe)."
    )

    static func run(_ args: ParsedArguments, console: Console) throws(UsageError) -> Int32 {
        let options = try BoardOptions(args)
        let query = ItemQuery(conditions: options.conditions)
        let (set, code) = load(options.read, console: console, detail: .outline)
        var documents = set.documents
        for k in documents.indices { documents[k].items = documents[k].items.filter(query.matches) }
        let columns = BoardRenderer.columns(documents)
        switch options.format {
        case "json": console.out(BoardRenderer.json(columns))
        case "markdown": console.out(BoardRenderer.markdown(columns))
        default: console.out(BoardRenderer.text(columns, width: console.width, style: console.style(color: options.read.color)))
        }
        return code
    }
}
