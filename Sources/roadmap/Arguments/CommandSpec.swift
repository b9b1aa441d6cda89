/// What a command accepts, written next to its help text.
struct OptionSpec {
    /// `["-f", "--file"]`: the last name is the canonical one.
    var names: [String]
    /// The placeholder of the value (`PATH`), or nil for a flag.
    var value: String?
    var help: String
    var repeatable = false

    var key: String { names.last! }

    static func flag(_ names: String..., help: String) -> OptionSpec { OptionSpec(names: names, value: nil, help: help) }
    static func option(_ names: String..., value: String, help: String, repeatable: Bool = false) -> OptionSpec {
        OptionSpec(names: names, value: value, help: help, repeatable: repeatable)
    }
}

struct CommandSpec {
    var name: String
    var summary: String
    /// Usage after `roadmap NAME`.
    var usage: String
    var options: [OptionSpec]
    var positionals: ClosedRange<Int>
    var examples: [String] = []
    var discussion: String? = nil

    /// Options every command takes.
    static let common: [OptionSpec] = [
        .option("--color", value: "WHEN", help: "auto (default: colors on a terminal unless NO_COLOR is set), always or never"),
        .flag("-q", "--quiet", help: "no warnings or notes on standard error (errors are still printed)"),
        .flag("-h", "--help", help: "show this help"),
    ]

    var allOptions: [OptionSpec] { options + Self.common }

    func help() -> String {
        var out = "\(summary)\n\nUsage: roadmap \(name) \(usage)\n"
        if let discussion { out += "\n\(discussion)\n" }
        out += "\nOptions:\n"
        let rows = allOptions.map { o in (o.names.joined(separator: ", ") + (o.value.map { " \($0)" } ?? ""), o.help) }
        let width = rows.map(\.0.count).max() ?? 0
        for (left, right) in rows { out += "  \(left.padding(to: width))  \(right)\n" }
        if !examples.isEmpty {
            out += "\nExamples:\n"
            for e in examples { out += "  \(e)\n" }
        }
        return out
    }
}

extension String {
    func padding(to width: Int) -> String { count >= width ? self : self + String(repeating: " ", count: width - count) }
}
