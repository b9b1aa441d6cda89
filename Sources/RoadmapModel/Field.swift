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
}
