import RoadmapCore

/// `roadmap board`'s options, read and checked once: `BoardCommand.run` reads these fields.
struct BoardOptions {
    /// `--format`: text (default), markdown or json.
    var format: String
    /// `--where` conditions.
    var conditions: [ItemQuery.Condition]
    /// The documents and how to read them.
    var read: ReadOptions

    /// Reads `args`; refuses a `--where` that is not KEY=VALUE or KEY!=VALUE.
    init(_ args: ParsedArguments) throws(UsageError) {
        format = try ArgumentParser.choice(args, "--format", ["text", "markdown", "json"], default: "text")
        conditions = try BoardCommand.whereConditions(args)
        read = try ReadOptions(args)
    }
}
