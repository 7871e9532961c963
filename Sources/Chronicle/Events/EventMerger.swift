/// Merges the mentions of one happening within a document (`gifted a car`, `Putin's gift`,
/// `the vehicle was transferred`).
///
/// Two events merge when their types are of one family, their times are compatible (either
/// undated, or overlapping intervals) and they share a participant (for statements, the speaker;
/// between two events that both name agents, an agent, where a leader and the country the
/// leader acts for count as one), unless each names organisations it dealt with and none in common;
/// an event with no participant joins the latest of its family when neither has one and they
/// share a place. A bare definite noun (`the deal`) joins the latest event of its family. An
/// event marked as another (`similar agreements`) joins none. The
/// merged event keeps the first trigger, every mention, all participants and places, and the
/// narrowest time.
enum EventMerger {
    ///
    /// Every compatible pair shares a participant (a speaker, an agent or any participant, or a
    /// leader's country), so only the events of the family indexed under one of the new event's
    /// participants or their countries are tested, earliest first: the same choice as testing
    /// every earlier event of the family (an event with no participant is tested against the
    /// family's latest only, by place).
    /// Families and entity ids are numbered once per event (`EventKeys`), so the index and the
    /// pair tests compare integers instead of hashing and comparing Strings.
    /// - Complexity: O(n · c), c the events of one family sharing a participant, not O(n²).
    static func merge(_ events: [Event]) -> [Event] {
        var keys = EventKeys()
        return merge(events, keys: events.map { keys.number($0) })
    }

    /// `merge(_:)` with the events' families and participants already numbered (`keys`, parallel
    /// to `events`; equal Strings, equal numbers), as the extractor knows them: no String is
    /// hashed here.
    ///
    /// The events are merged in place: an event that starts a merged event stays where it is,
    /// the others are absorbed into it, and the survivors are moved together at the end. Handing
    /// `events` over (`consume`) spares copying every event, which retains its Strings and arrays.
    static func merge(_ events: consuming [Event], keys: [EventKeys.Numbered]) -> [Event] {
        var events = events
        var merged = [Int]()  // indices into `events` of the merged events, in order
        var mergedKeys = [EventKeys.Numbered]()  // parallel to `merged`
        merged.reserveCapacity(events.count)
        mergedKeys.reserveCapacity(events.count)
        var lastOfFamily = [Int]()  // by family number: index into `merged`, -1 for none
        // (family, participant) → indices into `merged` having that participant
        var byParticipant = ParticipantIndex()
        var candidates = [Int]()
        // No closure captures `events`: a captured array is read through its box, which copies
        // the whole event at every field read.
        for i in events.indices {
            let numbered = keys[i]
            if numbered.family >= lastOfFamily.count { lastOfFamily.append(contentsOf: repeatElement(-1, count: numbered.family + 1 - lastOfFamily.count)) }
            var target: Int?
            if events[i].isDistinct {
                // `similar agreements`: another event than any told before; it joins none.
            } else if events[i].isBareNoun {
                // `the signing`: the latest event of its family, or nothing worth a timeline entry.
                let k = lastOfFamily[numbered.family]
                if k < 0 { continue }
                target = k
            } else if numbered.participants.isEmpty, !events[i].places.isEmpty, lastOfFamily[numbered.family] >= 0,
                      mergedKeys[lastOfFamily[numbered.family]].participants.isEmpty,
                      timesOverlap(events[merged[lastOfFamily[numbered.family]]].range, events[i].range),
                      events[merged[lastOfFamily[numbered.family]]].places.contains(where: events[i].places.contains) {
                // `Flooding forces thousands from homes in Valencia` and `flooding streets in Valencia`:
                // with no participant on either side, a shared place is the evidence.
                target = lastOfFamily[numbered.family]
            } else {
                candidates.removeAll(keepingCapacity: true)
                for p in numbered.participants {
                    byParticipant.append(family: numbered.family, entity: p.entity, to: &candidates)
                    if p.represents >= 0 { byParticipant.append(family: numbered.family, entity: p.represents, to: &candidates) }
                }
                // In index order, each once below: earliest first, whatever order the lists gave.
                candidates.sort()
                var previous = -1
                for k in candidates where k != previous {
                    previous = k
                    let a = merged[k]
                    if compatible(events[a].range, events[a].isReporting, mergedKeys[k], events[i].range, events[i].isReporting, numbered) {
                        target = k
                        break
                    }
                }
            }
            let k: Int
            let first: Int  // the first participant of the merged event not yet indexed
            if let target {
                // Absorbs the event and indexes the participants `absorb` added.
                k = target
                first = mergedKeys[k].participants.count
                let event = events[i]
                absorb(event, numbered, into: &events[merged[k]], &mergedKeys[k])
            } else {
                merged.append(i)
                mergedKeys.append(numbered)
                k = merged.count - 1
                first = 0
                lastOfFamily[numbered.family] = k
            }
            for p in mergedKeys[k].participants[first...] {
                byParticipant.add(k, family: mergedKeys[k].family, entity: p.entity)
                if p.represents >= 0 { byParticipant.add(k, family: mergedKeys[k].family, entity: p.represents) }
            }
        }
        // The merged events to the front, in order (`merged` is increasing, so each move is to
        // a place at or before the event's own); then an event with no participant, place or time
        // says nothing a timeline can show.
        // Swapped through the buffer: the array's own `swapAt` copies each event through a
        // temporary (a retain and a release of its every String and array).
        events.withUnsafeMutableBufferPointer { buffer in
            for (k, i) in merged.enumerated() where k != i { buffer.swapAt(k, i) }
        }
        events.removeLast(events.count - merged.count)
        events.removeAll { $0.participants.isEmpty && $0.places.isEmpty && $0.time == nil }
        return events
    }

