import RoadmapText

/// The fields a document's items are vetted by, as its metadata declares them:
///
///     :releases: Ocata, Pike, Queens
///     :field type: Debt, New, Bug, Open-sourcing
///     :field size: S, M, L, XL
///     :field target: release
///     :field components: text
///     :required at Development Ready: type, size, target
///
/// `field KEY` gives the values KEY may take: a list (any case), `release` (one of
/// `releases:`), or `text` (anything). `required at STAGE` names the fields an item must have
/// from that stage on (in it and every later stage).
public struct Vetting: Sendable, Equatable, Codable {
    /// What a field may hold.
    public enum Values: Sendable, Equatable, Codable {
        case oneOf([String])
        case release
        case text
    }

    /// One declared field.
    public struct Rule: Sendable, Equatable, Codable {
        public var key: String
        public var values: Values
    }

    public var rules: [Rule]
    /// The release names `release` fields take, in order.
    public var releases: [String]
    /// Fields required from a stage on: the stage's name and the keys.
    public var required: [(stage: String, keys: [String])] {
        get { requirements.map { ($0.stage, $0.keys) } }
        set { requirements = newValue.map { Requirement(stage: $0.stage, keys: $0.keys) } }
    }
    /// `required` as stored: tuples are neither Codable nor Equatable.
    private var requirements: [Requirement] = []

    private struct Requirement: Hashable, Sendable, Codable {
        var stage: String
        var keys: [String]
    }

    /// The vetting `metadata` declares, or nil when it declares no field and no requirement.
    public static func declared(in metadata: [Field]) -> Vetting? {
        var rules: [Rule] = []
        var releases: [String] = []
        var required: [(String, [String])] = []
        for f in metadata {
            let key = f.key.lowercased().split(separator: " ").joined(separator: " ")
            let list = f.value.split(separator: ",").map { String($0).trimming(" \t") }.filter { !$0.isEmpty }
            if key == "releases" {
                releases = list
            } else if key.hasPrefix("field "), !list.isEmpty {
                let name = String(f.key.trimming(" ").dropFirst("field ".count)).trimming(" ")
                let values: Values = list == ["release"] ? .release : list == ["text"] ? .text : .oneOf(list)
                rules.append(Rule(key: name, values: values))
            } else if key.hasPrefix("required at ") {
                required.append((String(f.key.trimming(" ").dropFirst("required at ".count)).trimming(" "), list))
            }
        }
        guard !rules.isEmpty || !required.isEmpty else { return nil }
        var vetting = Vetting(rules: rules, releases: releases)
        vetting.required = required
        return vetting
    }

    /// The declared rule for `key` (any case), if any.
    public func rule(for key: String) -> Rule? {
        rules.first { $0.key.lowercased() == key.lowercased() }
    }

    /// Why `value` may not be field `key`'s, with the nearest allowed value ("did you mean
    /// `XL`?"); nil when it may (or the field is not declared).
    public func problem(key: String, value: String) -> String? {
        guard let rule = rule(for: key) else { return nil }
        let allowed: [String]
        switch rule.values {
        case .text:
            return value.trimming(" \t").isEmpty ? "\(rule.key) is empty" : nil
        case .oneOf(let values): allowed = values
        case .release:
            // Without a list of releases, any name is one.
            guard !releases.isEmpty else { return nil }
            allowed = releases
        }
        if allowed.contains(where: { $0.lowercased() == value.lowercased() }) { return nil }
        let close = allowed.map { ($0, EditDistance.between($0.lowercased(), value.lowercased())) }.filter { $0.1 <= max(1, value.count / 3) }.min { $0.1 < $1.1 }
        let hint = close.map { "did you mean `\($0.0)`?" } ?? "use \(allowed.joined(separator: ", "))"
        return "\"\(value)\" is not a \(rule.key) this document allows; \(hint)"
    }

    /// `value` as the declaration spells it (`xl` → `XL`), for a field with a list of values
    /// or a release; else `value` itself.
    public func canonical(key: String, value: String) -> String {
        guard let rule = rule(for: key) else { return value }
        let allowed: [String]
        switch rule.values {
        case .oneOf(let values): allowed = values
        case .release: allowed = releases
        case .text: return value
        }
        return allowed.first { $0.lowercased() == value.lowercased() } ?? value
    }

    /// The fields `item` (in `workflow`) must have and lacks: those required at its stage or
    /// an earlier one.
    public func missing(in item: Item, workflow: Workflow) -> [(key: String, stage: String)] {
        guard let at = workflow.rank(ofStage: item.stageName) else { return [] }
        var out: [(String, String)] = []
        for r in required {
            guard let from = workflow.index(of: r.stage), at >= from else { continue }
            for key in r.keys where item.fields[key]?.trimming(" \t").isEmpty ?? true && !out.contains(where: { $0.0.lowercased() == key.lowercased() }) {
                out.append((key, workflow.stages[from].name))
            }
        }
        return out
    }
}
