import RoadmapText
import RoadmapModel

/// HTML character references in Markdown text and link destinations (`&amp;`, `&#169;`,
/// `&#xA9;`), decoded as CommonMark does. Named references cover the ones documents use; an
/// unknown name stays text, as CommonMark leaves a reference it does not know.
enum HTMLEntity {
    /// The character the reference at `i` (an `&`) stands for, and where the reference ends.
    static func decode(_ t: [UInt8], at i: Int) -> (text: String, end: Int)? {
        guard i + 2 < t.count, t[i] == 0x26 else { return nil }
        var k = i + 1
        if t[k] == 0x23 {
            // Numeric: 1–7 decimal digits or 1–6 hex digits.
            k += 1
            let hex = k < t.count && (t[k] | 0x20) == 0x78
            if hex { k += 1 }
            let start = k
            var value = 0
            while k < t.count, k - start < (hex ? 6 : 7), let d = digit(t[k], hex: hex) {
                value = value * (hex ? 16 : 10) + d
                k += 1
            }
            guard k > start, k < t.count, t[k] == 0x3B else { return nil }
            let scalar = value == 0 ? nil : Unicode.Scalar(UInt32(value))
            return (String(Character(scalar ?? "\u{FFFD}")), k + 1)
        }
        let start = k
        while k < t.count, k - start < 32, ASCII.isLetter(t[k]) || (k > start && t[k] >= 0x30 && t[k] <= 0x39) { k += 1 }
        guard k > start, k < t.count, t[k] == 0x3B, let text = named[String(decoding: t[start ..< k], as: UTF8.self)] else { return nil }
        return (text, k + 1)
    }

    /// `text` with every reference it holds decoded.
    static func decoded(_ text: String) -> String {
        guard text.utf8.contains(0x26) else { return text }
        let t = Array(text.utf8)
        var out = ""
        var i = 0, plain = 0
        while i < t.count {
            if t[i] == 0x26, let ref = decode(t, at: i) {
                out += String(decoding: t[plain ..< i], as: UTF8.self) + ref.text
                i = ref.end
                plain = i
            } else {
                i += 1
            }
        }
        return out + String(decoding: t[plain...], as: UTF8.self)
    }

    private static func digit(_ b: UInt8, hex: Bool) -> Int? {
        if b >= 0x30 && b <= 0x39 { return Int(b - 0x30) }
        let l = b | 0x20
        if hex && l >= 0x61 && l <= 0x66 { return Int(l - 0x61 + 10) }
        return nil
    }

    private static let named: [String: String] = [
        "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": "\u{A0}", "copy": "©", "reg": "®",
        "trade": "™", "mdash": "—", "ndash": "–", "hellip": "…", "laquo": "«", "raquo": "»", "lsquo": "‘",
        "rsquo": "’", "ldquo": "“", "rdquo": "”", "bull": "•", "middot": "·", "times": "×", "divide": "÷",
        "deg": "°", "plusmn": "±", "para": "¶", "sect": "§", "euro": "€", "pound": "£", "yen": "¥", "cent": "¢",
        "larr": "←", "rarr": "→", "uarr": "↑", "darr": "↓", "harr": "↔", "lArr": "⇐", "rArr": "⇒", "hArr": "⇔",
        "check": "✓", "cross": "✗", "star": "☆", "starf": "★", "le": "≤", "ge": "≥", "ne": "≠", "asymp": "≈",
        "infin": "∞", "micro": "µ", "frac12": "½", "frac14": "¼", "frac34": "¾", "sup2": "²", "sup3": "³",
        "iexcl": "¡", "iquest": "¿", "shy": "\u{AD}", "zwj": "\u{200D}", "zwnj": "\u{200C}", "ensp": "\u{2002}",
        "emsp": "\u{2003}", "thinsp": "\u{2009}", "dagger": "†", "Dagger": "‡", "prime": "′", "Prime": "″",
        "auml": "ä", "ouml": "ö", "uuml": "ü", "Auml": "Ä", "Ouml": "Ö", "Uuml": "Ü", "szlig": "ß",
        "eacute": "é", "egrave": "è", "ecirc": "ê", "aacute": "á", "agrave": "à", "ccedil": "ç", "ntilde": "ñ",
        "oacute": "ó", "iacute": "í", "uacute": "ú", "Eacute": "É", "colon": ":", "lpar": "(", "rpar": ")",
        "lsqb": "[", "rsqb": "]", "lbrack": "[", "rbrack": "]", "lcub": "{", "rcub": "}", "ast": "*",
        "num": "#", "excl": "!", "quest": "?", "percnt": "%", "commat": "@", "vert": "|", "verbar": "|",
        "lowbar": "_", "grave": "`", "Hat": "^", "tilde": "˜", "sol": "/", "bsol": "\\", "semi": ";",
        "comma": ",", "period": ".", "equals": "=", "plus": "+", "minus": "−", "dollar": "$", "hyphen": "‐",
    ]
}
