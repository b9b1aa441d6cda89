import RoadmapCore

/// `roadmap diff`'s options, read and checked once: `DiffCommand.run` reads these fields.
struct DiffOptions {
    /// `--format`: text (default), markdown or json.
    var format: String
    /// OLD and NEW: files, or REV:PATH.
    var old: String, new: String
    /// `--exit-code`: exit 1 when the versions differ.
    var exitCode: Bool
    /// The meeting notes (`--meetings`) and how to read them and the two versions.
    var read: ReadOptions

    /// Reads `args`; refuses a `--format` or `--input-format` it does not know.
    init(_ args: ParsedArguments) throws(UsageError) {
        format = try ArgumentParser.choice(args, "--format", ["text", "markdown", "json"], default: "text")
        (old, new) = (args.positionals[0], args.positionals[1])
        exitCode = args.has("--exit-code")
        read = try ReadOptions(args, paths: args.all("--meetings"))
    }
}
