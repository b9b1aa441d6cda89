import RoadmapText
import RoadmapModel

/// One block of a document: a run of whole lines, with what the dialect's scanner learned about them.
///
/// Blocks tile the document: block `k + 1` starts on the line after block `k` ends, so
/// concatenating their byte ranges gives back the document byte for byte. Offsets are stored
/// as `Int32` to keep a block small; documents are limited to `SourceText.maximumSize`.
public struct Block: Sendable, Equatable {
    public enum Kind: UInt8, Sendable {
        /// Blank lines.
        case blank
        /// A section title, its adornment lines (RST, setext) or `#` markers included.
        case heading
        /// Running text.
        case paragraph
        /// One entry of a bullet or enumerated list, its continuation lines included.
        case listItem
        /// One field of a field list (RST `:key: value`) or a metadata `key: value` line.
        case field
        /// A link target: RST `.. _name: url`, `__ url`, Markdown `[name]: url`.
        case target
        /// Code or literal text: RST `::` blocks, Markdown fenced and indented code.
        case literal
        /// An RST directive or substitution definition, or a Markdown admonition (`!!! note`), with its body.
        case directive
        /// An RST comment or a Markdown HTML comment.
        case comment
        /// A Markdown HTML block.
        case html
        /// A table (RST grid or simple table, GFM pipe table).
        case table
        /// YAML or TOML front matter at the top of a Markdown document.
        case frontMatter
        /// A transition or thematic break.
        case thematicBreak
        /// A Markdown block quote.
        case quote
    }

    public var kind: Kind
    // Small fields first and narrow: a 100,000-item roadmap has a million and a half blocks.
    private var flags: UInt8 = 0
    private var markCharacter: UInt8 = 0
    /// The checkbox's state character, as an offset past `markEnd` + 1 (0: no checkbox).
    private var checkboxDelta: UInt8 = 0
    private var storedLevel: UInt16 = 0
    private var storedIndent: UInt16 = 0
    private var storedContentColumn: UInt16 = 0
    /// First line (0-based).
    public var firstLine: Int32
    /// One past the last line.
    public var endLine: Int32
    /// The main text on the first line: a title, a list entry's text after its marker and checkbox,
    /// a field's value, a target's URL.
    public var textStart: Int32 = 0
    public var textEnd: Int32 = 0
    /// A marker: a list bullet or enumerator, a field or target name, a heading's adornment or `#`s.
    public var markStart: Int32 = 0
    public var markEnd: Int32 = 0
    /// Index of the enclosing list item, or -1.
    public var parent: Int32 = -1

    /// Offset of the state character inside a checkbox (`[ ]` → the space), or -1. A checkbox
    /// sits right after its list marker (at most 254 bytes after it), so a byte holds it.
    /// An RST footnote or citation (`.. [1] text`): text a reader sees, never an item's summary.
    public var isFootnote: Bool { kind == .paragraph && markEnd > markStart }

    public var checkbox: Int32 {
        get { checkboxDelta == 0 ? -1 : markEnd + Int32(checkboxDelta) - 1 }
        set {
            let delta = newValue - markEnd + 1
            checkboxDelta = newValue < 0 || delta <= 0 || delta > 255 ? 0 : UInt8(delta)
        }
    }

    /// Heading level (1 is the outermost); for list items the nesting depth (0 at top level).
    public var level: Int32 {
        get { Int32(storedLevel) }
        set { storedLevel = UInt16(clamping: newValue) }
    }

    /// Column of the block's first non-space character (at most 65,535).
    public var indent: Int32 {
        get { Int32(storedIndent) }
        set { storedIndent = UInt16(clamping: newValue) }
    }

    /// Column where a list entry's text starts; continuation lines indent to it.
    public var contentColumn: Int32 {
        get { Int32(storedContentColumn) }
        set { storedContentColumn = UInt16(clamping: newValue) }
    }

