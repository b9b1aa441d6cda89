/// A task box: GFM's `[ ]`, `[x]` or `[X]`, and the marks task managers add for a task not yet
/// done (`[/]` in progress, `[-]` in progress or dropped, `[~]`, `[>]` deferred, `[<]`,
/// `[?]`, `[!]`): the one rule for list entries, ticked headings (`### [x] CLI`) and ids,
/// which leave the box out. A list that marks some tasks so would otherwise lose them.
package enum TaskBox {
    /// Whether the three bytes of a box are ticked; nil when they are no box.
    @inlinable package static func state(open: UInt8, mark: UInt8, close: UInt8) -> Bool? {
        guard open == ASCII.leftBracket, close == ASCII.rightBracket else { return nil }
        switch mark {
        case ASCII.space: return false
        case 0x78, 0x58: return true
        case 0x2F, 0x2D, 0x7E, 0x3E, 0x3C, 0x3F, 0x21: return false  // / - ~ > < ? !
        default: return nil
        }
    }

    /// Whether `mark` is one of the marks of an open task other than the space (`[/]`, `[-]`):
    /// a conversion writes it as it stands.
    @inlinable package static func isMarkedOpen(_ mark: UInt8) -> Bool {
        mark != ASCII.space && state(open: ASCII.leftBracket, mark: mark, close: ASCII.rightBracket) == false
    }

    /// Whether `t` opens with a box and a space or tab after it (`[x] CLI`).
    package static func opens(_ t: some Collection<UInt8>) -> Bool {
        let head = Array(t.prefix(4))
        return head.count == 4 && state(open: head[0], mark: head[1], close: head[2]) != nil && (head[3] == ASCII.space || head[3] == ASCII.tab)
    }
}
