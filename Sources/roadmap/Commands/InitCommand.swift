import RoadmapCore

/// `roadmap init`: a new roadmap with one example item, where `roadmap list` finds it.
enum InitCommand: Command {
    static let spec = CommandSpec(
        name: "init",
        summary: "Create roadmap/ROADMAP.md (or .rst) with one example item to edit; never overwrites a file.",
        usage: "[--format markdown|rst] [--dry-run]",
        options: [
            .option("--format", value: "FORMAT", help: "markdown (default; also md) or rst", choices: ["markdown", "rst"]),
            .flag("--dry-run", help: "print what would be written, and write nothing"),
        ],
        positionals: 0 ... 0,
        examples: [
            "roadmap init && roadmap list",
            "roadmap init --format rst --dry-run",
        ],
        discussion: "The example item has a title, a status field and a checklist of two deliverables. When roadmap/ROADMAP.md or .rst exists, or ROADMAP.md, ROADMAP.rst or docs/roadmap.* is already the roadmap here, nothing is written and init exits with 2."
    )

    static func run(_ args: ParsedArguments, console: Console) throws(UsageError) -> Int32 {
        let options = try InitOptions(args)
        let rst = options.format == .rst
        let path = rst ? "roadmap/ROADMAP.rst" : "roadmap/ROADMAP.md"
        let text = rst ? Self.rst : Self.markdown
        for existing in ["roadmap/ROADMAP.md", "roadmap/ROADMAP.rst"] where FileSystem.kind(of: existing) != .missing {
            throw UsageError(message: "\(existing) already exists; init does not overwrite it (nothing was written)", showsHelp: false)
        }
        // A ROADMAP.md beside roadmap/ would no longer be read by default: roadmap/ comes first.
        if let found = DocumentLoader.defaultPaths(), found != ["roadmap"] {
            throw UsageError(message: "\(found[0]) is already this directory's roadmap, and roadmap/ would hide it; nothing was written", showsHelp: false)
        }
        if options.dryRun {
            console.out(text)
            if !options.quiet { console.err("would have written \(path); nothing was written\n") }
            return ExitCode.success
        }
        if FileSystem.kind(of: "roadmap") == .missing {
            do { try FileSystem.makeDirectories("roadmap") } catch {
                console.error(error.description)
                return ExitCode.unreadable
            }
        }
        do { try AtomicFileWriter.write(Array(text.utf8), to: path, expecting: nil, creating: true) } catch {
            console.error(error.description)
            return ExitCode.unreadable
        }
        if !options.quiet { console.err("wrote \(path); `roadmap list` shows it\n") }
        return ExitCode.success
    }

    static let markdown = """
        # Roadmap

        What this project plans to build: one section per item, with its status and a
        checklist of deliverables. `roadmap list` shows them; `roadmap check first-item 2`
        ticks the second box.

        ## First Item

        status: in-progress

        What the item is about, in a sentence or two.

        - [x] A deliverable that is done
        - [ ] A deliverable still to do

        """

    static let rst = """
        =======
        Roadmap
        =======

        What this project plans to build: one section per item, with its status and a
        checklist of deliverables. ``roadmap list`` shows them; ``roadmap check first-item 2``
        ticks the second box.

        First Item
        ==========
        :status: in-progress

        What the item is about, in a sentence or two.

        - [x] A deliverable that is done
        - [ ] A deliverable still to do

        """
}
