/// An entity with how often and where it is mentioned.
public struct EntityListing: Sendable, Hashable {
    public let entity: EntityRef
    public let mentions: Int
    public let documents: Int
    public let events: Int

    public init(entity: EntityRef, mentions: Int, documents: Int, events: Int) {
        self.entity = entity
        self.mentions = mentions
        self.documents = documents
        self.events = events
    }
}

/// One step of a path between two entities: an event and the entity it leads to.
public struct PathStep: Sendable, Hashable {
    public let event: TimelineEntry
    public let to: EntityRef

    public init(event: TimelineEntry, to: EntityRef) {
        self.event = event
        self.to = to
    }
}
