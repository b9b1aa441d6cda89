import RoadmapCore

/// `roadmap show`'s options, read and checked once: `ShowCommand.run` reads these fields.
struct ShowOptions {
    /// `--format`: text (default) or json.
    var format: String
    /// ITEM: an id, a title or a unique prefix of either.
    var item: String
    /// `-f PATH` was given: the documents are named, not found by default.
    var namesFiles: Bool
    /// The documents (`-f PATH`, else the default roadmap) and how to read them.
    var read: ReadOptions

    /// Reads `args`; refuses a `--format` or `--input-format` it does not know.
    init(_ args: ParsedArguments) throws(UsageError) {
        format = try ArgumentParser.choice(args, "--format", ["text", "json"], default: "text")
        item = args.positionals[0]
        namesFiles = args.has("--file")
        read = try ReadOptions(args, paths: args.all("--file"))
    }
}
