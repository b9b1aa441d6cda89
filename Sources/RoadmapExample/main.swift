// Reading, querying, editing and rendering a roadmap from Swift, with RoadmapCore.
// CI builds and runs this program (`swift run roadmap-example`); every `check` below must hold,
// so the code shown in the RoadmapCore documentation is code that works.
import Foundation
import RoadmapCore

/// Stops the example, saying what did not hold.
func check(_ condition: Bool, _ what: String) {
    if !condition {
        FileHandle.standardError.write(Data("roadmap-example: expected \(what)\n".utf8))
        exit(1)
    }
}

let text = """
    # Roadmap

    We meet on the first Thursday of each month.

    ## Offline Sync

    Owner: dana

    - [x] Design the protocol
    - [ ] Build the client (#12)

    ## Search

    Status: planned
    """

// MARK: Reading: bytes → syntax tree → model. No file needed.
let tree = SyntaxTree.parse(SourceText(text), as: .markdown)
let document = DocumentReader.read(tree, path: "ROADMAP.md")
check(document.items.map(\.id) == ["offline-sync", "search"], "two items")
let sync = document.items[0]
check(sync.status == .inProgress && sync.progress == (1, 2), "Offline Sync in progress, 1/2")
check(sync.fields["owner"] == "dana", "its owner")
check(sync.deliverables[1].issues.map(\.number) == [12], "issue #12 on the second deliverable")
check(tree.serialized() == Array(text.utf8), "the tree gives back the bytes")

// MARK: Querying: the same conditions as `roadmap list --where`.
let query = ItemQuery(conditions: [ItemQuery.Condition("owner=dana")!])
check(document.items.filter(query.matches).map(\.title) == ["Offline Sync"], "dana's items")
let location = try ItemSelector.select("offline", in: [document])  // a unique prefix, as `roadmap show` takes it
check(location.item == 0, "\"offline\" selects Offline Sync")

// MARK: Meetings: the cadence the prose states, and its next dates.
let cadence = CadenceFinder.cadences(in: tree).first!
let next = MeetingSchedule.forecast(cadence, from: CalendarDay(iso: "2026-12-02")!, count: 2, anchor: nil)
check(next.occurrences.map(\.description) == ["2026-12-03", "2027-01-07"], "the first Thursdays")

// MARK: Editing: an edit is byte patches, verified by re-reading before it is written.
let path = FileManager.default.temporaryDirectory.appendingPathComponent("roadmap-example-\(getpid()).md").path
try Data(text.utf8).write(to: URL(fileURLWithPath: path))
defer { try? FileManager.default.removeItem(atPath: path) }
let editor = try DocumentEditor.open(path)
let tick = try editor.setChecked(true, item: "offline-sync", selectors: ["2"], all: false)  // items by id
check(tick.patches.count == 1 && tick.patches[0].replacement == Array("x".utf8), "one byte: the box's space becomes x")
try editor.write(tick)  // verified, then written atomically
let after = try DocumentLoader().document(path: path)
check(after.items[0].status == .done, "Offline Sync done after the tick")

// MARK: Rendering: the same documents as Markdown table, JSON or an HTML page.
let summary = SummaryRenderer.markdown([after])
check(summary.contains("| Offline Sync | done | 2/2"), "the summary row")
print(summary, terminator: "")
