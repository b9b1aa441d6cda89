import RoadmapCore

/// `roadmap show ITEM`: one item in full.
enum ShowCommand: Command {
    static let spec = CommandSpec(
        name: "show",
        summary: "Show one item: status, fields, summary, deliverables, issues, and the meetings that name it.",
        usage: "ITEM [-f PATH]... [--format text|json]",
        options: [
            .option("-f", "--file", value: "PATH", help: "the document (or directory) to look in; repeatable; default: as `list` finds it", repeatable: true),
            .option("--format", value: "FORMAT", help: "text (default) or json", choices: ["text", "json"]),
            inputFormatOption,
        ],
        positionals: 1 ... 1,
        examples: [
            "roadmap show tty-broker",
            "roadmap show \"Etcd 2\" -f docs/roadmap.rst",
            "roadmap show sched --format json      # a unique prefix is enough",
        ],
        discussion: "ITEM is an id, a title (case-insensitive) or a unique prefix of either."
    )

    static func run(_ args: ParsedArguments, console: Console) throws(UsageError) -> Int32 {
        let format = try outputFormat(args, ["text", "json"], default: "text")
        try rejectPathAsItem(args)
        let (set, code) = try load(args.all("--file"), args, console: console)
        if set.documents.isEmpty { return code }
        let location: ItemSelector.Location
        do {
            location = try ItemSelector.select(args.positionals[0], in: set.documents)
        } catch {
            console.error(error.description)
            return ExitCode.usage
        }
        let document = set.documents[location.document]
        let item = document.items[location.item]
        let mentions = ItemDetailRenderer.mentions(of: item, in: set.documents)
        if format == "json" {
            console.out(ItemDetailRenderer.json(item, document: document, mentions: mentions))
        } else {
            console.out(ItemDetailRenderer.text(item, document: document, mentions: mentions, style: console.style(color: args.value("--color"))))
        }
        return code
    }

    /// `roadmap show roadmap/ROADMAP.rst`: a path where ITEM goes, and no `-f`. Unless the
    /// roadmap found by default has an item by that name, the error says how to name a document.
    static func rejectPathAsItem(_ args: ParsedArguments) throws(UsageError) {
        let query = args.positionals[0]
        guard !args.has("--file") else { return }
        let kind: String
        switch FileSystem.kind(of: query) {
        case .file: kind = "file"
        case .directory: kind = "directory"
        default: return
        }
        let set = DocumentSet.load(paths: [], format: try inputFormat(args))
        if !set.documents.isEmpty, (try? ItemSelector.select(query, in: set.documents)) != nil { return }
        throw UsageError(message: "\"\(query)\" is a \(kind), not an item; did you mean `roadmap show ITEM -f \(query)`?", showsHelp: false)
    }
}
