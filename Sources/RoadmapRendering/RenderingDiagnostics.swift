import RoadmapText
import RoadmapModel
import RoadmapSyntax
import RoadmapIO
import RoadmapReading

/// The ids of the warnings rendering reports.
extension Diagnostic.ID {
    /// Documents combined into one define the same link target differently.
    public static let targetInTwoDocuments = Self("target-in-two-documents")
    /// Plain-text minutes converted to RST or Markdown keep their text, not their meeting.
    public static let minutesAsPlainText = Self("minutes-as-plain-text")
    /// A meeting cadence not known to the day gets no event in an iCalendar file.
    public static let cadenceNotToTheDay = Self("cadence-not-to-the-day")
}
