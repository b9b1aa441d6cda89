import Foundation
import Testing
import RoadmapCore

/// At home in a terminal: shell completions, the man page, `init`, and forgiving arguments.
@Suite struct TerminalTests {
    /// The commands `roadmap --help` lists, and the options `roadmap COMMAND --help` lists for
    /// each: what the completion scripts and the man page must all name.
    static func commandsAndOptions() throws -> [(command: String, options: [String])] {
        let help = try CLI.run(["--help"]).stdout
        let commandLines = help.components(separatedBy: "Commands:\n")[1].components(separatedBy: "\n\n")[0]
        let commands = commandLines.split(separator: "\n").map { String($0.split(separator: " ")[0]) }
        return try commands.map { command in
            let text = try CLI.run([command, "--help"]).stdout
            let optionLines = text.components(separatedBy: "Options:\n")[1].components(separatedBy: "\n\n")[0]
            let options = optionLines.split(separator: "\n").flatMap { line in
                line.split(separator: " ").map { $0.trimmingCharacters(in: CharacterSet(charactersIn: ",")) }.prefix { $0.hasPrefix("-") }
            }
            return (command, options)
        }
    }

    /// Whether `program` is installed (the tests that need it are skipped otherwise).
    static func installed(_ program: String) -> String? {
        let paths = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":")
        return paths.map { "\($0)/\(program)" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    /// Runs `program` with `arguments`, the built `roadmap` first on PATH.
    static func run(_ program: String, _ arguments: [String], in directory: String = CLI.packageRoot,
                    environment: [String: String] = [:]) throws -> CLIResult {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: program)
        process.arguments = arguments
        process.currentDirectoryURL = URL(fileURLWithPath: directory)
        var env = ProcessInfo.processInfo.environment
        let bin = URL(fileURLWithPath: CLI.executable).deletingLastPathComponent().path
        env["PATH"] = bin + ":" + (env["PATH"] ?? "/usr/bin:/bin")
        for (k, v) in environment { env[k] = v }
        process.environment = env
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let o = out.fileHandleForReading.readDataToEndOfFile()
        let e = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return CLIResult(status: process.terminationStatus, stdout: String(decoding: o, as: UTF8.self), stderr: String(decoding: e, as: UTF8.self))
    }

    // MARK: completions

    @Test func everyCompletionScriptNamesEveryCommandAndOption() throws {
        let specs = try Self.commandsAndOptions()
        #expect(specs.map(\.command).contains("completions") && specs.map(\.command).contains("init"))
        for shell in ["bash", "zsh", "fish"] {
            let r = try CLI.run(["completions", shell])
            #expect(r.status == 0 && r.stderr.isEmpty)
            for (command, options) in specs {
                #expect(r.stdout.contains(command), "\(shell): \(command)")
                for option in options {
                    // fish writes `--status` as `-l status`.
                    let written = shell == "fish" ? (option.hasPrefix("--") ? "-l \(option.dropFirst(2))" : "-s \(option.dropFirst())") : option
                    #expect(r.stdout.contains(written), "\(shell): \(command) \(option)")
                }
            }
        }
        let unknown = try CLI.run(["completions", "tcsh"])
        #expect(unknown.status == 2)
    }

    @Test func listIdsPrintsOneIdPerLine() throws {
        let r = try CLI.run(["list", CLI.fixture("001_6ef8e799ee81f698.txt"), "--format", "ids", "--status", "in-progress"])
        #expect(r.stdout == "scheduling-and-orchestration\n")
        let all = try CLI.run(["list", "--format", "ids"])
        #expect(all.stdout.split(separator: "\n").first == "reading-roadmaps")
    }

