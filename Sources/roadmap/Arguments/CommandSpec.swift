/// What a command accepts, written next to its help text.
struct OptionSpec {
    /// `["-f", "--file"]`: the last name is the canonical one.
    var names: [String]
    /// The placeholder of the value (`PATH`), or nil for a flag.
    var value: String?
    var help: String
    var repeatable = false
    /// The values the option takes, when they are a fixed set (`--format`): shell completions
    /// offer them and the man page lists them.
    var choices: [String] = []

    var key: String { names.last! }

    /// What a shell completes for the value: the choices, paths (`PATH`, `FILE`, `DIR`), item ids
    /// (`ITEM`) or nothing (free text).
    var completion: Completion {
        guard let value else { return .none }
        if !choices.isEmpty { return .choices(choices) }
        return Completion(placeholder: value)
    }

    static func flag(_ names: String..., help: String) -> OptionSpec { OptionSpec(names: names, value: nil, help: help) }
    static func option(_ names: String..., value: String, help: String, repeatable: Bool = false, choices: [String] = []) -> OptionSpec {
        OptionSpec(names: names, value: value, help: help, repeatable: repeatable, choices: choices)
    }
}

/// What a shell completes in a place of the command line.
enum Completion: Equatable {
    case none
    case paths
    case items
    case choices([String])

    /// From a placeholder of the usage line: `PATH`, `FILE|DIR`, `OLD` → paths; `ITEM` → item ids;
    /// `bash|zsh|fish` → these words.
    init(placeholder: String) {
        if placeholder.contains("|"), placeholder == placeholder.lowercased() {
            // `bash|zsh|fish`: the operand is one of these words.
            self = .choices(placeholder.split(separator: "|").map(String.init))
            return
        }
        let word = String(placeholder.filter { !"[].".contains($0) }).uppercased()
        if word == "ITEM" { self = .items }
        else if ["PATH", "FILE", "DIR", "FILE|DIR", "OLD", "NEW"].contains(word) { self = .paths }
        else { self = .none }
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

    /// What a shell completes for the operands: taken from the first word of the usage line
    /// (`ITEM ...` → an item id first; `[PATH...]` → paths).
    var operands: Completion {
        Completion(placeholder: usage.split(separator: " ").first.map(String.init) ?? "")
    }

    /// Options every command takes; they may also come before the command (`roadmap --color never list`).
    static let common: [OptionSpec] = [
        .option("--color", value: "WHEN", help: "auto (default: colors on a terminal unless NO_COLOR is set), always or never",
                choices: ["auto", "always", "never"]),
        .flag("--no-color", help: "the same as --color never"),
        .flag("-q", "--quiet", help: "no warnings or notes on standard error (errors are still printed)"),
        .flag("-h", "--help", help: "show this help"),
    ]

    var allOptions: [OptionSpec] { options + Self.common }

    /// The text of `roadmap NAME --help`, wrapped to `width` columns when given (a terminal).
    func help(width: Int? = nil) -> String {
        var out = HelpText.paragraphs(summary, width: width) + "\n\n" + HelpText.usage("Usage: roadmap \(name)", usage, width: width) + "\n"
        if let discussion { out += "\n\(HelpText.paragraphs(discussion, width: width))\n" }
        out += "\nOptions:\n"
        out += HelpText.table(allOptions.map { o in (o.names.joined(separator: ", ") + (o.value.map { " \($0)" } ?? ""), o.help) }, width: width)
        if !examples.isEmpty {
            out += "\nExamples:\n"
            for e in examples { out += "  \(e)\n" }
        }
        return out
    }
}
