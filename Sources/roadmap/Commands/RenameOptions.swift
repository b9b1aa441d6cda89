import RoadmapCore

/// `roadmap rename`'s own options, read once: `RenameCommand.run` reads these fields
/// (`EditSupport.run` reads the shared ones).
struct RenameOptions {
    /// ITEM: the item to rename.
    var item: String
    /// NEW-TITLE.
    var title: String
    /// `--allow-duplicate`: a title another item has is allowed.
    var allowDuplicate: Bool

    init(_ args: ParsedArguments) {
        (item, title) = (args.positionals[0], args.positionals[1])
        allowDuplicate = args.has("--allow-duplicate")
    }
}
