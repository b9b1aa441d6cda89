/// Something odd found while reading or checking a document, with where it is.
///
/// Readers forgive and report: a diagnostic never stops a document from being read.
public struct Diagnostic: Hashable, Sendable, Codable {
    public enum Severity: String, Sendable, Codable, Comparable {
        case error, warning, info

        private var rank: Int {
            switch self {
            case .error: 2
            case .warning: 1
            case .info: 0
            }
        }

        public static func < (a: Self, b: Self) -> Bool { a.rank < b.rank }
    }

    /// A stable name for a kind of diagnostic (`short-adornment`, `unclosed-fence`): what lint
    /// rules, scripts and the JSON export match on, where messages may be reworded.
    /// Each layer declares the ids of the diagnostics it makes, as static members.
    public struct ID: RawRepresentable, Hashable, Sendable, Codable, CustomStringConvertible {
        public var rawValue: String
        public init(rawValue: String) { self.rawValue = rawValue }
        public init(_ rawValue: String) { self.rawValue = rawValue }
        public var description: String { rawValue }
    }

    public var severity: Severity
    public var id: ID
    public var line: Int
    public var column: Int
    public var message: String

    public init(_ severity: Severity, _ id: ID, line: Int, column: Int = 1, _ message: String) {
        self.severity = severity
        self.id = id
        self.line = line
        self.column = column
        self.message = message
    }

    /// `path:line:column: severity: message`, the form editors jump to.
    public func formatted(path: String) -> String {
        "\(path):\(line):\(column): \(severity.rawValue): \(message)"
    }
}
