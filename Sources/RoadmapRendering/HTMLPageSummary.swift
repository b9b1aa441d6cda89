import RoadmapText
import RoadmapModel
import RoadmapSyntax
import RoadmapIO
import RoadmapReading

/// What the top of an HTML page says about its items, gathered as they pass one by one: how
/// many, how many deliverables are done, how many of each status, the table of contents, and
/// the item ids the page's own ids must give way to. The items themselves are not kept, and the
/// contents past a megabyte wait on disk (`SpillBuffer`), so a page can be written while its
/// document is read, holding little more than the document's syntax tree.
struct HTMLPageSummary {
    var items = 0
    var done = 0
    var total = 0
    /// Items of each status, in `Status.allCases` order.
    var statusCounts = [Int](repeating: 0, count: Status.allCases.count)
    /// The item ids (with their document's prefix) that one of the page's own ids (`meetings`,
    /// `board`, `status-…`, each perhaps with a `-2`) could be: only those can ever clash.
    var reserved: Set<String> = []
    /// The contents' lists of the documents closed so far, and of the current one up to its
    /// last full piece.
    let contents: SpillBuffer
    /// The current document's entries.
    private var entries = HTMLText()

    /// `pieceSize` and `spillAfter` (bytes): how much is written at a time, and kept in memory
    /// (tests make them tiny).
    init(pieceSize: Int = 1 << 16, spillAfter: Int = 1 << 20) {
        self.pieceSize = pieceSize
        contents = SpillBuffer(memoryLimit: spillAfter)
    }

    private let pieceSize: Int

    /// Counts `item` and lists it in the contents; `prefix`: its document's id prefix.
    mutating func add(_ item: Item, prefix: String) {
        items += 1
        done += item.progress.done
        total += item.progress.total
        let s = item.status
        statusCounts[Status.allCases.firstIndex(of: s)!] += 1
        let id = prefix + item.id
        if id.hasPrefix("meetings") || id.hasPrefix("board") || id.hasPrefix("status-") { reserved.insert(id) }
        entries.raw("<li data-status=\"")
        entries.raw(s.rawValue)
        entries.raw("\"><a href=\"#")
        entries.text(id)
        entries.raw("\">")
        entries.text(item.title)
        entries.raw("</a> <span class=\"badge ")
        entries.raw(s.rawValue)
        entries.raw("\">")
        entries.raw(s.rawValue)
        entries.raw("</span></li>\n")
        if entries.bytes.count >= pieceSize { contents.append(entries.takeBytes()) }
    }

    /// Starts a document's list of contents, before its first item; `heading`: its name above
    /// the list, when the page has several documents.
    mutating func openDocument(heading: String?) {
        if let heading {
            entries.raw("<p class=\"document\">")
            entries.text(heading)
            entries.raw("</p>\n")
        }
        entries.raw("<ol>\n")
    }

    /// Ends a document's list of contents.
    mutating func closeDocument() {
        entries.raw("</ol>\n")
        contents.append(entries.takeBytes())
    }

    /// The statuses some item has, in `Status.allCases` order, with their counts.
    var present: [(status: Status, count: Int)] {
        zip(Status.allCases, statusCounts).filter { $0.1 > 0 }.map { ($0.0, $0.1) }
    }
}
