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
        let options = try ActionsOptions(args)
        let (set, code) = load(options.read, console: console)
        let rows = set.documents.flatMap { d in
            d.meetings.flatMap { m in m.actions.map { ActionListRenderer.Row(path: d.path, meeting: m, action: $0) } }
        }.filter { row in
            (options.owner.map { MeetingFilter.ownerMatches(row.action, $0) } ?? true)
                && (!options.open || !row.action.done) && (!options.done || row.action.done)
        }
        switch options.format {
        case "json": console.out(ActionListRenderer.json(rows))
        case "markdown": console.out(ActionListRenderer.markdown(rows))
        default:
            if rows.isEmpty {
                if !options.read.quiet && code == ExitCode.success { console.err("no action items\n") }
            } else {
                console.out(ActionListRenderer.table(rows, width: console.width, style: console.style(color: options.read.color)))
            }
        }
        return code
    }
}
