import RoadmapCore

/// A subcommand: its spec (options and help) and what it does.
protocol Command {
    static var spec: CommandSpec { get }
    static func run(_ args: ParsedArguments, console: Console) throws(UsageError) -> Int32
}

extension Command {
    /// Reads the documents the positionals (or the defaults) name; reports read errors on
    /// standard error, and returns the exit code they imply.
    static func load(_ paths: [String], _ args: ParsedArguments, console: Console, detail: ReadingDetail = .full,
                     allowEmpty: Bool = false, onItem: ((String, Item) -> Void)? = nil) throws(UsageError) -> (DocumentSet, Int32) {
        // Some commands read extra documents only when asked (`diff --meetings`).
        if allowEmpty && paths.isEmpty { return (DocumentSet(), ExitCode.success) }
        var format: Format? = nil
        if let f = args.value("--input-format") {
            guard let parsed = Format(name: f) else { throw UsageError(message: "--input-format must be rst, markdown or text, not \"\(f)\"") }
            format = parsed
        }
        let set = DocumentSet.load(paths: paths, format: format, detail: detail, onItem: onItem)
        for e in set.errors { console.error(e.description) }
        if !args.has("--quiet") {
            // Readers forgive, but say what they forgave: warnings, as editors can jump to them.
            for d in set.documents {
                for diag in d.diagnostics where diag.severity >= .warning { console.err(diag.formatted(path: d.path) + "\n") }
            }
        }
        return (set, set.errors.isEmpty ? ExitCode.success : ExitCode.unreadable)
    }

    /// `--format` for commands whose output formats are these.
    static func outputFormat(_ args: ParsedArguments, _ choices: [String], default def: String) throws(UsageError) -> String {
        try ArgumentParser.choice(args, "--format", choices, default: def)
    }
}

/// The option to read documents as a given dialect instead of detecting it.
let inputFormatOption = OptionSpec.option("--input-format", value: "DIALECT", help: "read documents as rst, markdown or text instead of detecting the dialect")

/// Keeps `value` alive until the process exits. Freeing millions of small objects just before
/// exiting costs more time than reading them did; the system reclaims the memory at once.
func keepUntilExit(_ value: Any) {
    _ = Unmanaged.passRetained(KeptValue(value))
}

private final class KeptValue {
    let value: Any
    init(_ value: Any) { self.value = value }
}
