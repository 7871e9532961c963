/// Merges the mentions of one happening within a document (`gifted a car`, `Putin's gift`,
/// `the vehicle was transferred`).
///
/// Two events merge when their types are of one family, their times are compatible (either
/// undated, or overlapping intervals) and they share a participant (for statements, the speaker).
/// A bare definite noun (`the deal`) joins the latest event of its family. The merged event
/// keeps the first trigger, every mention, all participants and places, and the narrowest time.
enum EventMerger {
    ///
    /// Every compatible pair shares a participant (a speaker, an agent or any participant), so
    /// only the events of the family indexed under one of the new event's participants are
    /// tested, earliest first: the same choice as testing every earlier event of the family.
    /// - Complexity: O(n · c), c the events of one family sharing a participant, not O(n²).
    static func merge(_ events: [Event]) -> [Event] {
        var merged = [Event]()
        var lastOfFamily = [String: Int]()
        // family → participant id → indices into `merged` having that participant
        var byParticipant = [String: [String: [Int]]]()
        func index(_ k: Int, _ participants: ArraySlice<Event.Participant>) {
            for p in participants { byParticipant[merged[k].family, default: [:]][p.entityId, default: []].append(k) }
        }
        /// Absorbs and indexes the participants `absorb` added.
        func absorbIndexed(_ event: Event, into k: Int) {
            let before = merged[k].participants.count
            absorb(event, into: &merged[k])
            index(k, merged[k].participants[before...])
        }
        var candidates = [Int]()
        for event in events {
            if event.isBareNoun {
                // `the signing`: the latest event of its family, or nothing worth a timeline entry.
                if let k = lastOfFamily[event.family] { absorbIndexed(event, into: k) }
                continue
            }
            candidates.removeAll(keepingCapacity: true)
            if let family = byParticipant[event.family] {
                for p in event.participants { if let ks = family[p.entityId] { candidates.append(contentsOf: ks) } }
            }
            candidates.sort()
            var target: Int?
            var previous = -1
            for k in candidates where k != previous {
                previous = k
                if compatible(merged[k], event) { target = k; break }
            }
            if let k = target {
                absorbIndexed(event, into: k)
            } else {
                merged.append(event)
                let k = merged.count - 1
                lastOfFamily[event.family] = k
                index(k, merged[k].participants[...])
            }
        }
        // An event with no participant, place or time says nothing a timeline can show.
        return merged.filter { !$0.participants.isEmpty || !$0.places.isEmpty || $0.time != nil }
    }

    /// Compatible times and a shared participant. Two events that both name their agents
    /// must share one (the council's supply of cars is not Putin's gift); statements must share
    /// their speaker (two people's remarks on one topic are two statements).
    static func compatible(_ a: Event, _ b: Event) -> Bool {
        if let ra = a.range, let rb = b.range, !(ra.begin < rb.end && rb.begin < ra.end) { return false }
        if a.isReporting || b.isReporting { return !ids(a, "speaker").isDisjoint(with: ids(b, "speaker")) }
        let agentsA = ids(a, "agent"), agentsB = ids(b, "agent")
        if !agentsA.isEmpty && !agentsB.isEmpty { return !agentsA.isDisjoint(with: agentsB) }
        return !Set(a.participants.map(\.entityId)).isDisjoint(with: b.participants.map(\.entityId))
    }

    private static func ids(_ e: Event, _ role: String) -> Set<String> {
        Set(e.participants.filter { $0.role == role }.map(\.entityId))
    }

    static func absorb(_ other: Event, into event: inout Event) {
        event.mentions.append(contentsOf: other.mentions)
        for p in other.participants where !event.participants.contains(where: { $0.entityId == p.entityId }) {
            event.participants.append(p)
        }
        for place in other.places where !event.places.contains(place) { event.places.append(place) }
        if let time = other.time, narrower(time, than: event.time) {
            event.time = time
            event.timeSource = .merged
        }
    }

    /// A dated time beats none; a shorter interval beats a longer one.
    private static func narrower(_ a: TimeExpression, than b: TimeExpression?) -> Bool {
        guard let b else { return true }
        guard let ra = a.range else { return false }
        guard let rb = b.range else { return true }
        return EventTimes.width(ra) < EventTimes.width(rb)
    }
}
