import RoadmapCore

/// The parsed command line of one command: option values by canonical name, and positionals.
struct ParsedArguments {
    var positionals: [String] = []
    var values: [String: [String]] = [:]

    func has(_ key: String) -> Bool { values[key] != nil }
    func value(_ key: String) -> String? { values[key]?.last }
    func all(_ key: String) -> [String] { values[key] ?? [] }
}

/// A command line that does not fit the command; exit code 2.
struct UsageError: Error {
    var message: String
    /// Whether to point at the command's help (not for an unknown item: the message says it all).
    var showsHelp = true
}

/// Parses `--name value`, `--name=value`, `-f value`, flags, and `--` before positionals that
/// start with a dash.
enum ArgumentParser {
    static func parse(_ args: [String], for spec: CommandSpec) throws(UsageError) -> ParsedArguments {
        var parsed = ParsedArguments()
        var byName: [String: OptionSpec] = [:]
        for o in spec.allOptions { for n in o.names { byName[n] = o } }
        var i = 0
        var onlyPositionals = false
        while i < args.count {
            let arg = args[i]
            i += 1
            if onlyPositionals || !arg.hasPrefix("-") || arg == "-" {
                parsed.positionals.append(arg)
                continue
            }
            if arg == "--" { onlyPositionals = true; continue }
            var name = arg
            var inline: String? = nil
            if arg.hasPrefix("--"), let eq = arg.firstIndex(of: "=") {
                name = String(arg[..<eq])
                inline = String(arg[arg.index(after: eq)...])
            }
            guard let option = byName[name] else {
                let names = spec.allOptions.flatMap(\.names).filter { $0.hasPrefix("--") }
                let hint = Suggestion.closest(to: name, among: names).map { "; did you mean \($0)?" } ?? ""
                throw UsageError(message: "unknown option \(name) for `roadmap \(spec.name)`\(hint)")
            }
            if option.value == nil {
                if inline != nil { throw UsageError(message: "\(name) takes no value") }
                parsed.values[option.key, default: []].append("")
                continue
            }
            let value: String
            if let inline {
                value = inline
            } else {
                guard i < args.count else { throw UsageError(message: "\(name) needs a value (\(option.value!))") }
                value = args[i]
                i += 1
            }
            if parsed.values[option.key] != nil && !option.repeatable {
                throw UsageError(message: "\(name) given more than once")
            }
            parsed.values[option.key, default: []].append(value)
        }
        if parsed.has("--help") { return parsed }
        let count = parsed.positionals.count
        if count < spec.positionals.lowerBound {
            throw UsageError(message: "missing argument: roadmap \(spec.name) \(spec.usage)")
        }
        if count > spec.positionals.upperBound {
            throw UsageError(message: "unexpected argument \"\(parsed.positionals[spec.positionals.upperBound])\": roadmap \(spec.name) \(spec.usage)")
        }
        return parsed
    }

    /// The value of `key` if it is one of `choices`.
    static func choice(_ parsed: ParsedArguments, _ key: String, _ choices: [String], default def: String) throws(UsageError) -> String {
        guard let v = parsed.value(key) else { return def }
        guard choices.contains(v) else {
            throw UsageError(message: "\(key) must be one of \(choices.joined(separator: ", ")), not \"\(v)\"")
        }
        return v
    }
}
