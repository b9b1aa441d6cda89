import RoadmapCore

/// `roadmap list`'s options, read and checked once: `ListCommand.run` reads these fields.
struct ListOptions {
    /// `--format`: table (default), markdown, json or ids.
    var format: String
    /// `--status` and `--grep`.
    var filter: ItemFilter
    /// `--where` conditions, then `--target` as a condition on the target.
    var conditions: [ItemQuery.Condition]
    /// `--stage`, as given: a stage is named by the document's own workflow, known only once it is read.
    var stage: String?
    /// `--combine`: one table for all the documents.
    var combine: Bool
    /// `--sort`, split into keys.
    var sortKeys: [String]
    /// `--group-by`.
    var groupKey: String?
    /// The documents and how to read them.
    var read: ReadOptions

    /// Reads `args`, checking each option in the order `list` always has (format, status, where,
    /// input format), so the first mistake is the one reported.
    init(_ args: ParsedArguments) throws(UsageError) {
        format = try ArgumentParser.choice(args, "--format", ["table", "markdown", "json", "ids"], default: "table")
        filter = ItemFilter(grep: args.value("--grep"))
        if let s = args.value("--status") {
            guard let f = ItemFilter.StatusFilter(s) else {
                throw UsageError(message: "--status must be planned, in-progress, done, backlog or open, not \"\(s)\"")
            }
            filter.status = f
        }
        conditions = try ListCommand.whereConditions(args)
        if let target = args.value("--target") { conditions.append(ItemQuery.Condition(key: "target", value: target)) }
        stage = args.value("--stage")
        combine = args.has("--combine")
        sortKeys = args.value("--sort").map(ItemQuery.keys) ?? []
        groupKey = args.value("--group-by")
        read = try ReadOptions(args)
    }
}
