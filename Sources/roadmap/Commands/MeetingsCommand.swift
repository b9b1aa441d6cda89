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
        let options = try MeetingsOptions(args)
        if options.next { return next(options, console: console) }
        let (set, code) = load(options.read, console: console)
        let since = options.since
        let rows = set.documents.flatMap { d in d.meetings.map { MeetingListRenderer.Row(path: d.path, meeting: $0) } }
            .filter { row in since.map { MeetingFilter.isOnOrAfter(row.meeting, $0) } ?? true }
        switch options.format {
        case "json": console.out(MeetingListRenderer.json(rows))
        case "markdown": console.out(MeetingListRenderer.markdown(rows))
        default:
            if rows.isEmpty {
                if !options.read.quiet && code == ExitCode.success { console.err("no meetings\n") }
            } else {
                console.out(MeetingListRenderer.table(rows, width: console.width, style: console.style(color: options.read.color)))
            }
        }
        return code
    }

    /// `--next`: the dates each stated cadence gives.
    static func next(_ options: MeetingsOptions, console: Console) -> Int32 {
        let (sources, code) = loadSources(options.read, console: console)
        let rows = ScheduleRenderer.rows(sources, from: options.from ?? CalendarDay(Self.today())!, count: options.count)
        switch options.format {
        case "json": console.out(ScheduleRenderer.json(rows))
        case "markdown": console.out(ScheduleRenderer.markdown(rows))
        default:
            if rows.isEmpty {
                if !options.read.quiet && code == ExitCode.success {
                    console.err("no meeting cadence: the documents say nowhere how often they meet (\"We meet on the first Thursday of each month\", or a cadence: field)\n")
                }
            } else {
                console.out(ScheduleRenderer.text(rows))
            }
        }
        return code
    }
}
