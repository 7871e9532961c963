/// One mention of an entity in a document: where it is, who it is, and what found it.
public struct EntityMention: Sendable, Equatable {
    public let span: Span
    public let entityId: String
    public let type: EntityType
    /// The list or rule that produced it: `list:entities/people.txt`, `rule:title-name`,
    /// `alias:short-form`, `alias:acronym`, …
    public let source: String
    /// Whether the name heads its noun phrase or modifies another noun (`Apple CEO`).
    public let role: MentionRole
    /// Token range of the mention (internal: events and co-occurrence work on tokens).
    let tokens: ClosedRange<Int>

    /// The source of mentions made by a demonym (`Russian` for Russia).
    static let demonymSource = "list:cues/demonyms.txt"
}

/// An entity as one document knows it: its id, best name, type and every mention.
public struct DocumentEntity: Sendable, Equatable {
    public let id: String
    public let name: String
    public let type: EntityType
    public var mentions: [EntityMention]
}
