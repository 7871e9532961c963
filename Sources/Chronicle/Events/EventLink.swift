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
        // Made at its final size; the events are read in place (a copy retains every field).
        mentions.reserveCapacity(events.reduce(0) { $0 + $1.mentions.count })
        for n in events.indices {
            for m in events[n].mentions {
                mentions.append((n, m.trigger, EventLinker.sentence(containing: m.trigger, in: sentences)))
            }
        }
        mentions.sort { $0.trigger.start < $1.trigger.start }
        // In text order the sentence indices do not decrease (always, as every trigger lies in a
        // sentence), so the mentions of one sentence are consecutive: the scan for the events a
        // speech verb reports stops at the next sentence instead of running to the end.
        let ordered = zip(mentions, mentions.dropFirst()).allSatisfy { $0.sentence <= $1.sentence }
        // Where each sentence's first sequel cue ends, found once per sentence: rescanning a
        // sentence for each of its triggers is quadratic on a page that is one huge sentence.
        var sequelCueEnd = [Int: Int]()
        // A plain loop: the lazy filter's closure held a copy of the linker (its lexicon's every
        // array retained and released) for each sentence.
        for n in Set(mentions.map(\.sentence)) {
            var end: Int?
            for t in sentences[n].tokens where tokens[t].kind == .word && lexicon.argumentCue(tokens[t].key) == .sequel {
                end = min(end ?? tokens[t].end, tokens[t].end)
            }
            sequelCueEnd[n] = end
        }
        var links = Set<EventLink>()
        var sentenceStart = 0  // the first mention of the current sentence, when `ordered`
        for (k, m) in mentions.enumerated() {
            if k == 0 || mentions[k - 1].sentence != m.sentence { sentenceStart = k }
            // The event's fields are read in place: a copy of the whole `Event` retains its every
            // String and array.
            if events[m.event].isReporting {
                for later in mentions[(k + 1)...] {
                    if ordered && later.sentence > m.sentence { break }
                    guard later.sentence == m.sentence && !events[later.event].isReporting && later.event != m.event else { continue }
                    links.insert(EventLink(from: events[m.event].id, to: events[later.event].id, relation: .reports))
                }
            }
            if let cue = sequelCueEnd[m.sentence], cue <= m.trigger.start,
               let previous = mentions[..<(ordered ? sentenceStart : k)].last(where: { $0.sentence < m.sentence && $0.event != m.event && !events[$0.event].isReporting }) {
                links.insert(EventLink(from: events[previous.event].id, to: events[m.event].id, relation: .before))
            }
        }
        return links.sorted { ($0.from, $0.to, $0.relation.rawValue) < ($1.from, $1.to, $1.relation.rawValue) }
    }

    /// The index of the first sentence containing `span` (0 if none), as
    /// `sentences.firstIndex { $0.span.contains(span) } ?? 0`, by binary search: sentences are
    /// in text order and do not overlap, so only the last one starting at or before it can.
    static func sentence(containing span: Span, in sentences: [Sentence]) -> Int {
        let low = sentences.partitionPoint { $0.span.start > span.start }
        guard low > 0 else { return 0 }
        // Empty sentences cannot occur, but keep the linear answer's tie rule for equal starts.
        var k = low - 1
        while k > 0 && sentences[k - 1].span.start == sentences[k].span.start { k -= 1 }
        for j in k..<low where sentences[j].span.contains(span) { return j }
        return sentences.firstIndex { $0.span.contains(span) } ?? 0
    }
}
