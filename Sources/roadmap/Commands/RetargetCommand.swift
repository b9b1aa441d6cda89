import RoadmapCore

/// `roadmap retarget OLD NEW`: every open item targeted at release OLD moves to NEW.
enum RetargetCommand: Command {
    static let spec = CommandSpec(
        name: "retarget",
        summary: "Move every open item targeted at release OLD to NEW, in place, one verified edit each.",
        usage: "OLD NEW [--field KEY] [-f PATH]... [--dry-run] [--format text|json]",
        options: [.option("--field", value: "KEY", help: "the field that names the release (default: target)")] + EditSupport.options,
        positionals: 2 ... 2,
        examples: [
            "roadmap retarget 0.3 0.4",
            "roadmap retarget v1.12 v1.13 --field release --dry-run",
        ],
        discussion: """
            An item is open when its status is not done; OLD matches the field's value in any case. Each document
            is edited as `set ITEM KEY NEW` would, every edit verified by re-reading, and written once.
            """
    )

    static func run(_ args: ParsedArguments, console: Console) throws(UsageError) -> Int32 {
        let retarget = try RetargetOptions(args)
        let (old, new, key, options) = (retarget.old, retarget.new, retarget.field, retarget.edit)
        guard let editors = try EditSupport.editors(options, console: console) else { return ExitCode.unreadable }
        var moved = 0
        for opened in editors {
            // The edits of one document are chained in memory, each verified against the text
            // the one before left, and the result written once, checked against what was read.
            var editor = opened
            var changes: [DocumentEditor.Change] = []
            var diffs = ""
            let targets = opened.document.items.filter { $0.status != .done && $0.fields[key]?.lowercased() == old.lowercased() }.map(\.id)
            for id in targets where editor.document.items.contains(where: { $0.id == id }) {
                do {
                    // By id: each edit reads the text the one before left.
                    let edit = try editor.verified(try editor.setField(item: id, key: key, value: new))
                    diffs += editor.diff(edit)
                    changes += edit.changes
                    let bytes = edit.applied(to: editor.tree.source.bytes)
                    editor = DocumentEditor(path: opened.path, tree: SyntaxTree.parse(SourceText(bytes: bytes), as: opened.tree.format),
                                            snapshot: opened.snapshot)
                } catch {
                    console.error(error.description)
                    return error.isFileProblem ? ExitCode.unreadable : ExitCode.usage
                }
            }
            guard !changes.isEmpty else { continue }
            moved += changes.count
            if options.dryRun {
                if !options.json { console.out(diffs) }
            } else {
                do {
                    try AtomicFileWriter.write(editor.tree.source.bytes, to: opened.path, expecting: opened.snapshot)
                } catch {
                    console.error(error.description)
                    return error.isFileProblem ? ExitCode.unreadable : ExitCode.usage
                }
            }
            EditSupport.report(changes, path: opened.path, written: !options.dryRun, verified: true,
                               diff: options.dryRun ? diffs : nil, options, console: console)
        }
        if moved == 0, !options.quiet { console.err("no open item has \(key) \(old)\n") }
        return ExitCode.success
    }
}
