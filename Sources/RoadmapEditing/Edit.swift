import RoadmapText
import RoadmapModel
import RoadmapSyntax
import RoadmapIO
import RoadmapReading

/// What edits give back: the patches, and one change per line for people.
extension DocumentEditor {
    /// What an edit does: the patches, and one line per change for people.
    public struct Edit: Sendable {
        public var patches: [TextPatch] = []
        public var changes: [Change] = []
        /// What the edit means to change in the model, for `EditVerifier`.
        public var intent: EditIntent? = nil
        /// Whether `verified(_:)` has re-read it already, as it is now: a patch or intent
        /// changed since takes the mark away.
        public var isVerified: Bool { verifiedAs.map { $0.patches == patches && $0.intent == intent } ?? false }
        /// The patches and intent `verified(_:)` checked.
        var verifiedAs: (patches: [TextPatch], intent: EditIntent?)? = nil

        /// An edit of `patches`, reported as `changes`, meaning `intent` (which `verified(_:)` checks).
        public init(patches: [TextPatch] = [], changes: [Change] = [], intent: EditIntent? = nil) {
            self.patches = patches
            self.changes = changes
            self.intent = intent
        }

        /// The document after the edit.
        public func applied(to bytes: [UInt8]) -> [UInt8] { TextPatch.apply(patches, to: bytes) }
    }

    /// One change, as `roadmap` reports it: `checked "Swarm preview" in Scheduling (ROADMAP.rst:32)`.
    public struct Change: Sendable, Equatable {
        /// `checked`, `unchecked`, `set`, `unset`, `added`; with `changed` false the document
        /// already was so.
        public var action: String
        public var subject: String
        public var item: String
        public var itemID: String
        public var line: Int
        public var changed: Bool

        public init(action: String, subject: String, item: String, itemID: String, line: Int, changed: Bool) {
            self.action = action
            self.subject = subject
            self.item = item
            self.itemID = itemID
            self.line = line
            self.changed = changed
        }

        public func description(path: String) -> String {
            changed
                ? "\(action) \(subject) in \(item) (\(path):\(line))"
                : "\(subject) in \(item) is already \(action) (\(path):\(line)); nothing to do"
        }
    }
}
