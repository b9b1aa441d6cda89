import RoadmapCore

/// `roadmap meetings [PATH...]`: the planning meetings the documents record.
enum MeetingsCommand: Command {
    static let spec = CommandSpec(
        name: "meetings",
        summary: "List the planning meetings recorded in the documents: date, title, release, items completed and added.",
        usage: "[PATH...] [--since DATE] [--format table|markdown|json]",
        options: [
            .option("--since", value: "DATE", help: "only meetings on or after DATE (yyyy-mm-dd or yyyy-mm)"),
            .option("--format", value: "FORMAT", help: "table (default), markdown or json", choices: ["table", "markdown", "json"]),
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
        var since: PartialDate? = nil
        if let value = args.value("--since") {
            guard let date = PartialDate(iso: value) else { throw UsageError(message: "--since takes a date as yyyy-mm-dd or yyyy-mm, not \"\(value)\"") }
            since = date
        }
        let rows = set.documents.flatMap { d in d.meetings.map { MeetingListRenderer.Row(path: d.path, meeting: $0) } }
            .filter { row in since.map { MeetingFilter.isOnOrAfter(row.meeting, $0) } ?? true }
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
