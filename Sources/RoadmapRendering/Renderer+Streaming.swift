import RoadmapText
import RoadmapModel
import RoadmapSyntax
import RoadmapIO
import RoadmapReading

/// `render` to standard output, written as it is made: a large roadmap's conversion or page is
/// never held whole (its bytes are the same as `render`'s).
extension Renderer {
    /// Whether `render(streaming:_:write:)` can write this request's output: one document to
    /// standard output, converted to a dialect (or copied) or made into an HTML page without a
    /// board. Anything else (several documents, a portfolio, a summary, JSON, iCalendar, files)
    /// is made whole by `render`.
    public static func streams(_ sources: [SourceDocument], _ request: Request) -> Bool {
        guard sources.count == 1, request.destination == .standardOutput, !request.combine else { return false }
        switch request.target {
        case .dialect?, nil: return true
        case .html?: return !request.board
        case .json?, .summary?, .ics?: return false
        }
    }

    /// The one output of `request` (see `streams`), handed to `write` in pieces of about 64 KiB;
    /// the warnings `render` gives go to `warn` first.
    public static func render(streaming sources: consuming [SourceDocument], _ request: Request, warn: (RenderWarning) -> Void,
                              write: @escaping ([UInt8]) -> Void) throws(Failure) {
        precondition(streams(sources, request), "render(streaming:) takes what streams(_:_:) accepts")
        let source = sources.removeFirst()
        switch request.target {
        case .html?:
            HTMLRenderer.streamPage(source, title: request.title, stamp: request.stamp, write: write)
        case .dialect(let format)?:
            try convert(source, to: format, warn: warn, write: write)
        default:
            try convert(source, to: source.tree.format, warn: warn, write: write)
        }
    }

    private static func convert(_ s: SourceDocument, to target: Format, warn: (RenderWarning) -> Void,
                                write: @escaping ([UInt8]) -> Void) throws(Failure) {
        guard DocumentConverter.converts(from: s.tree.format, to: target) else { throw .cannotConvert(path: s.path, from: s.tree.format, to: target) }
        if let w = minutesWarning(s, target: target) { warn(w) }
        _ = DocumentConverter.convert(s.tree, to: target, write: write)
    }
}
