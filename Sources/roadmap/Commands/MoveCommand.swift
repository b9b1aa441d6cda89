import RoadmapCore

/// `roadmap move ITEM STAGE`: the item to another stage, in the document's own way.
enum MoveCommand: Command {
    static let spec = CommandSpec(
        name: "move",
        summary: "Move an item to another stage: its status field, or its place among the stage sections.",
        usage: "ITEM STAGE [-f PATH] [--dry-run] [--format text|json]",
        options: EditSupport.options,
        positionals: 2 ... 2,
        examples: [
            "roadmap move telemetry \"Development Ready\"",
            "roadmap move dark-mode in-progress --dry-run",
        ],
        discussion: """
            STAGE is a stage the document declares (its `stages:` metadata; a name or another name it gives), or, in a
            document that declares none, backlog, planned, in-progress or done. An item with a status field gets the
            stage there; an item that sits in a stage's section ("## Prioritized", "Completed") moves, with all that
            is under its title, to the end of the new stage's section; any other item gets a status field.
            """
    )

    static func run(_ args: ParsedArguments, console: Console) throws(UsageError) -> Int32 {
        try EditSupport.run(args, item: args.positionals[0], console: console) { (editor, index) throws(EditError) in
            try editor.move(item: index, to: args.positionals[1])
        }
    }
}
