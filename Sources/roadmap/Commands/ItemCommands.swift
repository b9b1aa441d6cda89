import RoadmapCore

/// `roadmap rename ITEM NEW-TITLE`.
enum RenameCommand: Command {
    static let spec = CommandSpec(
        name: "rename",
        summary: "Rename an item; an RST underline follows the new title's width, and the id follows the title.",
        usage: "ITEM NEW-TITLE [-f PATH] [--dry-run] [--format text|json]",
        options: EditSupport.options,
        positionals: 2 ... 2,
        examples: ["roadmap rename etcd-2 \"Etcd 3\""]
    )

    static func run(_ args: ParsedArguments, console: Console) throws(UsageError) -> Int32 {
        try EditSupport.run(args, item: args.positionals[0], console: console) { (editor, index) throws(EditError) in
            try editor.rename(item: index, to: args.positionals[1])
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
        try EditSupport.run(args, item: args.positionals[0], console: console) { (editor, index) throws(EditError) in
            try editor.remove(item: index, deliverable: args.positionals.count > 1 ? args.positionals[1] : nil)
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
        try EditSupport.run(args, item: args.positionals[0], console: console) { (editor, index) throws(EditError) in
            try editor.link(item: index, issue: args.positionals[1])
        }
    }
}
