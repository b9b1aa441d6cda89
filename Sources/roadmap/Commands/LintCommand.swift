#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import RoadmapCore

/// `roadmap lint [PATH...]`: findings as `path:line:column: severity: message [rule]`.
enum LintCommand: Command {
    static let spec = CommandSpec(
        name: "lint",
        summary: "Check the roadmap against its planning meetings, and its markup for mistakes; exit 1 on an error.",
        usage: "[PATH...] [--rule ID]... [--ignore ID]... [--format text|json|github]",
        options: [
            .option("--rule", value: "ID", help: "run only this rule; repeatable (docs/lint.md lists them)", repeatable: true),
            .option("--ignore", value: "ID", help: "skip this rule; repeatable", repeatable: true),
            .option("--format", value: "FORMAT", help: "text (default), json, or github (workflow annotations)", choices: ["text", "json", "github"]),
            .option("--today", value: "DATE", help: "the date overdue actions are judged by (default: today)"),
            inputFormatOption,
        ],
        positionals: 0 ... Int.max,
        examples: [
            "roadmap lint",
            "roadmap lint docs/roadmap.rst docs/planning.rst --ignore never-added",
            "roadmap lint --format github            # in a GitHub Actions step",
        ]
    )

    static func run(_ args: ParsedArguments, console: Console) throws(UsageError) -> Int32 {
        let options = try LintOptions(args)
        let today = options.today ?? Self.today()
        let dialect = options.read.inputFormat
        var paths = options.read.paths
        if paths.isEmpty {
            guard let found = DocumentLoader.defaultPaths() else {
                console.error(ReadError.noDefaultRoadmap(directory: ".").description)
                return ExitCode.unreadable
            }
            paths = found
        }
        var sources: [Linter.Source] = []
        var code = ExitCode.success
        for expanded in DocumentLoader.distinctFiles(paths) {
            do {
                for file in try expanded.get() {
                    let tree = try DocumentLoader(format: dialect).syntax(path: file)
                    sources.append(Linter.Source(document: DocumentReader.read(tree, path: file), tree: tree))
                }
            } catch {
                console.error(error.description)
                code = ExitCode.unreadable
            }
        }
        let findings = Linter.run(sources, only: options.rules, ignore: options.ignored, today: today)
        switch options.format {
        case "json":
            console.out(LintReport.json(findings))
        case "github":
            for f in findings { console.out(f.github() + "\n") }
        default:
            for f in findings { console.out(f.formatted() + "\n") }
            if !options.read.quiet { console.err(LintReport.summary(findings) + "\n") }
        }
        if code != ExitCode.success { return code }
        return findings.contains { $0.severity == .error } ? ExitCode.findings : ExitCode.success
    }
}
