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
        summary: "Render the roadmap for publishing (Markdown, an HTML page, JSON, or a summary table injected in a README); --check for CI.",
        usage: "[PATH...] [--to DIALECT|html|json] [-o FILE|DIR] [--summary] [--inject FILE] [--check]",
        options: [
            .option("--to", value: "FORMAT", help: "markdown or rst (converted from the other; the same dialect is a byte-identical copy), html (one self-contained page) or json; default: their own"),
            .option("-o", "--output", value: "FILE|DIR", help: "write there (a directory: one file per document) instead of standard output"),
            .flag("--summary", help: "a Markdown progress table (item, status, done/total, issues) instead of whole documents"),
            .option("--inject", value: "FILE", help: "put the output between <!-- roadmap:start --> and <!-- roadmap:end --> in FILE, leaving the rest as it is"),
            .flag("--stamp", help: "say in an HTML page when it was rendered (off by default, so that --check is stable)"),
            .flag("--check", help: "write nothing; exit 1 and show a diff for every output that is not up to date"),
            inputFormatOption,
        ],
        positionals: 0 ... Int.max,
        examples: [
            "roadmap render --summary --inject README.md          # the progress table in the README",
            "roadmap render --summary --inject README.md --check  # in CI: fail when it is stale",
            "roadmap render roadmap/ --to json -o docs/roadmap.json",
            "roadmap render roadmap/ --to html -o docs/roadmap.html",
        ],
        discussion: "RST converts to Markdown (--to markdown) and Markdown to RST (--to rst), reading back as the same items. --to html makes one page of every document (a page each with -o DIR)."
    )

    static func run(_ args: ParsedArguments, console: Console) throws(UsageError) -> Int32 {
        // Only JSON shows every detail; a summary needs the outline, and a copy or a conversion reads the source again.
        let (set, code) = try load(args.positionals, args, console: console, detail: ["json", "html"].contains(args.value("--to") ?? "") ? .full : .outline)
        if code != ExitCode.success { return code }
        let documents = set.documents
        var outputs: [(path: String?, bytes: [UInt8])] = []
        let target = args.value("--to")
        if args.has("--summary") {
            if let target, target != "markdown" { throw UsageError(message: "--summary is a Markdown table; --to \(target) does not go with it") }
            outputs = [(args.value("--output"), Array(SummaryRenderer.markdown(documents).utf8))]
        } else if target == "json" {
            outputs = [(args.value("--output"), Array(JSONRenderer.render(documents).utf8))]
        } else if target == "html" {
            let stamp = args.has("--stamp") ? "Rendered by roadmap on \(Self.now())" : nil
            // One page for everything, unless -o names a directory: then a page per document.
            if let dir = args.value("--output"), FileSystem.kind(of: dir) == .directory {
                for d in documents {
                    let name = Self.replacingExtension(of: d.path.split(separator: "/").last.map(String.init) ?? d.path, with: "html")
                    outputs.append((dir + "/" + name, Array(HTMLRenderer.page([d], stamp: stamp).utf8)))
                }
            } else {
                outputs = [(args.value("--output"), Array(HTMLRenderer.page(documents, stamp: stamp).utf8))]
            }
        } else {
            for d in documents {
                if let target, Format(name: target) == nil {
                    throw UsageError(message: "--to \(target): not a format render knows (markdown, rst, text, html, json)", showsHelp: false)
                }
                let format = target.flatMap(Format.init(name:)) ?? d.format
                let converts = format != d.format
                let pair = (d.format, format)
                guard !converts || pair == (.rst, .markdown) || pair == (.markdown, .rst) else {
                    throw UsageError(message: "converting \(d.format.rawValue) to \(target!) is not in this version yet; rst to markdown, markdown to rst, html and json are", showsHelp: false)
                }
                guard var bytes = try? FileSystem.readFile(d.path, limit: DocumentLoader.maximumSize) else { continue }
                if converts {
                    let tree = SyntaxTree.parse(SourceText(bytes: bytes), as: d.format)
                    bytes = Array((format == .markdown ? MarkdownConverter.markdown(from: tree) : RSTConverter.rst(from: tree)).utf8)
                }
                var out: String? = args.value("--output")
                if let dir = out, FileSystem.kind(of: dir) == .directory {
                    var name = d.path.split(separator: "/").last.map(String.init) ?? d.path
                    if converts { name = Self.replacingExtension(of: name, with: format == .markdown ? "md" : "rst") }
                    out = dir + "/" + name
                } else if documents.count > 1 && out != nil {
                    throw UsageError(message: "several documents: -o must be a directory (one copy each)")
                }
                outputs.append((out, bytes))
            }
        }
        if let file = args.value("--inject") {
            guard outputs.count == 1 else { throw UsageError(message: "--inject takes one output; use --summary or --to json") }
            let current: [UInt8]
            do { current = try FileSystem.readFile(file, limit: DocumentLoader.maximumSize) } catch {
                console.error(error.description)
                return ExitCode.unreadable
            }
            do {
                outputs = [(file, try MarkerInjection.inject(String(decoding: outputs[0].bytes, as: UTF8.self), into: current, path: file))]
            } catch {
                console.error(error.description)
                return ExitCode.usage
            }
        }
        if args.has("--check") {
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
        for o in outputs {
            guard let path = o.path else {
                console.out(String(decoding: o.bytes, as: UTF8.self))
                continue
            }
            let current = try? FileSystem.readFile(path, limit: DocumentLoader.maximumSize)
            if current == o.bytes { continue }
            do { try AtomicFileWriter.write(o.bytes, to: path, expecting: nil, creating: true) } catch {
                console.error(error.description)
                return ExitCode.unreadable
            }
            if !args.has("--quiet") { console.err("wrote \(path)\n") }
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

    /// `ROADMAP.rst` → `ROADMAP.md`.
    static func replacingExtension(of name: String, with ext: String) -> String {
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return name + "." + ext }
        return String(name[..<dot]) + "." + ext
    }
}
