import RoadmapCore

/// `roadmap add`'s options, read and checked once: `AddCommand.run` reads these fields.
struct AddOptions {
    /// The item to add: its title, `--deliverable`s, `--issue`s and `--field`s.
    var item: DocumentEditor.NewItem
    /// `--after ITEM` or `--before ITEM`: where it goes; nil: after the last item.
    var neighbour: String?
    /// `--before` was given (else `--after`, if any).
    var before: Bool
    /// `--allow-duplicate`: a title another item has is allowed.
    var allowDuplicate: Bool
    /// The options every editing command shares.
    var edit: EditOptions

    /// Reads `args`; refuses `--after` with `--before` and a `--field` that is not KEY=VALUE.
    init(_ args: ParsedArguments) throws(UsageError) {
        if args.has("--after") && args.has("--before") { throw UsageError(message: "give --after or --before, not both") }
        edit = try EditOptions(args)
        var fields: [(key: String, value: String)] = []
        for f in args.all("--field") {
            guard let eq = f.firstIndex(of: "=") else { throw UsageError(message: "--field takes KEY=VALUE, not \"\(f)\"") }
            fields.append((String(f[..<eq]), String(f[f.index(after: eq)...])))
        }
        item = DocumentEditor.NewItem(title: args.positionals[0], deliverables: args.all("--deliverable"), issues: args.all("--issue"), fields: fields)
        neighbour = args.value("--after") ?? args.value("--before")
        before = args.has("--before")
        allowDuplicate = args.has("--allow-duplicate")
    }
}
