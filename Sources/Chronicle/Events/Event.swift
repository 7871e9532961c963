/// One happening reported in an article: what, who, where, when, and the words that say so.
public struct Event: Sendable, Equatable {
    /// A participant and its role in the event.
    public struct Participant: Sendable, Equatable, Hashable {
        public let entityId: String
        /// `agent`, `recipient`, `speaker`, or `participant` when no cue says more.
        public let role: String
    }

    /// Where the event's time came from.
    public enum TimeSource: String, Sendable {
        /// A time expression in the trigger's own clause.
        case clause
        /// A time expression elsewhere in the sentence (reporting verbs; a fronted time for the
        /// first event after it: `Last month, Lula postponed the trip`).
        case sentence
        /// The last time mentioned before, for a statement continuing a narrative.
        case narrative
        /// Another mention of the same event that had a time.
        case merged
    }

    /// A document-unique id: the document id and the first trigger's offset.
    public let id: String
    public let type: String
    /// Types of one family are mentions of one happening (`gift`, `transfer` → `transfer`).
    public let family: String
    /// The first trigger; other mentions merged into this event are in `mentions`.
    public let trigger: Span
    /// Every trigger of this event in the document, in text order.
    public var mentions: [EventMention]
    public var participants: [Participant]
    /// Entity ids of the places where it happened.
    public var places: [String]
    public var time: TimeExpression?
    public var timeSource: TimeSource?
    /// The trigger list line that typed it.
    public let source: String
    /// A speech verb (`said`): its content is another event.
    public let isReporting: Bool
    /// A bare definite noun (`the deal`): a reference back to an event told before.
    public let isBareNoun: Bool
    /// Marked as another event than those told before (`similar agreements`, `another
    /// attack`): later mentions may join it, it joins none.
    public var isDistinct = false

    /// The interval the event is placed in, if dated.
    public var range: TimeRange? { time?.range }
}

/// One place an event is mentioned: its trigger and the sentence around it.
public struct EventMention: Sendable, Equatable {
    public let trigger: Span
    public let sentence: Span
}
