import RoadmapCore

/// What the editing commands share: finding the documents and the item, then printing a diff
/// (`--dry-run`) or writing atomically and printing one line per change.
enum EditSupport {
    static let options: [OptionSpec] = [
        .option("-f", "--file", value: "PATH", help: "the document (or directory) to edit; repeatable; default: as `list` finds it", repeatable: true),
        .flag("--dry-run", help: "print a unified diff of the change and write nothing"),
        .option("--format", value: "FORMAT", help: "text (default) or json, for what was changed", choices: ["text", "json"]),
        inputFormatOption,
    ]

    /// Opens the documents and finds ITEM among them. Without an ITEM (`add` with no
    /// neighbour named) the one document with items is chosen, and its last item.
    static func open(_ options: EditOptions, item query: String?, console: Console) throws(UsageError) -> (DocumentEditor, Int)? {
        guard let editors = try editors(options, console: console) else { return nil }
        guard let query else {
            let withItems = editors.filter { !$0.document.items.isEmpty }
            guard withItems.count == 1, let editor = withItems.first else {
                throw UsageError(message: withItems.isEmpty ? "no document here has items to add next to; name one with -f PATH"
                                 : "\(withItems.count) documents have items: name one with -f PATH, or a neighbour with --after ITEM", showsHelp: false)
            }
            return (editor, editor.document.items.count - 1)
        }
        do {
            let location = try ItemSelector.select(query, in: editors.map(\.document))
            return (editors[location.document], location.item)
        } catch {
            throw UsageError(message: error.description, showsHelp: false)
        }
    }

    /// The documents `-f` names (or the default roadmap), opened for editing; nil after an error.
    static func editors(_ options: EditOptions, console: Console) throws(UsageError) -> [DocumentEditor]? {
        let format = options.inputFormat
        var paths = options.files
        if paths.contains(DocumentLoader.standardInput) {
            throw UsageError(message: "standard input (-) cannot be edited in place; name a file with -f PATH", showsHelp: false)
        }
        if paths.isEmpty {
            guard let found = DocumentLoader.defaultPaths() else {
                console.error(ReadError.noDefaultRoadmap(directory: ".").description)
                return nil
            }
            paths = found
        }
        var editors: [DocumentEditor] = []
        var seen = Set<String>()  // a file named twice is one document
        for path in paths {
            let files: [String]
            do { files = try DocumentLoader.expand([path]) } catch {
                console.error(error.description)
                return nil
            }
            for file in files where seen.insert(FileSystem.realPath(file) ?? file).inserted {
                do { editors.append(try DocumentEditor.open(file, format: format)) } catch {
                    console.error(error.description)
                    return nil
                }
            }
        }
        return editors
    }

    /// Prints the diff or writes; prints the changes. Returns the exit code.
    static func finish(_ editor: DocumentEditor, _ proposed: DocumentEditor.Edit, _ options: EditOptions, console: Console) -> Int32 {
        let json = options.json
        let dryRun = options.dryRun
        // Every edit, a dry run's too, is re-read and compared with what it means to change
        // before anything is shown as done or written.
        let edit: DocumentEditor.Edit
        do { edit = try editor.verified(proposed) } catch {
            console.error(error.description)
            return error.isFileProblem ? ExitCode.unreadable : ExitCode.usage
        }
        if dryRun {
            if !json { console.out(editor.diff(edit)) }
        } else {
            do { try editor.write(edit) } catch {
                console.error(error.description)
                return error.isFileProblem ? ExitCode.unreadable : ExitCode.usage
            }
        }
        report(edit.changes, path: editor.path, written: !dryRun && !edit.patches.isEmpty, verified: edit.isVerified,
               diff: dryRun ? editor.diff(edit) : nil, options, console: console)
        return ExitCode.success
    }

    /// One line per change (a note on standard error with --dry-run, whose output is the diff),
    /// or with `--format json` the changes of the document in one envelope.
    static func report(_ changes: [DocumentEditor.Change], path: String, written: Bool, verified: Bool, diff: String?,
                       _ options: EditOptions, console: Console) {
        let dryRun = options.dryRun
        if options.json {
            console.out(JSONRenderer.envelope("changes", header: { w in
                w.field("document", path)
                w.field("written", written)
                w.field("verified", verified)
                if let diff { w.field("diff", diff) }
            }) { w in
                for c in changes {
                    w.beginObject()
                    w.field("action", c.action); w.field("subject", c.subject); w.field("item", c.itemID)
                    w.field("line", c.line); w.field("changed", c.changed)
                    w.endObject()
                }
            })
        } else if !options.quiet {
            for c in changes {
                let line = (dryRun && c.changed ? "would have " : "") + c.description(path: path)
                    + (dryRun && verified ? "; verified by re-reading" : "") + "\n"
                if dryRun { console.err(line) } else { console.out(line) }
            }
        }
    }

    /// Runs an edit of the item ITEM names, given to `make` by its id; maps errors to messages
    /// and exit codes.
    static func run(_ args: ParsedArguments, item: String, console: Console,
                    _ make: (DocumentEditor, String) throws(EditError) -> DocumentEditor.Edit) throws(UsageError) -> Int32 {
        let options = try EditOptions(args)
        guard let (editor, index) = try open(options, item: item, console: console) else { return ExitCode.unreadable }
        let edit: DocumentEditor.Edit
        do { edit = try make(editor, editor.document.items[index].id) } catch {
            console.error(error.description)
            return error.isFileProblem ? ExitCode.unreadable : ExitCode.usage
        }
        return finish(editor, edit, options, console: console)
    }
}
