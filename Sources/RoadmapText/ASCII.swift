/// Named ASCII bytes and byte classes, for code that reads UTF-8 bytes directly (scanners,
/// the inline parser, dates): `ASCII.hash` says what `0x23` does not.
package enum ASCII {
    package static let tab: UInt8 = 0x09
    package static let lineFeed: UInt8 = 0x0A
    package static let verticalTab: UInt8 = 0x0B
    package static let formFeed: UInt8 = 0x0C
    package static let carriageReturn: UInt8 = 0x0D
    package static let space: UInt8 = 0x20
    package static let exclamation: UInt8 = 0x21
    package static let quote: UInt8 = 0x22
    package static let hash: UInt8 = 0x23
    package static let apostrophe: UInt8 = 0x27
    package static let leftParenthesis: UInt8 = 0x28
    package static let rightParenthesis: UInt8 = 0x29
    package static let asterisk: UInt8 = 0x2A
    package static let plus: UInt8 = 0x2B
    package static let comma: UInt8 = 0x2C
    package static let hyphen: UInt8 = 0x2D
    package static let period: UInt8 = 0x2E
    package static let slash: UInt8 = 0x2F
    package static let zero: UInt8 = 0x30
    package static let nine: UInt8 = 0x39
    package static let colon: UInt8 = 0x3A
    package static let semicolon: UInt8 = 0x3B
    package static let lessThan: UInt8 = 0x3C
    package static let equals: UInt8 = 0x3D
    package static let greaterThan: UInt8 = 0x3E
    package static let question: UInt8 = 0x3F
    package static let leftBracket: UInt8 = 0x5B
    package static let backslash: UInt8 = 0x5C
    package static let rightBracket: UInt8 = 0x5D
    package static let caret: UInt8 = 0x5E
    package static let underscore: UInt8 = 0x5F
    package static let backtick: UInt8 = 0x60
    package static let pipe: UInt8 = 0x7C
    package static let tilde: UInt8 = 0x7E

    /// `a`–`z` or `A`–`Z`.
    @inline(__always) package static func isLetter(_ c: UInt8) -> Bool { (c | 0x20) >= 0x61 && (c | 0x20) <= 0x7A }
    /// `0`–`9`.
    @inline(__always) package static func isDigit(_ c: UInt8) -> Bool { c >= 0x30 && c <= 0x39 }
    /// A space, tab, line feed or carriage return.
    @inline(__always) package static func isWhitespace(_ c: UInt8) -> Bool { c == space || c == tab || c == lineFeed || c == carriageReturn }
    /// The lowercase of an ASCII letter; any other byte as it is.
    @inline(__always) package static func lowercased(_ c: UInt8) -> UInt8 { c >= 0x41 && c <= 0x5A ? c | 0x20 : c }
}
