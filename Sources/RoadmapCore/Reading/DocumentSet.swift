/// The documents a command works on, read from the paths it was given (or the default places).
public struct DocumentSet: Sendable {
    public var documents: [Document]
    /// Paths that could not be read, with why; the others were read all the same.
    public var errors: [ReadError]

    public init(documents: [Document] = [], errors: [ReadError] = []) {
        self.documents = documents
        self.errors = errors
    }

    /// Reads every document `paths` names (see `DocumentLoader.expand`); with no paths, the
    /// default roadmap of `directory`.
    /// With `onItem`, items are streamed (path, item) as they are read and documents come back
    /// without them: `list` on a 100,000-item roadmap holds one item at a time.
    public static func load(paths: [String], format: Format? = nil, directory: String = ".", detail: ReadingDetail = .full,
                            onItem: ((String, Item) -> Void)? = nil) -> DocumentSet {
        var set = DocumentSet()
        var given = paths
        if given.isEmpty {
            guard let found = DocumentLoader.defaultPaths(in: directory) else {
                set.errors.append(.noDefaultRoadmap(directory: directory))
                return set
            }
            given = found
        }
        let loader = DocumentLoader(format: format)
        var seen = Set<String>()  // a file named twice (or through two paths) is read once
        for path in given {
            let files: [String]
            do { files = try DocumentLoader.expand([path]) } catch { set.errors.append(error); continue }
            for file in files where seen.insert(FileSystem.realPath(file) ?? file).inserted {
                do {
                    let tree = try loader.syntax(path: file)
                    let sink = onItem.map { handler in { (item: Item) in handler(file, item) } }
                    set.documents.append(DocumentReader.read(tree, path: file, detail: detail, onItem: sink))
                } catch {
                    set.errors.append(error)
                }
            }
        }
        return set
    }
}
