import RoadmapCore

/// "Did you mean": a suggestion only when it is close, so that a word the tool does not know
/// is not answered with an unrelated one (`init` is not `lint`).
enum Suggestion {
    /// The candidate `word` most likely misspells: the only candidate it is the start of
    /// (`meet` → `meetings`), else the nearest whose edit distance is at most 2 and less than half
    /// the word's length (a swap of two neighbouring letters counts 1: `lsit` → `list`).
    static func closest(to word: String, among candidates: [String]) -> String? {
        if word.count >= 2 {
            let starting = candidates.filter { $0.hasPrefix(word) }
            if starting.count == 1 { return starting[0] }
        }
        var best: (String, Int)? = nil
        for c in candidates {
            let d = distance(word, c)
            if d <= 2, 2 * d < word.count, d < (best?.1 ?? Int.max) { best = (c, d) }
        }
        return best?.0
    }

    /// Levenshtein distance, except that two neighbouring letters swapped count 1.
    static func distance(_ a: String, _ b: String) -> Int {
        let x = Array(a), y = Array(b)
        if x.count == y.count {
            let diff = x.indices.filter { x[$0] != y[$0] }
            if diff.count == 2, diff[1] == diff[0] + 1, x[diff[0]] == y[diff[1]], x[diff[1]] == y[diff[0]] { return 1 }
        }
        return EditDistance.between(a, b)
    }
}
