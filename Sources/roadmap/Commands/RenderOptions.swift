import RoadmapCore

/// `roadmap render`'s options, read and checked once: `RenderCommand.run` reads these fields.
struct RenderOptions {
    /// What to render and where: `--to`, `--summary`, `--output`, `--board`, `--from`, `--stamp`,
    /// `--combine` and `--title`.
    var request: Renderer.Request
    /// `--inject FILE`: the rendered text goes between the markers in FILE.
    var inject: String?
    /// `--check`: compare with the files, write nothing.
    var check: Bool
    /// The documents and how to read them.
    var read: ReadOptions

    /// Reads `args`; refuses a target render does not know and options that do not go together.
    /// `stamp`: the time `--stamp` writes.
    init(_ args: ParsedArguments, stamp: @autoclosure () -> String) throws(UsageError) {
        request = Renderer.Request(combine: args.has("--combine"), title: args.value("--title"))
        if let to = args.value("--to") {
            switch to.lowercased() {
            case "html": request.target = .html
            case "json": request.target = .json
            case "ics": request.target = .ics
            default:
                guard let format = Format(name: to) else { throw UsageError(message: "--to \(to): not a format render knows (markdown, rst, text, html, json, ics)", showsHelp: false) }
                request.target = .dialect(format)
            }
        }
        if args.has("--summary") {
            if let target = request.target, target != .dialect(.markdown) { throw UsageError(message: "--summary is a Markdown table; --to \(args.value("--to")!) does not go with it") }
            request.target = .summary
        }
        if let out = args.value("--output") {
            request.destination = FileSystem.kind(of: out) == .directory || out.hasSuffix("/") ? .directory(out.hasSuffix("/") && out.count > 1 ? String(out.dropLast()) : out) : .file(out)
        }
        if args.has("--board") {
            guard request.target == .html else { throw UsageError(message: "--board is a part of the HTML page; add --to html") }
            request.board = true
        }
        if request.target == .ics { request.from = try RenderCommand.fromDay(args.value("--from")) }
        if args.has("--stamp") { request.stamp = "Rendered by roadmap on \(stamp())" }
        inject = args.value("--inject")
        check = args.has("--check")
        read = try ReadOptions(args)
    }
}
