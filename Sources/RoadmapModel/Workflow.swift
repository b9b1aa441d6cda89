import RoadmapText

/// The stages a document's items move through, in order, and which of them count as done.
///
/// A document declares its own in its metadata, one `stages:` field (an RST field list under
/// the title, a Markdown front matter or `Stages:` line before the first heading):
///
///     :stages: Vetting Backlog / To Do, Being Vetted / Groomed, Prioritized, Development Ready,
///              Coding In Progress, Code Committed, Delivered (done)
///
/// Stages are separated by commas; ` / ` gives a stage other names (aliases); a status in
/// parentheses says how the stage counts where only a status matters (`(backlog)`, `(planned)`,
/// `(in progress)`, `(done)`). A document that declares nothing has `standard`: today's four
/// statuses.
public struct Workflow: Sendable, Equatable, Codable {
    /// One stage: its name, the other names documents write it by, and how it counts.
    public struct Stage: Sendable, Equatable, Hashable, Codable {
        public var name: String
        public var aliases: [String]
        /// The status an item in this stage has (`--status open`, summaries, progress).
        public var status: Status

        public init(name: String, aliases: [String] = [], status: Status) {
            self.name = name
            self.aliases = aliases
            self.status = status
        }

        /// Whether an item in this stage is finished.
        public var isDone: Bool { status == .done }

        /// Whether `text` names this stage (its name or an alias, in any case, spaces, `-` and
        /// `_` alike: `in-progress` is `In Progress`).
        public func isNamed(_ text: String) -> Bool {
            let key = Workflow.key(text)
            return Workflow.key(name) == key || aliases.contains { Workflow.key($0) == key }
        }
    }

    /// The stages, first to last.
    public var stages: [Stage]
    /// Whether the document declared them (false for `standard`).
    public var isDeclared: Bool

    public init(stages: [Stage], isDeclared: Bool = true) {
        self.stages = stages
        self.isDeclared = isDeclared
    }

    /// The workflow of documents that declare none: backlog, planned, in progress, done.
    public static let standard = Workflow(stages: [Status.backlog, .planned, .inProgress, .done].map { Stage(name: $0.rawValue, status: $0) },
                                          isDeclared: false)

    /// The stage `text` names (a name or an alias), or nil.
    public func stage(named text: String) -> Stage? {
        stages.first { $0.isNamed(text) }
    }

    /// The first stage with `status`; for a status no stage has, the nearest one by how far
    /// along it is (a workflow without a backlog stage puts backlog items in its first).
    public func stage(for status: Status) -> Stage {
        if let s = stages.first(where: { $0.status == status }) { return s }
        switch status {
        case .backlog, .planned: return stages.first { !$0.isDone } ?? stages[0]
        case .inProgress: return stages.first { $0.status == .planned } ?? stages.first { !$0.isDone } ?? stages[0]
        case .done: return stages[stages.count - 1]
        }
    }

    /// The stage an item is in: the one its `status` (or `stage`) field names, else the one the
    /// innermost group section around it names, else the first stage of its status.
    public func stage(of item: Item) -> Stage {
        explicitStage(of: item) ?? stage(for: item.status)
    }

    /// The stage an item's field or group names, if any.
    public func explicitStage(of item: Item) -> Stage? {
        for key in ["status", "stage"] {
            if let value = item.fields[key], let s = stage(named: value) { return s }
        }
        for group in item.groups.reversed() {
            if let s = stage(named: group) { return s }
        }
        return nil
    }

    /// The position of the stage `text` names, first 0; nil when no stage has that name.
    public func index(of text: String) -> Int? {
        stages.firstIndex { $0.isNamed(text) }
    }

    /// The place of stage `name` (a stage of this workflow, or a standard stage such as
    /// `planned`, placed by its status); nil when neither.
    public func rank(ofStage name: String) -> Int? {
        if let k = index(of: name) { return k }
        guard let status = Workflow.standard.stage(named: name)?.status else { return nil }
        return stages.firstIndex(of: stage(for: status))
    }

    /// The stage of this workflow an item goes in: the one its stage names, else the first of
    /// its status (an item of a document with other stages, or none).
    public func column(of item: Item) -> Stage {
        stage(named: item.stageName) ?? stage(for: item.status)
    }

    /// Whether `item` is in the stage `text` names: its declared stage by name, or (in a
    /// document without declared stages, or for a standard stage name) its status.
    /// Whether `item` is in the stage `text` names in `workflow`, its document's: by the stage's
    /// name or another name the declaration gives it (`To Do` for Vetting Backlog).
    public static func isIn(_ item: Item, stage text: String, of workflow: Workflow?) -> Bool {
        if let workflow, let stage = workflow.stage(named: text), let itemStage = item.stage { return key(itemStage) == key(stage.name) }
        return isIn(item, stage: text)
    }

    public static func isIn(_ item: Item, stage text: String) -> Bool {
        if let stage = item.stage, key(stage) == key(text) { return true }
        if let standard = Workflow.standard.stage(named: text) {
            return item.stage == nil ? item.status == standard.status : false
        }
        return false
    }

    /// The workflow of documents read together: the stages each declares, in the order they
    /// come (a stage two documents declare is one); `standard` when none declares any.
    public static func portfolio(_ documents: [Document]) -> Workflow {
        let declared = documents.compactMap(\.declaredWorkflow)
        guard var merged = declared.first else { return .standard }
        for w in declared.dropFirst() {
            for s in w.stages where merged.stage(named: s.name) == nil { merged.stages.append(s) }
        }
        return merged
    }

    /// A stage name as compared: lower case, runs of spaces, `-` and `_` as one space.
    package static func key(_ text: String) -> String {
        text.lowercased().split(whereSeparator: { $0 == " " || $0 == "-" || $0 == "_" || $0 == "\t" }).joined(separator: " ")
    }

    /// The stage names and aliases, for suggestions.
    public var names: [String] { stages.flatMap { [$0.name] + $0.aliases } }
}
