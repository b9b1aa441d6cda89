/// What every JSON output shares: the schema version and the frame of a list. It sits below
/// the layers that print JSON (Rendering, Checks) so that none of them needs another.
public enum JSONOutput {
    /// Bumped only when a field changes meaning or disappears; new fields may be added within a version.
    public static let schemaVersion = 1

    /// The frame of a JSON output that is a list: `{"schema": 1, …, "<key>": [ … ]}` and a final
    /// newline. `header` writes the fields between the schema and the list, `elements` the list's.
    public static func envelope(_ key: String, pretty: Bool = true, header: (inout JSONWriter) -> Void = { _ in },
                                _ elements: (inout JSONWriter) -> Void) -> String {
        var w = JSONWriter(pretty: pretty)
        w.beginObject()
        w.field("schema", schemaVersion)
        header(&w)
        w.key(key)
        w.beginArray()
        elements(&w)
        w.endArray()
        w.endObject()
        return w.string + "\n"
    }
}
