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
        let options = try LogOptions(args)
        let (format, dialect) = (options.format, options.inputFormat)
        var path = options.path
        if path == nil {
            let found = (try? DocumentLoader.expand(DocumentLoader.defaultPaths() ?? [])) ?? []
            path = found.first { (try? DocumentLoader().document(path: $0))?.items.isEmpty == false } ?? found.first
        }
        guard let path else {
            console.error(ReadError.noDefaultRoadmap(directory: ".").description)
            return ExitCode.unreadable
        }
        let versions: [History.Version]
        do { versions = try GitVersions.versions(of: path, format: dialect) } catch {
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
