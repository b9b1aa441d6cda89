import RoadmapText
import RoadmapModel
import RoadmapSyntax
import RoadmapIO
import RoadmapReading

/// Something about a source document that a rendering cannot keep as it was: said on
/// standard error, while the output is still written.
public struct RenderWarning: Sendable, Equatable {
    public var path: String
    public var diagnostic: Diagnostic

    public init(path: String, diagnostic: Diagnostic) {
        self.path = path
        self.diagnostic = diagnostic
    }

    /// `path:line:column: warning: message`.
    public func formatted() -> String { diagnostic.formatted(path: path) }
}
