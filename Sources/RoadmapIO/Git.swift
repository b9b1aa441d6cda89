import RoadmapText

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads files as they were in a git revision, through the `git` command.
public enum Git {
    /// The bytes of `path` at `revision` (`git show REV:PATH`), or an `IOError` that says why.
    public static func show(revision: String, path: String) throws(IOError) -> [UInt8] {
        let spec = "\(revision):\(path)"
        let (status, output) = run(["git", "show", spec])
        guard status == 0 else {
            let inside = run(["git", "rev-parse", "--is-inside-work-tree"]).status == 0
            throw .unreadable(path: spec, reason: inside ? "git has no \(path) at \(revision)" : "not inside a git repository (git show needs one)")
        }
        return output
    }

    /// The bytes of `path` as last committed (`HEAD`), or nil outside a repository, when git is
    /// missing or the file was never committed.
    public static func committed(_ path: String) -> [UInt8]? {
        let slash = path.lastIndex(of: "/")
        let directory = slash.map { String(path[..<$0]) } ?? "."
        let name = slash.map { String(path[path.index(after: $0)...]) } ?? path
        let (status, output) = run(["git", "-C", directory.isEmpty ? "/" : directory, "show", "HEAD:./\(name)"])
        return status == 0 ? output : nil
    }

    /// The commits that changed `path`, oldest first, as (hash, yyyy-mm-dd), following renames.
    public static func commits(touching path: String) throws(IOError) -> [(commit: String, date: String)] {
        let (status, output) = run(["git", "log", "--follow", "--format=%H %cs", "--", path])
        guard status == 0 else {
            let inside = run(["git", "rev-parse", "--is-inside-work-tree"]).status == 0
            throw .unreadable(path: path, reason: inside ? "git has no history for it" : "not inside a git repository (roadmap log reads git history)")
        }
        let lines = String(decoding: output, as: UTF8.self).split(separator: "\n")
        return lines.compactMap { line in
            let parts = line.split(separator: " ")
            return parts.count == 2 ? (String(parts[0]), String(parts[1])) : nil
        }.reversed()
    }

    /// Runs a command (no shell involved in the arguments: each is quoted), returning its exit
    /// status and standard output; standard error is discarded.
    static func run(_ arguments: [String]) -> (status: Int32, output: [UInt8]) {
        let command = arguments.map { "'" + $0.replacingAll("'", with: "'\\''") + "'" }.joined(separator: " ") + " 2>/dev/null"
        guard let pipe = popen(command, "r") else { return (-1, []) }
        var output: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 65536)
        while true {
            let n = fread(&buffer, 1, buffer.count, pipe)
            if n <= 0 { break }
            output.append(contentsOf: buffer[0 ..< n])
        }
        let status = pclose(pipe)
        return (status == 0 ? 0 : 1, output)
    }
}
