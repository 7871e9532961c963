/// An entity as queries return it.
public struct EntityRef: Sendable, Hashable, Codable {
    public let id: String
    public let name: String
    public let type: EntityType

    public init(id: String, name: String, type: EntityType) {
        self.id = id
        self.name = name
        self.type = type
    }
}

/// An event's time as queries return it: the TIMEX3 value and its interval.
public struct EventTime: Sendable, Hashable {
    public let value: String
    public let begin: LocalDateTime?
    public let end: LocalDateTime?
    public let mod: String?

    public init(value: String, begin: LocalDateTime?, end: LocalDateTime?, mod: String? = nil) {
        self.value = value
        self.begin = begin
        self.end = end
        self.mod = mod
    }

    /// Placed on the timeline (has an interval).
    public var isDated: Bool { begin != nil && end != nil }
}

/// Where an event is told: one article, one sentence, the trigger's code point offsets.
public struct EventSource: Sendable, Hashable {
    public let document: String
    public let source: String
    public let sentence: String
    public let start: Int
    public let end: Int

    public init(document: String, source: String, sentence: String, start: Int, end: Int) {
        self.document = document
        self.source = source
        self.sentence = sentence
        self.start = start
        self.end = end
    }
}

/// One event of the timeline, with everything needed to show and trace it.
public struct TimelineEntry: Sendable, Hashable {
    public struct Participant: Sendable, Hashable {
        public let entity: EntityRef
        public let role: String

        public init(entity: EntityRef, role: String) {
            self.entity = entity
            self.role = role
        }
    }

    public let id: String
    public let type: String
    public let summary: String
    public let time: EventTime?
    public let participants: [Participant]
    public let places: [EntityRef]
    public let sources: [EventSource]

    public init(id: String, type: String, summary: String, time: EventTime?, participants: [Participant],
                places: [EntityRef], sources: [EventSource]) {
        self.id = id
        self.type = type
        self.summary = summary
        self.time = time
        self.participants = participants
        self.places = places
        self.sources = sources
    }
}
