import RoadmapCore

/// The options every reading command shares, read and checked once: how to read the
/// documents and how much to say about them.
struct ReadOptions {
    /// The documents named (files, directories, `-`); empty: the default roadmap.
    var paths: [String]
    /// `--input-format`: the dialect to read documents as, else detected.
    var inputFormat: Format?
    /// `--quiet`: no warnings about the documents, no "no items" notes.
    var quiet: Bool
    /// `--color`, as given (`CLI` has checked it).
    var color: String?

    /// Reads the shared options of `args`; refuses an `--input-format` it does not know.
    init(_ args: ParsedArguments, paths: [String]? = nil) throws(UsageError) {
        self.paths = paths ?? args.positionals
        inputFormat = try args.inputFormat()
        quiet = args.has("--quiet")
        color = args.value("--color")
    }
}
