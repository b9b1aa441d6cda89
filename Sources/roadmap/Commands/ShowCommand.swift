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
        let options = try ShowOptions(args)
        try rejectPathAsItem(options)
        let (set, code) = load(options.read, console: console)
        if set.documents.isEmpty { return code }
        let location: ItemSelector.Location
        do {
            location = try ItemSelector.select(options.item, in: set.documents)
        } catch {
            console.error(error.description)
            return ExitCode.usage
        }
        let document = set.documents[location.document]
        let item = document.items[location.item]
        let mentions = ItemDetailRenderer.mentions(of: item, in: set.documents)
        if options.format == "json" {
            console.out(ItemDetailRenderer.json(item, document: document, mentions: mentions))
        } else {
            console.out(ItemDetailRenderer.text(item, document: document, mentions: mentions, style: console.style(color: options.read.color)))
        }
        return code
    }

    /// `roadmap show roadmap/ROADMAP.rst`: a path where ITEM goes, and no `-f`. Unless the
    /// roadmap found by default has an item by that name, the error says how to name a document.
    static func rejectPathAsItem(_ options: ShowOptions) throws(UsageError) {
        let query = options.item
        guard !options.namesFiles else { return }
        let kind: String
        switch FileSystem.kind(of: query) {
        case .file: kind = "file"
        case .directory: kind = "directory"
        default: return
        }
        let set = DocumentSet.load(paths: [], format: options.read.inputFormat)
        if !set.documents.isEmpty, (try? ItemSelector.select(query, in: set.documents)) != nil { return }
        throw UsageError(message: "\"\(query)\" is a \(kind), not an item; did you mean `roadmap show ITEM -f \(query)`?", showsHelp: false)
    }
}
