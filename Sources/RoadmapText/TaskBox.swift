/// A GFM task box, `[ ]`, `[x]` or `[X]`: the one rule for list entries, ticked headings
/// (`### [x] CLI`) and ids, which leave the box out.
package enum TaskBox {
    /// Whether the three bytes of a box are ticked; nil when they are no box.
    @inlinable package static func state(open: UInt8, mark: UInt8, close: UInt8) -> Bool? {
        guard open == ASCII.leftBracket, close == ASCII.rightBracket else { return nil }
        switch mark {
        case ASCII.space: return false
        case 0x78, 0x58: return true
        default: return nil
        }
    }

    /// Whether `t` opens with a box and a space or tab after it (`[x] CLI`).
    package static func opens(_ t: some Collection<UInt8>) -> Bool {
        let head = Array(t.prefix(4))
        return head.count == 4 && state(open: head[0], mark: head[1], close: head[2]) != nil && (head[3] == ASCII.space || head[3] == ASCII.tab)
    }
}
