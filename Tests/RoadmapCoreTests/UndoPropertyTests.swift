import Testing
import RoadmapCore
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// An edit and the edit that undoes it give back the document's bytes; what an edit writes reads
/// back as the intended change and nothing else. Run over the seeds and, when it is beside the
/// checkout, `../shared/corpus`; each run is bounded and seeded, so it is the same every time.
@Suite struct UndoPropertyTests {
    /// The edit pairs tried, as the report names them.
    enum Kind: String, CaseIterable, Sendable {
        case checkUncheck = "check→uncheck", uncheckCheck = "uncheck→check", setUnset = "set→unset"
        case addRemove = "add→remove", addDeliverableRemove = "add-deliverable→remove"
        case renameBack = "rename→rename back", sequence = "random sequence"
    }

    /// Per kind: pairs tried, pairs that gave the same bytes back, edits the editor declined, and
    /// edits whose re-read differed from the intended change.
    struct Tally: CustomStringConvertible, Sendable {
        var attempted: [Kind: Int] = [:], identical: [Kind: Int] = [:], declined: [Kind: Int] = [:], misread: [Kind: Int] = [:]
        var failures: [String] = [], misreadCases: [String] = []
        var declineReasons: [String: Int] = [:]

        mutating func merge(_ other: Tally) {
            for (k, v) in other.attempted { attempted[k, default: 0] += v }
            for (k, v) in other.identical { identical[k, default: 0] += v }
            for (k, v) in other.declined { declined[k, default: 0] += v }
            for (k, v) in other.misread { misread[k, default: 0] += v }
            for (k, v) in other.declineReasons { declineReasons[k, default: 0] += v }
            failures += other.failures
            misreadCases += other.misreadCases
        }

