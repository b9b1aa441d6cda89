import RoadmapText
import RoadmapModel

/// Finds issue references in plain text and in URLs.
///
/// Recognised: `#123`, `GH-123`, `owner/repo#123`, and GitHub issue and pull request URLs
/// (`https://github.com/owner/repo/issues/123`, `…/pull/123`).
public enum IssueReferenceScanner {
    /// References in `text`, in order of appearance.
    public static func references(in text: String) -> [IssueRef] {
        located(in: Array(text.utf8)).map(\.ref)
    }

    /// References in `u` with the offset each starts at.
    static func located(in text: [UInt8]) -> [(offset: Int, ref: IssueRef)] {
        text.withUnsafeBufferPointer(located(in:))
    }

    private static func located(in u: UnsafeBufferPointer<UInt8>) -> [(offset: Int, ref: IssueRef)] {
        var found: [(offset: Int, ref: IssueRef)] = []
        let n = u.count
        var i = 0
        while i < n {
            // Every form holds `#` or `-` (`GH-12` is found at its dash): other bytes are passed over.
            let c = u[i]
            if c != 0x23 && c != 0x2D {
                i += 1
                continue
            }
            if c == 0x23, i + 1 < n, isDigit(u[i + 1]) {
                // '#' must not follow a letter, digit, '&' (entity) or '#'
                var repo: String? = nil
                if i > 0 {
                    let prev = u[i - 1]
                    if isWordByte(prev), !isDash(u, at: i - 3) {  // `#1311–#1313`: an en dash joins no word
                        repo = ownerRepo(endingAt: i, in: u)
                        if repo == nil { i += 1; continue }
                    } else if prev == 0x26 || prev == 0x23 || numbersAThing(before: i, in: u) {
                        i += 1
                        continue
                    }
                }
                var j = i + 1
                var number = 0
                while j < n, isDigit(u[j]), j - i <= 9 { number = number * 10 + Int(u[j] - 0x30); j += 1 }
                // `#12abc`, `#15-3` and a version (`#1.5`) are no references.
                if j < n, isWordByte(u[j]) && !isDash(u, at: j) || (u[j] == 0x2D || u[j] == 0x2E) && j + 1 < n && isDigit(u[j + 1]) { i = j; continue }
                if number > 0 { found.append((repo.map { i - $0.utf8.count } ?? i, IssueRef(number: number, url: nil, repository: repo))) }
                i = j
                continue
            }
            // `GH-12`: `G` or `g` at g, `h` or `H`, the dash here, a digit; no word byte before g.
            let g = i - 2
            if c == 0x2D, g >= 0, u[g] | 0x20 == 0x67, u[g + 1] | 0x20 == 0x68, i + 1 < n, isDigit(u[i + 1]),
                g == 0 || !isWordByte(u[g - 1])
            {
                var j = i + 1
                var number = 0
                while j < n, isDigit(u[j]), j - g <= 12 { number = number * 10 + Int(u[j] - 0x30); j += 1 }
                if j == n || !isWordByte(u[j]), number > 0 { found.append((g, IssueRef(number: number, url: nil, repository: nil))) }
                i = j
                continue
            }
            i += 1
        }
        return found
    }

