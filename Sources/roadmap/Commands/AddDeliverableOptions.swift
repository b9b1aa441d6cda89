import RoadmapCore

/// `roadmap add-deliverable`'s own options, read once: `AddDeliverableCommand.run` reads these
/// fields (`EditSupport.run` reads the shared ones).
struct AddDeliverableOptions {
    /// ITEM: the item that gets the deliverable.
    var item: String
    /// TEXT: the deliverable's text.
    var text: String
    /// `--checked`: add it ticked.
    var checked: Bool
    /// `--link URL`: the text links to URL.
    var link: String?
    /// `--under N`: nest it under deliverable N (a position or text).
    var under: String?

    init(_ args: ParsedArguments) {
        (item, text) = (args.positionals[0], args.positionals[1])
        checked = args.has("--checked")
        link = args.value("--link")
        under = args.value("--under")
    }
}
