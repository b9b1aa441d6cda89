import RoadmapCore

/// `roadmap log [PATH]`: when each item and deliverable was added, checked and removed.
enum LogCommand: Command {
    static let spec = CommandSpec(
        name: "log",
        summary: "Show from git history when each item and deliverable was added, checked, unchecked and removed.",
        usage: "[PATH] [--format text|json]",
        options: [
            .option("--format", value: "FORMAT", help: "text (default) or json", choices: ["text", "json"]),
            inputFormatOption,
        ],
        positionals: 0 ... 1,
        examples: [
            "roadmap log roadmap/ROADMAP.rst",
            "roadmap log docs/roadmap.md --format json",
        ],
        discussion: "PATH is a file in a git repository (default: the roadmap `list` finds, when it is one file, else its first file)."
    )

    static func run(_ args: ParsedArguments, console: Console) throws(UsageError) -> Int32 {
        let format = try outputFormat(args, ["text", "json"], default: "text")
        var dialect: Format? = nil
        if let f = args.value("--input-format") {
            guard let parsed = Format(name: f) else { throw UsageError(message: "--input-format must be rst, markdown or text, not \"\(f)\"") }
            dialect = parsed
        }
        var path = args.positionals.first
        if path == nil {
            let found = (try? DocumentLoader.expand(DocumentLoader.defaultPaths() ?? [])) ?? []
            path = found.first { (try? DocumentLoader().document(path: $0))?.items.isEmpty == false } ?? found.first
        }
        guard let path else {
            console.error(ReadError.noDefaultRoadmap(directory: ".").description)
            return ExitCode.unreadable
        }
        var versions: [History.Version] = []
        do {
            // `./` makes the path relative to this directory for `git show`, as it is for `git log`.
            let gitPath = path.hasPrefix("/") ? path : "./" + path
            for (commit, date) in try Git.commits(touching: path) {
                guard let bytes = try? Git.show(revision: commit, path: gitPath) else { continue }
                let loader = DocumentLoader(format: dialect ?? FormatDetector.detect(path: path, bytes: bytes))
                guard let tree = try? loader.syntax(bytes: bytes, path: path) else { continue }
                versions.append(History.Version(commit: commit, date: date, document: DocumentReader.read(tree, path: path)))
            }
        } catch {
            console.error(error.description)
            return ExitCode.unreadable
        }
        if versions.isEmpty {
            console.error("\(path): no committed versions in git history")
            return ExitCode.unreadable
        }
        let history = History.of(versions)
        console.out(format == "json" ? history.json(path: path) : history.text())
        return ExitCode.success
    }
}