    /// The issue or pull request a GitHub URL points at, if it points at one:
    /// `https://github.com/OWNER/REPO/issues/N` or `…/pull/N` (a `#fragment`, `?query` or
    /// further path may follow). One pass over the bytes: every link of a roadmap goes through here.
    public static func reference(fromURL url: String) -> IssueRef? {
        let given = url
        var url = url
        return url.withUTF8 { u -> IssueRef? in
            var p = 0
            if startsWith(u, p, "https://") { p += 8 } else if startsWith(u, p, "http://") { p += 7 }
            if startsWith(u, p, "www.") { p += 4 }
            guard startsWith(u, p, "github.com/") else { return nil }
            p += 11
            // owner / repo / kind / number: the first three slashes after the host.
            var slashes = (-1, -1, -1)
            var found = 0
            var q = p
            while q < u.count, found < 3 {
                if u[q] == 0x2F {
                    switch found {
                    case 0: slashes.0 = q
                    case 1: slashes.1 = q
                    default: slashes.2 = q
                    }
                    found += 1
                }
                q += 1
            }
            guard found == 3, slashes.0 > p, slashes.1 > slashes.0 + 1 else { return nil }
            let kindStart = slashes.1 + 1, kindEnd = slashes.2
            let isIssue = kindEnd - kindStart == 6 && startsWith(u, kindStart, "issues")
            let isPull = (kindEnd - kindStart == 4 && startsWith(u, kindStart, "pull")) || (kindEnd - kindStart == 5 && startsWith(u, kindStart, "pulls"))
            guard isIssue || isPull else { return nil }
            var n = kindEnd + 1
            var number = 0
            while n < u.count, isDigit(u[n]), n - kindEnd <= 9 { number = number * 10 + Int(u[n] - 0x30); n += 1 }
            // What follows the number must end it: nothing, a fragment, a query, or a slash.
            if n < u.count, u[n] != 0x23, u[n] != 0x3F, u[n] != 0x2F { return nil }
            guard n > kindEnd + 1, number > 0 else { return nil }
            let repository = String(decoding: UnsafeBufferPointer(rebasing: u[p ..< slashes.1]), as: UTF8.self)
            return IssueRef(number: number, url: given, repository: repository)
        }
    }

    private static func startsWith(_ u: UnsafeBufferPointer<UInt8>, _ at: Int, _ prefix: StaticString) -> Bool {
        ASCII.matches(u, at: at, prefix)
    }

    /// The number of a label that is only an issue reference: `#12`, `GH-12`.
    public static func number(inLabel text: String) -> Int? {
        var t = Substring(text)
        if t.hasPrefix("#") { t = t.dropFirst() } else if t.lowercased().hasPrefix("gh-") { t = t.dropFirst(3) } else { return nil }
        guard !t.isEmpty, t.count <= 9, t.allSatisfy({ $0.isASCII && $0.isNumber }), let n = Int(t), n > 0 else { return nil }
        return n
    }

    /// Words after which `#N` numbers the thing named ("Objective #1", "Phase #2", "Meeting
    /// #180"), lowercased: an ordinal, not an issue. Issue words ("issue #4", "PR #5") are not here.
    static let numberedNouns: Set<String> = [
        "objective", "objectives", "goal", "goals", "phase", "step", "stage", "milestone", "priority", "option",
        "part", "sprint", "week", "day", "round", "iteration", "session", "meeting", "call", "question", "point",
        "wave", "tier", "level", "chapter", "section", "episode", "no", "no.", "number", "rank", "version",
    ]

    /// `numberedNouns` packed into integers (a byte each, at most 16), by length: a word before
    /// a `#` is compared with the few of its length at a compare each.
    private static let numberedNounsByLength: [[(UInt64, UInt64)]] = {
        var out = Array(repeating: [(UInt64, UInt64)](), count: 17)
        for w in numberedNouns where w.utf8.count < out.count { out[w.utf8.count].append(pack(w.utf8)) }
        return out
    }()

    /// Up to 16 bytes, lowercased, as two integers.
    private static func pack(_ bytes: some Collection<UInt8>) -> (UInt64, UInt64) {
        var lo: UInt64 = 0, hi: UInt64 = 0
        for (n, b) in bytes.enumerated() {
            let c = UInt64(ASCII.isLetter(b) ? b | 0x20 : b)
            if n < 8 { lo |= c << (8 * UInt64(n)) } else { hi |= c << (8 * UInt64(n - 8)) }
        }
        return (lo, hi)
    }

    /// Whether the `#` at `hash` follows a space after one of `numberedNouns`.
    private static func numbersAThing(before hash: Int, in u: UnsafeBufferPointer<UInt8>) -> Bool {
        guard hash >= 2, u[hash - 1] == 0x20 else { return false }
        var s = hash - 1
        while s > 0, ASCII.isLetter(u[s - 1]) || u[s - 1] == 0x2E, hash - 1 - s < 16 { s -= 1 }
        let length = hash - 1 - s
        guard length > 0, length < numberedNounsByLength.count, s == 0 || !isWordByte(u[s - 1]) else { return false }
        let candidates = numberedNounsByLength[length]
        guard !candidates.isEmpty else { return false }
        let (lo, hi) = pack(UnsafeBufferPointer(rebasing: u[s ..< hash - 1]))
        return candidates.contains { $0 == lo && $1 == hi }
    }

