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
         AddCommand.self, RenameCommand.self, RemoveCommand.self, LinkCommand.self, DiffCommand.self, LogCommand.self, LintCommand.self, RenderCommand.self]
    }

    static func toolHelp() -> String {
        var out = """
            roadmap \(version): query, edit and render the roadmap documents kept in your repository
            (reStructuredText, Markdown, plain text).

            Usage: roadmap COMMAND [ARGS...] [OPTIONS]

            Commands:

            """
        let width = commands.map { $0.spec.name.count }.max() ?? 0
        for c in commands { out += "  \(c.spec.name.padding(to: width))  \(c.spec.summary)\n" }
        out += """

            Run `roadmap COMMAND --help` for a command's options and examples.
            Exit codes: 0 success, 1 findings, 2 usage error or unknown/ambiguous item, 3 unreadable document.

            """
        return out
    }

    static func main() -> Int32 {
        signal(SIGPIPE, SIG_IGN)
        let console = Console.current()
        var argv = Array(CommandLine.arguments.dropFirst())
        guard let first = argv.first else {
            console.err(toolHelp())
            return ExitCode.usage
        }
        if first == "--help" || first == "-h" || first == "help" {
            if first == "help", argv.count > 1, let c = commands.first(where: { $0.spec.name == argv[1] }) {
                console.out(c.spec.help())
            } else {
                console.out(toolHelp())
            }
            return ExitCode.success
        }
        if first == "--version" || first == "-V" {
            console.out("roadmap \(version)\n")
            return ExitCode.success
        }
        argv.removeFirst()
        guard let command = commands.first(where: { $0.spec.name == first }) else {
            let names = commands.map { $0.spec.name }
            let close = names.min { EditDistance.between(first, $0) < EditDistance.between(first, $1) }
            let hint = close.flatMap { EditDistance.between(first, $0) <= 2 ? "; did you mean `\($0)`?" : nil } ?? "; `roadmap --help` lists the commands"
            console.error("unknown command \"\(first)\"\(hint)")
            return ExitCode.usage
        }
        return execute(command, argv, console: console)
    }

    /// Parses and runs one command; a usage error prints the message and exits 2.
    static func execute(_ command: any Command.Type, _ argv: [String], console: Console) -> Int32 {
        let args: ParsedArguments
        do {
            args = try ArgumentParser.parse(argv, for: command.spec)
        } catch {
            return usage(error, command, console)
        }
        if args.has("--help") {
            console.out(command.spec.help())
            return ExitCode.success
        }
        if let color = args.value("--color"), !["auto", "always", "never"].contains(color) {
            return usage(UsageError(message: "--color must be auto, always or never, not \"\(color)\""), command, console)
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
