// The string helpers every layer uses, in one place, without Foundation.

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

extension String {
    /// Every occurrence of `target` replaced (without Foundation).
    public func replacingAll(_ target: String, with replacement: String) -> String {
        guard !target.isEmpty else { return self }
        var out = ""
        var rest = Substring(self)
        while let r = rest.firstRange(of: target) {
            out += rest[..<r.lowerBound]
            out += replacement
            rest = rest[r.upperBound...]
        }
        out += rest
        return out
    }

    /// The string without the characters of `set` at either end.
    package func trimming(_ set: String) -> String {
        // ASCII without carriage returns (a `\r\n` is one Character): bytes are Characters,
        // so trim bytes. Most text is such; the general way walks Characters.
        var copy = self
        let fast = copy.withUTF8 { u -> String? in
            guard set.utf8.allSatisfy({ $0 < 0x80 && $0 != 0x0D }), u.allSatisfy({ $0 < 0x80 && $0 != 0x0D }) else { return nil }
            var a = 0, b = u.count
            while a < b, set.utf8.contains(u[a]) { a += 1 }
            while b > a, set.utf8.contains(u[b - 1]) { b -= 1 }
            return a == 0 && b == u.count ? self : String(decoding: UnsafeBufferPointer(rebasing: u[a ..< b]), as: UTF8.self)
        }
        if let fast { return fast }
        let chars = Set(set)
        var s = Substring(self)
        while let f = s.first, chars.contains(f) { s = s.dropFirst() }
        while let l = s.last, chars.contains(l) { s = s.dropLast() }
        return String(s)
    }

    /// The text with backslash escapes resolved: `\*` is `*`.
    package func replacingBackslashEscapes() -> String {
        var out = ""
        var escape = false
        for ch in self {
            if escape { out.append(ch); escape = false } else if ch == "\\" { escape = true } else { out.append(ch) }
        }
        return out
    }

    /// The range of `needle` (lowercase) in this string, compared case-insensitively.
    package func range(ofLowercased needle: String) -> Range<String.Index>? {
        let lower = lowercased()
        guard lower.count == count, let r = lower.firstRange(of: needle) else { return nil }
        let start = index(startIndex, offsetBy: lower.distance(from: lower.startIndex, to: r.lowerBound))
        let end = index(start, offsetBy: needle.count)
        return start ..< end
    }

    /// Whether the UTF-8 of the string holds `byte`: `memchr` on its storage, many times faster
    /// than going through `utf8` byte by byte (a large conversion asks for every block).
    package func containsByte(_ byte: UInt8) -> Bool {
        utf8.withContiguousStorageIfAvailable { u in u.isEmpty ? false : memchr(u.baseAddress!, Int32(byte), u.count) != nil } ?? utf8.contains(byte)
    }

    /// Every line after the first indented by `pad` (to continue a list entry or a quote).
    package func indentingContinuationLines(by pad: String) -> String {
        guard !pad.isEmpty, containsByte(ASCII.lineFeed) else { return self }
        var out: [UInt8] = []
        out.reserveCapacity(utf8.count + pad.utf8.count * 4)
        for b in utf8 {
            out.append(b)
            if b == ASCII.lineFeed { out += pad.utf8 }
        }
        return String(decoding: out, as: UTF8.self)
    }
}

extension Sequence where Element: StringProtocol {
    /// The lines with the spaces they all start with removed (blank lines do not count).
    package func dedented() -> [String] {
        let lines = Array(self)
        let common = lines.filter { !$0.allSatisfy { $0 == " " } }.map { $0.prefix { $0 == " " }.count }.min() ?? 0
        return lines.map { String($0.dropFirst(Swift.min(common, $0.prefix { $0 == " " }.count))) }
    }
}
