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
        let options = try ReadOptions(args)
        // The JSON streams out as items are read, in pieces of about 64 KiB: a large roadmap's
        // export never holds all of its items, or all of its text, at once.
        var w = JSONWriter()
        JSONOutput.begin("documents", &w)
        func flush(atLeast size: Int) { if w.bytes.count >= size { console.out(bytes: w.takeBytes()) } }
        let (_, code) = load(options, console: console,
                             onItem: { _, item in JSONRenderer.write(item, &w); flush(atLeast: 1 << 16) },
                             onHead: { d in JSONRenderer.writeHead(d, &w) },
                             onDocument: { d in JSONRenderer.writeTail(d, &w); flush(atLeast: 1 << 16) })
        JSONOutput.end(&w)
        flush(atLeast: 0)
        return code
    }
}
