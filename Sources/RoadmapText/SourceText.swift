#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The bytes of one document and a table of where its lines start.
///
/// Everything above this type works on byte offsets into `bytes`; lines and
/// columns are computed from the line table only when a person needs them.
public struct SourceText: Sendable {
    /// The document exactly as read from disk.
    public let bytes: [UInt8]
    /// Byte offset of the first byte of each line. Line `i` (0-based) spans
    /// `lineStarts[i] ..< lineStarts[i + 1]` (or `bytes.count`), line ending included.
    public let lineStarts: [Int32]
    /// Whether the document starts with a UTF-8 byte order mark.
    public let hasBOM: Bool
    /// The line ending most lines use: `"\r\n"` or `"\n"`.
    public let lineEnding: String

    public init(bytes: [UInt8]) {
        self.bytes = bytes
        let hasBOM = bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF
        self.hasBOM = hasBOM
        var starts: [Int32] = [0]
        starts.reserveCapacity(bytes.count / 8 + 1)  // untouched capacity costs no memory
        var crlf = 0
        var lf = 0
        bytes.withUnsafeBufferPointer { buf in
            guard let base = buf.baseAddress else { return }
            let n = buf.count
            var i = 0
            while i < n {
                // memchr finds the next newline many bytes at a time.
                guard let hit = memchr(base + i, 0x0A, n - i) else { break }
                let at = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
                lf += 1
                if at > 0 && buf[at - 1] == 0x0D { crlf += 1 }
                if at + 1 < n { starts.append(Int32(at + 1)) }
                i = at + 1
            }
        }
        self.lineStarts = starts
        self.lineEnding = crlf * 2 > lf ? "\r\n" : "\n"
    }

    public init(_ string: String) {
        self.init(bytes: Array(string.utf8))
    }

    /// Number of lines (a final line without a line ending counts; an empty document has one empty line).
    @inlinable
    public var lineCount: Int { lineStarts.count }

    /// Byte offset where line `i` starts, the BOM excluded for line 0.
    @inline(__always)
    @inlinable
    public func start(ofLine i: Int) -> Int {
        i == 0 && hasBOM ? 3 : Int(lineStarts[i])
    }

    /// Byte offset just past line `i`, its line ending included.
    @inline(__always)
    @inlinable
    public func end(ofLine i: Int) -> Int {
        i + 1 < lineStarts.count ? Int(lineStarts[i + 1]) : bytes.count
    }

    /// Byte offset where the content of line `i` ends (before `\n` or `\r\n`).
    @inline(__always)
    @inlinable
    public func contentEnd(ofLine i: Int) -> Int {
        var e = end(ofLine: i)
        let s = start(ofLine: i)
        if e > s && bytes[e - 1] == 0x0A { e -= 1 }
        if e > s && bytes[e - 1] == 0x0D { e -= 1 }
        return e
    }

    /// The byte range of line `i` without its line ending.
    @inlinable
    public func contentRange(ofLine i: Int) -> Range<Int> {
        start(ofLine: i) ..< contentEnd(ofLine: i)
    }

    /// The bytes of `range` decoded as a `String` (invalid sequences repaired).
    @inlinable
    public func string(_ range: Range<Int>) -> String {
        bytes.withUnsafeBufferPointer { buf in
            String(decoding: UnsafeBufferPointer(rebasing: buf[range]), as: UTF8.self)
        }
    }

    /// The content of line `i` as a `String`.
    @inlinable
    public func line(_ i: Int) -> String { string(contentRange(ofLine: i)) }

    /// Number of Unicode scalars in `range` (its width in columns, for the ASCII text of markers).
    @inlinable
    public func scalarCount(_ range: Range<Int>) -> Int {
        var n = 0
        for i in range where bytes[i] & 0xC0 != 0x80 { n += 1 }
        return n
    }

    /// The 0-based line holding byte `offset` (binary search of the line table).
    @inlinable
    public func lineIndex(ofByte offset: Int) -> Int {
        var lo = 0
        var hi = lineStarts.count - 1
        let target = Int32(clamping: offset)
        while lo < hi {
            let mid = (lo + hi + 1) / 2
            if lineStarts[mid] <= target { lo = mid } else { hi = mid - 1 }
        }
        return lo
    }

    /// 1-based line and column (in Unicode scalars) of byte `offset`.
    @inlinable
    public func location(ofByte offset: Int) -> SourceLocation {
        let line = lineIndex(ofByte: offset)
        var column = 1
        var i = start(ofLine: line)
        let end = min(offset, bytes.count)
        while i < end {
            if bytes[i] & 0xC0 != 0x80 { column += 1 }
            i += 1
        }
        return SourceLocation(line: line + 1, column: column)
    }

    /// Number of leading columns of line `i`: a tab advances to the next multiple of `tabStop`
    /// (8 in docutils, 4 in CommonMark).
    @inlinable
    public func indent(ofLine i: Int, tabStop: Int = 8) -> Int {
        var col = 0
        var p = start(ofLine: i)
        let e = contentEnd(ofLine: i)
        while p < e {
            let b = bytes[p]
            if b == 0x20 { col += 1 } else if b == 0x09 { col = (col / tabStop + 1) * tabStop } else { break }
            p += 1
        }
        return col
    }

    /// Byte offset of the first character of line `i` that is not a space or tab.
    @inlinable
    public func firstNonSpace(ofLine i: Int) -> Int {
        var p = start(ofLine: i)
        let e = contentEnd(ofLine: i)
        while p < e && (bytes[p] == 0x20 || bytes[p] == 0x09) { p += 1 }
        return p
    }

    /// Whether line `i` holds only spaces and tabs.
    @inlinable
    public func isBlank(line i: Int) -> Bool {
        // Most lines start with text: one byte decides, without finding where the content ends.
        var p = start(ofLine: i)
        let e = end(ofLine: i)
        while p < e && (bytes[p] == 0x20 || bytes[p] == 0x09) { p += 1 }
        guard p < e else { return true }
        switch bytes[p] {
        case 0x0A: return true  // the line feed that ends the line
        case 0x0D: return p + 1 == e || (p + 2 == e && bytes[p + 1] == 0x0A)  // `\r\n`, or a last `\r`
        default: return false
        }
    }

    /// `range` without leading and trailing spaces and tabs.
    @inlinable
    public func trimmed(_ range: Range<Int>) -> Range<Int> {
        var s = range.lowerBound
        var e = range.upperBound
        while s < e && (bytes[s] == 0x20 || bytes[s] == 0x09) { s += 1 }
        while e > s && (bytes[e - 1] == 0x20 || bytes[e - 1] == 0x09) { e -= 1 }
        return s ..< e
    }
}
