import RoadmapCore

/// `roadmap retarget`'s options, read and checked once: `RetargetCommand.run` reads these fields.
struct RetargetOptions {
    /// OLD: the release the open items leave, matched in any case.
    var old: String
    /// NEW: the release they move to.
    var new: String
    /// `--field`: the field that names the release (default: target).
    var field: String
    /// The options every editing command shares.
    var edit: EditOptions

    /// Reads `args`; refuses a `--format` or `--input-format` it does not know.
    init(_ args: ParsedArguments) throws(UsageError) {
        (old, new) = (args.positionals[0], args.positionals[1])
        field = args.value("--field") ?? "target"
        edit = try EditOptions(args)
    }
}