    /// Compatible times and a shared participant. Two events that both name their agents
    /// must share one (the council's supply of cars is not Putin's gift); statements must share
    /// their speaker (two people's remarks on one topic are two statements), and when both name
    /// a person, a person: `BBC correspondent Simon Hall said` and `Tom Heap, BBC rural affairs
    /// correspondent, said` share only the broadcaster, their affiliation.
    private static func compatible(_ a: TimeRange?, _ aIsReporting: Bool, _ ka: EventKeys.Numbered,
                                   _ b: TimeRange?, _ bIsReporting: Bool, _ kb: EventKeys.Numbered) -> Bool {
        guard timesOverlap(a, b) else { return false }
        if aIsReporting || bIsReporting {
            guard ka.hasPersonSpeaker && kb.hasPersonSpeaker else { return share(ka, kb, role: .speaker) }
            for p in ka.participants where p.role == .speaker && p.isPerson {
                for q in kb.participants where q.entity == p.entity && q.role == .speaker { return true }
            }
            return false
        }
        let shared = ka.has(.agent) && kb.has(.agent) ? share(ka, kb, role: .agent, byCountry: true) : share(ka, kb, role: nil)
        return shared && !dealOtherOrganisations(ka, kb)
    }

    /// `Siemens agreed to buy Altair` and `Siemens last year sold its stake in Siemens Energy`:
    /// one agent, but each event names an organisation it dealt with, and none is the other's.
    private static func dealOtherOrganisations(_ a: EventKeys.Numbered, _ b: EventKeys.Numbered) -> Bool {
        var aNames = false, bNames = false
        for p in a.participants where p.role != .agent && p.isOrganisation {
            aNames = true
            for q in b.participants where q.entity == p.entity { return false }
        }
        for q in b.participants where q.role != .agent && q.isOrganisation { bNames = true; break }
        return aNames && bNames
    }

    /// Either is undated, or their intervals overlap.
    private static func timesOverlap(_ a: TimeRange?, _ b: TimeRange?) -> Bool {
        guard let ra = a, let rb = b else { return true }
        return ra.begin < rb.end && rb.begin < ra.end
    }

    /// Whether the two events have a participant in common (in `role`, if given); `byCountry`,
    /// a leader and the country the leader acts for count as one: asked only of two events that
    /// both name their agents (`Japan and Australia sign pact`, `Kishida and Albanese signed`),
    /// not of statements (a ministry's words are not the president's) nor of a bare participant
    /// (`due to meet Putin` is no part of Russia's trade talks). Participant lists are a handful
    /// long: a nested scan beats building sets.
    private static func share(_ a: EventKeys.Numbered, _ b: EventKeys.Numbered, role: EventKeys.Role?,
                              byCountry: Bool = false) -> Bool {
        for p in a.participants where role == nil || p.role == role {
            for q in b.participants where role == nil || q.role == role {
                if q.entity == p.entity || byCountry && (q.represents == p.entity || p.represents == q.entity) { return true }
            }
        }
        return false
    }

    /// Adds `other`'s mentions, new participants and places; keeps the narrower time. The
    /// event's numbered participants are kept in step.
    private static func absorb(_ other: Event, _ otherKeys: EventKeys.Numbered, into event: inout Event,
                               _ keys: inout EventKeys.Numbered) {
        event.mentions.append(contentsOf: other.mentions)
        for (p, key) in zip(other.participants, otherKeys.participants)
        where !keys.participants.contains(where: { $0.entity == key.entity }) {
            event.participants.append(p)
            keys.participants.append(key)
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
