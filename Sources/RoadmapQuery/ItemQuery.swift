import RoadmapText
import RoadmapModel
import RoadmapSyntax
import RoadmapIO
import RoadmapReading

/// What teams ask of a listing beyond status and text: items whose fields have given values
/// (`--where owner=ana`), in an order (`--sort target,title`), grouped by a value
/// (`--group-by owner`). Keys are field names (any case) or one of the item's own
/// properties: `id`, `title`, `status`, `group`, `progress`.
public struct ItemQuery: Sendable {
    /// `KEY=VALUE` (equal, any case) or `KEY!=VALUE`; `KEY=` keeps items without the key.
    public struct Condition: Sendable, Equatable {
        public var key: String
        public var value: String
        public var negated: Bool

        /// Parses `owner=ana`, `size!=XL`; nil when there is no `=` or no key.
        public init?(_ text: String) {
            guard let eq = text.firstIndex(of: "=") else { return nil }
            var key = String(text[..<eq])
            negated = key.hasSuffix("!")
            if negated { key.removeLast() }
            self.key = key.trimming(" ").lowercased()
            value = String(text[text.index(after: eq)...]).trimming(" ")
            guard !self.key.isEmpty else { return nil }
        }

        /// `key=value`, as `--target` gives it.
        public init(key: String, value: String, negated: Bool = false) {
            self.key = key.lowercased()
            self.value = value
            self.negated = negated
        }

        public func matches(_ item: Item) -> Bool {
            let actual = ItemQuery.value(of: key, in: item) ?? ""
            return (actual.lowercased() == value.lowercased()) != negated
        }
    }

    public var conditions: [Condition] = []
    public var sortKeys: [String] = []
    public var groupKey: String?

    public init(conditions: [Condition] = [], sortKeys: [String] = [], groupKey: String? = nil) {
        self.conditions = conditions
        self.sortKeys = sortKeys.map { $0.lowercased() }
        self.groupKey = groupKey?.lowercased()
    }

    public func matches(_ item: Item) -> Bool { conditions.allSatisfy { $0.matches(item) } }

    /// The keys of a comma-separated list (`target, title`), blanks dropped.
    public static func keys(_ list: String) -> [String] {
        list.split(separator: ",").map { String($0).trimming(" ") }.filter { !$0.isEmpty }
    }

    /// The value a key names in `item`: its own properties first, then its fields.
    public static func value(of key: String, in item: Item) -> String? {
        switch key {
        case "id": return item.id
        case "title": return item.title
        case "status": return item.status.rawValue
        case "stage": return item.stageName
        case "target": return targetKeys.lazy.compactMap { item.fields[$0] }.first
        case "group": return item.groups.isEmpty ? nil : item.groups.joined(separator: " › ")
        case "progress": return item.progress.total == 0 ? nil : "\(item.progress.done)/\(item.progress.total)"
        default: return item.fields[key]
        }
    }

    /// The fields that name an item's target release, first found wins (`--target`, `target`).
    public static let targetKeys = ["target", "target release", "release"]

    /// The values `sortKeys` name, in order, for sorting with `precedes`. A stage sorts by its
    /// place in the workflow: `ranked(_:workflow:)` turns its name into that place.
    public func sortValues(of item: Item) -> [String?] {
        sortKeys.map { key in
            // Statuses sort by how far along they are, not by name.
            if key == "status" { return String(Self.statusRank(item.status)) }
            if key == "progress" { return item.progress.total == 0 ? nil : String(item.progress.done * 1000 / item.progress.total) }
            return Self.value(of: key, in: item)
        }
    }

    /// Sort values with each stage name replaced by its place in `workflow` (names it does not
    /// know keep their text, after the known ones).
    public func ranked(_ values: [String?], workflow: Workflow) -> [String?] {
        zip(sortKeys, values).map { key, value in
            guard key == "stage", let value else { return value }
            return workflow.rank(ofStage: value).map { String($0) } ?? "~" + value
        }
    }

    /// How a `--group-by` value sorts: statuses by how far along they are, stages in the
    /// workflow's order, the rest as written.
    public static func groupOrder(_ key: String, _ value: String?, workflow: Workflow = .standard) -> String? {
        if key == "stage", let value { return workflow.rank(ofStage: value).map { String($0) } ?? "~" + value }
        guard key == "status", let value, let s = Status(rawValue: value) else { return value }
        return String(statusRank(s))
    }

    private static func statusRank(_ s: Status) -> Int {
        switch s {
        case .inProgress: return 0
        case .planned: return 1
        case .backlog: return 2
        case .done: return 3
        }
    }

    /// Whether values `a` come before `b`: key by key, in natural order (`0.9` before `0.10`,
    /// `Q2` before `Q10`), any case; an item without a value comes after those with one.
    public static func precedes(_ a: [String?], _ b: [String?]) -> Bool {
        for (x, y) in zip(a, b) {
            switch (x, y) {
            case (nil, nil): continue
            case (nil, _): return false
            case (_, nil): return true
            case let (x?, y?):
                let order = naturalOrder(x, y)
                if order != 0 { return order < 0 }
            }
        }
        return false
    }

    /// -1, 0 or 1: digit runs compare as numbers, the rest by character, any case.
    public static func naturalOrder(_ a: String, _ b: String) -> Int {
        let x = Array(a.lowercased().unicodeScalars), y = Array(b.lowercased().unicodeScalars)
        var i = 0, j = 0
        while i < x.count, j < y.count {
            if x[i].properties.numericType == .decimal, y[j].properties.numericType == .decimal {
                var m = i, n = j
                while m < x.count, x[m].properties.numericType == .decimal { m += 1 }
                while n < y.count, y[n].properties.numericType == .decimal { n += 1 }
                let p = String(String.UnicodeScalarView(x[i ..< m])).drop { $0 == "0" }
                let q = String(String.UnicodeScalarView(y[j ..< n])).drop { $0 == "0" }
                if p.count != q.count { return p.count < q.count ? -1 : 1 }
                if p != q { return p < q ? -1 : 1 }
                i = m; j = n
                continue
            }
            if x[i] != y[j] { return x[i].value < y[j].value ? -1 : 1 }
            i += 1; j += 1
        }
        return x.count - i == y.count - j ? 0 : (x.count - i < y.count - j ? -1 : 1)
    }
}
