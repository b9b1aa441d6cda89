import RoadmapCore

/// `roadmap set ITEM KEY VALUE`: a field, in place or created under the title.
enum SetCommand: Command {
    static let spec = CommandSpec(
        name: "set",
        summary: "Set a field of an item (owner, target, size, status, …) in the document's own syntax.",
        usage: "ITEM KEY VALUE [-f PATH] [--dry-run] [--format text|json]",
        options: EditSupport.options,
        positionals: 3 ... 3,
        examples: [
            "roadmap set etcd-2 owner alice",
            "roadmap set stateless-logger status done     # how an item without deliverables gets done",
        ],
        discussion: """
            RST: a field list line `:key: value` under the title. Markdown: a `Key: value` line in the paragraph under the heading.
            A value the document's vetting fields do not allow (`field size: S, M, L, XL` in its metadata) is refused. In a
            document that declares stages, `set ITEM status STAGE` is `move ITEM STAGE`.
            """
    )

    static func run(_ args: ParsedArguments, console: Console) throws(UsageError) -> Int32 {
        let (key, value) = (args.positionals[1], args.positionals[2])
        return try EditSupport.run(args, item: args.positionals[0], console: console) { (editor, id) throws(EditError) in
            if editor.document.declaredWorkflow != nil, key.lowercased() == "status" || key.lowercased() == "stage" {
                return try editor.move(item: id, to: value)
            }
            guard let vetting = Vetting.declared(in: editor.document.metadata) else {
                return try editor.setField(item: id, key: key, value: value)
            }
            if let problem = vetting.problem(key: key, value: value) { throw .invalidValue(problem) }
            // Written as the declaration spells it (`xl` → `XL`).
            return try editor.setField(item: id, key: key, value: vetting.canonical(key: key, value: value))
        }
    }
}

/// `roadmap unset ITEM KEY`: removes a field's line.
enum UnsetCommand: Command {
    static let spec = CommandSpec(
        name: "unset",
        summary: "Remove a field of an item.",
        usage: "ITEM KEY [-f PATH] [--dry-run] [--format text|json]",
        options: EditSupport.options,
        positionals: 2 ... 2,
        examples: ["roadmap unset etcd-2 owner"]
    )

    static func run(_ args: ParsedArguments, console: Console) throws(UsageError) -> Int32 {
        try EditSupport.run(args, item: args.positionals[0], console: console) { (editor, id) throws(EditError) in
            try editor.unsetField(item: id, key: args.positionals[1])
        }
    }
}

/// `roadmap add-deliverable ITEM TEXT`: a checklist entry in the style of its siblings.
enum AddDeliverableCommand: Command {
    static let spec = CommandSpec(
        name: "add-deliverable",
        summary: "Add a deliverable to an item, after its last one, in the style of its siblings.",
        usage: "ITEM TEXT [--checked] [--link URL] [--under N] [-f PATH] [--dry-run] [--format text|json]",
        options: [
            .flag("--checked", help: "add it ticked"),
            .option("--link", value: "URL", help: "make the text a link to URL"),
            .option("--under", value: "N", help: "nest it under deliverable N (a position or text)"),
        ] + EditSupport.options,
        positionals: 2 ... 2,
        examples: [
            "roadmap add-deliverable etcd-2 \"Upgrade guide\"",
            "roadmap add-deliverable tty-broker \"Web terminal\" --link https://github.com/deis/deis/issues/4242",
        ]
    )

    static func run(_ args: ParsedArguments, console: Console) throws(UsageError) -> Int32 {
        let options = AddDeliverableOptions(args)
        return try EditSupport.run(args, item: options.item, console: console) { (editor, id) throws(EditError) in
            try editor.addDeliverable(item: id, text: options.text, checked: options.checked, link: options.link, under: options.under)
        }
    }
}
