import RoadmapText
import RoadmapModel
import RoadmapSyntax
import RoadmapIO

/// Gives items their ids in document order: the anchor the document gives, else a slug of the
/// title made unique (`same`, `same-2`). An anchor given twice is reported and made unique.
struct IDAssigner {
    private var taken: Set<String>
    private var usedAnchors: Set<String> = []

    /// `anchors`: every anchor in the document, reserved so that no slug takes one.
    init(anchors: [String]) {
        taken = Set(anchors)
    }

    /// Sets `item.id`; returns a diagnostic when its anchor was given to an earlier item.
    /// `slug`: `Slug.make(item.title)` when the caller made it already (on another thread).
    mutating func assign(_ item: inout Item, slug made: String? = nil) -> Diagnostic? {
        if item.id.isEmpty {
            let slug = made ?? Slug.make(item.title)
            // Most slugs are new: taken at once, with one hash.
            if taken.insert(slug).inserted {
                item.id = slug
                return nil
            }
            // A title that repeats in another group ("Bootloader" under two milestones) is
            // told apart by its group: `milestone-2-bootloader` rather than `bootloader-2`.
            if let group = item.groups.last {
                let qualified = Slug.make(group + " " + item.title)
                if !taken.contains(qualified) {
                    taken.insert(qualified)
                    item.id = qualified
                    return nil
                }
            }
            item.id = Slug.unique(slug, in: &taken)
            return nil
        }
        if usedAnchors.insert(item.id).inserted { return nil }
        let given = item.id
        item.id = Slug.unique(given, in: &taken)
        return Diagnostic(.warning, .duplicateID, line: item.line, "the id \"\(given)\" is given to an earlier item too; this one is \"\(item.id)\"")
    }
}
