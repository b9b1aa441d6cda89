import RoadmapCore

/// `roadmap diff OLD NEW`: what changed between two versions of a roadmap.
enum DiffCommand: Command {
    static let spec = CommandSpec(
        name: "diff",
        summary: "Show what changed between two versions of a roadmap: items, deliverables, statuses, fields, issues.",
        usage: "OLD NEW [--meetings PATH]... [--format text|markdown|json] [--exit-code]",
        options: [
            .option("--meetings", value: "PATH", help: "planning notes: say which meeting recorded each item added or removed; repeatable", repeatable: true),
            .option("--format", value: "FORMAT", help: "text (default), markdown or json", choices: ["text", "markdown", "json"]),
            .flag("--exit-code", help: "exit with 1 when there are changes (as git diff --exit-code)"),
            inputFormatOption,
        ],
        positionals: 2 ... 2,
        examples: [
            "roadmap diff old/ROADMAP.rst ROADMAP.rst",
            "roadmap diff HEAD~5:roadmap/ROADMAP.rst roadmap/ROADMAP.rst --format markdown",
            "roadmap diff v1.rst v2.rst --meetings planning.rst",
        ],
        discussion: "OLD and NEW are files, or REV:PATH for a file as it was in a git revision (read with `git show`)."
    )

    static func run(_ args: ParsedArguments, console: Console) throws(UsageError) -> Int32 {
        let options = try DiffOptions(args)
        let dialect = options.read.inputFormat
        var documents: [Document] = []
        for name in [options.old, options.new] {
            do { documents.append(try GitVersions.document(name, format: dialect)) } catch {
                console.error(error.description)
                return ExitCode.unreadable
            }
        }
        let (notes, code) = load(options.read, console: console, allowEmpty: true)
        if code != ExitCode.success { return code }
        let diff = VersionDiff.between(documents[0], documents[1], meetings: notes.documents.flatMap(\.meetings))
        let (old, new) = (options.old, options.new)
        switch options.format {
        case "json": console.out(diff.json(oldName: old, newName: new))
        case "markdown": console.out(diff.markdown(oldName: old, newName: new))
        default: console.out(diff.text(oldName: old, newName: new))
        }
        return options.exitCode && !diff.isEmpty ? ExitCode.findings : ExitCode.success
    }

}
