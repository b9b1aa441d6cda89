import RoadmapText

extension HeadingVocabulary {
    /// What the vocabulary's rules look at before they split a title into words, read from its
    /// bytes in one pass: most titles are ruled out by these facts alone, and every section's
    /// title is asked three questions (a status group? a part of an item? never an item?).
    struct TitleProbe: Sendable {
        /// The first word of an ASCII title, lower case, as `words` gives it; nil when the title
        /// starts otherwise (with a mark, a bracket, a non-ASCII letter), so the full rules apply.
        let firstWord: String?
        /// Whether the title holds `/` or `|`, which may separate two names of one group.
        let hasSeparator: Bool
        /// Whether the title holds a colon, as a field's title (`Leads: Dana`) does.
        let hasColon: Bool
        /// Whether the title's last byte is `?`.
        let endsWithQuestionMark: Bool
        /// The title's length in bytes.
        let byteCount: Int
        /// The last word of the title, lower case, when it is ASCII letters at the very end (spaces
        /// aside); nil otherwise.
        let lastWord: String?

        init(_ title: String) {
            var title = title
            (firstWord, hasSeparator, hasColon, endsWithQuestionMark, byteCount, lastWord) = title.withUTF8 { t in
                var separator = false
                var colon = false
                for b in t {
                    if b == 0x2F || b == 0x7C { separator = true } else if b == 0x3A { colon = true }
                }
                return (Self.firstWord(t), separator, colon, t.last == 0x3F, t.count, Self.lastWord(t))
            }
        }

        private static func lastWord(_ t: UnsafeBufferPointer<UInt8>) -> String? {
            var end = t.count
            while end > 0, t[end - 1] == 0x20 || t[end - 1] == 0x09 { end -= 1 }
            var start = end
            while start > 0, ASCII.isLetter(t[start - 1]) { start -= 1 }
            guard start < end, start == 0 || t[start - 1] < 0x80 else { return nil }
            return lowered(t, start ..< end)
        }

        private static func lowered(_ t: UnsafeBufferPointer<UInt8>, _ r: Range<Int>) -> String {
            // Most words fit a small string, with no allocation.
            String(unsafeUninitializedCapacity: r.count) { out in
                for k in r { out[k - r.lowerBound] = t[k] | 0x20 }
                return r.count
            }
        }

        private static func firstWord(_ t: UnsafeBufferPointer<UInt8>) -> String? {
            var start = -1
            var end = t.count
            for i in 0 ..< t.count {
                let b = t[i]
                if ASCII.isLetter(b) { if start < 0 { start = i }; continue }
                if b == 0x27 || b >= 0x80 || b == 0x28 || b == 0x5B || b == 0x3A { return nil }  // `words` reads these its own way
                if start >= 0 { end = i; break }
                if b != 0x20 && b != 0x09 { return nil }
            }
            guard start >= 0 else { return nil }
            return lowered(t, start ..< end)
        }
    }
}
