import RoadmapText
import RoadmapModel
import RoadmapSyntax
import RoadmapIO
import RoadmapReading

/// The versions of a roadmap that git keeps: a file as it was in a revision (`diff REV:PATH`)
/// and every committed version of a file (`log`), read into the model.
public enum GitVersions {
    /// The document `name` names: a file, or `REV:PATH` read through `git show` when no such
    /// file exists. `format` reads it as that dialect instead of detecting it.
    public static func document(_ name: String, format: Format? = nil) throws(ReadError) -> Document {
        if FileSystem.kind(of: name) == .missing, let colon = name.firstIndex(of: ":"), colon != name.startIndex {
            let rev = String(name[..<colon]), path = String(name[name.index(after: colon)...])
            let bytes: [UInt8]
            do { bytes = try Git.show(revision: rev, path: path) } catch { throw ReadError(error) }
            // The dialect comes from the path in the revision: `REV:` is no part of the name.
            let loader = DocumentLoader(format: format ?? FormatDetector.detect(path: path, bytes: bytes))
            return DocumentReader.read(try loader.syntax(bytes: bytes, path: name), path: name)
        }
        return try DocumentLoader(format: format).document(path: name)
    }

    /// Every committed version of `path`, oldest first, following renames. A version git cannot
    /// show or that does not read (binary, not UTF-8) is left out: history is read as it is.
    /// Throws when git has no history for the file or there is no repository.
    public static func versions(of path: String, format: Format? = nil) throws(IOError) -> [History.Version] {
        var versions: [History.Version] = []
        // `./` makes the path relative to this directory for `git show`, as it is for `git log`.
        let gitPath = path.hasPrefix("/") ? path : "./" + path
        for (commit, date) in try Git.commits(touching: path) {
            guard let bytes = try? Git.show(revision: commit, path: gitPath) else { continue }
            let loader = DocumentLoader(format: format ?? FormatDetector.detect(path: path, bytes: bytes))
            guard let tree = try? loader.syntax(bytes: bytes, path: path) else { continue }
            versions.append(History.Version(commit: commit, date: date, document: DocumentReader.read(tree, path: path)))
        }
        return versions
    }
}
