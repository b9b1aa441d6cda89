import RoadmapCore

/// `roadmap init`'s options, read and checked once: `InitCommand.run` reads these fields.
struct InitOptions {
    /// `--format`: the dialect of the new roadmap, Markdown (default) or RST.
    var format: Format
    /// `--dry-run`: print the document, write nothing.
    var dryRun: Bool
    /// `--quiet`: no line saying what was written.
    var quiet: Bool

    /// Reads `args`; refuses a `--format` other than markdown or rst.
    init(_ args: ParsedArguments) throws(UsageError) {
        let name = args.value("--format") ?? "markdown"
        guard let format = Format(name: name), format == .markdown || format == .rst else {
            throw UsageError(message: "--format must be markdown or rst, not \"\(name)\"")
        }
        self.format = format
        dryRun = args.has("--dry-run")
        quiet = args.has("--quiet")
    }
}
