/// Turns titles into ids: lowercase ASCII letters and digits joined by single hyphens.
///
/// `"Monitoring & Telemetry"` → `monitoring-telemetry`; `"Etcd 2"` → `etcd-2`.
/// Letters outside ASCII are kept (lowercased) so that titles in other scripts still get ids.
public enum Slug {
    public static func make(_ title: String) -> String {
        // A task box before a title (`[x] CLI`) is its state, not its name: ticking it must not
        // change the id.
        var title = title
        if title.utf8.first == ASCII.leftBracket, TaskBox.opens(title.utf8) { title = String(title.utf8.dropFirst(4))! }
        if let ascii = makeASCII(title) { return ascii }
        var out = ""
        out.reserveCapacity(title.utf8.count)
        var pendingHyphen = false
        for scalar in title.unicodeScalars {
            let v = scalar.value
            let isASCIIAlnum = (v >= 0x30 && v <= 0x39) || (v >= 0x61 && v <= 0x7A) || (v >= 0x41 && v <= 0x5A)
            if isASCIIAlnum || (v > 0x7F && scalar.properties.isAlphabetic) {
                if pendingHyphen && !out.isEmpty { out.append("-") }
                pendingHyphen = false
                out.unicodeScalars.append(contentsOf: String(scalar).lowercased().unicodeScalars)
            } else if v == 0x27 || v == 0x2019 {
                continue  // apostrophes join: "project's" → "projects"
            } else {
                pendingHyphen = true
            }
        }
        if out.isEmpty { return "item" }
        // Long titles make unwieldy ids: cut at a word boundary.
        if out.count > maximumLength, let cut = out.prefix(maximumLength).lastIndex(of: "-") {
            return String(out[..<cut])
        }
        return out
    }

    /// The same for ASCII titles, on bytes (ids of 100,000 items are made in one read).
    private static func makeASCII(_ title: String) -> String? {
        var title = title
        return title.withUTF8 { t -> String? in
            // Written into the string's own storage: at most one byte per byte of the title.
            var ascii = true
            let made = String(unsafeUninitializedCapacity: max(1, t.count)) { out -> Int in
                var n = 0
                var pendingHyphen = false
                for b in t {
                    if b >= 0x80 { ascii = false; return 0 }
                    let lower = b >= 0x41 && b <= 0x5A ? b | 0x20 : b
                    if (lower >= 0x61 && lower <= 0x7A) || (lower >= 0x30 && lower <= 0x39) {
                        if pendingHyphen && n > 0 { out[n] = 0x2D; n += 1 }
                        pendingHyphen = false
                        out[n] = lower
                        n += 1
                    } else if b != 0x27 {
                        pendingHyphen = true
                    }
                }
                if n > maximumLength, let cut = out[..<maximumLength].lastIndex(of: 0x2D) { n = cut }
                return n
            }
            guard ascii else { return nil }
            return made.isEmpty ? "item" : made
        }
    }

    /// Longest slug made from a title, in characters.
    public static let maximumLength = 60

    /// `base`, or `base-2`, `base-3`, … whichever is not yet in `taken`; inserts the result.
    public static func unique(_ base: String, in taken: inout Set<String>) -> String {
        if taken.insert(base).inserted { return base }
        var n = 2
        while !taken.insert("\(base)-\(n)").inserted { n += 1 }
        return "\(base)-\(n)"
    }
}
