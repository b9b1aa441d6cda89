#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import RoadmapCore

/// The command line: finds the subcommand, parses its arguments, runs it, maps errors to exit codes.
enum CLI {
    /// The tool's version, printed by `roadmap --version`.
    static let version = "0.1.0"

    /// Every subcommand, in the order `roadmap --help` lists them.
    static var commands: [any Command.Type] {
        [ListCommand.self, ShowCommand.self, MeetingsCommand.self, ActionsCommand.self, ExportCommand.self,
         CheckCommand.self, UncheckCommand.self, AddDeliverableCommand.self, SetCommand.self, UnsetCommand.self,
         AddCommand.self, RenameCommand.self, RemoveCommand.self, LinkCommand.self, DiffCommand.self, LogCommand.self, LintCommand.self, RenderCommand.self,
         RetargetCommand.self, MoveCommand.self, BoardCommand.self, InitCommand.self, CompletionsCommand.self, ManCommand.self]
    }

    /// The text of `roadmap --help`, wrapped to `width` columns when given (a terminal).
    static func toolHelp(width: Int? = nil) -> String {
        var out = HelpText.paragraphs("""
            roadmap \(version): query, edit and render the roadmap documents kept in your repository
            (reStructuredText, Markdown, plain text).
            """, width: width)
        out += "\n\n" + HelpText.usage("Usage: roadmap", "[--color WHEN | --no-color] [-q] COMMAND [ARGS...] [OPTIONS]", width: width)
        out += "\n\nCommands:\n"
        out += HelpText.table(commands.map { ($0.spec.name, $0.spec.summary) }, width: width)
        out += "\n" + HelpText.paragraphs("Run `roadmap COMMAND --help` for a command's options and examples.", width: width) + "\n"
        out += HelpText.paragraphs("Exit codes: 0 success, 1 findings, 2 usage error or unknown/ambiguous item, 3 unreadable document.", width: width) + "\n"
        return out
    }

    static func main() -> Int32 {
        signal(SIGPIPE, SIG_IGN)
        let console = Console.current()
        var argv = Array(CommandLine.arguments.dropFirst())
        // Options every command takes may come before the command: `roadmap --color never list`.
        var global: [String] = []
        while let word = argv.first, word.hasPrefix("-"), let option = globalOption(word) {
            argv.removeFirst()
            global.append(word)
            if option.value != nil && !word.contains("=") {
                guard !argv.isEmpty else {
                    console.error("\(word) needs a value (\(option.value!))")
                    return ExitCode.usage
                }
                global.append(argv.removeFirst())
            }
        }
        guard let first = argv.first else {
            console.err(toolHelp(width: console.width))
            return ExitCode.usage
        }
        if first == "--help" || first == "-h" || first == "help" {
            guard first == "help", argv.count > 1 else {
                console.out(toolHelp(width: console.width))
                return ExitCode.success
            }
            guard let c = commands.first(where: { $0.spec.name == argv[1] }) else {
                console.error("no command \"\(argv[1])\"\(suggestion(for: argv[1]))")
                return ExitCode.usage
            }
            console.out(c.spec.help(width: console.width))
            return ExitCode.success
        }
        if first == "--version" || first == "-V" {
            console.out("roadmap \(version)\n")
            return ExitCode.success
        }
        argv.removeFirst()
        if first.hasPrefix("-") {
            // Before the command, only the options every command takes (and --help, --version).
            let names = CommandSpec.common.flatMap(\.names).filter { $0.hasPrefix("--") } + ["--version"]
            let name = first.split(separator: "=", maxSplits: 1).first.map(String.init) ?? first
            let ofACommand = commands.contains { $0.spec.allOptions.contains { $0.names.contains(name) } }
            let hint = ofACommand ? "; options of a command go after it (roadmap COMMAND \(name) ...)"
                : Suggestion.closest(to: name, among: names).map { "; did you mean \($0)?" } ?? ""
            console.error("unknown option \(name) before the command\(hint)")
            return ExitCode.usage
        }
        guard let command = commands.first(where: { $0.spec.name == first }) else {
            console.error("unknown command \"\(first)\"\(suggestion(for: first))")
            return ExitCode.usage
        }
        return execute(command, global + argv, console: console)
    }

    /// The option of `CommandSpec.common` that `word` (`--color`, `--color=never`, `-q`) names,
    /// except `--help`, which `main` answers itself.
    static func globalOption(_ word: String) -> OptionSpec? {
        let name = word.split(separator: "=", maxSplits: 1).first.map(String.init) ?? word
        return CommandSpec.common.first { $0.names.contains(name) && $0.key != "--help" }
    }

    /// `; did you mean `list`?` when a command is close to `word`, else where the commands are listed.
    static func suggestion(for word: String) -> String {
        Suggestion.closest(to: word, among: commands.map { $0.spec.name } + ["help"]).map { "; did you mean `\($0)`?" }
            ?? "; `roadmap --help` lists the commands"
    }

    /// Parses and runs one command; a usage error prints the message and exits 2.
    static func execute(_ command: any Command.Type, _ argv: [String], console: Console) -> Int32 {
        var args: ParsedArguments
        do {
            args = try ArgumentParser.parse(argv, for: command.spec)
        } catch {
            return usage(error, command, console)
        }
        if args.has("--help") {
            console.out(command.spec.help(width: console.width))
            return ExitCode.success
        }
        if let color = args.value("--color"), !["auto", "always", "never"].contains(color) {
            return usage(UsageError(message: "--color must be auto, always or never, not \"\(color)\""), command, console)
        }
        if args.has("--no-color") {
            if let color = args.value("--color"), color != "never" {
                return usage(UsageError(message: "--no-color and --color \(color) contradict each other"), command, console)
            }
            args.values["--color"] = ["never"]
        }
        do {
            return try command.run(args, console: console)
        } catch {
            return usage(error, command, console)
        }
    }

    static func usage(_ error: UsageError, _ command: any Command.Type, _ console: Console) -> Int32 {
        console.error(error.message)
        if error.showsHelp { console.err("(see `roadmap \(command.spec.name) --help`)\n") }
        return ExitCode.usage
    }
}
