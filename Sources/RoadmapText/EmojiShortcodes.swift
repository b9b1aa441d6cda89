/// GitHub's emoji shortcodes (`:white_check_mark:`), which roadmaps put before a status or a
/// title as a mark: they are not words of it.
package enum EmojiShortcodes {
    /// `text` without its shortcodes (`:rocket: Done` is ` Done`). A colon pair around
    /// anything but lowercase letters, digits, `_`, `+` and `-` is no shortcode (`10:30:00`
    /// has digits only and is kept).
    package static func removing(from text: String) -> String {
        guard text.utf8.contains(0x3A) else { return text }
        var u = Array(text.utf8)
        var i = 0
        var out: [UInt8] = []
        out.reserveCapacity(u.count)
        while i < u.count {
            if u[i] == 0x3A, let end = shortcodeEnd(u, from: i) {
                i = end
                continue
            }
            out.append(u[i])
            i += 1
        }
        u = out
        return String(decoding: u, as: UTF8.self)
    }

    /// The shortcode names at the start of `text` (`:white_check_mark: Complete` gives
    /// `["white_check_mark"]`), and the text after them.
    package static func leading(_ text: String) -> (names: [String], rest: String) {
        let u = Array(text.utf8)
        var i = 0
        var names: [String] = []
        while true {
            while i < u.count, u[i] == 0x20 || u[i] == 0x09 { i += 1 }
            guard i < u.count, u[i] == 0x3A, let end = shortcodeEnd(u, from: i) else { break }
            names.append(String(decoding: u[(i + 1) ..< (end - 1)], as: UTF8.self))
            i = end
        }
        return (names, String(decoding: u[i...], as: UTF8.self))
    }

    /// The end (past the closing colon) of a shortcode opening at `i`.
    private static func shortcodeEnd(_ u: [UInt8], from i: Int) -> Int? {
        var j = i + 1
        var letters = false
        while j < u.count, j - i <= 48 {
            let b = u[j]
            if b == 0x3A { return letters ? j + 1 : nil }
            if b >= 0x61 && b <= 0x7A { letters = true } else if !(b >= 0x30 && b <= 0x39) && b != 0x5F && b != 0x2B && b != 0x2D { return nil }
            j += 1
        }
        return nil
    }
}
