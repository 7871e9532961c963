/// A relation between two events of one article, from its words rather than its dates.
public struct EventLink: Sendable, Equatable, Hashable {
    public enum Relation: String, Sendable {
        /// `from` happened before `to` (`…; Peskov later confirmed the reports`).
        case before
        /// `from` is a statement whose content is `to` (`Miller said Putin's transfer …`).
        case reports
    }

    public let from: String
    public let to: String
    public let relation: Relation

    public init(from: String, to: String, relation: Relation) {
        self.from = from
        self.to = to
        self.relation = relation
    }
}

/// Finds the links of one article's events.
///
/// A speech verb reports the events told after it in its sentence. A sequel cue (`later`,
/// `then`, from `events/argument-cues.txt`) before a trigger in its sentence places that event
/// after the last event told before that sentence.
struct EventLinker {
    let lexicon: TriggerLexicon

    func links(_ events: [Event], tokens: [Token], sentences: [Sentence]) -> [EventLink] {
        // Every mention as (event index, trigger, sentence index), in text order.
        var mentions = [(event: Int, trigger: Span, sentence: Int)]()
        for (n, e) in events.enumerated() {
            for m in e.mentions {
                let s = sentences.firstIndex { $0.span.contains(m.trigger) } ?? 0
                mentions.append((n, m.trigger, s))
            }
        }
        mentions.sort { $0.trigger.start < $1.trigger.start }
        var links = Set<EventLink>()
        for (k, m) in mentions.enumerated() {
            let event = events[m.event]
            if event.isReporting {
                for later in mentions[(k + 1)...] where later.sentence == m.sentence && !events[later.event].isReporting
                    && later.event != m.event {
                    links.insert(EventLink(from: event.id, to: events[later.event].id, relation: .reports))
                }
            }
            if hasSequelCue(before: m.trigger, in: sentences[m.sentence], tokens: tokens),
               let previous = mentions[..<k].last(where: { $0.sentence < m.sentence && $0.event != m.event && !events[$0.event].isReporting }) {
                links.insert(EventLink(from: events[previous.event].id, to: event.id, relation: .before))
            }
        }
        return links.sorted { ($0.from, $0.to, $0.relation.rawValue) < ($1.from, $1.to, $1.relation.rawValue) }
    }

    private func hasSequelCue(before trigger: Span, in sentence: Sentence, tokens: [Token]) -> Bool {
        sentence.tokens.contains { i in
            tokens[i].end <= trigger.start && tokens[i].kind == .word && lexicon.argumentCues[tokens[i].key] == .sequel
        }
    }
}
