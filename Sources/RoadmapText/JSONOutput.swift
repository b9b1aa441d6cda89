/// What every JSON output shares: the schema version and the frame of a list. It sits below
/// the layers that print JSON (Rendering, Checks) so that none of them needs another.
public enum JSONOutput {
    /// Bumped only when a field changes meaning or disappears; new fields may be added within a version.
    public static let schemaVersion = 1

    /// The frame of a JSON output that is a list: `{"schema": 1, …, "<key>": [ … ]}` and a final
    /// newline. `header` writes the fields between the schema and the list, `elements` the list's.
    public static func envelope(_ key: StaticString, pretty: Bool = true, header: (inout JSONWriter) -> Void = { _ in },
                                _ elements: (inout JSONWriter) -> Void) -> String {
        var w = JSONWriter(pretty: pretty)
        begin(key, header: header, &w)
        elements(&w)
        end(&w)
        return w.string
    }

    /// The envelope's opening, up to the list's `[`: for output written in pieces.
    public static func begin(_ key: StaticString, header: (inout JSONWriter) -> Void = { _ in }, _ w: inout JSONWriter) {
        w.beginObject()
        w.field("schema", schemaVersion)
        header(&w)
        w.key(key)
        w.beginArray()
    }

    /// The envelope's closing, after the list's last element, and the final newline.
    public static func end(_ w: inout JSONWriter) {
        w.endArray()
        w.endObject()
        w.raw(0x0A)
    }
}
