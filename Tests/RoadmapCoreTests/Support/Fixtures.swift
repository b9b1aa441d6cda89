import RoadmapCore

/// Test documents: copies of the seeds in Fixtures/, and the shared corpus when it is beside the checkout.
enum Fixtures {
    /// This file's folder, found from the compile-time path (no bundle resources needed).
    static let directory: String = {
        let file = "\(#filePath)"
        let support = file[..<file.lastIndex(of: "/")!]
        return String(support[..<support.lastIndex(of: "/")!]) + "/Fixtures"
    }()

    static let packageRoot: String = {
        var d = directory
        for _ in 0 ..< 3 { d = String(d[..<d.lastIndex(of: "/")!]) }
        return d
    }()

    static func path(_ name: String) -> String { directory + "/" + name }

    static let seedNames = [
        "000_cd62a6579c4ad6d6.txt", "001_6ef8e799ee81f698.txt", "002_0fef2d175ffa4798.txt",
        "003_31d8104eb97a307f.txt", "004_a71db34335c8e61e.txt",
    ]

    static func seed(_ number: Int) throws -> Document {
        try DocumentLoader().document(path: path(seedNames[number]))
    }

    static func bytes(_ name: String) throws -> [UInt8] {
        try FileSystem.readFile(path(name), limit: DocumentLoader.maximumSize)
    }

    /// Every fixture file.
    static var all: [String] { FileSystem.files(under: directory) }

    /// `../shared/corpus` beside the checkout, if it is there.
    static var corpusFiles: [String] {
        let corpus = packageRoot + "/../shared/corpus"
        guard FileSystem.kind(of: corpus) == .directory else { return [] }
        return FileSystem.files(under: corpus).filter { !$0.hasSuffix(".tsv") }
    }
}

/// Reads a document given as text, the way tests write their examples.
func read(_ text: String, as format: Format, path: String = "test") -> Document {
    DocumentReader.read(SyntaxTree.parse(SourceText(text), as: format), path: path)
}

extension Document {
    func item(_ id: String) -> Item? { items.first { $0.id == id } }
}
