/// Writes JSON text directly into bytes, keys in the order given (so output is stable and diffable).
public struct JSONWriter {
    public private(set) var bytes: [UInt8] = []
    private var depth = 0
    /// Whether the open object or array already has a value (the next one needs a comma); the
    /// enclosing ones' flags wait in `outerNeedsComma`. An export writes millions of values.
    private var needsComma = false
    private var outerNeedsComma: [Bool] = []
    private let pretty: Bool

    public init(pretty: Bool = true) {
        self.pretty = pretty
        bytes.reserveCapacity(4096)
    }

    public var string: String { String(decoding: bytes, as: UTF8.self) }

    /// The bytes written since the last call, handed over and forgotten, so that a long output
    /// can go out in pieces while the writer keeps its place (nesting, commas).
    public mutating func takeBytes() -> [UInt8] {
        defer { bytes.removeAll(keepingCapacity: true) }
        return bytes
    }

    private mutating func newline() {
        guard pretty else { return }
        // A newline and the indentation, copied from one run of spaces.
        let n = 2 * depth
        let run: StaticString = "\n                                                                "
        if n < run.utf8CodeUnitCount {
            bytes.append(contentsOf: UnsafeBufferPointer(start: run.utf8Start, count: n + 1))
        } else {
            bytes.append(0x0A)
            bytes.append(contentsOf: repeatElement(0x20, count: n))
        }
    }

    private mutating func beforeValue() {
        if needsComma { bytes.append(0x2C) }
        needsComma = true
    }

    public mutating func beginObject() { open(0x7B) }
    public mutating func endObject() { close(0x7D) }
    public mutating func beginArray() { open(0x5B) }
    public mutating func endArray() { close(0x5D) }

    private mutating func open(_ c: UInt8) {
        if !inKey { beforeValue(); if depth > 0 { newline() } }
        inKey = false
        bytes.append(c)
        depth += 1
        outerNeedsComma.append(needsComma)
        needsComma = false
    }

    private mutating func close(_ c: UInt8) {
        let hadItems = needsComma
        needsComma = outerNeedsComma.removeLast()
        depth -= 1
        if hadItems { newline() }
        bytes.append(c)
    }

    private var inKey = false

    /// A key written in the code (ASCII, nothing to escape); the next call writes its value.
    /// Its bytes are copied as they stand: an export writes a million keys.
    public mutating func key(_ k: StaticString) {
        assert(k.isASCII && !UnsafeBufferPointer(start: k.utf8Start, count: k.utf8CodeUnitCount).contains { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C })
        beforeValue()
        newline()
        bytes.append(0x22)
        bytes.append(contentsOf: UnsafeBufferPointer(start: k.utf8Start, count: k.utf8CodeUnitCount))
        bytes.append(0x22)
        bytes.append(0x3A)
        if pretty { bytes.append(0x20) }
        inKey = true
    }

    /// A key that comes from a document (a field's name), escaped as any string is.
    public mutating func key(named k: String) {
        beforeValue()
        newline()
        writeString(k)
        bytes.append(0x3A)
        if pretty { bytes.append(0x20) }
        inKey = true
    }

    private mutating func scalarPrefix() {
        if inKey { inKey = false; return }
        beforeValue()
        newline()
    }

    public mutating func value(_ s: String) { scalarPrefix(); writeString(s) }
    public mutating func value(_ s: String?) { if let s { value(s) } else { null() } }
    public mutating func value(_ n: Int) {
        scalarPrefix()
        guard n >= 0 else { bytes.append(contentsOf: String(n).utf8); return }
        // The digits, without a string.
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 20) { digits in
            let end = ASCII.writeDecimal(n, into: digits, at: 0)
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: digits[..<end]))
        }
    }
    public mutating func value(_ n: Int?) { if let n { value(n) } else { null() } }
    public mutating func value(_ b: Bool) { scalarPrefix(); bytes.append(contentsOf: (b ? "true" : "false").utf8) }
    public mutating func value(_ b: Bool?) { if let b { value(b) } else { null() } }
    /// One byte as it is, outside the JSON grammar: the newline that ends an output.
    public mutating func raw(_ byte: UInt8) { bytes.append(byte) }
    public mutating func null() { scalarPrefix(); bytes.append(contentsOf: "null".utf8) }

    public mutating func field(_ k: StaticString, _ s: String?) { key(k); value(s) }
    public mutating func field(_ k: StaticString, _ n: Int?) { key(k); value(n) }
    public mutating func field(_ k: StaticString, _ b: Bool) { key(k); value(b) }
    public mutating func field(_ k: StaticString, _ b: Bool?) { key(k); value(b) }
    /// A field whose name comes from a document.
    public mutating func field(named k: String, _ s: String?) { key(named: k); value(s) }

    public mutating func stringArray(_ k: StaticString, _ values: [String]) {
        key(k)
        beginArray()
        for v in values { value(v) }
        endArray()
    }

    private mutating func writeString(_ s: String) {
        bytes.append(0x22)
        // Most strings need no escape: copied whole from their UTF-8 storage, not byte by byte.
        var text = s
        let plain = text.withUTF8 { u in
            for b in u where b < 0x20 || b == 0x22 || b == 0x5C { return false }
            bytes.append(contentsOf: u)
            return true
        }
        if plain {
            bytes.append(0x22)
            return
        }
        for c in s.utf8 {
            switch c {
            case 0x22: bytes.append(0x5C); bytes.append(0x22)
            case 0x5C: bytes.append(0x5C); bytes.append(0x5C)
            case 0x0A: bytes.append(0x5C); bytes.append(0x6E)
            case 0x0D: bytes.append(0x5C); bytes.append(0x72)
            case 0x09: bytes.append(0x5C); bytes.append(0x74)
            case 0 ..< 0x20:
                let hex: [UInt8] = Array("0123456789abcdef".utf8)
                bytes.append(contentsOf: [0x5C, 0x75, 0x30, 0x30, hex[Int(c >> 4)], hex[Int(c & 0xF)]])
            default: bytes.append(c)
            }
        }
        bytes.append(0x22)
    }
}
