/// Running text with its markup removed, and what the markup pointed at.
public struct InlineText: Sendable, Equatable {
    /// The text as a reader sees it: markup removed, whitespace collapsed.
    public var plain: String
    /// Links, in order of appearance (references resolved to their URLs).
    public var links: [Link]
    /// Issue references, from the text (`#12`, `GH-12`, `owner/repo#12`) and from link URLs.
    public var issues: [IssueRef]
    /// Reference names that no target or definition resolves (`` `name`_ ``, `[text][ref]`).
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
public struct LinkTargets: Sendable {
    private var named: [String: String] = [:]
    /// RST anonymous targets (`__ url`), consumed in order by `` `text`__ `` references.
    public private(set) var anonymous: [String] = []

    public init() {}

    /// docutils and CommonMark both match names case-insensitively with whitespace collapsed.
    public static func normalize(_ name: String) -> String {
        var out = ""
        var space = false
        for ch in name.lowercased() {
            if ch == " " || ch == "\t" || ch == "\n" || ch == "\r" {
                space = !out.isEmpty
            } else {
                if space { out.append(" ") }
                space = false
                out.append(ch)
            }
        }
        return out
    }

    /// Adds a target; the first definition of a name wins (as in CommonMark), later ones are
    /// reported as duplicates by returning false.
    @discardableResult
    public mutating func define(_ name: String, url: String) -> Bool {
        let key = Self.normalize(name)
        if named[key] != nil { return false }
        named[key] = url
        return true
    }

    public mutating func defineAnonymous(url: String) { anonymous.append(url) }

    public func contains(_ name: String) -> Bool { named[Self.normalize(name)] != nil }

    /// The URL for `name`, following RST indirect targets (`.. _a: b_`) a few steps.
    public func resolve(_ name: String) -> String? {
        var key = Self.normalize(name)
        for _ in 0 ..< 8 {
            guard let url = named[key] else { return nil }
            if url.hasSuffix("_"), !url.contains("://"), !url.hasSuffix("__") {
                var inner = String(url.dropLast())
                if inner.hasPrefix("`") && inner.hasSuffix("`") && inner.count >= 2 { inner = String(inner.dropFirst().dropLast()) }
                key = Self.normalize(inner)
                continue
            }
            return url
        }
        return nil
    }

    public var isEmpty: Bool { named.isEmpty && anonymous.isEmpty }
}