    /// Dialect-specific style bits: a heading's `HeadingStyle`, a list entry's checked state.
    public var style: UInt32 {
        get { UInt32(markCharacter) | UInt32(flags & 0x03) << 8 | (flags & 0x80 != 0 ? Block.checkedBit : 0) }
        set {
            markCharacter = UInt8(newValue & 0xFF)
            flags = UInt8((newValue >> 8) & 0x03) | (newValue & Block.checkedBit != 0 ? 0x80 : 0)
        }
    }

    public init(_ kind: Kind, lines: Range<Int>) {
        self.kind = kind
        self.firstLine = Int32(lines.lowerBound)
        self.endLine = Int32(lines.upperBound)
    }

    public var lines: Range<Int> { Int(firstLine) ..< Int(endLine) }
    public var text: Range<Int> { Int(textStart) ..< Int(textEnd) }
    public var mark: Range<Int> { Int(markStart) ..< Int(markEnd) }
    public var isChecked: Bool { checkbox >= 0 && style & Block.checkedBit != 0 }
    public var hasCheckbox: Bool { checkbox >= 0 }

    static let checkedBit: UInt32 = 1 << 31
}

/// How a heading is written, packed into `Block.style`.
public struct HeadingStyle: Hashable, Sendable {
    /// RST adornment character (`=`, `-`, …); 0 for Markdown ATX headings, `=`/`-` for setext.
    public var character: UInt8
    /// RST: an overline above the title as well as the underline.
    public var overlined: Bool
    /// Markdown: `#` heading (as opposed to setext underline).
    public var atx: Bool

    public init(character: UInt8, overlined: Bool = false, atx: Bool = false) {
        self.character = character
        self.overlined = overlined
        self.atx = atx
    }

    init(packed: UInt32) {
        character = UInt8(packed & 0xFF)
        overlined = packed & 0x100 != 0
        atx = packed & 0x200 != 0
    }

    var packed: UInt32 { UInt32(character) | (overlined ? 0x100 : 0) | (atx ? 0x200 : 0) }
}

extension Block {
    public var headingStyle: HeadingStyle { HeadingStyle(packed: style) }
}

extension Block {
    /// A list entry's block on line `line`: its marker, the checkbox after it (if any), its text
    /// to the line's end, and where it nests. Every dialect's scanner makes them so.
    static func listItem(line: Int, indent: Int, mark: Range<Int>, box: (textStart: Int, box: Int, checked: Bool), lineEnd: Int,
                         depth: Int, parent: Int32, contentColumn: Int) -> Block {
        var b = Block(.listItem, lines: line ..< line + 1)
        b.indent = Int32(indent)
        b.markStart = Int32(mark.lowerBound); b.markEnd = Int32(mark.upperBound)
        b.textStart = Int32(box.textStart); b.textEnd = Int32(lineEnd)
        b.checkbox = Int32(box.box)
        if box.checked { b.style |= Block.checkedBit }
        b.level = Int32(depth)
        b.parent = parent
        b.contentColumn = Int32(contentColumn)
        return b
    }
}

extension Array where Element == Block {
    /// Whether list entry `k` is nested (at any depth) in entry `ancestor`.
    package func isDescendant(_ k: Int, of ancestor: Int) -> Bool {
        var p = Int(self[k].parent)
        var steps = 0
        while p >= 0, steps < 100_000 {
            if p == ancestor { return true }
            p = Int(self[p].parent)
            steps += 1
        }
        return false
    }
}

extension SourceText {
    /// One past the last of the blank lines starting at line `i` (`isBlank` decides what blank is).
    func endOfBlankRun(from i: Int, isBlank: (Int) -> Bool) -> Int {
        var j = i + 1
        while j < lineCount && isBlank(j) { j += 1 }
        return j
    }
}

extension SourceText {
    /// How a conversion writes the box of list entry `b`: `[x] `, `[ ] `, or an open task's own
    /// mark (`[/] `), which would read the same but say less as `[ ] `.
    package func boxPrefix(of b: Block) -> String {
        if b.isChecked { return "[x] " }
        let mark = bytes[Int(b.checkbox)]
        return TaskBox.isMarkedOpen(mark) ? "[" + String(UnicodeScalar(mark)) + "] " : "[ ] "
    }
}
