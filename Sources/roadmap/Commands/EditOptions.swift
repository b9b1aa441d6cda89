import RoadmapCore

/// The options every editing command shares (`EditSupport.options`), read and checked once:
/// the commands ask these fields instead of looking options up by name.
struct EditOptions {
    /// `-f PATH`, as given (files or directories); empty: the default roadmap.
    var files: [String]
    /// `--dry-run`: print a diff, write nothing.
    var dryRun: Bool
    /// `--format json`: the changes as one JSON envelope.
    var json: Bool
    /// `--quiet`: no line per change.
    var quiet: Bool
    /// `--input-format`: the dialect to read documents as, else detected.
    var inputFormat: Format?

    /// Reads the shared options of `args`; refuses a `--format` or `--input-format` it does not know.
    init(_ args: ParsedArguments) throws(UsageError) {
        json = try ArgumentParser.choice(args, "--format", ["text", "json"], default: "text") == "json"
        inputFormat = try args.inputFormat()
        files = args.all("--file")
        dryRun = args.has("--dry-run")
        quiet = args.has("--quiet")
    }
}
