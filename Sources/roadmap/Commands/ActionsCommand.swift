import RoadmapCore

/// `roadmap actions [PATH...]`: the action items of every meeting.
enum ActionsCommand: Command {
    static let spec = CommandSpec(
        name: "actions",
        summary: "List the action items of the meetings: meeting date, id, owner, done, text and where it is written.",
        usage: "[PATH...] [--owner NAME] [--open | --done] [--format table|markdown|json]",
        options: [
            .option("--owner", value: "NAME", help: "only actions whose owner is (or contains) NAME, case-insensitive"),
            .flag("--open", help: "only actions not done"),
            .flag("--done", help: "only actions done"),
            .option("--format", value: "FORMAT", help: "table (default), markdown or json", choices: ["table", "markdown", "json"]),
            inputFormatOption,
        ],
        positionals: 0 ... Int.max,
        examples: [
            "roadmap actions --open",
            "roadmap actions minutes/ --owner dana --format json",
        ]
    )

    static func run(_ args: ParsedArguments, console: Console) throws(UsageError) -> Int32 {
        let format = try outputFormat(args, ["table", "markdown", "json"], default: "table")
        if args.has("--open") && args.has("--done") { throw UsageError(message: "give --open or --done, not both") }
        let (set, code) = try load(args.positionals, args, console: console)
        let rows = set.documents.flatMap { d in
            d.meetings.flatMap { m in m.actions.map { ActionListRenderer.Row(path: d.path, meeting: m, action: $0) } }
        }.filter { row in
            (args.value("--owner").map { MeetingFilter.ownerMatches(row.action, $0) } ?? true)
                && (!args.has("--open") || !row.action.done) && (!args.has("--done") || row.action.done)
        }
        switch format {
        case "json": console.out(ActionListRenderer.json(rows))
        case "markdown": console.out(ActionListRenderer.markdown(rows))
        default:
            if rows.isEmpty {
                if !args.has("--quiet") && code == ExitCode.success { console.err("no action items\n") }
            } else {
                console.out(ActionListRenderer.table(rows, width: console.width, style: console.style(color: args.value("--color"))))
            }
        }
        return code
    }
}
