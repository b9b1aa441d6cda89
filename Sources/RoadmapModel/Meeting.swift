import RoadmapText

/// A planning meeting recorded in a document: a dated section, or a minutes document.
public struct Meeting: Hashable, Sendable, Codable {
    public var title: String
    /// 1-based line of the title.
    public var line: Int
    /// `yyyy-mm-dd`, or `yyyy-mm` when only the month is known.
    public var date: String?
    /// The release the meeting planned (`1.12` for "Deis v1.12").
    public var release: String?
    /// Names of roadmap items the meeting recorded as completed.
    public var completed: [String]
    /// Names of roadmap items the meeting added.
    public var added: [String]
    public var links: [Link]
    public var attendees: [Attendee]
    /// Who the notes say did not come: "Absent:", "Regrets:", an unticked box in a roll call.
    public var absent: [Attendee] = []
    public var actions: [ActionItem]
    public var decisions: [String]
    /// When the next meeting is: `yyyy-mm-dd` when known, else the text.
    public var next: String?

    public init(title: String, line: Int, date: String? = nil, release: String? = nil, completed: [String] = [], added: [String] = [],
                links: [Link] = [], attendees: [Attendee] = [], actions: [ActionItem] = [], decisions: [String] = [], next: String? = nil)
    {
        self.title = title
        self.line = line
        self.date = date
        self.release = release
        self.completed = completed
        self.added = added
        self.links = links
        self.attendees = attendees
        self.actions = actions
        self.decisions = decisions
        self.next = next
    }
}

/// Someone who attended a meeting.
public struct Attendee: Hashable, Sendable, Codable {
    public var name: String
    public var organization: String?
    /// Their handle (`dscully` for "Dana Scully (@dscully)"), without the `@`.
    public var handle: String?
    /// What they were there as, when the notes say: "voting", "chair", "notes".
    public var role: String?

    public init(name: String, organization: String? = nil, handle: String? = nil, role: String? = nil) {
        self.name = name
        self.organization = organization
        self.handle = handle
        self.role = role
    }
}

/// An action item agreed in a meeting.
public struct ActionItem: Hashable, Sendable, Codable {
    /// The number or label the minutes give it, if any.
    public var id: String?
    public var text: String
    public var owner: String?
    public var done: Bool
    /// 1-based line.
    public var line: Int

    public init(id: String? = nil, text: String, owner: String? = nil, done: Bool = false, line: Int) {
        self.id = id
        self.text = text
        self.owner = owner
        self.done = done
        self.line = line
    }
}
