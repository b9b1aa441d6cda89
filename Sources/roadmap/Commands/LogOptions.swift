import RoadmapCore

/// `roadmap log`'s options, read and checked once: `LogCommand.run` reads these fields.
struct LogOptions {
    /// `--format`: text (default) or json.
    var format: String
    /// PATH, if given; nil: the roadmap `list` finds.
    var path: String?
    /// `--input-format`: the dialect to read each version as, else detected.
    var inputFormat: Format?

    /// Reads `args`; refuses a `--format` or `--input-format` it does not know.
    init(_ args: ParsedArguments) throws(UsageError) {
        format = try ArgumentParser.choice(args, "--format", ["text", "json"], default: "text")
        inputFormat = try args.inputFormat()
        path = args.positionals.first
    }
}
