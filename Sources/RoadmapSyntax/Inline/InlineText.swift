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
    private var scratch: [UInt8] = []

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

    /// The slot where `key` (normalised) is, or the empty slot where it would go.
    private func slot(for key: [UInt8], hash h: UInt64) -> (index: Int, entry: Int?) {
        let mask = table.count - 1
        let tag = h >> 32  // the bits the slot index does not use, so a tag match is nearly always the name
        var i = Self.home(h) & mask
        while true {
            let v = table[i]
            if v == 0 { return (i, nil) }
            if v & 0xFFFF_FFFF == tag {
                let e = Int(v >> 32) - 1
                if normalizedName(of: e) == key { return (i, e) }
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
        insert(name: (Int32(nameRange.lowerBound), Int32(nameRange.upperBound)), url: (Int32(urlRange.lowerBound), Int32(urlRange.upperBound)))
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

    private mutating func insert(name: (Int32, Int32), url: (Int32, Int32)) -> Bool {
        if (entries.count + 1) * 2 > table.count { grow() }
        // One scratch buffer for every insert: no allocation per target.
        var key = scratch
        scratch = []
        key.removeAll(keepingCapacity: true)
        Self.normalize(bytes(name.0, name.1), into: &key)
        defer { scratch = key }
        let h = Self.hash(key)
        let found = slot(for: key, hash: h)
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

    public func contains(_ name: String) -> Bool { lookup(name) != nil }

    private func lookup(_ name: String) -> String? {
        guard !table.isEmpty else { return nil }
        var key: [UInt8] = []
        Self.normalize(name.utf8, into: &key)
        guard let e = slot(for: key, hash: Self.hash(key)).entry else { return nil }
        return String(decoding: bytes(entries[e].urlStart, entries[e].urlEnd), as: UTF8.self)
    }

    /// The URL for `name`, following RST indirect targets (`.. _a: b_`) a few steps.
    public func resolve(_ name: String) -> String? {
        var current = name
        for _ in 0 ..< 8 {
            guard let url = lookup(current) else { return nil }
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
