import RoadmapText
import RoadmapModel

/// One line of a GFM pipe table (or a row of an RST grid table, `| a | b |`): what readers of
/// tables (meeting notes, status columns) and the RST converter share.
package enum PipeTableRow {
    /// The cells of `line`, trimmed, split at `|`; the pipes that open and close it make no cells.
    package static func cells(_ line: String) -> [String] {
        let line = line.trimming(" \t")
        var cells = line.split(separator: "|", omittingEmptySubsequences: false).map { String($0).trimming(" \t") }
        if line.hasPrefix("|") { cells.removeFirst() }
        if line.hasSuffix("|"), !cells.isEmpty { cells.removeLast() }
        return cells
    }

    /// Headers of the column that says a row's status.
    package static let statusHeaders: Set<String> = Field.statusKeys.union([
        "state", "progress", "done?",
        // Progress in other languages (the status field's names come with `Field.statusKeys`).
        "fortschritt", "avancement", "progreso", "progresso", "进度", "進度", "進捗", "진행 상황", "진행상황",
    ])

    /// A header cell as its column is known by: lower case, without emphasis or an escape
    /// around it (`**Status**`, `Priority\*`).
    package static func headerName(_ cell: String) -> String { cell.lowercased().trimming(" \t*_\\") }

    /// Whether `cells` are the delimiter row under a header (`---`, `:--:`).
    package static func isDelimiter(_ cells: [String]) -> Bool {
        cells.allSatisfy { $0.allSatisfy { $0 == "-" || $0 == ":" || $0 == " " } }
    }
}
