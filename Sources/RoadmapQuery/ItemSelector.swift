import RoadmapText
import RoadmapModel
import RoadmapSyntax
import RoadmapIO
import RoadmapReading

/// Finds the item a person means: by id, by title (case-insensitive), or by a unique prefix of
/// either; when nothing matches, it suggests the closest ids.
public enum ItemSelector {
    /// Where an item is: its document's index and its index in that document.
    public struct Location: Hashable, Sendable {
        public var document: Int
        public var item: Int

        public init(document: Int, item: Int) {
            self.document = document
            self.item = item
        }
    }

    public static func select(_ query: String, in documents: [Document]) throws(SelectionError) -> Location {
        let q = query.trimming(" \t")
        let lower = q.lowercased()
        let all: [Location] = documents.indices.flatMap { d in documents[d].items.indices.map { Location(document: d, item: $0) } }
        func item(_ l: Location) -> Item { documents[l.document].items[l.item] }

        // Case-insensitive comparisons without a lowercased copy of every title: a roadmap can
        // have 100,000 items.
        let tiers: [(Item) -> Bool] = [
            { $0.id == q },
            { CaseInsensitive.equal($0.id, lower) || CaseInsensitive.equal($0.title, lower) },
            { $0.id.hasPrefix(lower) || CaseInsensitive.hasPrefix($0.title, lower) },
            { $0.title.lowercased().contains(lower) },
        ]
        for matches in tiers {
            let found = all.filter { matches(item($0)) }
            if found.count == 1 { return found[0] }
            if found.count > 1 {
                throw .ambiguous(query: q, candidates: found.map { Candidate(path: documents[$0.document].path, id: item($0).id, title: item($0).title, line: item($0).line) })
            }
        }
        let scored = all.map { l -> (Location, Int) in
            let it = item(l)
            // Whole ids and titles, and their beginnings as long as the query (a typo in a prefix).
            let id = it.id, title = it.title.lowercased()
            let prefixLength = lower.count + 1
            return (l, min(EditDistance.between(lower, id), EditDistance.between(lower, title),
                           EditDistance.between(lower, String(id.prefix(prefixLength))), EditDistance.between(lower, String(title.prefix(prefixLength)))))
        }
        let limit = max(2, q.count / 3)
        let suggestions = scored.filter { $0.1 <= limit }.sorted { $0.1 < $1.1 }.prefix(3).map { item($0.0).id }
        throw .unknown(query: q, suggestions: Array(suggestions))
    }

    /// One of several items a query matched.
    public struct Candidate: Hashable, Sendable {
        public var path: String
        public var id: String
        public var title: String
        public var line: Int
    }
}

/// Why an item could not be selected.
public enum SelectionError: Error, Equatable, Sendable, CustomStringConvertible {
    case unknown(query: String, suggestions: [String])
    case ambiguous(query: String, candidates: [ItemSelector.Candidate])

    public var description: String {
        switch self {
        case .unknown(let q, let suggestions):
            let hint = suggestions.isEmpty ? "; `roadmap list` shows the items" : "; did you mean \(suggestions.map { "`\($0)`" }.joined(separator: " or "))?"
            return "no item matches \"\(q)\"\(hint)"
        case .ambiguous(let q, let candidates):
            let files = Set(candidates.map(\.path))
            let list = candidates.prefix(10).map { files.count > 1 ? "\($0.id) (\($0.path):\($0.line))" : $0.id }.joined(separator: ", ")
            // The same id in several documents: only the document tells them apart.
            let advice = Set(candidates.map(\.id)).count < candidates.count ? "name the document with -f PATH" : "name one by its id"
            return "\"\(q)\" matches \(candidates.count) items: \(list)\(candidates.count > 10 ? ", …" : ""); \(advice)"
        }
    }
}

/// Comparisons with a lowercased query that fold ASCII case in place (other text is lowercased).
enum CaseInsensitive {
    static func equal(_ text: String, _ lower: String) -> Bool {
        guard text.utf8.count == lower.utf8.count else { return text.lowercased() == lower && !isASCII(text) }
        return hasPrefix(text, lower)
    }

    static func hasPrefix(_ text: String, _ lower: String) -> Bool {
        if !isASCII(text) { return text.lowercased().hasPrefix(lower) }
        var t = text.utf8.makeIterator()
        for b in lower.utf8 {
            guard let c = t.next() else { return false }
            if (c >= 0x41 && c <= 0x5A ? c | 0x20 : c) != b { return false }
        }
        return true
    }

    private static func isASCII(_ s: String) -> Bool { s.utf8.allSatisfy { $0 < 0x80 } }
}