    /// `owner/repo` immediately before the `#` at `hash`, if the text there has that shape.
    private static func ownerRepo(endingAt hash: Int, in u: UnsafeBufferPointer<UInt8>) -> String? {
        var s = hash
        var slashes = 0
        while s > 0 {
            let b = u[s - 1]
            if b == 0x2F { slashes += 1; if slashes > 1 { break } } else if !isRepoByte(b) { break }
            s -= 1
            if hash - s > 200 { return nil }
        }
        guard slashes == 1 else { return nil }
        let candidate = String(decoding: UnsafeBufferPointer(rebasing: u[s ..< hash]), as: UTF8.self)
        let parts = candidate.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].isEmpty, !parts[1].isEmpty else { return nil }
        return candidate
    }

    @inline(__always) package static func isDigit(_ b: UInt8) -> Bool { b >= 0x30 && b <= 0x39 }
    /// Whether an en or em dash (`–`, `—`) starts at `k`: punctuation, though its bytes are not ASCII.
    @inline(__always) static func isDash(_ u: UnsafeBufferPointer<UInt8>, at k: Int) -> Bool {
        k >= 0 && k + 2 < u.count && u[k] == 0xE2 && u[k + 1] == 0x80 && (u[k + 2] == 0x93 || u[k + 2] == 0x94)
    }

    @inline(__always) package static func isWordByte(_ b: UInt8) -> Bool {
        isDigit(b) || ASCII.isLetter(b) || b == 0x5F || b >= 0x80
    }
    @inline(__always) static func isRepoByte(_ b: UInt8) -> Bool {
        isDigit(b) || ASCII.isLetter(b) || b == 0x5F || b == 0x2D || b == 0x2E
    }
}

/// Issue references gathered in order, one per issue: a reference with a URL replaces a bare
/// one with the same number (`#3564` in the text and its target URL are one issue). Indexed by
/// number, so a text with a million references stays linear.
package struct IssueSet {
    package private(set) var refs: [IssueRef] = []
    /// Made once there are more than `linearLimit` references; below that a scan is cheaper
    /// than hashing (most texts have one or two).
    private var byNumber: [Int: [Int]]? = nil
    private static let linearLimit = 16

    package init(_ refs: [IssueRef] = []) {
        for r in refs { merge(r) }
    }

    mutating func merge(_ ref: IssueRef) {
        if byNumber == nil {
            for k in refs.indices where refs[k].number == ref.number && Self.same(refs[k], ref) {
                if refs[k].url == nil && ref.url != nil { refs[k] = ref }
                return
            }
            refs.append(ref)
            if refs.count > Self.linearLimit {
                var index: [Int: [Int]] = [:]
                for (k, r) in refs.enumerated() { index[r.number, default: []].append(k) }
                byNumber = index
            }
            return
        }
        for k in byNumber?[ref.number] ?? [] where Self.same(refs[k], ref) {
            if refs[k].url == nil && ref.url != nil { refs[k] = ref }
            return
        }
        byNumber?[ref.number, default: []].append(refs.count)
        refs.append(ref)
    }

    /// Whether two references with one number are one issue: the same repository, or one of them names none.
    private static func same(_ a: IssueRef, _ b: IssueRef) -> Bool {
        a.repository == b.repository || a.repository == nil || b.repository == nil
    }

    package mutating func merge(_ refs: [IssueRef]) {
        for r in refs { merge(r) }
    }
}

extension Array where Element == IssueRef {
    /// Adds `ref` unless it is already here (see `IssueSet`); for a few references.
    mutating func merge(_ ref: IssueRef) {
        var set = IssueSet(self)
        set.merge(ref)
        self = set.refs
    }
}
