import RoadmapText
import RoadmapModel
import RoadmapSyntax
import RoadmapIO
import RoadmapReading

/// What `roadmap render` makes of a set of documents: the bytes of each output and where it goes.
public enum Renderer {
    /// What to render, and where.
    public struct Request: Sendable {
        public enum Target: Sendable, Equatable {
            /// A document dialect: a copy in the document's own, a conversion otherwise.
            case dialect(Format)
            /// One self-contained page.
            case html
            /// The `roadmap export` schema.
            case json
            /// A Markdown progress table.
            case summary
            /// An iCalendar file of the meetings and their cadences.
            case ics
        }

        public enum Destination: Sendable, Equatable {
            case standardOutput
            /// One file: several documents are combined into it.
            case file(String)
            /// One file per document, named after it.
            case directory(String)
        }

        /// nil: every document in its own dialect.
        public var target: Target?
        public var destination: Destination
        /// One output for every document (a portfolio), even on standard output.
        public var combine: Bool
        /// The combined document's or the page's title.
        public var title: String?
        /// A line saying when an HTML page was rendered.
        public var stamp: String?
        /// The day an iCalendar file's recurring events count from when a document dates no meeting.
        public var from: CalendarDay?
        /// A kanban board at the top of an HTML page.
        public var board: Bool = false

        public init(target: Target? = nil, destination: Destination = .standardOutput, combine: Bool = false, title: String? = nil, stamp: String? = nil,
                    from: CalendarDay? = nil)
        {
            self.target = target
            self.destination = destination
            self.combine = combine
            self.title = title
            self.stamp = stamp
            self.from = from
        }
    }

    /// One output: its path (nil for standard output) and its bytes.
    public struct Output: Sendable, Equatable {
        public var path: String?
        public var bytes: [UInt8]

        public init(path: String?, bytes: [UInt8]) {
            self.path = path
            self.bytes = bytes
        }
    }

    /// Why a request cannot be rendered.
    public enum Failure: Error, Equatable, Sendable, CustomStringConvertible {
        case cannotConvert(path: String, from: Format, to: Format)
        /// `--combine` makes one output; a directory takes one per document.
        case combineIntoDirectory(String)
        /// Documents in several dialects, combined without saying into which.
        case combineNeedsDialect
        /// Two outputs would go to the same file (documents of the same name from two folders).
        case sameOutput(path: String, sources: [String])
        /// An output would replace a source document with something else.
        case wouldOverwriteSource(path: String)

        public var description: String {
            switch self {
            case .cannotConvert(let path, let from, let to):
                "\(path): converting \(from.rawValue) to \(to.rawValue) is not supported; rst, markdown and text convert to markdown and rst, and everything renders to html and json"
            case .combineIntoDirectory(let dir):
                "--combine writes one document, and \(dir) is a directory; name a file with -o, or drop --combine for one file per document"
            case .combineNeedsDialect:
                "say which dialect the combined document is in: --to markdown or --to rst (its documents are in several, or in plain text)"
            case .sameOutput(let path, let sources):
                "\(sources.joined(separator: " and ")) would both be written to \(path); render them into different folders, or into one file with -o FILE"
            case .wouldOverwriteSource(let path):
                "\(path) is one of the documents being rendered; writing there would replace it: choose another -o"
            }
        }
    }

    /// The outputs for `sources`, and warnings about what a combined document could not keep.
    /// The sources are consumed: a page or an export reads each document and lets its syntax
    /// tree go before reading the next, so a large roadmap is not held twice.
    public static func render(_ sources: consuming [SourceDocument], _ request: Request) throws(Failure) -> (outputs: [Output], warnings: [RenderWarning]) {
        guard request.destination != .standardOutput else { return try outputs(sources, request) }
        let origins = sources.map { (path: $0.path, real: FileSystem.resolvedPath($0.path), format: $0.tree.format) }
        let result = try outputs(sources, request)
        try checkDestinations(result.outputs, request: request, origins: origins)
        return result
    }

    /// Refuses outputs that would replace a source document (other than by an identical copy)
    /// or each other: rendering must never lose a document.
    private static func checkDestinations(_ outputs: [Output], request: Request, origins: [(path: String, real: String, format: Format)]) throws(Failure) {
        var written: [String: String] = [:]  // real output path → the source it renders
        for (k, o) in outputs.enumerated() {
            guard let path = o.path else { continue }
            let real = FileSystem.resolvedPath(path)
            let from = outputs.count == origins.count ? origins[k].path : origins.map(\.path).joined(separator: ", ")
            if let source = origins.firstIndex(where: { $0.real == real }) {
                // A document copied onto itself in its own dialect is left as it is.
                let copy = !request.combine && outputs.count == origins.count && k == source
                    && (request.target == nil || request.target == .dialect(origins[k].format))
                if !copy { throw .wouldOverwriteSource(path: path) }
            }
            if let other = written[real] { throw .sameOutput(path: path, sources: [other, from]) }
            written[real] = from
        }
    }

