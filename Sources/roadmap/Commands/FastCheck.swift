import RoadmapCore

/// `check`/`uncheck ITEM [DELIVERABLE...] -f FILE` on the fast path (`CheckFastPath`): the same
/// bytes, output and exit code as `EditSupport.run`, without reading the whole model. Taken
/// only for one named file; nil whenever the ordinary path must decide.
enum FastCheck {
    static func run(_ checked: Bool, _ args: ParsedArguments, console: Console) throws(UsageError) -> Int32? {
        let options = try EditOptions(args)
        guard options.files.count == 1, let path = options.files.first, path != DocumentLoader.standardInput,
              (try? DocumentLoader.expand([path])) == [path],
              let result = CheckFastPath.attempt(checked, query: args.positionals[0], selectors: Array(args.positionals.dropFirst()),
                                                 all: args.has("--all"), path: path, format: options.inputFormat,
                                                 select: { query, document in (try? ItemSelector.select(query, in: [document]))?.item })
        else { return nil }
        var prepared: CheckFastPath.Prepared
        switch consume result {  // so that the bytes are held once, and patched in place
        case .failure(let error):
            console.error(error.description)
            return error.isFileProblem ? ExitCode.unreadable : ExitCode.usage
        case .success(let p): prepared = p
        }
        let edit = prepared.edit  // before writing, which makes the patches in place
        let diff = options.dryRun ? prepared.diff() : nil
        if let diff {
            if !options.json { console.out(diff) }
        } else {
            do { try prepared.write() } catch {
                console.error(error.description)
                return error.isFileProblem ? ExitCode.unreadable : ExitCode.usage
            }
        }
        EditSupport.report(edit.changes, path: path, written: !options.dryRun && !edit.patches.isEmpty, verified: edit.isVerified,
                           diff: diff, options, console: console)
        return ExitCode.success
    }
}
