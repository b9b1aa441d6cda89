/// Named ASCII bytes and byte classes, for code that reads UTF-8 bytes directly (scanners,
/// the inline parser, dates): `ASCII.hash` says what `0x23` does not.
///
/// Computed and inlinable rather than stored: a stored constant is read through an accessor call
/// from every other module, in the scanners' innermost loops.
package enum ASCII {
    @inlinable package static var tab: UInt8 { 0x09 }
    @inlinable package static var lineFeed: UInt8 { 0x0A }
    @inlinable package static var verticalTab: UInt8 { 0x0B }
    @inlinable package static var formFeed: UInt8 { 0x0C }
    @inlinable package static var carriageReturn: UInt8 { 0x0D }
    @inlinable package static var space: UInt8 { 0x20 }
    @inlinable package static var exclamation: UInt8 { 0x21 }
    @inlinable package static var quote: UInt8 { 0x22 }
    @inlinable package static var hash: UInt8 { 0x23 }
    @inlinable package static var apostrophe: UInt8 { 0x27 }
    @inlinable package static var leftParenthesis: UInt8 { 0x28 }
    @inlinable package static var rightParenthesis: UInt8 { 0x29 }
    @inlinable package static var asterisk: UInt8 { 0x2A }
    @inlinable package static var plus: UInt8 { 0x2B }
    @inlinable package static var comma: UInt8 { 0x2C }
    @inlinable package static var hyphen: UInt8 { 0x2D }
    @inlinable package static var period: UInt8 { 0x2E }
    @inlinable package static var slash: UInt8 { 0x2F }
    @inlinable package static var zero: UInt8 { 0x30 }
    @inlinable package static var nine: UInt8 { 0x39 }
    @inlinable package static var colon: UInt8 { 0x3A }
    @inlinable package static var semicolon: UInt8 { 0x3B }
    @inlinable package static var lessThan: UInt8 { 0x3C }
    @inlinable package static var equals: UInt8 { 0x3D }
    @inlinable package static var greaterThan: UInt8 { 0x3E }
    @inlinable package static var question: UInt8 { 0x3F }
    @inlinable package static var leftBracket: UInt8 { 0x5B }
    @inlinable package static var backslash: UInt8 { 0x5C }
    @inlinable package static var rightBracket: UInt8 { 0x5D }
    @inlinable package static var caret: UInt8 { 0x5E }
    @inlinable package static var underscore: UInt8 { 0x5F }
    @inlinable package static var backtick: UInt8 { 0x60 }
    @inlinable package static var pipe: UInt8 { 0x7C }
    @inlinable package static var tilde: UInt8 { 0x7E }

    /// `a`–`z` or `A`–`Z`.
    @inlinable @inline(__always) package static func isLetter(_ c: UInt8) -> Bool { (c | 0x20) >= 0x61 && (c | 0x20) <= 0x7A }
    /// `0`–`9`.
    @inlinable @inline(__always) package static func isDigit(_ c: UInt8) -> Bool { c >= 0x30 && c <= 0x39 }
    /// A space, tab, line feed or carriage return.
    @inlinable @inline(__always) package static func isWhitespace(_ c: UInt8) -> Bool { c == space || c == tab || c == lineFeed || c == carriageReturn }
    /// The lowercase of an ASCII letter; any other byte as it is.
    @inlinable @inline(__always) package static func lowercased(_ c: UInt8) -> UInt8 { c >= 0x41 && c <= 0x5A ? c | 0x20 : c }

    /// Whether the bytes of `s` stand in `bytes` at `i`: the scanners' test for a fixed sign
    /// (`https://`, `.. `, `]: `) without making a string.
    @inlinable package static func matches(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int, _ s: StaticString) -> Bool {
        let count = s.utf8CodeUnitCount
        guard i >= 0, i + count <= bytes.count else { return false }
        return s.withUTF8Buffer { sb in
            for k in 0 ..< count where bytes[i + k] != sb[k] { return false }
            return true
        }
    }

    /// The decimal digits of `v` (not negative), written into `out` from `start`; returns where
    /// they end. Twenty bytes hold any `Int`.
    @inlinable package static func writeDecimal(_ v: Int, into out: UnsafeMutableBufferPointer<UInt8>, at start: Int) -> Int {
        var count = 1, x = v
        while x >= 10 { count += 1; x /= 10 }
        x = v
        for k in stride(from: start + count - 1, through: start, by: -1) {
            out[k] = 0x30 + UInt8(x % 10)
            x /= 10
        }
        return start + count
    }
}
