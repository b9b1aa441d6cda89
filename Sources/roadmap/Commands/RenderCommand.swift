#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import RoadmapCore

/// `roadmap render`: regenerates published copies of the roadmap; `--check` for CI.
enum RenderCommand: Command {
    static let spec = CommandSpec(
        name: "render",
        summary: "Render the roadmap for publishing (Markdown, RST, an HTML page, JSON, or a summary table injected in a README); --check for CI.",
        usage: "[PATH...] [--to markdown|rst|html|json|ics] [-o FILE|DIR] [--combine] [--summary] [--inject FILE] [--check]",
        options: [
            .option("--to", value: "FORMAT", help: "markdown or rst (converted from the other or from plain text; the same dialect is a byte-identical copy), html (one self-contained page), json, or ics (the meetings and their cadence as an iCalendar file); default: their own",
                    choices: ["markdown", "rst", "text", "html", "json", "ics"]),
            .option("-o", "--output", value: "FILE|DIR", help: "write there instead of standard output: a file (several documents are combined into it) or a directory (one file per document)"),
            .flag("--combine", help: "one document for all of them: a section per document, its sections one level below"),
            .option("--title", value: "TEXT", help: "the title of a combined document or page (default: Roadmap; a page: its first document's)"),
            .flag("--summary", help: "a Markdown progress table (item, status, done/total, issues) instead of whole documents"),
            .option("--inject", value: "FILE", help: "put the output between <!-- roadmap:start --> and <!-- roadmap:end --> in FILE, leaving the rest as it is"),
            .option("--from", value: "DATE", help: "with --to ics: the day recurring meetings start from when a document dates none (default: today)"),
            .flag("--board", help: "with --to html: a kanban board of the items (a column per stage) before their cards"),
            .flag("--stamp", help: "say in an HTML page when it was rendered (off by default, so that --check is stable)"),
            .flag("--check", help: "write nothing; exit 1 and show a diff for every output that is not up to date"),
            inputFormatOption,
        ],
        positionals: 0 ... Int.max,
        examples: [
            "roadmap render --summary --inject README.md          # the progress table in the README",
            "roadmap render --summary --inject README.md --check  # in CI: fail when it is stale",
            "roadmap render roadmap/ROADMAP.rst --to markdown -o docs/ROADMAP.md",
            "roadmap render roadmap/ --to markdown -o docs/PORTFOLIO.md   # every document in one",
            "roadmap render roadmap/ --to html -o docs/roadmap.html",
        ],
        discussion: "RST converts to Markdown (--to markdown), Markdown to RST (--to rst), and plain text to either, reading back as the same items. Several documents go into one file when -o names a file or with --combine; --to html makes one page of every document (a page each with -o DIR)."
    )

    static func run(_ args: ParsedArguments, console: Console) throws(UsageError) -> Int32 {
        let options = try RenderOptions(args, stamp: Self.now())
        let request = options.request
        let (sources, code) = loadSources(options.read, console: console)
        if code != ExitCode.success { return code }
        if !options.check, options.inject == nil, Renderer.streams(sources, request) {
            // One document to standard output: written as it is made, never held whole.
            let quiet = options.read.quiet
            do {
                try Renderer.render(streaming: consume sources, request, warn: { w in if !quiet { console.err(w.formatted() + "\n") } },
                                    write: { console.out(bytes: $0) })
            } catch { throw UsageError(message: error.description, showsHelp: false) }
            return ExitCode.success
        }
        let rendered: (outputs: [Renderer.Output], warnings: [RenderWarning])
        do { rendered = try Renderer.render(consume sources, request) } catch { throw UsageError(message: error.description, showsHelp: false) }
        if !options.read.quiet {
            for w in rendered.warnings { console.err(w.formatted() + "\n") }
        }
        var outputs = rendered.outputs
        if let file = options.inject {
            guard outputs.count == 1 else { throw UsageError(message: "--inject takes one output; use --summary or --to json") }
            let current: [UInt8]
            do { current = try FileSystem.readFile(file, limit: DocumentLoader.maximumSize) } catch {
                console.error(error.description)
                return ExitCode.unreadable
            }
            do {
                outputs = [Renderer.Output(path: file, bytes: try MarkerInjection.inject(String(decoding: outputs[0].bytes, as: UTF8.self), into: current, path: file))]
            } catch {
                console.error(error.description)
                return ExitCode.usage
            }
        }
        if options.check {
            var stale = 0
            for o in outputs {
                guard let path = o.path else { throw UsageError(message: "--check compares with files: give -o FILE|DIR or --inject FILE") }
                let current = (try? FileSystem.readFile(path, limit: DocumentLoader.maximumSize)) ?? []
                if current != o.bytes {
                    stale += 1
                    console.out(UnifiedDiff.between(path: path, old: current, new: o.bytes))
                }
            }
            if stale > 0 {
                console.error("\(stale) rendered file\(stale == 1 ? " is" : "s are") out of date; run the command without --check")
                return ExitCode.findings
            }
            return ExitCode.success
        }
        if case .directory(let dir) = request.destination, FileSystem.kind(of: dir) == .missing {
            // `-o docs/site/`: the folder is made, as `mkdir -p` would.
            do { try FileSystem.makeDirectories(dir) } catch {
                console.error(error.description)
                return ExitCode.unreadable
            }
        }
        for (k, o) in outputs.enumerated() {
            guard let path = o.path else {
                var text = String(decoding: o.bytes, as: UTF8.self)
                // Documents printed one after another: each ends its last line.
                if k + 1 < outputs.count, !text.isEmpty, !text.hasSuffix("\n") { text += "\n" }
                console.out(text)
                continue
            }
            let current = try? FileSystem.readFile(path, limit: DocumentLoader.maximumSize)
            if current == o.bytes { continue }
            do { try AtomicFileWriter.write(o.bytes, to: path, expecting: nil, creating: true) } catch {
                console.error(error.description)
                return ExitCode.unreadable
            }
            if !options.read.quiet { console.err("wrote \(path)\n") }
        }
        return ExitCode.success
    }

    /// The current UTC time, `yyyy-mm-dd hh:mm UTC`.
    static func now() -> String {
        var t = time(nil)
        var parts = tm()
        gmtime_r(&t, &parts)
        func two(_ v: Int32) -> String { v < 10 ? "0\(v)" : "\(v)" }
        return "\(parts.tm_year + 1900)-\(two(parts.tm_mon + 1))-\(two(parts.tm_mday)) \(two(parts.tm_hour)):\(two(parts.tm_min)) UTC"
    }
}
