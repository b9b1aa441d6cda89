import RoadmapText

/// A `key: value` pair: document metadata, or a field of an item (`:owner: alice`, `Size: L`).
public struct Field: Hashable, Sendable, Codable {
    public var key: String
    public var value: String
    /// 1-based line of the field.
    public var line: Int

    public init(key: String, value: String, line: Int) {
        self.key = key
        self.value = value
        self.line = line
    }
}

extension Array where Element == Field {
    /// The value of the first field named `key` (case-insensitive).
    public subscript(key: String) -> String? {
        let k = key.lowercased()
        return first { $0.key.lowercased() == k }?.value
    }

    /// The value of the field that gives the status: `status`, or its name in another
    /// language (`Estado`, `Statut`, `Stand`, `Статус`, `状态`, `ステータス`, `상태`).
    public var statusValue: String? {
        self["status"] ?? first { Field.statusKeys.contains($0.key.lowercased()) }?.value
    }
}

extension Field {
    /// The names of the status field in the languages roadmaps are written in.
    public static let statusKeys: Set<String> = [
        "status", "estado", "statut", "état", "stand", "stato", "situação", "статус", "состояние", "状态", "狀態", "ステータス", "状況", "상태",
    ]
}
