import RoadmapCore

/// `roadmap actions`'s options, read and checked once: `ActionsCommand.run` reads these fields.
struct ActionsOptions {
    /// `--format`: table (default), markdown or json.
    var format: String
    /// `--owner`: only actions this person owns.
    var owner: String?
    /// `--open`: only actions not done.
    var open: Bool
    /// `--done`: only actions done.
    var done: Bool
    /// The documents and how to read them.
    var read: ReadOptions

    /// Reads `args`; refuses `--open` with `--done`.
    init(_ args: ParsedArguments) throws(UsageError) {
        format = try ArgumentParser.choice(args, "--format", ["table", "markdown", "json"], default: "table")
        open = args.has("--open")
        done = args.has("--done")
        if open && done { throw UsageError(message: "give --open or --done, not both") }
        owner = args.value("--owner")
        read = try ReadOptions(args)
    }
}
