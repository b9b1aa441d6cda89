#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import RoadmapCore

/// A subcommand: its spec (options and help) and what it does.
protocol Command {
    static var spec: CommandSpec { get }
    static func run(_ args: ParsedArguments, console: Console) throws(UsageError) -> Int32
}

extension Command {
    /// Reads the documents `options` name (or the defaults); reports read errors and the
    /// readers' warnings on standard error, and returns the exit code the errors imply.
    static func load(_ options: ReadOptions, console: Console, detail: ReadingDetail = .full,
                     allowEmpty: Bool = false, onItem: ((String, Item) -> Void)? = nil, onHead: ((Document) -> Void)? = nil,
                     onDocument: ((Document) -> Void)? = nil) -> (DocumentSet, Int32) {
        // Some commands read extra documents only when asked (`diff --meetings`).
        if allowEmpty && options.paths.isEmpty { return (DocumentSet(), ExitCode.success) }
        let set = DocumentSet.load(paths: options.paths, format: options.inputFormat, detail: detail, onItem: onItem, onHead: onHead, onDocument: onDocument)
        for e in set.errors { console.error(e.description) }
        if !options.quiet {
            // Readers forgive, but say what they forgave: warnings, as editors can jump to them.
            for d in set.documents {
                for diag in d.diagnostics where diag.severity >= .warning { console.err(diag.formatted(path: d.path) + "\n") }
            }
        }
        return (set, set.errors.isEmpty ? ExitCode.success : ExitCode.unreadable)
    }

    /// Scans the documents `options` name (or the defaults), for commands that work on their
    /// source; reports errors and the scanners' warnings as `load` does.
    static func loadSources(_ options: ReadOptions, console: Console) -> ([SourceDocument], Int32) {
        let (sources, errors) = DocumentSet.sources(paths: options.paths, format: options.inputFormat)
        for e in errors { console.error(e.description) }
        if !options.quiet {
            for s in sources {
                for diag in s.tree.diagnostics where diag.severity >= .warning { console.err(diag.formatted(path: s.path) + "\n") }
            }
        }
        return (sources, errors.isEmpty ? ExitCode.success : ExitCode.unreadable)
    }

    /// The `--where KEY=VALUE` conditions given (see `whereOption`).
    static func whereConditions(_ args: ParsedArguments) throws(UsageError) -> [ItemQuery.Condition] {
        var conditions: [ItemQuery.Condition] = []
        for w in args.all("--where") {
            guard let c = ItemQuery.Condition(w) else { throw UsageError(message: "--where takes KEY=VALUE or KEY!=VALUE, not \"\(w)\"") }
            conditions.append(c)
        }
        return conditions
    }

    /// `--format` for commands whose output formats are these.
    static func outputFormat(_ args: ParsedArguments, _ choices: [String], default def: String) throws(UsageError) -> String {
        try ArgumentParser.choice(args, "--format", choices, default: def)
    }

    /// Today's date (UTC).
    static func today() -> PartialDate {
        var t = time(nil)
        var tm = tm()
        gmtime_r(&t, &tm)
        return PartialDate(year: Int(tm.tm_year) + 1900, month: Int(tm.tm_mon) + 1, day: Int(tm.tm_mday))
    }

    /// `value` (yyyy-mm-dd) as a day, else today.
    static func fromDay(_ value: String?) throws(UsageError) -> CalendarDay {
        guard let value else { return CalendarDay(Self.today())! }
        guard let day = CalendarDay(iso: value) else { throw UsageError(message: "--from takes a day as yyyy-mm-dd, not \"\(value)\"") }
        return day
    }
}

extension ParsedArguments {
    /// `--input-format`, if given; a dialect it does not know is refused.
    func inputFormat() throws(UsageError) -> Format? {
        guard let f = value("--input-format") else { return nil }
        guard let parsed = Format(name: f) else { throw UsageError(message: "--input-format must be rst, markdown or text, not \"\(f)\"") }
        return parsed
    }
}

/// The option to read documents as a given dialect instead of detecting it.
let inputFormatOption = OptionSpec.option("--input-format", value: "DIALECT", help: "read documents as rst, markdown or text instead of detecting the dialect",
                                                choices: ["rst", "markdown", "text"])

/// The option that keeps the items whose fields have given values (`list`, `board`).
let whereOption = OptionSpec.option("--where", value: "KEY=VALUE",
                                    help: "only items whose field KEY (or id, title, status, group) is VALUE, any case; KEY!=VALUE for the others; repeatable",
                                    repeatable: true)

/// Keeps `value` alive until the process exits. Freeing millions of small objects just before
/// exiting costs more time than reading them did; the system reclaims the memory at once.
func keepUntilExit(_ value: Any) {
    _ = Unmanaged.passRetained(KeptValue(value))
}

private final class KeptValue {
    let value: Any
    init(_ value: Any) { self.value = value }
}
