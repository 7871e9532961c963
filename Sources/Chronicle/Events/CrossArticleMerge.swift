/// Decides whether an event told by one article is an event already told by another.
///
/// Across articles the evidence is weaker than within one, so the rule is stricter: the types
/// must be of one family and, when both are dated, their intervals overlap and the wider spans
/// at most `widestInterval` days; two dated statements need a shared speaker (a person, when both
/// name one); two dated events a shared participant or place; an undated one needs
/// `undatedSharedParticipants` shared people or organisations. Among candidates, the one sharing
/// the most wins.
public enum CrossArticleMerge {
    /// What the merge looks at in an event.
    public struct Sketch: Sendable {
        public let isReporting: Bool
        public let speakers: Set<String>
        /// People, organisations and places taking part (places of the event excluded).
        public let participants: Set<String>
        public let places: Set<String>
        public let range: TimeRange?

        public init(isReporting: Bool, speakers: Set<String>, participants: Set<String>, places: Set<String>, range: TimeRange?) {
            self.isReporting = isReporting
            self.speakers = speakers
            self.participants = participants
            self.places = places
            self.range = range
        }
    }

    public static let widestInterval = 14
    public static let undatedSharedParticipants = 2

    /// How strongly `a` and `b` look like one event (shared entities), or nil when they cannot be.
    public static func score(_ a: Sketch, _ b: Sketch) -> Int? {
        let shared = a.participants.intersection(b.participants).count + a.places.intersection(b.places).count
        guard let ra = a.range, let rb = b.range else {
            let people = a.participants.intersection(b.participants).filter { !$0.hasPrefix("place:") }.count
            return people >= undatedSharedParticipants && !a.isReporting && !b.isReporting ? shared : nil
        }
        guard ra.begin < rb.end, rb.begin < ra.end, max(days(ra), days(rb)) <= widestInterval else { return nil }
        if a.isReporting || b.isReporting {
            return a.isReporting && b.isReporting && shareSpeaker(a.speakers, b.speakers) ? shared : nil
        }
        return shared > 0 ? shared : nil
    }

    /// A speaker in common; when both statements name a person, a person (`Kremlin spokesman
    /// Dmitry Peskov said` and `Kremlin aide Yuri Ushakov said` share only their affiliation).
    private static func shareSpeaker(_ a: Set<String>, _ b: Set<String>) -> Bool {
        let peopleA = a.filter(EntityId.isPerson), peopleB = b.filter(EntityId.isPerson)
        if peopleA.isEmpty || peopleB.isEmpty { return !a.isDisjoint(with: b) }
        return !peopleA.isDisjoint(with: peopleB)
    }

    private static func days(_ r: TimeRange) -> Int {
        r.end.day.dayNumber - r.begin.day.dayNumber
    }

    /// The sketch of an event of an extraction.
    public static func sketch(_ e: Event) -> Sketch {
        Sketch(isReporting: e.isReporting,
               speakers: Set(e.participants.filter { $0.role == "speaker" }.map(\.entityId)),
               participants: Set(e.participants.map(\.entityId)), places: Set(e.places), range: e.range)
    }
}
