import RoadmapCore

/// `roadmap check ITEM [DELIVERABLE...]`: ticks deliverables, one byte each.
enum CheckCommand: Command {
    static let spec = CommandSpec(
        name: "check",
        summary: "Tick deliverables of an item in place: one byte per box, with the letter the document uses.",
        usage: "ITEM [DELIVERABLE...] [--all] [-f PATH] [--dry-run] [--format text|json]",
        options: [.flag("--all", help: "every deliverable of the item")] + EditSupport.options,
        positionals: 1 ... Int.max,
        examples: [
            "roadmap check tty-broker 2                     # the second deliverable",
            "roadmap check scheduling \"mesos\" -f docs/roadmap.rst",
            "roadmap check etcd-2 --all --dry-run           # show the diff, write nothing",
        ],
        discussion: """
            DELIVERABLE is a position (2, or 3.1 for a nested one) or text: the exact text (case-insensitive), else
            a unique part of it. Without one, the item's only open deliverable. Ticking a ticked box changes nothing.
            """
    )

    static func run(_ args: ParsedArguments, console: Console) throws(UsageError) -> Int32 {
        try EditSupport.run(args, item: args.positionals[0], console: console) { (editor, index) throws(EditError) in
            try editor.setChecked(true, item: index, selectors: Array(args.positionals.dropFirst()), all: args.has("--all"))
        }
    }
}

/// `roadmap uncheck ITEM [DELIVERABLE...]`: clears ticks.
enum UncheckCommand: Command {
    static let spec = CommandSpec(
        name: "uncheck",
        summary: "Clear the tick of deliverables of an item in place: one byte per box.",
        usage: "ITEM [DELIVERABLE...] [--all] [-f PATH] [--dry-run] [--format text|json]",
        options: [.flag("--all", help: "every deliverable of the item")] + EditSupport.options,
        positionals: 1 ... Int.max,
        examples: [
            "roadmap uncheck scheduling swarm",
            "roadmap uncheck reading-roadmaps --all --dry-run",
        ],
        discussion: "DELIVERABLE is chosen as for `check`; without one, the item's only checked deliverable."
    )

    static func run(_ args: ParsedArguments, console: Console) throws(UsageError) -> Int32 {
        try EditSupport.run(args, item: args.positionals[0], console: console) { (editor, index) throws(EditError) in
            try editor.setChecked(false, item: index, selectors: Array(args.positionals.dropFirst()), all: args.has("--all"))
        }
    }
}
