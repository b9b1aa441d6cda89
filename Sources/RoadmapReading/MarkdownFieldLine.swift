import RoadmapText
import RoadmapModel
import RoadmapSyntax
import RoadmapIO

/// One `Key: value` line of a Markdown fields paragraph (`**Status:** done` too): the rule the
/// reader and the editor share, so that what `set` writes is what `list` reads.
package struct MarkdownFieldLine {
    package var key: String
    /// The value as written (markup around it included).
    var rawValue: String
    /// Byte offsets of the value, markup markers around it excluded, within the line.
    package var valueOffsets: Range<Int>
    /// The marker that opens before the key and closes in the value (`**Priority: High** -
    /// critical`): the value's text reads with it in front.
    var openMarker: String? = nil

    /// Keys are short: at most 30 characters and 4 words of letters, digits, spaces, `-`, `_`.
    package static func isValidKey(_ key: String) -> Bool {
        !key.isEmpty && key.count <= 30 && key.split(separator: " ").count <= 4
            && key.allSatisfy { $0.isLetter || $0.isNumber || $0 == " " || $0 == "-" || $0 == "_" }
    }

    /// Where the colon after a key may be: a key is short and of word characters, so most
    /// lines show they hold none before any String is made (`Tracked as [#12](https://…)`).
    package static func keyEnd(_ u: ArraySlice<UInt8>) -> Int? {
        var colon = u.startIndex
        var characters = 0
        while colon < u.endIndex, u[colon] != 0x3A {
            let b = u[colon]
            if isFullWidthColon(u, at: colon) { return colon - u.startIndex }
            if b < 0x80, !ASCII.isLetter(b), !ASCII.isDigit(b), b != 0x20, b != 0x09, b != 0x2D, b != 0x5F, b != 0x2A { return nil }
            // 30 characters of key, bold markers and spaces around it.
            if b & 0xC0 != 0x80 { characters += 1; if characters > 40 { return nil } }
            colon += 1
        }
        return colon < u.endIndex && u[colon] == 0x3A ? colon - u.startIndex : nil
    }

    /// Whether the full-width colon of Chinese and Japanese text (`：`, U+FF1A) starts at `k`.
    static func isFullWidthColon(_ u: ArraySlice<UInt8>, at k: Int) -> Bool {
        k + 2 < u.endIndex && u[k] == 0xEF && u[k + 1] == 0xBC && u[k + 2] == 0x9A
    }

    package init?(_ line: String) {
        let u = Array(line.utf8)
        guard let keyEnd = Self.keyEnd(u[...]) else { return nil }
        // The value starts after the colon; a full-width one (`状态：已完成`) is three bytes.
        let colon = Self.isFullWidthColon(u[...], at: keyEnd) ? keyEnd + 2 : keyEnd
        var key = String(decoding: u[..<keyEnd], as: UTF8.self).trimming(" \t")
        var open: String? = nil
        for marker in ["**", "__"] {
            let opens = key.hasPrefix(marker)
            if opens { key = String(key.dropFirst(2)) }
            if key.hasSuffix(marker) { key = String(key.dropLast(2)) } else if opens { open = marker }
        }
        key = key.trimming(" \t")
        guard Self.isValidKey(key) else { return nil }
        // Before a full-width colon, a key is a word or two ("状态", "负责人"), not a dated note
        // ("20210415 更新：…").
        if colon != keyEnd, key.count > 8 || key.contains(where: \.isNumber) { return nil }
        // `See https://…`: a URL's colon, not a field's.
        if colon + 2 < u.count, u[colon + 1] == 0x2F, u[colon + 2] == 0x2F { return nil }
        var s = colon + 1
        var e = u.count
        while s < e, u[s] == 0x20 || u[s] == 0x09 { s += 1 }
        while e > s, u[e - 1] == 0x20 || u[e - 1] == 0x09 { e -= 1 }
        // `Status: done\` ending a line: a hard line break between field lines, not value (an
        // escaped backslash, `\\`, is value).
        var rawEnd = u.count
        if e - s >= 2, u[e - 1] == 0x5C, u[e - 2] != 0x5C {
            e -= 1
            rawEnd = e
            while e > s, u[e - 1] == 0x20 || u[e - 1] == 0x09 { e -= 1 }
        }
        // `**Status:** done`: the closing markers of the key come right after the colon.
        while s < e, u[s] == 0x2A || u[s] == 0x5F, !(e - s >= 2 && u[e - 1] == u[s]) { s += 1 }
        while s < e, u[s] == 0x20 { s += 1 }
        // `Owner: **dana**`: matching markers around the value are markup, not value.
        while e - s >= 2, (u[s] == 0x2A || u[s] == 0x5F), u[e - 1] == u[s] { s += 1; e -= 1 }
        guard e > s else { return nil }
        self.key = key
        // `**Status:** done` closes its marker right after the colon: nothing stays open.
        let valueStart = String(decoding: u[(colon + 1)...], as: UTF8.self).trimming(" \t")
        openMarker = open.flatMap { valueStart.hasPrefix($0) ? nil : $0 }
        rawValue = String(decoding: u[(colon + 1) ..< max(colon + 1, rawEnd)], as: UTF8.self)
        valueOffsets = s ..< e
    }
}