    private static func outputs(_ sources: consuming [SourceDocument], _ request: Request) throws(Failure) -> (outputs: [Output], warnings: [RenderWarning]) {
        let single: String? = if case .file(let path) = request.destination { path } else { nil }
        let directory: String? = if case .directory(let dir) = request.destination { dir } else { nil }

        switch request.target {
        case .summary:
            let documents = read(&sources, detail: .outline)
            return ([Output(path: single ?? directory.map { $0 + "/roadmap-summary.md" }, bytes: utf8Bytes(SummaryRenderer.markdown(documents)))], [])
        case .ics:
            var calendars: [ICSRenderer.Calendar] = []
            var title = request.title
            let one = sources.count == 1
            sources.reverse()
            while let s = sources.popLast() {
                let d = s.document()
                if title == nil, one { title = d.title }
                calendars.append(ICSRenderer.Calendar(path: s.path, meetings: d.meetings, cadences: CadenceFinder.cadences(in: s.tree, title: d.title)))
            }
            let start = request.from ?? CalendarDay(dayNumber: 0)
            let result = ICSRenderer.render(calendars, title: title ?? "Meetings", start: start)
            return ([Output(path: single ?? directory.map { $0 + "/meetings.ics" }, bytes: utf8Bytes(result.text))], result.warnings)
        case .json:
            let documents = read(&sources)
            return ([Output(path: single ?? directory.map { $0 + "/roadmap.json" }, bytes: utf8Bytes(JSONRenderer.render(documents)))], [])
        case .html:
            // One page for everything, unless a directory takes a page per document.
            if let directory, !request.combine {
                return (sources.map { s in
                    let d = [s.document()]
                    return Output(path: inDirectory(directory, s, ext: "html"), bytes: HTMLRenderer.pageBytes(d, title: request.title, stamp: request.stamp, board: board(d, request)))
                }, [])
            }
            let documents = read(&sources)
            return ([Output(path: single ?? directory.map { $0 + "/roadmap.html" },
                            bytes: HTMLRenderer.pageBytes(documents, title: request.title, stamp: request.stamp, board: board(documents, request)))], [])
        case .dialect(let format)?:
            return try dialect(sources, format: format, request: request, single: single, directory: directory)
        case nil:
            return try dialect(sources, format: nil, request: request, single: single, directory: directory)
        }
    }

    /// The board of an HTML page, when asked for: the columns `roadmap board` shows.
    private static func board(_ documents: [Document], _ request: Request) -> [HTMLBoard.Column]? {
        guard request.board else { return nil }
        return BoardRenderer.columns(documents).map { HTMLBoard.Column(name: $0.stage.name, done: $0.stage.isDone, cards: $0.cards) }
    }

    /// Where a document's output goes in `dir`: its own name, with `ext` when converted.
    private static func inDirectory(_ dir: String, _ source: SourceDocument, ext: String?) -> String {
        let name = source.path.split(separator: "/").last.map(String.init) ?? source.path
        return dir + "/" + (ext.map { replacingExtension(of: name, with: $0) } ?? name)
    }

    private static func dialect(_ sources: [SourceDocument], format: Format?, request: Request, single: String?,
                                directory: String?) throws(Failure) -> (outputs: [Output], warnings: [RenderWarning]) {
        for s in sources where !DocumentConverter.converts(from: s.tree.format, to: format ?? s.tree.format) {
            throw .cannotConvert(path: s.path, from: s.tree.format, to: format!)
        }
        // Several documents into one file, or asked to: a portfolio.
        if request.combine || (single != nil && sources.count > 1) {
            if let directory { throw .combineIntoDirectory(directory) }
            let dialects = Set(sources.map(\.tree.format))
            guard let target = format ?? (dialects.count == 1 ? dialects.first : nil), target != .text else { throw .combineNeedsDialect }
            // Every source converts (checked above), so only a plain-text target has no portfolio.
            guard let result = PortfolioWriter.combine(sources, to: target, title: request.title ?? "Roadmap") else { throw .combineNeedsDialect }
            return ([Output(path: single, bytes: utf8Bytes(result.text))], result.warnings)
        }
        var outputs: [Output] = []
        var warnings: [RenderWarning] = []
        for s in sources {
            let target = format ?? s.tree.format
            if let w = minutesWarning(s, target: target) { warnings.append(w) }
            // Checked above: every source converts.
            let bytes = DocumentConverter.convert(s.tree, to: target) ?? []
            let path = directory.map { inDirectory($0, s, ext: target == s.tree.format ? nil : DocumentConverter.fileExtension(of: target)) } ?? single
            outputs.append(Output(path: path, bytes: bytes))
        }
        return (outputs, warnings)
    }

    /// What a copy of plain-text minutes in `target` does not keep; nil for anything else.
    static func minutesWarning(_ s: SourceDocument, target: Format) -> RenderWarning? {
        guard s.tree.format == .text, target != .text, MinutesReader.isMinutes(s.tree.source) else { return nil }
        return RenderWarning(path: s.path, diagnostic: Diagnostic(.warning, .minutesAsPlainText, line: 1,
            "minutes in plain text are read by their shape; the \(target == .rst ? "RST" : "Markdown") copy keeps their text, not the meeting (date, attendees, action items)"))
    }

    /// Reads every source into the model, emptying `sources` as it goes.
    private static func read(_ sources: inout [SourceDocument], detail: ReadingDetail = .full) -> [Document] {
        var documents: [Document] = []
        sources.reverse()
        while let source = sources.popLast() { documents.append(source.document(detail: detail)) }
        return documents
    }

    /// `ROADMAP.rst` → `ROADMAP.md`.
    public static func replacingExtension(of name: String, with ext: String) -> String {
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return name + "." + ext }
        return String(name[..<dot]) + "." + ext
    }
}

/// A rendered page's bytes, copied at once from the string's storage: `Array(text.utf8)` goes
/// byte by byte, a tenth of `render --to html` on a large roadmap.
extension Renderer {
    static func utf8Bytes(_ text: String) -> [UInt8] {
        var text = text
        return text.withUTF8 { Array($0) }
    }
}
