import RoadmapCore

/// `roadmap lint`'s options, read and checked once: `LintCommand.run` reads these fields.
struct LintOptions {
    /// `--format`: text (default), json or github.
    var format: String
    /// `--rule`: only these rules (empty: all).
    var rules: Set<String>
    /// `--ignore`: not these rules.
    var ignored: Set<String>
    /// `--today`: the day the date rules compare with; nil: today.
    var today: PartialDate?
    /// The documents and how to read them.
    var read: ReadOptions

    /// Reads `args`; refuses a rule lint does not have and a `--today` that is not a day.
    init(_ args: ParsedArguments) throws(UsageError) {
        format = try ArgumentParser.choice(args, "--format", ["text", "json", "github"], default: "text")
        let known = Set(Linter.rules.map(\.id))
        for id in args.all("--rule") + args.all("--ignore") where !known.contains(id) {
            throw UsageError(message: "no rule \"\(id)\"; the rules are \(Linter.rules.map(\.id).joined(separator: ", "))")
        }
        rules = Set(args.all("--rule"))
        ignored = Set(args.all("--ignore"))
        if let t = args.value("--today") {
            guard let d = PartialDate(iso: t) else { throw UsageError(message: "--today takes yyyy-mm-dd, not \"\(t)\"") }
            today = d
        }
        read = try ReadOptions(args)
    }
}
