import RoadmapText
import RoadmapModel
import RoadmapSyntax
import RoadmapIO
import RoadmapReading

/// The edits again, with the item named by its id (`etcd-2`) rather than its index in
/// `document.items`: what a caller holding an id (a command line, a chain of edits whose indices
/// move) names the item by. Each resolves the id (`index(ofItem:)`) and makes the same edit.
extension DocumentEditor {
    /// Ticks (or clears) deliverables of the item with id `id`; see `setChecked(_:item:selectors:all:)`.
    public func setChecked(_ checked: Bool, item id: String, selectors: [String], all: Bool) throws(EditError) -> Edit {
        try setChecked(checked, item: try index(ofItem: id), selectors: selectors, all: all)
    }

    /// Sets field `key` of the item with id `id`; see `setField(item:key:value:)`.
    public func setField(item id: String, key: String, value: String) throws(EditError) -> Edit {
        try setField(item: try index(ofItem: id), key: key, value: value)
    }

    /// Removes field `key` of the item with id `id`.
    public func unsetField(item id: String, key: String) throws(EditError) -> Edit {
        try unsetField(item: try index(ofItem: id), key: key)
    }

    /// Adds a deliverable to the item with id `id`; see `addDeliverable(item:text:checked:link:under:)`.
    public func addDeliverable(item id: String, text: String, checked: Bool, link: String?, under: String?) throws(EditError) -> Edit {
        try addDeliverable(item: try index(ofItem: id), text: text, checked: checked, link: link, under: under)
    }

    /// Removes the item with id `id`, or one of its deliverables.
    public func remove(item id: String, deliverable selector: String?) throws(EditError) -> Edit {
        try remove(item: try index(ofItem: id), deliverable: selector)
    }

    /// Renames the item with id `id`; see `rename(item:to:allowDuplicate:)`.
    public func rename(item id: String, to title: String, allowDuplicate: Bool = false) throws(EditError) -> Edit {
        try rename(item: try index(ofItem: id), to: title, allowDuplicate: allowDuplicate)
    }

    /// Links an issue to the item with id `id`; see `link(item:issue:)`.
    public func link(item id: String, issue text: String) throws(EditError) -> Edit {
        try link(item: try index(ofItem: id), issue: text)
    }

    /// Adds an item after the item with id `id`, in its style.
    public func add(_ new: NewItem, after id: String, allowDuplicate: Bool = false) throws(EditError) -> Edit {
        try add(new, after: try index(ofItem: id), allowDuplicate: allowDuplicate)
    }

    /// Adds an item before the item with id `id`, in its style.
    public func add(_ new: NewItem, before id: String, allowDuplicate: Bool = false) throws(EditError) -> Edit {
        try add(new, before: try index(ofItem: id), allowDuplicate: allowDuplicate)
    }
}