        var description: String {
            Kind.allCases.filter { (attempted[$0] ?? 0) + (declined[$0] ?? 0) > 0 }.map { k in
                "  \(k.rawValue): \(identical[k] ?? 0)/\(attempted[k] ?? 0) identical, \(declined[k] ?? 0) declined, \(misread[k] ?? 0) read back otherwise"
            }.joined(separator: "\n")
                + (declineReasons.isEmpty ? "" : "\n  declined as: " + declineReasons.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: ", "))
        }
    }

    /// What the reader makes of an item, in comparable form.
    struct Shape: Equatable, CustomStringConvertible {
        var id: String, title: String, status: Status, summary: String?
        var fields: [String], deliverables: [String], issues: [Int]
        var description: String { "\(id) \"\(title)\" \(status) fields \(fields) deliverables \(deliverables) issues \(issues)" }
    }

    static func shape(_ d: Document) -> [Shape] {
        d.items.map { i in
            Shape(id: i.id, title: i.title, status: i.status, summary: i.summary, fields: i.fields.map { "\($0.key.lowercased())=\($0.value)" },
                  deliverables: i.deliverables.flattened.map { "\($0.position) \($0.deliverable.checked.map { $0 ? "x" : " " } ?? "-") \($0.deliverable.text)" },
                  issues: i.issues.map(\.number))
        }
    }

    /// A document being edited: its bytes, format and what they read as.
    struct State {
        let path: String
        let format: Format
        var bytes: [UInt8]
        var tree: SyntaxTree
        var editor: DocumentEditor
        /// What the full reader makes of it (read when asked: undo steps compare bytes only).
        var shape: [Shape] { UndoPropertyTests.shape(DocumentReader.read(tree, path: path)) }

        /// The original stands for the committed version, which `DocumentEditor.open` asks for the
        /// letter of a document whose last ticked box was cleared.
        let committed: [UInt8]

        init(path: String, format: Format, bytes: [UInt8], committed: [UInt8]? = nil) {
            self.path = path
            self.format = format
            self.bytes = bytes
            self.committed = committed ?? bytes
            tree = SyntaxTree.parse(SourceText(bytes: bytes), as: format)
            editor = DocumentEditor(path: path, tree: tree)
            editor.letterHint = DocumentEditor.checkedLetter(in: self.committed)
        }

        func applying(_ edit: DocumentEditor.Edit) -> State {
            State(path: path, format: format, bytes: edit.applied(to: bytes), committed: committed)
        }

        /// Items that are sections (list entries take no fields or nested deliverables).
        var sections: [Int] { editor.document.items.indices.filter { editor.listEntryBlock(of: editor.document.items[$0]) == nil } }
    }

    /// One edit and its undo; `expect` turns the model before into the intended model after.
    struct Step {
        var kind: Kind
        var forward: (State) throws -> DocumentEditor.Edit
        var undo: (State) throws -> DocumentEditor.Edit
        var expect: ([Shape]) -> [Shape]
    }

    /// The steps worth trying on `state`, `budget` of each kind at most, chosen by `random`.
    static func steps(for state: State, random: inout SplitMix, budget: Int, salt: Int) -> [Step] {
        var steps: [Step] = []
        let items = state.editor.document.items
        func pick<T>(_ xs: [T], _ n: Int) -> [T] {
            guard xs.count > n else { return xs }
            var pool = xs, out: [T] = []
            for _ in 0 ..< n { out.append(pool.remove(at: Int(random.next() % UInt64(pool.count)))) }
            return out
        }
        // Ticks, both ways.
        var boxes: [(item: Int, position: String, checked: Bool)] = []
        for i in items.indices {
            for e in items[i].deliverables.flattened { if let c = e.deliverable.checked { boxes.append((i, e.position, c)) } }
        }
        for b in pick(boxes.filter { !$0.checked }, budget) + pick(boxes.filter(\.checked), budget) {
            let id = items[b.item].id
            steps.append(Step(kind: b.checked ? .uncheckCheck : .checkUncheck,
                              forward: { s in try s.editor.setChecked(!b.checked, item: s.index(id), selectors: [b.position], all: false) },
                              undo: { s in try s.editor.setChecked(b.checked, item: s.index(id), selectors: [b.position], all: false) },
                              expect: { shape in shape.map { x in
                                  guard x.id == id else { return x }
                                  var x = x
                                  x.deliverables = x.deliverables.map { d in
                                      d.hasPrefix(b.position + " ") ? b.position + " " + (b.checked ? " " : "x") + d.dropFirst(b.position.count + 2) : d
                                  }
                                  return x
                              } }))
        }
        let sections = state.sections
        // A new field, then unset.
        for i in pick(sections, budget) {
            let id = items[i].id
            let key = ["Reviewer", "Probe", "Due"].first { k in !items[i].fields.contains { $0.key.lowercased() == k.lowercased() } } ?? "Zeta"
            let value = "v\(salt)-\(random.next() % 1000)"
            steps.append(Step(kind: .setUnset,
                              forward: { s in try s.editor.setField(item: s.index(id), key: key, value: value) },
                              undo: { s in try s.editor.unsetField(item: s.index(id), key: key) },
                              expect: { shape in shape.map { x in
                                  guard x.id == id else { return x }
                                  var x = x
                                  x.fields.append("\(key.lowercased())=\(value)")
                                  return x
                              } }))
        }
        // A title changed, then changed back (the id follows it unless an anchor gives one).
        for i in pick(sections, budget) {
            let id = items[i].id, title = items[i].title
            // Renaming back, one types the title as written when its words are not all in it
            // (`Interactive \`deis run\``), else its words (around them, a link stays).
            let headingIndex = state.tree.blocks.firstIndex { $0.kind == .heading && Int($0.firstLine) <= items[i].line - 1 && Int($0.endLine) > items[i].line - 1 }
            let raw = headingIndex.map { state.tree.source.string(state.tree.blocks[$0].text) } ?? title
            // An anchor (`.. _id:` before it, `{#id}` after it) keeps the id.
            let anchored = headingIndex.map { state.tree.labelStart(before: $0) != nil } == true || (raw.hasSuffix("}") && raw.contains("{#"))
            let back = raw.utf8.count >= title.utf8.count && Array(raw.utf8).indices.contains { k in Array(raw.utf8)[k...].starts(with: title.utf8) } ? title : raw
            let new = "Renamed Probe \(salt) \(random.next() % 10_000)"
            steps.append(Step(kind: .renameBack,
                              forward: { s in try s.editor.rename(item: s.index(id), to: new) },
                              // An item that shared its title with an earlier one had the suffixed id: as it was.
                              undo: { s in try s.editor.rename(item: s.index(title: new), to: back, allowDuplicate: id != Slug.make(title) && !anchored) },
                              expect: { shape in shape.map { x in
                                  guard x.id == id else { return x }
                                  var x = x
                                  x.title = new
                                  if !anchored { x.id = Slug.make(new) }
                                  return x
                              } }))
        }
        // A new item (sometimes with a field and a deliverable), after or before another, then removed.
        for i in pick(Array(items.indices), budget) {
            let before = random.next() % 3 == 0
            let full = random.next() % 2 == 0 && sections.contains(i)
            let title = "Undo Probe \(salt) \(random.next() % 10_000)"
            let id = items[i].id
            let new = DocumentEditor.NewItem(title: title, deliverables: full ? ["probe deliverable \(salt)"] : [],
                                             fields: full ? [(key: "owner", value: "probe")] : [])
            steps.append(Step(kind: .addRemove,
                              forward: { s in before ? try s.editor.add(new, before: s.index(id)) : try s.editor.add(new, after: s.index(id)) },
                              undo: { s in try s.editor.remove(item: s.index(title: title), deliverable: nil) },
                              expect: { shape in
                                  guard let at = shape.firstIndex(where: { $0.id == id }) else { return shape }
                                  var shape = shape
                                  let added = Shape(id: Slug.make(title), title: title, status: .planned, summary: nil,
                                                    fields: full ? ["owner=probe"] : [], deliverables: full ? ["1   probe deliverable \(salt)"] : [], issues: [])
                                  shape.insert(added, at: before ? at : at + 1)
                                  return shape
                              }))
        }
        // A new deliverable (sometimes nested), then removed by its position. Not in an item whose
        // entries have no boxes: there the first box makes a checklist of a plain list.
        for i in pick(sections.filter { items[$0].deliverables.flattened.allSatisfy(\.deliverable.hasCheckbox) }, budget) {
            let id = items[i].id
            let text = "probe deliverable \(salt) \(random.next() % 10_000)"
            let top = items[i].deliverables
            let nestUnder = !top.isEmpty && random.next() % 3 == 0 ? Int(random.next() % UInt64(top.count)) : nil
            let position = nestUnder.map { "\($0 + 1).\(top[$0].children.count + 1)" } ?? "\(top.count + 1)"
            steps.append(Step(kind: .addDeliverableRemove,
                              forward: { s in try s.editor.addDeliverable(item: s.index(id), text: text, checked: false, link: nil,
                                                                           under: nestUnder.map { String($0 + 1) }) },
                              undo: { s in try s.editor.remove(item: s.index(id), deliverable: position) },
                              expect: { shape in shape.map { x in
                                  guard x.id == id else { return x }
                                  var x = x
                                  // After the parent's last descendant, or at the end.
                                  let entry = "\(position)   \(text)"
                                  if let n = nestUnder {
                                      let prefix = "\(n + 1)."
                                      let last = x.deliverables.lastIndex { $0.hasPrefix(prefix) || $0.hasPrefix("\(n + 1) ") } ?? x.deliverables.count - 1
                                      x.deliverables.insert(entry, at: last + 1)
                                  } else {
                                      x.deliverables.append(entry)
                                  }
                                  return x
                              } }))
        }
        return steps
    }

    /// Tries each step on `original`: forward, re-read, undo; then a random sequence of steps
    /// undone in reverse order.
    static func run(path: String, format: Format, bytes: [UInt8], seed: UInt64, budget: Int, sequences: Int, tally: inout Tally) {
        let original = State(path: path, format: format, bytes: bytes)
        let originalShape = original.shape
        var random = SplitMix(seed: seed)
        /// The edit, verified as the commands do (one the re-read refuses is declined), and
        /// the document after it with what it reads as.
        func attempt(_ step: Step, on state: State, reading before: [Shape], kind: Kind) -> (state: State, shape: [Shape])? {
            let after: State
            do {
                after = state.applying(try state.editor.verified(step.forward(state)))
            } catch {
                tally.declined[kind, default: 0] += 1
                // By the refusal's kind: `unverified`, `duplicateID`, `invalidValue` (plain text)…
                tally.declineReasons[Mirror(reflecting: error).children.first?.label ?? "\(error)", default: 0] += 1
                return nil
            }
            let intended = step.expect(before)
            let got = after.shape
            if !sameExceptStatus(got, intended, before: before) {
                // The reader takes the new text otherwise than intended (a checklist that makes a
                // section's subsections items): a question of meaning, not of bytes, which the
                // edit's verification refuses. Counted, and not undone.
                tally.misread[kind, default: 0] += 1
                tally.misreadCases.append("\(path): \(step.kind.rawValue) reads back otherwise:\n    \(diff(got, intended))")
                return nil
            }
            return (after, got)
        }
        func undo(_ step: Step, on after: State, back to: State, kind: Kind) {
            tally.attempted[kind, default: 0] += 1
            do {
                // (Not verified: giving back the very bytes read is the check.)
                let undone = after.applying(try step.undo(after))
                if undone.bytes == to.bytes {
                    tally.identical[kind, default: 0] += 1
                } else {
                    tally.failures.append("\(path): \(step.kind.rawValue) then undo differs:\n\(firstDifference(to.bytes, undone.bytes))")
                }
            } catch {
                tally.failures.append("\(path): \(step.kind.rawValue): the undo was declined: \(error)")
            }
        }
        for step in steps(for: original, random: &random, budget: budget, salt: 0) {
            guard let after = attempt(step, on: original, reading: originalShape, kind: step.kind) else { continue }
            undo(step, on: after.state, back: original, kind: step.kind)
        }
        // Random sequences: each edit re-read, then all undone, last first.
        for n in 0 ..< sequences {
            var states = [original]
            var shape = originalShape
            var done: [Step] = []
            for k in 0 ..< 6 {
                let state = states.last!
                let candidates = steps(for: state, random: &random, budget: 1, salt: n * 10 + k + 1)
                guard !candidates.isEmpty else { break }
                let step = candidates[Int(random.next() % UInt64(candidates.count))]
                guard let after = attempt(step, on: state, reading: shape, kind: .sequence) else { continue }
                states.append(after.state)
                shape = after.shape
                done.append(step)
            }
            guard !done.isEmpty else { continue }
            tally.attempted[.sequence, default: 0] += 1
            var state = states.removeLast()
            var intact = true
            for step in done.reversed() {
                let target = states.removeLast()
                guard let undone = try? state.applying(step.undo(state)), undone.bytes == target.bytes else {
                    let got = (try? state.applying(step.undo(state)).bytes) ?? []
                    tally.failures.append("\(path): sequence \(n): undoing \(step.kind.rawValue) differs\n\(firstDifference(target.bytes, got))")
                    intact = false
                    break
                }
                state = undone
            }
            if intact && state.bytes == original.bytes { tally.identical[.sequence, default: 0] += 1 }
        }
    }

    /// The shapes agree; the edited items' statuses may follow their checklists.
    static func sameExceptStatus(_ a: [Shape], _ b: [Shape], before: [Shape]) -> Bool {
        guard a.count == b.count else { return false }
        return zip(a, b).allSatisfy { x, y in
            var x = x
            if x.deliverables != before.first(where: { $0.id == x.id })?.deliverables { x.status = y.status }
            return x == y
        }
    }

    static func diff(_ a: [Shape], _ b: [Shape]) -> String {
        if a.count != b.count { return "\(a.count) items instead of \(b.count): \(a.map(\.id)) vs \(b.map(\.id))" }
        return zip(a, b).filter { $0.0 != $0.1 }.map { "got \($0.0)\n    want \($0.1)" }.joined(separator: "\n    ")
    }

    static func firstDifference(_ a: [UInt8], _ b: [UInt8]) -> String {
        let common = zip(a, b).prefix { $0.0 == $0.1 }.count
        let from = max(0, common - 60)
        func show(_ x: [UInt8]) -> String { String(decoding: x[from ..< min(x.count, common + 60)], as: UTF8.self).debugDescription }
        return "    at byte \(common): want \(show(a))\n                  got \(show(b))"
    }

    /// `text` with CRLF line endings and a byte order mark, as Windows editors save it.
    static func crlfWithBOM(_ bytes: [UInt8]) -> [UInt8] {
        var out: [UInt8] = [0xEF, 0xBB, 0xBF]
        for b in bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? Array(bytes.dropFirst(3)) : bytes {
            if b == 0x0A, out.last != 0x0D { out.append(0x0D) }
            out.append(b)
        }
        return out
    }

    @Test func undoOnTheSeedsGivesTheSameBytes() throws {
        var tally = Tally()
        // Every fixture, as it is and with CRLF line endings and a BOM: an edit keeps both.
        for (n, path) in Fixtures.all.enumerated() {
            let tree = try DocumentLoader().syntax(path: path)
            for (k, bytes) in [tree.source.bytes, Self.crlfWithBOM(tree.source.bytes)].enumerated() {
                UndoPropertyTests.run(path: path + (k == 1 ? " (CRLF, BOM)" : ""), format: tree.format, bytes: bytes,
                                      seed: UInt64(2 * n + k + 1), budget: 6, sequences: 4, tally: &tally)
            }
        }
        print("undo on the seeds and fixtures (\(Fixtures.all.count) documents, each also with CRLF and a BOM):\n\(tally)")
        #expect(tally.failures.isEmpty, "\(tally.failures.prefix(20).joined(separator: "\n"))")
        #expect(tally.misreadCases.isEmpty, "\(tally.misreadCases.prefix(20).joined(separator: "\n"))")
    }

    @Test func undoOnTheCorpusGivesTheSameBytes() async throws {
        let files = Fixtures.corpusFiles
        guard !files.isEmpty else { return }  // the corpus is not beside this checkout
        // Bounded for `swift test`; ROADMAP_UNDO_BUDGET=N tries up to N edits of each kind per document.
        let budget = getenv("ROADMAP_UNDO_BUDGET").flatMap { Int(String(cString: $0)) } ?? 1
        let sequences = min(10, max(1, budget / 2))
        // Two shards side by side: each document's run is seeded by its place in the list alone.
        let tally = await withTaskGroup(of: Tally.self) { group in
            for shard in 0 ..< 2 {
                group.addTask {
                    var tally = Tally()
                    for (n, path) in files.enumerated() where n % 2 == shard {
                        guard let tree = try? DocumentLoader().syntax(path: path) else { continue }
                        UndoPropertyTests.run(path: path, format: tree.format, bytes: tree.source.bytes, seed: UInt64(n + 1), budget: budget, sequences: sequences, tally: &tally)
                    }
                    return tally
                }
            }
            var all = Tally()
            for await t in group { all.merge(t) }
            return all
        }
        print("undo on the corpus (\(files.count) documents):\n\(tally)")
        // Edits the reader takes otherwise: for the edit's verification to refuse, shown to fix.
        for m in tally.misreadCases.prefix(10) { print("  " + m.prefix(600)) }
        #expect(tally.failures.isEmpty, "\(tally.failures.prefix(30).joined(separator: "\n"))")
    }
}

extension UndoPropertyTests.State {
    /// The index of the item with `id` now (an edit may move items).
    func index(_ id: String) throws -> Int {
        guard let i = editor.document.items.firstIndex(where: { $0.id == id }) else { throw EditError.invalidValue("no item \(id)") }
        return i
    }

    func index(title: String) throws -> Int {
        guard let i = editor.document.items.firstIndex(where: { $0.title == title }) else { throw EditError.invalidValue("no item \(title)") }
        return i
    }
}
