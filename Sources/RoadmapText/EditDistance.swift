/// Levenshtein distance, on Unicode scalars, with one row of memory.
public enum EditDistance {
    public static func between(_ a: String, _ b: String) -> Int {
        let x = Array(a.unicodeScalars.prefix(200))
        let y = Array(b.unicodeScalars.prefix(200))
        if x.isEmpty { return y.count }
        if y.isEmpty { return x.count }
        var row = Array(0 ... y.count)
        for i in 1 ... x.count {
            var previous = row[0]
            row[0] = i
            for j in 1 ... y.count {
                let current = row[j]
                row[j] = x[i - 1] == y[j - 1] ? previous : min(previous, row[j], row[j - 1]) + 1
                previous = current
            }
        }
        return row[y.count]
    }
}
