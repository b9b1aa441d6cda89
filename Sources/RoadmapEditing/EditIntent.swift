import RoadmapText
import RoadmapModel
import RoadmapSyntax
import RoadmapIO
import RoadmapReading

/// What an edit means to change, in terms of the model. `EditVerifier` re-reads the edited
/// bytes and checks that exactly this changed: the edited item as asked, everything else as it
/// was. Item and meeting indices are those of the document before the edit.
public enum EditIntent: Sendable, Equatable {
    /// Deliverables of an item (by outline position: `2`, `3.1`) ticked or cleared.
    case setChecked(item: Int, positions: [String], checked: Bool)
    /// The box of an item that is a list entry (`- [ ] Add CI` under "Todo") ticked or cleared:
    /// the item is done, or no longer done.
    case setEntryChecked(item: Int, checked: Bool)
    /// A field set to a value that must read back exactly.
    case setField(item: Int, key: String, value: String)
    /// A field removed; the others stay.
    case unsetField(item: Int, key: String)
    /// A deliverable appended to the item's checklist, or under the deliverable at `under`.
    case addDeliverable(item: Int, under: String?, text: String, checked: Bool, link: String?)
    /// The deliverable at outline position `position` removed, with what is nested in it.
    case removeDeliverable(item: Int, position: String)
    /// A new item that will stand at index `at`; `id` nil means any id no other item had
    /// (`--allow-duplicate`), else exactly that id.
    case addItem(at: Int, title: String, id: String?, deliverables: [String], fields: [Field], issues: [Int])
    /// An item renamed to `title`, with id `id` (nil: any id no other item had, `--allow-duplicate`).
    case rename(item: Int, title: String, id: String?)
    /// An item removed; every other item reads as before.
    case removeItem(item: Int)
    /// An issue linked to an item: the item now names issue `issue`.
    case link(item: Int, issue: Int)
    /// An item moved to another stage's section: it will stand at index `to`, in `groups`, in
    /// stage `stage` (a declared stage; nil in a document without) with `status`.
    case moveItem(item: Int, to: Int, groups: [String], stage: String?, status: Status)
    /// Action item `action` of meeting `meeting` ticked or cleared.
    case actionDone(meeting: Int, action: Int, done: Bool)

    /// The item the edit is about, before the edit (nil for meetings and new items).
    var itemIndex: Int? {
        switch self {
        case .setChecked(let i, _, _), .setEntryChecked(let i, _), .setField(let i, _, _), .unsetField(let i, _), .addDeliverable(let i, _, _, _, _),
            .removeDeliverable(let i, _), .rename(let i, _, _), .removeItem(let i), .link(let i, _), .moveItem(let i, _, _, _, _):
            i
        case .addItem, .actionDone: nil
        }
    }

    /// Whether the edit only flips checkboxes: an outline read (no prose) is enough to verify it.
    var onlyTicks: Bool {
        switch self {
        case .setChecked, .setEntryChecked, .actionDone: true
        default: false
        }
    }
}
