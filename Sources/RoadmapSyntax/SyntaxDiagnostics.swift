import RoadmapText
import RoadmapModel

/// The ids of the diagnostics the scanners report.
extension Diagnostic.ID {
    /// An RST title's underline (or overline) is shorter than its text.
    public static let shortAdornment = Self("short-adornment")
    /// An RST title's overline and underline differ in length.
    public static let adornmentMismatch = Self("adornment-mismatch")
    /// A Markdown code fence runs to the end of the document.
    public static let unclosedFence = Self("unclosed-fence")
    /// A Markdown HTML comment runs to the end of the document.
    public static let unclosedComment = Self("unclosed-comment")
}
