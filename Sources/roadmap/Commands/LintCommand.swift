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
        let format = try outputFormat(args, ["text", "json", "github"], default: "text")
        let known = Set(Linter.rules.map(\.id))
        for id in args.all("--rule") + args.all("--ignore") where !known.contains(id) {
            throw UsageError(message: "no rule \"\(id)\"; the rules are \(Linter.rules.map(\.id).joined(separator: ", "))")
        }
        var today = Self.today()
        if let t = args.value("--today") {
            guard let d = PartialDate(iso: t) else { throw UsageError(message: "--today takes yyyy-mm-dd, not \"\(t)\"") }
            today = d
        }
        var dialect: Format? = nil
        if let f = args.value("--input-format") {
            guard let parsed = Format(name: f) else { throw UsageError(message: "--input-format must be rst, markdown or text, not \"\(f)\"") }
            dialect = parsed
        }
        var paths = args.positionals
        if paths.isEmpty {
            guard let found = DocumentLoader.defaultPaths() else {
                console.error(ReadError.noDefaultRoadmap(directory: ".").description)
                return ExitCode.unreadable
            }
            paths = found
        }
        var sources: [Linter.Source] = []
        var code = ExitCode.success
        var seen = Set<String>()
        for path in paths {
            do {
                for file in try DocumentLoader.expand([path]) where seen.insert(FileSystem.realPath(file) ?? file).inserted {
                    let tree = try DocumentLoader(format: dialect).syntax(path: file)
                    sources.append(Linter.Source(document: DocumentReader.read(tree, path: file), tree: tree))
                }
            } catch {
                console.error(error.description)
                code = ExitCode.unreadable
            }
        }
        let findings = Linter.run(sources, only: Set(args.all("--rule")), ignore: Set(args.all("--ignore")), today: today)
        switch format {
        case "json":
            console.out(JSONRenderer.envelope("findings") { w in
                for f in findings {
                    w.beginObject()
                    w.field("path", f.path); w.field("line", f.line); w.field("column", f.column)
                    w.field("severity", f.severity.rawValue); w.field("rule", f.rule); w.field("message", f.message)
                    w.endObject()
                }
            })
        case "github":
            for f in findings { console.out(f.github() + "\n") }
        default:
            for f in findings { console.out(f.formatted() + "\n") }
            if !args.has("--quiet") {
                let errors = findings.filter { $0.severity == .error }.count
                let warnings = findings.filter { $0.severity == .warning }.count
                console.err("\(errors) error\(errors == 1 ? "" : "s"), \(warnings) warning\(warnings == 1 ? "" : "s"), \(findings.count - errors - warnings) note\(findings.count - errors - warnings == 1 ? "" : "s")\n")
            }
        }
        if code != ExitCode.success { return code }
        return findings.contains { $0.severity == .error } ? ExitCode.findings : ExitCode.success
    }
}
