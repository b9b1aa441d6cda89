import RoadmapText
import RoadmapModel
import RoadmapSyntax
import RoadmapIO
import RoadmapReading

/// HTML written as UTF-8 bytes: markup as it is, text escaped on the way in. A page of 100k
/// items was a `String` grown by `+=`, a third of its time in page faults and copies.
struct HTMLText {
    private(set) var bytes: [UInt8] = []

    init(capacity: Int = 0) {
        bytes.reserveCapacity(capacity)
    }

    /// Markup, as it is.
    mutating func raw(_ s: String) {
        // A copy of the string's storage where it has one (literals, native strings).
        if s.utf8.withContiguousStorageIfAvailable({ bytes.append(contentsOf: $0) }) == nil { bytes.append(contentsOf: s.utf8) }
    }

    /// Text or an attribute value, escaped (see `HTMLRenderer.escape`).
    mutating func text(_ s: String) {
        var s = s
        s.withUTF8 { text($0) }
    }

    /// Escaped UTF-8 text.
    mutating func text(_ u: UnsafeBufferPointer<UInt8>) {
        var start = 0
        for i in 0 ..< u.count {
            // Letters and most bytes are past `>`, the highest of the five.
            if u[i] > 0x3E { continue }
            let entity: String
            switch u[i] {
            case 0x26: entity = "&amp;"
            case 0x3C: entity = "&lt;"
            case 0x3E: entity = "&gt;"
            case 0x22: entity = "&quot;"
            case 0x27: entity = "&#39;"
            default: continue
            }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: u[start ..< i]))
            bytes.append(contentsOf: entity.utf8)
            start = i + 1
        }
        bytes.append(contentsOf: UnsafeBufferPointer(rebasing: u[start...]))
    }

    /// Bytes already written as HTML.
    mutating func append(_ html: [UInt8]) {
        bytes.append(contentsOf: html)
    }

    /// A number in decimal.
    mutating func number(_ n: Int) {
        raw(String(n))
    }

    /// The bytes written since the last call, handed over and forgotten.
    mutating func takeBytes() -> [UInt8] {
        defer { bytes.removeAll(keepingCapacity: true) }
        return bytes
    }
}
