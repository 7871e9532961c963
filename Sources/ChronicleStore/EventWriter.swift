import Chronicle
import GRDB

/// Writes one article's events, merging each into an event another article already told when
/// `CrossArticleMerge` finds one (same happening, compatible time, shared participants).
struct EventWriter {
    let db: Database
    let document: Document
    let offsets: CodePointIndex
    let names: [String: String]

    /// Writes `events` and their `links`, counting in `windows` the event windows they add.
    func write(_ events: [Event], links: [EventLink], windows: inout WindowCounts) throws {
        let insertEvent = try db.cachedStatement(sql: "INSERT INTO event (id, type, family, reporting, summary) VALUES (?, ?, ?, ?, ?)")
        let insertMention = try db.cachedStatement(sql: """
            INSERT OR IGNORE INTO event_mention (event_id, document_id, trigger_start, trigger_end, sentence, time_value,
                time_begin, time_end, time_mod, time_from, rule) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        let insertParticipant = try db.cachedStatement(sql: """
            INSERT OR IGNORE INTO participant (event_id, entity_id, document_id, role, position, family) VALUES (?, ?, ?, ?, ?, ?)
            """)
        var stored = [String: String]()  // extraction event id → store event id
        for e in events {
            let id = try mergeTarget(for: e) ?? e.id
            stored[e.id] = id
            if id == e.id {
                let summary = EventSummary.make(e, names: names, trigger: document.text(of: e.trigger))
                try insertEvent.execute(arguments: [id, e.type, e.family, e.isReporting, summary])
            }
            for m in e.mentions {
                try insertMention.execute(arguments: [
                    id, document.id, cp(m.trigger.start), cp(m.trigger.end), document.text(of: m.sentence),
                    e.time?.value, e.range?.begin.description, e.range?.end.description, e.time?.mod,
                    e.timeSource?.rawValue, e.source,
                ])
            }
            // Which entities join the event here (its event windows): all of them for a new event;
            // for a merged one, those without a row yet.
            let entities = Set(e.participants.map(\.entityId) + e.places)
            if id == e.id {
                if !entities.isEmpty { windows.addEvent() }
                for entity in entities { windows.addEventParticipant(entity) }
            } else {
                let present = try db.cachedStatement(sql: "SELECT 1 FROM participant WHERE event_id = ? AND entity_id = ? LIMIT 1")
                for entity in entities where try Bool.fetchOne(present, arguments: [id, entity]) != true {
                    windows.addEventParticipant(entity)
                }
            }
            for (n, p) in e.participants.enumerated() {
                try insertParticipant.execute(arguments: [id, p.entityId, document.id, p.role, n, e.family])
            }
            for (n, place) in e.places.enumerated() {
                try insertParticipant.execute(arguments: [id, place, document.id, "place", e.participants.count + n, e.family])
            }
        }
        let insertLink = try db.cachedStatement(sql: "INSERT OR IGNORE INTO event_link (from_event, to_event, relation, document_id) VALUES (?, ?, ?, ?)")
        for link in links {
            guard let from = stored[link.from], let to = stored[link.to], from != to else { continue }
            try insertLink.execute(arguments: [from, to, link.relation.rawValue, document.id])
        }
    }

    private func cp(_ byte: Int) -> Int { offsets.codePointOffset(ofByte: byte) }

    /// The stored event of another article that `e` is, or nil: the best scored of
    /// `candidates(for:)`, the first of equals.
    private func mergeTarget(for e: Event) throws -> String? {
        let mine = CrossArticleMerge.sketch(e)
        var best: (id: String, score: Int)?
        for candidate in try candidates(for: e) {
            guard let theirs = try sketch(of: candidate), let score = CrossArticleMerge.score(mine, theirs) else { continue }
            if best == nil || score > best!.score { best = (candidate, score) }
        }
        return best?.id
    }

    /// The stored events `mergeTarget` compares `e` with, in order. They are found through the
    /// `participant_merge` index (entity, family, event) and bounded in SQL: a dated event only
    /// meets events with a source dated in an overlapping interval; an undated one only events
    /// sharing two participants (the rule `CrossArticleMerge` applies); at most `candidateLimit`
    /// of them. The order is v1's (entity, then event id; the first of equals wins), so the same
    /// events merge as before the index.
    func candidates(for e: Event) throws -> [String] {
        let entities = Array(Set(e.participants.map(\.entityId) + e.places))
        guard !entities.isEmpty else { return [] }
        let shared = "p.entity_id IN (\(marks(entities.count)))"
        let candidates: [String]
        if let range = e.range {
            candidates = try String.fetchAll(try db.cachedStatement(sql: """
                SELECT DISTINCT p.event_id FROM participant p INDEXED BY participant_merge
                WHERE \(shared) AND p.family = ? AND p.document_id != ?
                  AND EXISTS (SELECT 1 FROM event_mention m WHERE m.event_id = p.event_id
                              AND m.time_begin < ? AND m.time_end > ?)
                LIMIT ?
                """), arguments: StatementArguments(entities + [e.family, document.id, range.end.description, range.begin.description])
                    + [EventWriter.candidateLimit])
        } else {
            candidates = try String.fetchAll(try db.cachedStatement(sql: """
                SELECT p.event_id FROM participant p INDEXED BY participant_merge
                WHERE \(shared) AND p.family = ? AND p.document_id != ?
                GROUP BY p.event_id HAVING COUNT(DISTINCT p.entity_id) >= ?
                ORDER BY p.event_id LIMIT ?
                """), arguments: StatementArguments(entities + [e.family, document.id])
                    + [CrossArticleMerge.undatedSharedParticipants, EventWriter.candidateLimit])
        }
        return candidates
    }

    /// The most candidates one event is compared with.
    static let candidateLimit = 50

    /// A stored event as the merge sees it: its participants and its narrowest dated time.
    private func sketch(of id: String) throws -> CrossArticleMerge.Sketch? {
        let rows = try Row.fetchAll(try db.cachedStatement(sql: "SELECT entity_id, role FROM participant WHERE event_id = ?"), arguments: [id])
        var speakers = Set<String>(), participants = Set<String>(), places = Set<String>()
        for row in rows {
            let entity: String = row["entity_id"], role: String = row["role"]
            switch role {
            case "place": places.insert(entity)
            case "speaker": speakers.insert(entity); participants.insert(entity)
            default: participants.insert(entity)
            }
        }
        let times = try Row.fetchAll(try db.cachedStatement(sql: "SELECT time_begin, time_end FROM event_mention WHERE event_id = ? AND time_begin IS NOT NULL"),
                                     arguments: [id]).compactMap { row -> TimeRange? in
            guard let b = (row["time_begin"] as String?).flatMap(LocalDateTime.init(iso:)),
                  let e = (row["time_end"] as String?).flatMap(LocalDateTime.init(iso:)) else { return nil }
            return TimeRange(begin: b, end: e)
        }
        let reporting = try Bool.fetchOne(try db.cachedStatement(sql: "SELECT reporting FROM event WHERE id = ?"), arguments: [id]) ?? false
        return CrossArticleMerge.Sketch(isReporting: reporting, speakers: speakers, participants: participants, places: places,
                                        range: EventTimes.narrowest(times))
    }
}
