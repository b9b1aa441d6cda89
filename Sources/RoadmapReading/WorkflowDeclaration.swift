import RoadmapText
import RoadmapModel
import RoadmapSyntax
import RoadmapIO

/// Reading a workflow from a document's metadata: the `stages:` declaration (see `Workflow`).
/// Here rather than in the model, since a stage's name is read as section titles are.
extension Workflow {
    /// The metadata key that declares a workflow.
    public static let metadataKey = "stages"

    /// The workflow `metadata` declares, or nil when it declares none (or an empty one).
    public static func declared(in metadata: [Field]) -> Workflow? {
        metadata[metadataKey].flatMap(Workflow.init(declaration:))
    }

    /// Parses a declaration: `A / alias, B (in progress), C (done)`. Nil when it names no stage.
    ///
    /// A stage without a status in parentheses counts as its name reads (`Backlog`, `To Do`,
    /// `Coding In Progress`, `Delivered`); a name that reads as none counts as planned before
    /// the first stage in progress and in progress after it. Without a done stage, the last is.
    public init?(declaration: String) {
        var parsed: [(names: [String], marked: Status?)] = []
        for part in declaration.split(separator: ",") {
            var text = String(part).trimming(" \t")
            var marked: Status? = nil
            if text.hasSuffix(")"), let open = text.lastIndex(of: "("),
               let s = Status(text: String(text[text.index(after: open) ..< text.index(before: text.endIndex)]))
            {
                marked = s
                text = String(text[..<open]).trimming(" \t")
            }
            let names = text.split(separator: " / ").map { String($0).trimming(" \t") }.filter { !$0.isEmpty }
            guard !names.isEmpty else { continue }
            parsed.append((names, marked))
        }
        guard !parsed.isEmpty else { return nil }
        var stages: [Stage] = []
        var seenInProgress = false
        for p in parsed {
            let read = p.marked ?? p.names.lazy.compactMap(Self.status(readingName:)).first
            let status = read ?? (seenInProgress ? .inProgress : .planned)
            if status == .inProgress { seenInProgress = true }
            stages.append(Stage(name: p.names[0], aliases: Array(p.names.dropFirst()), status: status))
        }
        if !stages.contains(where: \.isDone) { stages[stages.count - 1].status = .done }
        self.init(stages: stages)
    }

    /// The status a stage's name says, if any: a status word, a status group title, or a name
    /// with "in progress" in it ("Coding In Progress").
    static func status(readingName name: String) -> Status? {
        if let s = Status(text: name) ?? HeadingVocabulary.groupStatus(title: name) { return s }
        let words = HeadingVocabulary.words(name)
        if words.contains("progress") || words.contains("wip") { return .inProgress }
        return nil
    }
}
