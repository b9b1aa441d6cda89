import RoadmapText

/// Comparing item names as meetings write them: case, spaces and punctuation ignored
/// ("Networking V2" is "Networking v2").
public enum ItemName {
    public static func key(_ s: String) -> String {
        String(s.lowercased().unicodeScalars.filter { $0.properties.isAlphabetic || ("0" ... "9").contains($0) }.map(Character.init))
    }

    public static func matches(_ a: String, _ b: String) -> Bool { key(a) == key(b) }
}
