import RoadmapCore

/// `roadmap export [PATH...] --format json`: the whole model.
enum ExportCommand: Command {
    static let spec = CommandSpec(
        name: "export",
        summary: "Export everything read from the documents (items, deliverables, issues, meetings, diagnostics) as JSON.",
        usage: "[PATH...] [--format json]",
        options: [
            .option("--format", value: "FORMAT", help: "json (the default and, for now, the only format); schema in docs/json-schema.md", choices: ["json"]),
            inputFormatOption,
        ],
        positionals: 0 ... Int.max,
        examples: [
            "roadmap export --format json > roadmap.json",
            "roadmap export docs/roadmap.rst | jq '.documents[0].items[].id'",
        ]
    )

    static func run(_ args: ParsedArguments, console: Console) throws(UsageError) -> Int32 {
        _ = try outputFormat(args, ["json"], default: "json")
        let (set, code) = try load(args.positionals, args, console: console)
        console.out(JSONRenderer.render(set.documents))
        return code
    }
}
