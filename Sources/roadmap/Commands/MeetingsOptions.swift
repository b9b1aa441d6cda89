import RoadmapCore

/// `roadmap meetings`'s options, read and checked once: `MeetingsCommand.run` reads these fields.
struct MeetingsOptions {
    /// `--format`: table (default), markdown or json.
    var format: String
    /// `--next`: the dates the cadences give, not the meetings held.
    var next: Bool
    /// `--from` (with `--next`): the first day to forecast from; today if not given.
    var from: CalendarDay?
    /// `--count` (with `--next`): how many dates per cadence.
    var count = 4
    /// `--since` (without `--next`): only meetings on or after this date.
    var since: PartialDate?
    /// The documents and how to read them.
    var read: ReadOptions

    /// Reads `args`, checking only the options that apply (`--from` and `--count` with `--next`,
    /// `--since` without), in the order `meetings` always has.
    init(_ args: ParsedArguments) throws(UsageError) {
        format = try ArgumentParser.choice(args, "--format", ["table", "markdown", "json"], default: "table")
        next = args.has("--next")
        if next {
            from = try MeetingsCommand.fromDay(args.value("--from"))
            if let value = args.value("--count") {
                guard let n = Int(value), n >= 1, n <= 1000 else { throw UsageError(message: "--count takes a number from 1 to 1000, not \"\(value)\"") }
                count = n
            }
        }
        read = try ReadOptions(args)
        if !next, let value = args.value("--since") {
            guard let date = PartialDate(iso: value) else { throw UsageError(message: "--since takes a date as yyyy-mm-dd or yyyy-mm, not \"\(value)\"") }
            since = date
        }
    }
}
