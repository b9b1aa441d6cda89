import RoadmapCore

/// `roadmap meetings [PATH...]`: the planning meetings the documents record.
enum MeetingsCommand: Command {
    static let spec = CommandSpec(
        name: "meetings",
        summary: "List the planning meetings recorded in the documents: date, title, release, items completed and added.",
        usage: "[PATH...] [--format table|markdown|json]",
        options: [
            .option("--format", value: "FORMAT", help: "table (default), markdown or json"),
            inputFormatOption,
        ],
        positionals: 0 ... Int.max,
        examples: [
            "roadmap meetings",
            "roadmap meetings docs/planning.rst --format json",
        ]
    )

    static func run(_ args: ParsedArguments, console: Console) throws(UsageError) -> Int32 {
        let format = try outputFormat(args, ["table", "markdown", "json"], default: "table")
        let (set, code) = try load(args.positionals, args, console: console)
        let rows = set.documents.flatMap { d in d.meetings.map { MeetingListRenderer.Row(path: d.path, meeting: $0) } }
        switch format {
        case "json": console.out(MeetingListRenderer.json(rows))
        case "markdown": console.out(MeetingListRenderer.markdown(rows))
        default:
            if rows.isEmpty {
                if !args.has("--quiet") && code == ExitCode.success { console.err("no meetings\n") }
            } else {
                console.out(MeetingListRenderer.table(rows, width: console.width, style: console.style(color: args.value("--color"))))
            }
        }
        return code
    }
}
