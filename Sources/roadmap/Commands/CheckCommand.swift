import RoadmapCore

/// `roadmap check ITEM [DELIVERABLE...]`: ticks deliverables, one byte each.
enum CheckCommand: Command {
    static let spec = CommandSpec(
        name: "check",
        summary: "Tick deliverables of an item in place: one byte per box, with the letter the document uses.",
        usage: "ITEM [DELIVERABLE...] [--all] [-f PATH] [--dry-run] [--format text|json]  |  --action MEETING N",
        options: [
            .flag("--all", help: "every deliverable of the item"),
            .flag("--action", help: "tick an action item instead: MEETING (its date, or part of its title) and N (its id or position)"),
        ] + EditSupport.options,
        positionals: 1 ... Int.max,
        examples: [
            "roadmap check tty-broker 2                     # the second deliverable",
            "roadmap check --action 2026-11-21 2            # action item 2 of that meeting",
            "roadmap check scheduling \"mesos\" -f docs/roadmap.rst",
            "roadmap check etcd-2 --all --dry-run           # show the diff, write nothing",
        ],
        discussion: """
            DELIVERABLE is a position (2, or 3.1 for a nested one) or text: the exact text (case-insensitive), else
            a unique part of it. Without one, the item's only open deliverable. Ticking a ticked box changes nothing.
            """
    )

    static func run(_ args: ParsedArguments, console: Console) throws(UsageError) -> Int32 {
        if args.has("--action") { return try ActionEdit.run(true, args, console: console) }
        if let code = try FastCheck.run(true, args, console: console) { return code }
        return try EditSupport.run(args, item: args.positionals[0], console: console) { (editor, id) throws(EditError) in
            try editor.setChecked(true, item: id, selectors: Array(args.positionals.dropFirst()), all: args.has("--all"))
        }
    }
}

/// `check --action MEETING N` and `uncheck --action MEETING N`: the meeting is looked for in
/// every document opened.
enum ActionEdit {
    static func run(_ done: Bool, _ args: ParsedArguments, console: Console) throws(UsageError) -> Int32 {
        guard args.positionals.count == 2 else { throw UsageError(message: "--action takes MEETING and N: roadmap check --action 2026-11-21 2") }
        let options = try EditOptions(args)
        guard let editors = try EditSupport.editors(options, console: console) else { return ExitCode.unreadable }
        let withMeetings = editors.filter { !$0.document.meetings.isEmpty }
        var last: EditError? = nil
        for editor in withMeetings {
            do {
                let edit = try editor.setActionDone(done, meeting: args.positionals[0], action: args.positionals[1])
                return EditSupport.finish(editor, edit, options, console: console)
            } catch {
                last = error
            }
        }
        console.error(last?.description ?? "no meetings here; name the notes with -f PATH")
        return ExitCode.usage
    }
}

/// `roadmap uncheck ITEM [DELIVERABLE...]`: clears ticks.
enum UncheckCommand: Command {
    static let spec = CommandSpec(
        name: "uncheck",
        summary: "Clear the tick of deliverables of an item in place: one byte per box.",
        usage: "ITEM [DELIVERABLE...] [--all] [-f PATH] [--dry-run] [--format text|json]  |  --action MEETING N",
        options: [
            .flag("--all", help: "every deliverable of the item"),
            .flag("--action", help: "clear an action item instead: MEETING (its date, or part of its title) and N (its id or position)"),
        ] + EditSupport.options,
        positionals: 1 ... Int.max,
        examples: [
            "roadmap uncheck scheduling swarm",
            "roadmap uncheck reading-roadmaps --all --dry-run",
        ],
        discussion: "DELIVERABLE is chosen as for `check`; without one, the item's only checked deliverable."
    )

    static func run(_ args: ParsedArguments, console: Console) throws(UsageError) -> Int32 {
        if args.has("--action") { return try ActionEdit.run(false, args, console: console) }
        if let code = try FastCheck.run(false, args, console: console) { return code }
        return try EditSupport.run(args, item: args.positionals[0], console: console) { (editor, id) throws(EditError) in
            try editor.setChecked(false, item: id, selectors: Array(args.positionals.dropFirst()), all: args.has("--all"))
        }
    }
}
