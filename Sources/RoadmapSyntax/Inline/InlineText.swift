import RoadmapText
import RoadmapModel

/// Running text with its markup removed, and what the markup pointed at.
public struct InlineText: Sendable, Equatable {
    /// The text as a reader sees it: markup removed, whitespace collapsed.
    public var plain: String
    /// Links, in order of appearance (references resolved to their URLs).
    public var links: [Link]
    /// Issue references, from the text (`#12`, `GH-12`, `owner/repo#12`) and from link URLs.
    public var issues: [IssueRef]
    /// Reference names that no target or definition resolves (an RST reference ending in `_`, a Markdown `[text][ref]`).
    public var unresolved: [String]

    public init(plain: String = "", links: [Link] = [], issues: [IssueRef] = [], unresolved: [String] = []) {
        self.plain = plain
        self.links = links
        self.issues = issues
        self.unresolved = unresolved
    }
}

/// Link targets a document defines, by normalised name: RST `.. _name: url` and `__ url`,
/// Markdown `[label]: url`.
///
/// Targets are byte ranges into the document (or into a side buffer for names and URLs that
/// need rewriting), found through an open-addressing table keyed by a hash of the normalised
/// name: 500,000 targets cost a few megabytes and no per-target objects.
public struct LinkTargets: Sendable {
    /// The document's bytes, shared, not copied.
    private let source: [UInt8]
    /// Names and URLs that are not verbatim in the source (joined lines, escapes removed).
    private var extra: [UInt8] = []
    /// Name and URL ranges; a negative start means the range is in `extra` (at `-start - 1`).
    private var entries: [(nameStart: Int32, nameEnd: Int32, urlStart: Int32, urlEnd: Int32)] = []
    /// Each entry's name hash, so growing the table rehashes nothing.
    private var hashes: [UInt64] = []
    /// Per slot: (entry index + 1) << 32 | the name hash's high 32 bits; 0 is empty.
    private var table: [UInt64] = []
    /// RST anonymous targets (`__ url`), consumed in order by the references ending in `__`.
    public private(set) var anonymous: [String] = []

    /// `capacity`: how many targets are coming, so the table is sized once.
    public init(source: [UInt8] = [], capacity: Int = 0) {
        self.source = source
        if capacity > 0 {
            entries.reserveCapacity(capacity)
            hashes.reserveCapacity(capacity)
            table = [UInt64](repeating: 0, count: max(64, capacity * 2 + 2).nextPowerOfTwo)
        }
    }