    /// bash with the script sourced: what `_roadmap` offers for a command line, as `complete`
    /// would ask for it when TAB is pressed at its end.
    static func bashCompletions(_ script: String, _ lines: [[String]], in directory: String = CLI.packageRoot) throws -> [String] {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("roadmap-completion-\(UUID().uuidString).bash")
        try script.write(to: file, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: file) }
        var program = "source \(file.path)\ncomplete -p roadmap\n"
        for words in lines {
            let quoted = words.map { "'\($0)'" }.joined(separator: " ")
            program += "COMP_WORDS=(\(quoted)); COMP_CWORD=\(words.count - 1); COMPREPLY=(); _roadmap; echo \"${COMPREPLY[*]}\"\n"
        }
        let r = try run(installed("bash")!, ["--norc", "-c", program], in: directory)
        #expect(r.status == 0, "\(r.stderr)")
        return r.stdout.components(separatedBy: "\n").dropLast()
    }

    @Test(.enabled(if: installed("bash") != nil, "bash is not installed"))
    func bashCompletesCommandsOptionsValuesAndItemIds() throws {
        let script = try CLI.run(["completions", "bash"]).stdout
        let out = try Self.bashCompletions(script, [
            ["roadmap", "li"],                        // a command
            ["roadmap", "list", "--st"],              // an option
            ["roadmap", "list", "--format", ""],      // an option's values
            ["roadmap", "render", "--to", "h"],
            ["roadmap", "--color", "n"],              // a global option before the command
            ["roadmap", "--no-color", "me"],
            ["roadmap", "show", "ed"],                // an item id, from roadmap/ here
            ["roadmap", "show", "editing-in-place", ""],  // only the first operand is an item
            ["roadmap", "add", "Title", "--after", "rend"],
            ["roadmap", "list", "Sources/roadmap/Ter"],   // a path
            ["roadmap", "help", "ex"],
            ["roadmap", "completions", "f"],
        ])
        #expect(out == [
            "complete -F _roadmap roadmap",
            "list link lint",
            "--status --stage",
            "table markdown json ids",
            "html",
            "never",
            "meetings",
            "editing-in-place",
            "",
            "rendering",
            "Sources/roadmap/Terminal",
            "export",
            "fish",
        ])
    }

    @Test(.enabled(if: installed("bash") != nil, "bash is not installed"))
    func bashCompletesItemIdsOfTheDocumentGivenWithF() throws {
        let script = try CLI.run(["completions", "bash"]).stdout
        let deis = CLI.fixture("001_6ef8e799ee81f698.txt")
        let out = try Self.bashCompletions(script, [["roadmap", "check", "-f", deis, "tty"]])
        #expect(out.last == "tty-broker")
    }

    @Test(.enabled(if: installed("zsh") != nil || installed("fish") != nil, "neither zsh nor fish is installed"))
    func zshAndFishScriptsParse() throws {
        for shell in ["zsh", "fish"] {
            guard let program = Self.installed(shell) else { continue }
            let file = FileManager.default.temporaryDirectory.appendingPathComponent("roadmap-completion-\(UUID().uuidString)")
            try CLI.run(["completions", shell]).stdout.write(to: file, atomically: true, encoding: .utf8)
            defer { try? FileManager.default.removeItem(at: file) }
            let r = try Self.run(program, ["-n", file.path])
            #expect(r.status == 0, "\(shell): \(r.stderr)")
        }
    }

    /// A zsh script printing the candidates zsh's completion system offers at the end of the
    /// line "$1": it drives an interactive zsh in a pseudo-terminal, with `compadd` printing what it
    /// is given, between two NUL markers.
    static let zshCapture = #"""
        # Prints the candidates zsh's completion system offers at the end of the line "$1",
        # one per line, by driving an interactive zsh in a pseudo-terminal.
        zmodload zsh/zpty || exit 2
        zpty z zsh -f -i
        setup=$(mktemp)
        cat > $setup <<'SETUP'
        PROMPT=
        fpath=($ROADMAP_COMPLETION_DIR $fpath)
        autoload -U compinit && compinit -u -D
        bindkey '^I' complete-word
        marker () { echo -E - $'\0' }
        compprefuncs=( marker )
        comppostfuncs=( marker exit )
        compadd () {
            # Options that only ask for matches (-O, -A, -D) go straight through.
            if [[ ${@[1,(i)(-|--)]} == *-(O|A|D)\ * ]]; then builtin compadd "$@"; return $?; fi
            typeset -a __hits
            builtin compadd -A __hits "$@"
            (( $#__hits )) && print -l -- $__hits
        }
        echo ready
        SETUP
        zpty -w z "source $setup"
        repeat 10; do zpty -r z line; [[ $line == ready* ]] && break; done
        zpty -w z "$1"$'\t'
        integer seen=0
        while zpty -r z line; do
            if [[ $line == *$'\0'* ]]; then (( seen++ )) && break || continue; fi
            (( seen )) && print -r -- ${line%$'\r'}
        done
        rm -f $setup
        """#

    @Test(.enabled(if: installed("zsh") != nil, "zsh is not installed"))
    func zshCompletesCommandsOptionsValuesAndItemIds() throws {
        let dir = try CLI.sandbox(["_roadmap": try CLI.run(["completions", "zsh"]).stdout, "capture.zsh": Self.zshCapture])
        func complete(_ line: String) throws -> [String] {
            // A pseudo-terminal that never answers would hang the test: `timeout` ends it.
            let zsh = [Self.installed("zsh")!, "-f", dir + "/capture.zsh", line]
            let r = try Self.installed("timeout").map { try Self.run($0, ["30"] + zsh, environment: ["ROADMAP_COMPLETION_DIR": dir]) }
                ?? Self.run(zsh[0], Array(zsh.dropFirst()), environment: ["ROADMAP_COMPLETION_DIR": dir])
            return r.stdout.split(whereSeparator: \.isNewline).map(String.init).filter { !$0.isEmpty }
        }
        #expect(try complete("roadmap li") == ["list", "link", "lint"])
        #expect(try complete("roadmap --color never me") == ["meetings"])
        #expect(try complete("roadmap list --st") == ["--status"])
        #expect(try complete("roadmap list --format ") == ["table", "markdown", "json", "ids"])
        #expect(try complete("roadmap show edi") == ["editing-in-place"])
        #expect(try complete("roadmap completions ") == ["bash", "zsh", "fish"])
    }

    /// fish with the script loaded: `complete -C` prints what TAB would offer, a tab and the help.
    @Test(.enabled(if: installed("fish") != nil, "fish is not installed"))
    func fishCompletesCommandsOptionsValuesAndItemIds() throws {
        let script = try CLI.run(["completions", "fish"]).stdout
        func complete(_ line: String) throws -> [String] {
            let r = try Self.run(Self.installed("fish")!, ["--no-config", "-c", script + "\ncomplete -C '\(line)'"])
            #expect(r.status == 0 && r.stderr.isEmpty, "\(r.stderr)")
            return r.stdout.split(separator: "\n").map { String($0.split(separator: "\t")[0]) }
        }
        #expect(try complete("roadmap li") == ["link", "lint", "list"])
        #expect(try complete("roadmap --color never me") == ["meetings"])
        #expect(try complete("roadmap list --st") == ["--status"])
        #expect(try complete("roadmap meetings --format ") == ["json", "markdown", "table"])
        #expect(try complete("roadmap show edi") == ["editing-in-place"])
        #expect(try complete("roadmap help ex") == ["export"])
        #expect(try complete("roadmap completions z") == ["zsh"])
    }

    // MARK: man page

    @Test func manPageHasEverySectionAndCommand() throws {
        let page = try CLI.run(["man"]).stdout
        for section in ["NAME", "SYNOPSIS", "DESCRIPTION", "COMMANDS", "OPTIONS", "EXIT STATUS", "ENVIRONMENT", "FILES", "EXAMPLES"] {
            #expect(page.contains("\n.SH \(section)\n"), "\(section)")
        }
        #expect(page.contains(".B NO_COLOR") && page.contains(".B COLUMNS"))
        for (command, options) in try Self.commandsAndOptions() {
            #expect(page.contains(".SS \"roadmap \(command.replacingOccurrences(of: "-", with: "\\-"))"), "\(command)")
            for option in options { #expect(page.contains(option.replacingOccurrences(of: "-", with: "\\-")), "\(command) \(option)") }
        }
    }

    @Test func checkedInManPageIsCurrent() throws {
        let current = try CLI.run(["man", "--check", "docs/roadmap.1"])
        #expect(current.status == 0, "run `roadmap man > docs/roadmap.1`: \(current.stdout)")
        let stale = try CLI.sandbox(["roadmap.1": ".TH ROADMAP 1\n"])
        let r = try CLI.run(["man", "--check", "roadmap.1"], in: stale)
        #expect(r.status == 1)
        #expect(r.stdout.hasPrefix("--- a/roadmap.1\n+++ b/roadmap.1\n"))
        #expect(r.stderr == "roadmap: roadmap.1 is out of date; run roadmap man > roadmap.1\n")
    }

    @Test(.enabled(if: installed("man") != nil, "man is not installed"))
    func manFormatsThePageWithoutWarnings() throws {
        let r = try Self.run(Self.installed("man")!, ["--warnings", "-l", "docs/roadmap.1"], environment: ["MANPAGER": "cat", "MANWIDTH": "80"])
        #expect(r.status == 0)
        #expect(r.stderr.isEmpty, "\(r.stderr)")
        #expect(r.stdout.contains("EXIT STATUS") && r.stdout.contains("roadmap init"))
        #expect(r.stdout.contains("--color WHEN"))
    }

    // MARK: init

    @Test func initWritesAnItemThatListReadsBack() throws {
        for (format, path) in [("markdown", "roadmap/ROADMAP.md"), ("rst", "roadmap/ROADMAP.rst")] {
            let dir = try CLI.sandbox([:])
            let r = try CLI.run(["init", "--format", format], in: dir)
            #expect(r.status == 0)
            #expect(r.stderr == "wrote \(path); `roadmap list` shows it\n")
            let list = try CLI.run(["list", "--format", "json"], in: dir)
            let json = try JSONSerialization.jsonObject(with: Data(list.stdout.utf8)) as! [String: Any]
            let items = json["items"] as! [[String: Any]]
            #expect(items.count == 1)
            #expect(items[0]["document"] as? String == path)
            #expect(items[0]["title"] as? String == "First Item")
            #expect(items[0]["status"] as? String == "in-progress")
            let progress = items[0]["progress"] as? [String: Int]
            #expect(progress == ["done": 1, "total": 2])
            let lint = try CLI.run(["lint"], in: dir)
            #expect(lint.status == 0)
        }
    }

    @Test func initNeverOverwrites() throws {
        let dir = try CLI.sandbox(["roadmap/ROADMAP.md": "# Mine\n"])
        for args in [["init"], ["init", "--format", "rst"], ["init", "--dry-run"]] {
            let r = try CLI.run(args, in: dir)
            #expect(r.status == 2)
            #expect(r.stderr == "roadmap: roadmap/ROADMAP.md already exists; init does not overwrite it (nothing was written)\n")
        }
        #expect(try String(contentsOfFile: dir + "/roadmap/ROADMAP.md", encoding: .utf8) == "# Mine\n")
        #expect(!FileManager.default.fileExists(atPath: dir + "/roadmap/ROADMAP.rst"))
        // A roadmap beside roadmap/ would be hidden by it.
        let beside = try CLI.sandbox(["ROADMAP.rst": "Roadmap\n=======\n"])
        let r = try CLI.run(["init"], in: beside)
        #expect(r.status == 2)
        #expect(r.stderr == "roadmap: ROADMAP.rst is already this directory's roadmap, and roadmap/ would hide it; nothing was written\n")
    }

    @Test func initDryRunPrintsAndWritesNothing() throws {
        let dir = try CLI.sandbox([:])
        let r = try CLI.run(["init", "--dry-run"], in: dir)
        #expect(r.status == 0)
        #expect(r.stdout.hasPrefix("# Roadmap\n") && r.stdout.contains("\n## First Item\n\nstatus: in-progress\n"))
        #expect(r.stdout.hasSuffix("- [x] A deliverable that is done\n- [ ] A deliverable still to do\n"))
        #expect(r.stderr == "would have written roadmap/ROADMAP.md; nothing was written\n")
        #expect(!FileManager.default.fileExists(atPath: dir + "/roadmap"))
    }

    // MARK: arguments

    @Test func globalOptionsMayComeBeforeTheCommand() throws {
        let plain = try CLI.run(["list"]).stdout
        #expect(try CLI.run(["--color", "never", "list"]).stdout == plain)
        #expect(try CLI.run(["--color=never", "list"]).stdout == plain)
        #expect(try CLI.run(["--no-color", "list"]).stdout == plain)
        #expect(try CLI.run(["list", "--no-color"]).stdout == plain)
        #expect(try CLI.run(["--color", "always", "list"]).stdout.contains("\u{1B}["))
        let quiet = try CLI.run(["-q", "list", "--status", "backlog"])
        #expect(quiet.status == 0 && quiet.stderr.isEmpty)
        let twice = try CLI.run(["--color", "never", "list", "--color", "always"])
        #expect(twice.status == 2 && twice.stderr.hasPrefix("roadmap: --color given more than once\n"))
        let contradiction = try CLI.run(["--no-color", "list", "--color", "always"])
        #expect(contradiction.status == 2)
        let unknown = try CLI.run(["--colour", "never", "list"])
        #expect(unknown.status == 2 && unknown.stderr == "roadmap: unknown option --colour before the command; did you mean --color?\n")
        let commandOption = try CLI.run(["--status", "open", "list"])
        #expect(commandOption.status == 2 && commandOption.stderr == "roadmap: unknown option --status before the command; options of a command go after it (roadmap COMMAND --status ...)\n")
        let missing = try CLI.run(["--color"])
        #expect(missing.status == 2 && missing.stderr == "roadmap: --color needs a value (WHEN)\n")
    }

    @Test func helpOfAnUnknownCommandIsAnError() throws {
        let r = try CLI.run(["help", "nosuch"])
        #expect(r.status == 2)
        #expect(r.stdout.isEmpty)
        #expect(r.stderr == "roadmap: no command \"nosuch\"; `roadmap --help` lists the commands\n")
        let close = try CLI.run(["help", "lsit"])
        #expect(close.stderr == "roadmap: no command \"lsit\"; did you mean `list`?\n")
        #expect(try CLI.run(["help", "init"]).stdout.hasPrefix("Create roadmap/ROADMAP.md"))
    }

    @Test func suggestionsOnlyWhenClose() throws {
        let cases: [(String, String)] = [
            ("lsit", "; did you mean `list`?"),         // two letters swapped
            ("rendr", "; did you mean `render`?"),
            ("meet", "; did you mean `meetings`?"),     // the start of one command
            ("compl", "; did you mean `completions`?"),
            ("xyz", "; `roadmap --help` lists the commands"),
            ("ls", "; `roadmap --help` lists the commands"),   // too short to be a misspelling of list
            ("re", "; `roadmap --help` lists the commands"),   // the start of several
        ]
        for (word, hint) in cases {
            let r = try CLI.run([word])
            #expect(r.status == 2)
            #expect(r.stderr == "roadmap: unknown command \"\(word)\"\(hint)\n", "\(word)")
        }
        #expect(try CLI.run(["init", "--help"]).stdout.hasPrefix("Create"))  // init is a command, not lint misspelt
        #expect(try CLI.run(["list", "--colour", "never"]).stderr.hasPrefix("roadmap: unknown option --colour for `roadmap list`; did you mean --color?\n"))
        #expect(try CLI.run(["list", "--fmt", "json"]).stderr.hasPrefix("roadmap: unknown option --fmt for `roadmap list`\n"))
    }

    @Test func showOfAPathSaysToUseF() throws {
        let r = try CLI.run(["show", "roadmap/ROADMAP.rst"])
        #expect(r.status == 2)
        #expect(r.stderr == "roadmap: \"roadmap/ROADMAP.rst\" is a file, not an item; did you mean `roadmap show ITEM -f roadmap/ROADMAP.rst`?\n")
        let deis = CLI.fixture("001_6ef8e799ee81f698.txt")
        let empty = try CLI.sandbox([:])
        let elsewhere = try CLI.run(["show", deis], in: empty)   // no roadmap here at all
        #expect(elsewhere.status == 2)
        #expect(elsewhere.stderr == "roadmap: \"\(deis)\" is a file, not an item; did you mean `roadmap show ITEM -f \(deis)`?\n")
    }

    // MARK: meetings

    @Test func meetingsMarkdownLeavesOutColumnsEmptyEverywhere() throws {
        let deis = try CLI.run(["meetings", CLI.fixture("000_cd62a6579c4ad6d6.txt"), "--format", "markdown", "--since", "2015-10"])
        #expect(deis.stdout == """
            | Date | Meeting | Release | Completed | Added |
            |---|---|---|---|---|
            | 2015-11-05 | November 2015 (Deis v1.13) | 1.13 | – | – |
            | 2015-10 | October 2015 (Deis v1.12) | 1.12 | Stateless Logger | Deis v2 |

            """)
        let ours = try CLI.run(["meetings", "--format", "markdown"])
        #expect(ours.stdout.hasPrefix("| Date | Meeting | Release | Completed | Added | Attendees | Next |\n|---|---|---|---|---|---|---|\n"))
    }

    // MARK: help in a terminal

    /// `roadmap ARGS` with standard output on a pseudo-terminal of `columns` columns (`script`
    /// gives one that does not know its size, so `roadmap` takes COLUMNS).
    static func inTerminal(_ args: [String], columns: Int) throws -> String {
        let command = (["env", "COLUMNS=\(columns)", CLI.executable] + args).map { "'\($0)'" }.joined(separator: " ")
        let r = try run(installed("script")!, ["-qec", command, "/dev/null"])
        return r.stdout.replacingOccurrences(of: "\r\n", with: "\n")
    }

    @Test(.enabled(if: installed("script") != nil, "script (util-linux) is not installed"))
    func helpWrapsAtWordsToTheTerminalWidth() throws {
        for args in [["--help"], ["list", "--help"], ["render", "--help"], ["add", "--help"]] {
            let piped = try CLI.run(args).stdout
            for columns in [80, 120] {
                let shown = try Self.inTerminal(args, columns: columns)
                // The same words in the same order: only the line breaks moved.
                #expect(shown.split(whereSeparator: \.isWhitespace) == piped.split(whereSeparator: \.isWhitespace), "\(args) at \(columns)")
                // Examples are commands, kept whole; everything above them fits.
                let prose = shown.components(separatedBy: "\nExamples:\n")[0]
                for line in prose.split(separator: "\n") { #expect(line.count <= columns, "\(args) at \(columns): \(line)") }
            }
        }
        let narrow = try Self.inTerminal(["list", "--help"], columns: 80)
        #expect(narrow.contains("""
              --grep TEXT             only items whose id, title, summary, fields or
                                      deliverables contain TEXT (case-insensitive)

            """))
        #expect(narrow.contains("Usage: roadmap list [PATH...] [--status STATUS] [--stage STAGE]\n                    [--target RELEASE] [--grep TEXT] [--where KEY=VALUE]...\n                    [--sort KEYS] [--group-by KEY] [--combine]\n                    [--format table|markdown|json|ids]\n"))
    }

    @Test(.enabled(if: installed("script") != nil, "script (util-linux) is not installed"))
    func listFitsTheTerminalCuttingTitlesBeforeIds() throws {
        let dir = try CLI.sandbox(["ROADMAP.md": """
            # Roadmap

            ## Cross-Region Replication for the Metadata Store with Failover

            - [ ] one

            ## Short

            - [x] two

            """])
        func list(_ columns: Int) throws -> String {
            let command = "cd '\(dir)' && env COLUMNS=\(columns) '\(CLI.executable)' list --no-color"
            let r = try Self.run(Self.installed("script")!, ["-qec", command, "/dev/null"])
            return r.stdout.replacingOccurrences(of: "\r\n", with: "\n")
        }
        // At 80 columns the title gives way first, then the id, so that neither is cut to a stub.
        #expect(try list(80) == """
            ID                      TITLE                    STATUS   PROGRESS        ISSUES
            cross-region-replicat…  Cross-Region Replicati…  planned  0/1 ░░░░░░░░░░
            short                   Short                    done     1/1 ██████████

            """)
        // At 120 the id is whole and the title is cut.
        #expect(try list(120) == """
            ID                                                    TITLE                              STATUS   PROGRESS        ISSUES
            cross-region-replication-for-the-metadata-store-with  Cross-Region Replication for the…  planned  0/1 ░░░░░░░░░░
            short                                                 Short                              done     1/1 ██████████

            """)
        // In a pipe nothing is cut.
        #expect(try CLI.run(["list"], in: dir).stdout.contains("Cross-Region Replication for the Metadata Store with Failover"))
    }

    @Test(.enabled(if: installed("script") != nil, "script (util-linux) is not installed"))
    func actionsFitTheTerminalKeepingTheLineOfTheSource() throws {
        // This project's planning notes grow; what must hold is the shape of every row.
        let shown = try Self.inTerminal(["actions", "--no-color"], columns: 80)
        let rows = shown.split(separator: "\n").map(String.init)
        #expect(rows.first == "DATE        ID  OWNER              DONE  TEXT                  SOURCE")
        #expect(rows.count >= 3)
        #expect(rows.allSatisfy { TextWidth.of($0) <= 80 })
        #expect(rows.dropFirst().allSatisfy { $0.contains("…p/planning.md:") && $0.last?.isNumber == true })
        #expect(rows[1] == "2026-11-21  –   founding engineer  ✓     read the five seed …  …p/planning.md:20")
    }

    // MARK: standard input

    /// `roadmap ARGS` reading `input` on standard input.
    static func run(_ args: [String], stdin input: String) throws -> CLIResult {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: CLI.executable)
        process.arguments = args
        process.currentDirectoryURL = URL(fileURLWithPath: CLI.packageRoot)
        let inPipe = Pipe(), out = Pipe(), err = Pipe()
        process.standardInput = inPipe
        process.standardOutput = out
        process.standardError = err
        // A command that refuses `-` exits without reading: writing to it then must fail
        // quietly (EPIPE), not kill the test process with SIGPIPE.
        signal(SIGPIPE, SIG_IGN)
        try process.run()
        try? inPipe.fileHandleForWriting.write(contentsOf: Data(input.utf8))
        try? inPipe.fileHandleForWriting.close()
        let o = out.fileHandleForReading.readDataToEndOfFile()
        let e = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return CLIResult(status: process.terminationStatus, stdout: String(decoding: o, as: UTF8.self), stderr: String(decoding: e, as: UTF8.self))
    }

    @Test func dashReadsStandardInputForEveryReadingCommand() throws {
        let deisPath = CLI.fixture("001_6ef8e799ee81f698.txt")
        let deis = try String(contentsOfFile: deisPath, encoding: .utf8)
        let planning = try String(contentsOfFile: CLI.fixture("000_cd62a6579c4ad6d6.txt"), encoding: .utf8)
        // The same output as from the file, with `-` where its path was.
        for args in [["list"], ["list", "--format", "json"], ["export"], ["lint"], ["render", "--to", "markdown"]] {
            let fromFile = try CLI.run(args + [deisPath])
            let fromInput = try Self.run(args + ["-"], stdin: deis)
            #expect(fromInput.status == fromFile.status, "\(args)")
            #expect(fromInput.stdout == fromFile.stdout.replacingOccurrences(of: deisPath, with: "-"), "\(args)")
        }
        let show = try Self.run(["show", "tty-broker", "-f", "-"], stdin: deis)
        #expect(show.stdout.contains("Source:   -:15\n"))
        let meetings = try Self.run(["meetings", "-", "--format", "ids"], stdin: planning)
        #expect(meetings.status == 2)  // meetings has no ids format: the usual usage error
        #expect(try Self.run(["meetings", "-"], stdin: planning).stdout.contains("2015-10     October 2015 (Deis v1.12)"))
        let diff = try Self.run(["diff", "-", deisPath], stdin: deis)
        #expect(diff.status == 0 && diff.stdout == "no changes between - and \(deisPath)\n")
    }

    @Test func standardInputIsNeverEditedAndIsCheckedLikeAFile() throws {
        let edit = try Self.run(["check", "tty-broker", "1", "-f", "-"], stdin: "# Roadmap\n")
        #expect(edit.status == 2)
        #expect(edit.stderr == "roadmap: standard input (-) cannot be edited in place; name a file with -f PATH\n")
        let binary = try Self.run(["list", "-"], stdin: "a\u{0}b")
        #expect(binary.status == 3)
        #expect(binary.stderr == "roadmap: -: binary file (it holds NUL bytes), not a roadmap document\n")
    }
}
