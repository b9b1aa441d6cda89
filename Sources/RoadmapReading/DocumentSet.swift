import RoadmapText
import RoadmapModel
import RoadmapSyntax
import RoadmapIO

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
    /// `onHead` gets each document's head before its items stream (see `DocumentReader.read`),
    /// `onDocument` the document once read (without its items when they streamed).
    public static func load(paths: [String], format: Format? = nil, directory: String = ".", detail: ReadingDetail = .full,
                            onItem: ((String, Item) -> Void)? = nil, onHead: ((Document) -> Void)? = nil,
                            onDocument: ((Document) -> Void)? = nil) -> DocumentSet {
        var set = DocumentSet()
        // One document at a time: its syntax tree is dropped once it is read.
        set.errors = scan(paths: paths, format: format, directory: directory) { source in
            let sink = onItem.map { handler in { (item: Item) in handler(source.path, item) } }
            let document = DocumentReader.read(source.tree, path: source.path, detail: detail, onItem: sink, onHead: onHead)
            onDocument?(document)
            set.documents.append(document)
        }
        return set
    }

    /// Scans every document `paths` names into syntax trees, for work that needs the source
    /// itself (converting it to another dialect) and perhaps the model too, without reading
    /// the file twice.
    public static func sources(paths: [String], format: Format? = nil, directory: String = ".") -> (sources: [SourceDocument], errors: [ReadError]) {
        var sources: [SourceDocument] = []
        let errors = scan(paths: paths, format: format, directory: directory) { sources.append($0) }
        return (sources, errors)
    }

    /// Calls `body` with each file's syntax tree, in order; returns the paths that failed.
    private static func scan(paths: [String], format: Format?, directory: String, _ body: (SourceDocument) -> Void) -> [ReadError] {
        var errors: [ReadError] = []
        var given = paths
        if given.isEmpty {
            guard let found = DocumentLoader.defaultPaths(in: directory) else { return [.noDefaultRoadmap(directory: directory)] }
            given = found
        }
        let loader = DocumentLoader(format: format)
        for expanded in DocumentLoader.distinctFiles(given) {
            let files: [String]
            do { files = try expanded.get() } catch { errors.append(error); continue }
            for file in files {
                do { body(SourceDocument(path: file, tree: try loader.syntax(path: file))) } catch { errors.append(error) }
            }
        }
        return errors
    }
}

/// A document as scanned, before it is read into the model: its path and syntax tree.
public struct SourceDocument: Sendable {
    public var path: String
    public var tree: SyntaxTree

    public init(path: String, tree: SyntaxTree) {
        self.path = path
        self.tree = tree
    }

    /// The model, read from the tree.
    public func document(detail: ReadingDetail = .full) -> Document {
        DocumentReader.read(tree, path: path, detail: detail)
    }
}