    /// docutils and CommonMark both match names case-insensitively with whitespace collapsed.
    public static func normalize(_ name: String) -> String {
        var out: [UInt8] = []
        normalize(name.utf8, into: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// Appends the normalised form of `name` to `out`: lowercased, runs of whitespace as one
    /// space, ends trimmed.
    static func normalize<C: Collection>(_ name: C, into out: inout [UInt8]) where C.Element == UInt8 {
        let start = out.count
        if name.contains(where: { $0 >= 0x80 }) {
            appendCollapsed(String(decoding: name, as: UTF8.self).lowercased().utf8, into: &out, start: start)
        } else {
            appendCollapsed(name.lazy.map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }, into: &out, start: start)
        }
    }

    private static func appendCollapsed<C: Sequence>(_ bytes: C, into out: inout [UInt8], start: Int) where C.Element == UInt8 {
        var space = false
        for b in bytes {
            if b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D {
                space = out.count > start
            } else {
                if space { out.append(0x20) }
                space = false
                out.append(b)
            }
        }
    }

    /// The first slot for hash `h`: FNV-1a's low bits depend only on the bytes' low bits, so
    /// names that differ in a digit cluster there; mixing spreads them over the table.
    @inline(__always) private static func home(_ h: UInt64) -> Int {
        var x = h ^ (h >> 31)
        x = x &* 0xbf58_476d_1ce4_e5b9
        return Int(truncatingIfNeeded: x ^ (x >> 29))
    }

    /// `hash` of the normalised name, computed as it is normalised, for the ASCII names nearly
    /// every document uses (nil otherwise): a large roadmap defines and looks up half a million.
    private static func normalizedHash(_ name: UnsafeBufferPointer<UInt8>) -> UInt64? {
        var h: UInt64 = 0xcbf29ce484222325
        var normalized = NormalizedBytes(bytes: name)
        while let b = normalized.next() {
            if b == NormalizedBytes.notASCII { return nil }
            h = (h ^ UInt64(b)) &* 0x100000001b3
        }
        return h
    }

    /// The normalised form of an ASCII name (`normalize`'s result, written in one pass).
    private static func normalizedASCII(_ name: UnsafeBufferPointer<UInt8>) -> [UInt8] {
        [UInt8](unsafeUninitializedCapacity: name.count) { out, n in
            n = 0
            var normalized = NormalizedBytes(bytes: name)
            while let b = normalized.next() {
                out[n] = b
                n += 1
            }
        }
    }

    /// An ASCII name's bytes as `normalize` gives them (lowercased, a run of whitespace as one
    /// space, the ends trimmed), one at a time: the one way names are hashed and compared
    /// without writing them down.
    private struct NormalizedBytes {
        /// What `next` gives for a byte that is not ASCII (such names are normalised whole).
        static let notASCII: UInt8 = 0xFF
        let bytes: UnsafeBufferPointer<UInt8>
        var i = 0
        var started = false

        mutating func next() -> UInt8? {
            var space = false
            while i < bytes.count, bytes[i] == 0x20 || bytes[i] == 0x09 || bytes[i] == 0x0A || bytes[i] == 0x0D {
                space = true
                i += 1
            }
            guard i < bytes.count else { return nil }
            // The space a run stands for, before the byte after it (read on the next call).
            if space && started { return 0x20 }
            started = true
            let c = bytes[i]
            i += 1
            if c >= 0x80 { return Self.notASCII }
            return c >= 0x41 && c <= 0x5A ? c | 0x20 : c
        }
    }

    private static func hash<C: Collection>(_ bytes: C) -> UInt64 where C.Element == UInt8 {
        var h: UInt64 = 0xcbf29ce484222325
        for b in bytes { h = (h ^ UInt64(b)) &* 0x100000001b3 }
        return h
    }

    private func bytes(_ start: Int32, _ end: Int32) -> ArraySlice<UInt8> {
        start >= 0 ? source[Int(start) ..< Int(end)] : extra[Int(-start - 1) ..< Int(-start - 1 + (end - start))]
    }

    private func normalizedName(of e: Int) -> [UInt8] {
        var out: [UInt8] = []
        Self.normalize(bytes(entries[e].nameStart, entries[e].nameEnd), into: &out)
        return out
    }

    /// Whether entry `e`'s name normalises to `key`, compared as it is normalised (ASCII
    /// names; others are normalised whole first).
    private func name(of e: Int, is key: [UInt8]) -> Bool {
        let (start, end) = (entries[e].nameStart, entries[e].nameEnd)
        let lower = start >= 0 ? Int(start) : Int(-start - 1)
        let upper = lower + Int(end - start)
        let ascii: Bool? = (start >= 0 ? source : extra).withUnsafeBufferPointer { b in
            var normalized = NormalizedBytes(bytes: UnsafeBufferPointer(rebasing: b[lower ..< upper]))
            var k = 0
            while let c = normalized.next() {
                if c == NormalizedBytes.notASCII { return nil }
                guard k < key.count, key[k] == c else { return false }
                k += 1
            }
            return k == key.count
        }
        return ascii ?? (normalizedName(of: e) == key)
    }

    /// The slot where the name with hash `h` is (`isName` tells an entry's name from others
    /// with the same tag), or the empty slot where it would go.
    private func slot(hash h: UInt64, isName: (Int) -> Bool) -> (index: Int, entry: Int?) {
        let mask = table.count - 1
        let tag = h >> 32  // the bits the slot index does not use, so a tag match is nearly always the name
        var i = Self.home(h) & mask
        while true {
            let v = table[i]
            if v == 0 { return (i, nil) }
            if v & 0xFFFF_FFFF == tag {
                let e = Int(v >> 32) - 1
                if isName(e) { return (i, e) }
            }
            i = (i + 1) & mask
        }
    }

    private mutating func grow() {
        let capacity = max(64, (entries.count + 1) * 2).nextPowerOfTwo
        guard capacity > table.count else { return }
        var fresh = [UInt64](repeating: 0, count: capacity)
        let mask = capacity - 1
        for v in table where v != 0 {
            let h = hashes[Int(v >> 32) - 1]
            var i = Self.home(h) & mask
            while fresh[i] != 0 { i = (i + 1) & mask }
            fresh[i] = v
        }
        table = fresh
    }

    /// Adds a target whose name and URL are byte ranges of the source. The first definition
    /// of a name wins; a later one returns false (a duplicate).
    @discardableResult
    public mutating func define(nameRange: Range<Int>, urlRange: Range<Int>) -> Bool {
        define(nameRange: nameRange, urlRange: urlRange, nameHash: nil)
    }

    /// `define(nameRange:urlRange:)` with the name's `nameHash`, found beforehand (a large
    /// document's half a million names are hashed on two threads, then defined in order).
    @discardableResult
    package mutating func define(nameRange: Range<Int>, urlRange: Range<Int>, nameHash: UInt64?) -> Bool {
        insert(name: (Int32(nameRange.lowerBound), Int32(nameRange.upperBound)), url: (Int32(urlRange.lowerBound), Int32(urlRange.upperBound)),
               asciiHash: nameHash)
    }

    /// The hash a name of the source is defined and looked up by, when it is ASCII (nil otherwise).
    package static func nameHash(_ name: ArraySlice<UInt8>) -> UInt64? {
        name.withUnsafeBufferPointer(normalizedHash)
    }

    /// Adds a target from bytes that are not in the source as they stand.
    @discardableResult
    public mutating func define<N: Collection, U: Collection>(name: N, url: U) -> Bool where N.Element == UInt8, U.Element == UInt8 {
        let n = storeExtra(name)
        let u = storeExtra(url)
        return insert(name: n, url: u)
    }

    @discardableResult
    public mutating func define(_ name: String, url: String) -> Bool { define(name: name.utf8, url: url.utf8) }

    private mutating func storeExtra<C: Collection>(_ bytes: C) -> (Int32, Int32) where C.Element == UInt8 {
        let start = Int32(-(extra.count + 1))
        extra.append(contentsOf: bytes)
        return (start, start + Int32(bytes.count))
    }

    /// `asciiHash`: the name's `normalizedHash` if the caller has it (nil: found here).
    private mutating func insert(name: (Int32, Int32), url: (Int32, Int32), asciiHash: UInt64? = nil) -> Bool {
        if (entries.count + 1) * 2 > table.count { grow() }
        // An ASCII name is hashed as it is normalised, without writing the normalised name
        // down: a large roadmap defines half a million. The name is compared whole only when a
        // slot's tag matches (a name given twice).
        let ascii: UInt64? = name.0 < 0 ? nil : asciiHash ?? source.withUnsafeBufferPointer {
            Self.normalizedHash(UnsafeBufferPointer(rebasing: $0[Int(name.0) ..< Int(name.1)]))
        }
        var key: [UInt8] = []
        if ascii == nil { Self.normalize(bytes(name.0, name.1), into: &key) }
        let h = ascii ?? Self.hash(key)
        let found = slot(hash: h) { e in
            if ascii != nil && key.isEmpty { Self.normalize(bytes(name.0, name.1), into: &key) }
            return self.name(of: e, is: key)
        }
        if found.entry != nil { return false }
        entries.append((name.0, name.1, url.0, url.1))
        hashes.append(h)
        table[found.index] = UInt64(entries.count) << 32 | (h >> 32)
        return true
    }

    public mutating func defineAnonymous(url: String) { anonymous.append(url) }

    /// RST substitutions (`.. |name| replace:: text`) by normalised name: the text a
    /// `|name|` reference shows.
    public private(set) var substitutions: [String: String] = [:]

    /// Defines substitution `name`; the first definition wins, as in docutils.
    public mutating func defineSubstitution(_ name: String, text: String) {
        let key = Self.normalize(name)
        if substitutions[key] == nil { substitutions[key] = text }
    }

    public func contains(_ name: String) -> Bool { entry(named: name) != nil }

    /// The entry whose name normalises as `name` does.
    private func entry(named name: String) -> Int? {
        guard !table.isEmpty else { return nil }
        var name = name
        return name.withUTF8 { query in
            if let h = Self.normalizedHash(query) {
                // An ASCII name is compared with the entry's as both are normalised, without
                // writing either down (a large document looks up half a million).
                return slot(hash: h) { e in self.name(of: e, matches: query) ?? (normalizedName(of: e) == Self.normalizedASCII(query)) }.entry
            }
            var key: [UInt8] = []
            Self.normalize(query, into: &key)
            return slot(hash: Self.hash(key)) { e in self.name(of: e, is: key) }.entry
        }
    }

    /// Whether entry `e`'s name and the ASCII `query` normalise alike, compared byte by byte
    /// as both are normalised; nil when the entry's name is not ASCII.
    private func name(of e: Int, matches query: UnsafeBufferPointer<UInt8>) -> Bool? {
        let (start, end) = (entries[e].nameStart, entries[e].nameEnd)
        let lower = start >= 0 ? Int(start) : Int(-start - 1)
        let upper = lower + Int(end - start)
        return (start >= 0 ? source : extra).withUnsafeBufferPointer { b -> Bool? in
            // Most references spell the name as its target does: the same bytes, compared at once.
            if upper - lower == query.count {
                var k = 0
                while k < query.count && b[lower + k] == query[k] { k += 1 }
                if k == query.count { return true }
            }
            var entryName = NormalizedBytes(bytes: UnsafeBufferPointer(rebasing: b[lower ..< upper]))
            var queried = NormalizedBytes(bytes: query)
            while true {
                let x = entryName.next(), y = queried.next()
                if x == NormalizedBytes.notASCII { return nil }
                if x != y { return false }
                if x == nil { return true }
            }
        }
    }

    /// The URL for `name`, following RST indirect targets (`.. _a: b_`) a few steps.
    public func resolve(_ name: String) -> String? {
        var current = name
        for _ in 0 ..< 8 {
            guard let e = entry(named: current) else { return nil }
            let target = bytes(entries[e].urlStart, entries[e].urlEnd)
            let url = String(decoding: target, as: UTF8.self)
            // Nearly every URL is not a reference (its last byte is not `_`): no string searches.
            if target.last != 0x5F { return url }
            if url.hasSuffix("_"), !url.contains("://"), !url.hasSuffix("__") {
                var inner = String(url.dropLast())
                if inner.hasPrefix("`") && inner.hasSuffix("`") && inner.count >= 2 { inner = String(inner.dropFirst().dropLast()) }
                current = inner
                continue
            }
            return url
        }
        return nil
    }

    public var isEmpty: Bool { entries.isEmpty && anonymous.isEmpty }
    public var count: Int { entries.count }
}

extension Int {
    var nextPowerOfTwo: Int {
        var p = 1
        while p < self { p <<= 1 }
        return p
    }
}
