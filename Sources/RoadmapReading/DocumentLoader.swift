import RoadmapText
import RoadmapModel
import RoadmapSyntax
import RoadmapIO
import Dispatch

/// Reads documents from disk: checks the bytes are text, picks the dialect, reads the model.
public struct DocumentLoader: Sendable {
    /// The largest document read (1 GiB): far beyond any real roadmap, small enough to stay safe.
    public static let maximumSize = 1 << 30
    /// Extensions of the files a directory is searched for.
    public static let extensions: Set<String> = ["rst", "rest", "md", "markdown", "mdown", "mkd", "mkdn", "mdx", "txt"]

    /// A dialect to use instead of detecting one.
    public var format: Format?

    public init(format: Format? = nil) {
        self.format = format
    }

    /// The path that names standard input (`roadmap list -`), as `cat` and `grep` take it.
    public static let standardInput = "-"

    /// Reads one file (or standard input, for `-`) into a syntax tree.
    public func syntax(path: String) throws(ReadError) -> SyntaxTree {
        let bytes: [UInt8]
        do {
            bytes = path == Self.standardInput ? try FileSystem.readStandardInput(limit: Self.maximumSize)
                : try FileSystem.readFile(path, limit: Self.maximumSize)
        } catch { throw ReadError(error) }
        return try syntax(bytes: bytes, path: path)
    }

    /// Checks `bytes` are text and scans them.
    public func syntax(bytes: [UInt8], path: String) throws(ReadError) -> SyntaxTree {
        if let nul = bytes.prefix(8192).firstIndex(of: 0), nul >= 0 { throw .binary(path: path) }
        // Validating the UTF-8 and building the line table are independent passes over the
        // bytes: on a large document they run side by side.
        let validation = Slots<Int?>(count: 1, value: nil)
        let text = Slots<SourceText?>(count: 1, value: nil)
        if bytes.count >= 1 << 20 {
            DispatchQueue.concurrentPerform(iterations: 2) { k in
                if k == 0 { validation[0] = UTF8Validation.firstInvalidByte(bytes) } else { text[0] = SourceText(bytes: bytes) }
            }
        } else {
            validation[0] = UTF8Validation.firstInvalidByte(bytes)
            if validation[0] == nil { text[0] = SourceText(bytes: bytes) }
        }
        if let bad = validation[0] {
            throw .invalidUTF8(path: path, location: (text[0] ?? SourceText(bytes: bytes)).location(ofByte: bad))
        }
        let f = format ?? FormatDetector.detect(path: path, bytes: bytes)
        return SyntaxTree.parse(text[0]!, as: f)
    }

    /// Reads one file into a `Document`.
    public func document(path: String) throws(ReadError) -> Document {
        DocumentReader.read(try syntax(path: path), path: path)
    }

    /// The documents a list of paths names: files as given, directories searched for files with
    /// a roadmap extension. With no paths, the default places (see `defaultPaths`).
    public static func expand(_ paths: [String], in directory: String = ".") throws(ReadError) -> [String] {
        var out: [String] = []
        for path in paths {
            if path == standardInput {
                out.append(path)
                continue
            }
            switch FileSystem.kind(of: path) {
            case .missing: throw .notFound(path: path)
            case .directory:
                let found = FileSystem.files(under: path).filter { p in
                    guard let dot = p.lastIndex(of: "."), !p[dot...].contains("/") else { return false }
                    return extensions.contains(String(p[p.index(after: dot)...]).lowercased())
                }
                if found.isEmpty { throw .noDocuments(path: path) }
                out.append(contentsOf: found)
            default:
                out.append(path)
            }
        }
        return out
    }

    /// Each of `paths` expanded (see `expand`) to the files no earlier path named: a file named
    /// twice, or through a link or another relative path, is one document, read and edited once.
    /// One result per path, in order: its new files, or why it could not be expanded, so that a
    /// command can go on with the other paths or stop at the first error.
    public static func distinctFiles(_ paths: [String]) -> [Result<[String], ReadError>] {
        var seen = Set<String>()
        return paths.map { path in
            Result { () throws(ReadError) in try expand([path]) }
                .map { files in files.filter { seen.insert(FileSystem.realPath($0) ?? $0).inserted } }
        }
    }

    /// Where a roadmap is looked for when no path is given: `roadmap/`, `ROADMAP.md`,
    /// `ROADMAP.rst`, `docs/roadmap.*`, in that order; the first that exists wins.
    public static func defaultPaths(in directory: String = ".") -> [String]? {
        func join(_ name: String) -> String { directory == "." ? name : directory + "/" + name }
        if FileSystem.kind(of: join("roadmap")) == .directory { return [join("roadmap")] }
        for name in ["ROADMAP.md", "ROADMAP.rst", "ROADMAP.txt", "roadmap.md", "roadmap.rst"] where FileSystem.kind(of: join(name)) == .file {
            return [join(name)]
        }
        if FileSystem.kind(of: join("docs")) == .directory {
            let found = FileSystem.files(under: join("docs")).filter { p in
                let base = p.split(separator: "/").last.map(String.init) ?? p
                return base.lowercased().hasPrefix("roadmap.") && extensions.contains(String(base.split(separator: ".").last ?? "").lowercased())
            }
            if let first = found.first { return [first] }
        }
        return nil
    }
}

/// UTF-8 validation in one pass (overlong forms, surrogates and values past U+10FFFF rejected).
public enum UTF8Validation {
    /// Offset of the first byte that does not start a valid sequence, or nil when all is valid.
    public static func firstInvalidByte(_ bytes: [UInt8]) -> Int? {
        bytes.withUnsafeBufferPointer { b -> Int? in
            let n = b.count
            var i = 0
            while i < n {
                // Eight ASCII bytes at a time: most documents are mostly ASCII.
                if i + 8 <= n {
                    let word = UnsafeRawPointer(b.baseAddress! + i).loadUnaligned(as: UInt64.self)
                    if word & 0x8080_8080_8080_8080 == 0 { i += 8; continue }
                }
                let c = b[i]
                if c < 0x80 { i += 1; continue }
                var need = 0
                var min: UInt32 = 0
                var v: UInt32 = 0
                if c & 0xE0 == 0xC0 { need = 1; min = 0x80; v = UInt32(c & 0x1F) }
                else if c & 0xF0 == 0xE0 { need = 2; min = 0x800; v = UInt32(c & 0x0F) }
                else if c & 0xF8 == 0xF0 { need = 3; min = 0x10000; v = UInt32(c & 0x07) }
                else { return i }
                guard i + need < n else { return i }
                for k in 1 ... need {
                    let cc = b[i + k]
                    guard cc & 0xC0 == 0x80 else { return i }
                    v = v << 6 | UInt32(cc & 0x3F)
                }
                if v < min || v > 0x10FFFF || (v >= 0xD800 && v <= 0xDFFF) { return i }
                i += need + 1
            }
            return nil
        }
    }
}
