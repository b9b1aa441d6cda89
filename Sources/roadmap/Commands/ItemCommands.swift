import RoadmapCore

/// `--allow-duplicate` of `add` and `rename`: a title whose id another item has is accepted, and
/// this item gets the suffixed id.
let allowDuplicateOption = OptionSpec.flag("--allow-duplicate", help: "accept a title whose id another item has; this item gets a suffixed id (etcd-2-2)")

/// `roadmap rename ITEM NEW-TITLE`.
enum RenameCommand: Command {
    static let spec = CommandSpec(
        name: "rename",
        summary: "Rename an item; an RST underline follows the new title's width, and the id follows the title.",
        usage: "ITEM NEW-TITLE [--allow-duplicate] [-f PATH] [--dry-run] [--format text|json]",
        options: [allowDuplicateOption] + EditSupport.options,
        positionals: 2 ... 2,
        examples: ["roadmap rename etcd-2 \"Etcd 3\""]
    )

    static func run(_ args: ParsedArguments, console: Console) throws(UsageError) -> Int32 {
        let options = RenameOptions(args)
        return try EditSupport.run(args, item: options.item, console: console) { (editor, id) throws(EditError) in
            try editor.rename(item: id, to: options.title, allowDuplicate: options.allowDuplicate)
        }
    }
}

/// `roadmap remove ITEM [DELIVERABLE]`.
enum RemoveCommand: Command {
    static let spec = CommandSpec(
        name: "remove",
        summary: "Remove an item (its whole section) or one of its deliverables (with the entries nested in it).",
        usage: "ITEM [DELIVERABLE] [-f PATH] [--dry-run] [--format text|json]",
        options: EditSupport.options,
        positionals: 1 ... 2,
        examples: [
            "roadmap remove tty-broker 3                   # the third deliverable",
            "roadmap remove stateless-logger --dry-run     # the whole item, as a diff",
        ]
    )

    static func run(_ args: ParsedArguments, console: Console) throws(UsageError) -> Int32 {
        try EditSupport.run(args, item: args.positionals[0], console: console) { (editor, id) throws(EditError) in
            try editor.remove(item: id, deliverable: args.positionals.count > 1 ? args.positionals[1] : nil)
        }
    }
}

/// `roadmap link ITEM ISSUE`.
enum LinkCommand: Command {
    static let spec = CommandSpec(
        name: "link",
        summary: "Link an issue to an item, in the document's own style (a tracked-as sentence and a link target).",
        usage: "ITEM ISSUE [-f PATH] [--dry-run] [--format text|json]",
        options: EditSupport.options,
        positionals: 2 ... 2,
        examples: [
            "roadmap link tty-broker 3808                  # the repository the document's issue links use",
            "roadmap link tty-broker deis/workflow#12",
            "roadmap link tty-broker https://github.com/deis/deis/issues/3808",
        ],
        discussion: "ISSUE is a number (123 or #123), owner/repo#123, or a GitHub issue or pull request URL."
    )

    static func run(_ args: ParsedArguments, console: Console) throws(UsageError) -> Int32 {
        try EditSupport.run(args, item: args.positionals[0], console: console) { (editor, id) throws(EditError) in
            try editor.link(item: id, issue: args.positionals[1])
        }
    }
}

/// `roadmap add TITLE`: a new item in the style of its neighbours.
enum AddCommand: Command {
    static let spec = CommandSpec(
        name: "add",
        summary: "Add an item, in the style of the items around it: heading form, adornment, checklist markers, blank lines.",
        usage: "TITLE [--deliverable TEXT]... [--issue REF]... [--field KEY=VALUE]... [--after ITEM | --before ITEM] [--allow-duplicate] [-f PATH] [--dry-run]",
        options: [
            .option("--deliverable", value: "TEXT", help: "a deliverable of the new item; repeatable", repeatable: true),
            .option("--issue", value: "REF", help: "an issue tracking it (123, owner/repo#123 or a URL); repeatable", repeatable: true),
            .option("--field", value: "KEY=VALUE", help: "a field of the new item; repeatable", repeatable: true),
            .option("--after", value: "ITEM", help: "put it after this item (default: after the last one)"),
            .option("--before", value: "ITEM", help: "put it before this item"),
            allowDuplicateOption,
        ] + EditSupport.options,
        positionals: 1 ... 1,
        examples: [
            "roadmap add \"Web Terminal\" --deliverable \"xterm.js front end\" --issue 4242",
            "roadmap add \"Offline mode\" --field owner=dana --before search -f docs/ROADMAP.md",
        ]
    )

    static func run(_ args: ParsedArguments, console: Console) throws(UsageError) -> Int32 {
        let add = try AddOptions(args)
        let options = add.edit, new = add.item, neighbour = add.neighbour
        guard let (editor, index) = try EditSupport.open(options, item: neighbour, console: console) else { return ExitCode.unreadable }
        let edit: DocumentEditor.Edit
        do {
            let dup = add.allowDuplicate
            let id = editor.document.items[index].id
            edit = add.before ? try editor.add(new, before: id, allowDuplicate: dup)
                : neighbour == nil ? try editor.add(new, allowDuplicate: dup) : try editor.add(new, after: id, allowDuplicate: dup)
        } catch {
            console.error(error.description)
            return error.isFileProblem ? ExitCode.unreadable : ExitCode.usage
        }
        return EditSupport.finish(editor, edit, options, console: console)
    }
}
