/// Writes JSON text directly into bytes, keys in the order given (so output is stable and diffable).
public struct JSONWriter {
    public private(set) var bytes: [UInt8] = []
    private var depth = 0
    private var needsComma: [Bool] = [false]
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
        bytes.append(0x0A)
        bytes.append(contentsOf: repeatElement(0x20, count: 2 * depth))
    }

    private mutating func beforeValue() {
        if needsComma[needsComma.count - 1] { bytes.append(0x2C) }
        needsComma[needsComma.count - 1] = true
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
        needsComma.append(false)
    }

    private mutating func close(_ c: UInt8) {
        let hadItems = needsComma.removeLast()
        depth -= 1
        if hadItems { newline() }
        bytes.append(c)
    }

    private var inKey = false

    /// A key; the next call writes its value.
    public mutating func key(_ k: String) {
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
    public mutating func value(_ n: Int) { scalarPrefix(); bytes.append(contentsOf: String(n).utf8) }
    public mutating func value(_ n: Int?) { if let n { value(n) } else { null() } }
    public mutating func value(_ b: Bool) { scalarPrefix(); bytes.append(contentsOf: (b ? "true" : "false").utf8) }
    public mutating func value(_ b: Bool?) { if let b { value(b) } else { null() } }
    /// One byte as it is, outside the JSON grammar: the newline that ends an output.
    public mutating func raw(_ byte: UInt8) { bytes.append(byte) }
    public mutating func null() { scalarPrefix(); bytes.append(contentsOf: "null".utf8) }

    public mutating func field(_ k: String, _ s: String?) { key(k); value(s) }
    public mutating func field(_ k: String, _ n: Int?) { key(k); value(n) }
    public mutating func field(_ k: String, _ b: Bool) { key(k); value(b) }
    public mutating func field(_ k: String, _ b: Bool?) { key(k); value(b) }

    public mutating func stringArray(_ k: String, _ values: [String]) {
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
            guard u.allSatisfy({ $0 >= 0x20 && $0 != 0x22 && $0 != 0x5C }) else { return false }
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
