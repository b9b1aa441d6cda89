/// A set of words that answers most "no"s without hashing the word: each member's length and
/// first byte are kept in a bit table, and only a word of a member's shape is looked up. Every
/// section title's first word is asked about three times, and almost never is a member.
struct WordSet: Sendable {
    private let words: Set<String>
    /// Per length below 64, a bit per first byte (its low five bits) of the members that long.
    private let shapes: [UInt32]

    init(_ words: some Sequence<String>) {
        self.words = Set(words)
        var shapes = [UInt32](repeating: 0, count: 64)
        for word in self.words {
            guard let first = word.utf8.first, word.utf8.count < 64 else { continue }
            shapes[word.utf8.count] |= 1 << (first & 0x1F)
        }
        self.shapes = shapes
    }

    func contains(_ word: String) -> Bool {
        let u = word.utf8
        if let first = u.first, u.count < 64, shapes[u.count] & (1 << (first & 0x1F)) == 0 { return false }
        return words.contains(word)
    }
}
