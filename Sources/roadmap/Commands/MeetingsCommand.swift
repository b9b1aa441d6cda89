import RoadmapCore

/// `roadmap meetings [PATH...]`: the planning meetings the documents record.
enum MeetingsCommand: Command {
    static let spec = CommandSpec(
        name: "meetings",
        summary: "List the planning meetings recorded in the documents: date, title, release, items completed and added.",
        usage: "[PATH...] [--since DATE] [--next [--count N] [--from DATE]] [--format table|markdown|json]",
        options: [
            .option("--since", value: "DATE", help: "only meetings on or after DATE (yyyy-mm-dd or yyyy-mm)"),
            .flag("--next", help: "the next dates of the meeting cadence the documents state (\"the first Thursday of each month\", \"every other week\")"),
            .option("--count", value: "N", help: "with --next: how many dates (default 4)"),
            .option("--from", value: "DATE", help: "with --next: the day to count from (yyyy-mm-dd; default: today)"),
            .option("--format", value: "FORMAT", help: "table (default), markdown or json", choices: ["table", "markdown", "json"]),
            inputFormatOption,
        ],
        positionals: 0 ... Int.max,
        examples: [
            "roadmap meetings",
            "roadmap meetings docs/planning.rst --format json",
            "roadmap meetings --next --count 6",
        ],
        discussion: "--next finds the cadence in the documents' prose (a sentence about meeting that says \"the first Thursday of each month\", \"biweekly on odd calendar weeks from 14:00 to 14:30\", \"every other Tuesday\") or in a cadence: field, and completes what it leaves open (the weekday, which weeks) from the last meeting the notes date."
    )

    static func run(_ args: ParsedArguments, console: Console) throws(UsageError) -> Int32 {
        let format = try outputFormat(args, ["table", "markdown", "json"], default: "table")
        if args.has("--next") { return try next(args, format: format, console: console) }
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

    /// `--next`: the dates each stated cadence gives.
    static func next(_ args: ParsedArguments, format: String, console: Console) throws(UsageError) -> Int32 {
        let from = try fromDay(args)
        var count = 4
        if let value = args.value("--count") {
            guard let n = Int(value), n >= 1, n <= 1000 else { throw UsageError(message: "--count takes a number from 1 to 1000, not \"\(value)\"") }
            count = n
        }
        let (sources, code) = try loadSources(args.positionals, args, console: console)
        var rows: [ScheduleRenderer.Row] = []
        for s in sources {
            let d = s.document()
            let anchor = MeetingSchedule.anchor(d.meetings)
            for c in CadenceFinder.cadences(in: s.tree, title: d.title) {
                rows.append(ScheduleRenderer.Row(path: s.path, forecast: MeetingSchedule.forecast(c, from: from, count: count, anchor: anchor)))
            }
        }
        switch format {
        case "json": console.out(ScheduleRenderer.json(rows))
        case "markdown": console.out(ScheduleRenderer.markdown(rows))
        default:
            if rows.isEmpty {
                if !args.has("--quiet") && code == ExitCode.success {
                    console.err("no meeting cadence: the documents say nowhere how often they meet (\"We meet on the first Thursday of each month\", or a cadence: field)\n")
                }
            } else {
                console.out(ScheduleRenderer.text(rows))
            }
        }
        return code
    }
}
