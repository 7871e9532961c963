import Chronicle
import Foundation
import GRDB

/// Writes one article's events, merging each into an event another article already told when
/// `CrossArticleMerge` finds one (same happening, compatible time, shared participants).
struct EventWriter {
    let db: Database
    let document: Document
    /// `document.number` of `document`.
    let documentNumber: Int
    let offsets: CodePointIndex
    let entities: EntityNumbers
    /// The candidate lookups' statements, made at the first event that needs each.
    let lookups = CandidateLookups()
    /// The numbers of the article's entities, by index in `Extraction.entities` (empty: none
    /// known, every id is looked up).
    var numbers: [Int] = []

    /// Writes `events` (`summaries` holds their summaries, in order) and their `links`, counting
    /// in `windows` the event windows they add.
    /// `candidateEntities` holds each event's distinct entity ids (`PreparedExtraction`).
    func write(_ events: [Event], summaries: [String], candidateEntities: [[String]], candidateIndexes: [[Int]],
               participantIndexes: [[Int]], links: [EventLink], windows: inout WindowCounts) throws {
        // OR IGNORE: a replaced article's event may live on under its old id through another
        // article's mention; the new one then takes the next free id (see `freeID`).
        let insertEvent = try BoundStatement(db, sql: "INSERT OR IGNORE INTO event (id, type, family, reporting, summary) VALUES (?, ?, ?, ?, ?)")
        let insertMention = try BoundStatement(db, sql: """
            INSERT OR IGNORE INTO event_mention (event, document, trigger_start, trigger_end, sentence, time_value,
                time_begin, time_end, time_mod, time_from, rule) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        let insertParticipant = try BoundStatement(db, sql: """
            INSERT OR IGNORE INTO participant (event, entity, document, role, position, family, span_begin, span_end)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            """)
        // A merged event's span widens to hold the new mention's time (see `EventSpan`).
        let widen = try BoundStatement(db, sql: """
            UPDATE participant SET span_begin = ?, span_end = ? WHERE event = ?
              AND (span_begin IS NULL OR span_begin > ? OR span_end < ?)
            """)
        let storedSpan = try BoundStatement(db, sql: "SELECT span_begin, span_end FROM participant WHERE event = ? AND span_begin IS NOT NULL LIMIT 1")
        // No DISTINCT here or in the candidate lookups: SQLite makes a temporary b-tree for it on
        // every run (a fifth of the writer's instructions went to them); rows go into sets.
        let present = try BoundStatement(db, sql: "SELECT entity FROM participant WHERE event = ?")
        let sketches = SketchReader(db, entities: entities)
        var stored = [String: Int]()  // extraction event id → `event.number`
        // A new event's mention and participant rows, written at the end of the article, many
        // per statement: nothing reads them before then (an event is a merge candidate only
        // through another article's participant rows, `p.document != ?`). A merged event's rows
        // are written at once, as the next event's merge may read them.
        var newMentions = [SQLValue](), newParticipants = [SQLValue]()
        for (index, e) in events.enumerated() {
            let target = try mergeTarget(for: e, entities: candidateEntities[index], indexes: candidateIndexes[index], sketches)
            let isNew = target == nil
            let id: Int
            if let target {
                id = target
            } else {
                let summary = summaries[index]
                var attempt = 0, textID = e.id
                while try insertEvent.changes([.text(textID), .text(e.type), .text(e.family), .int(e.isReporting ? 1 : 0), .text(summary)]) == 0 {
                    attempt += 1
                    textID = Self.freeID(e.id, attempt: attempt)
                }
                id = Int(db.lastInsertedRowID)
            }
            stored[e.id] = id
            let begin = e.range?.begin.description, end = e.range?.end.description
            var span = EventSpan(begin: begin, end: end)
            if !isNew {
                try storedSpan.run([.int(id)]) { row in
                    span.widen(begin: BoundStatement.text(row, 0), end: BoundStatement.text(row, 1))
                }
                if let b = span.begin, let e = span.end {
                    try widen.execute([.text(b), .text(e), .int(id), .text(b), .text(e)])
                }
            }
            // Rows are appended value by value (a temporary array per row copied every value
            // once more); a merged event's row is written from there and taken off again.
            for m in e.mentions {
                let mark = newMentions.count
                newMentions.append(.int(id)); newMentions.append(.int(documentNumber)); newMentions.append(.int(cp(m.trigger.start)))
                newMentions.append(.int(cp(m.trigger.end))); newMentions.append(.text(document.text(of: m.sentence)))
                newMentions.append(.text(e.time?.value)); newMentions.append(.text(begin)); newMentions.append(.text(end))
                newMentions.append(.text(e.time?.mod)); newMentions.append(.text(e.timeSource?.rawValue)); newMentions.append(.text(e.source))
                if !isNew {
                    try insertMention.execute(newMentions[mark...])
                    newMentions.removeSubrange(mark...)
                }
            }
            // Which entities join the event here (its event windows, and the pairs they make with
            // each other and with those already in it): all of them for a new event; for a merged
            // one, those without a row yet.
            let indexes = participantIndexes[index]
            let taking = try Set((e.participants.map(\.entityId) + e.places).enumerated().map { try number($0.element, at: indexes[$0.offset]) })
            if isNew {
                if !taking.isEmpty { windows.addEvent() }
                for entity in taking { windows.addEventParticipant(entity) }
                windows.addEventPairs(joining: taking, present: [])
            } else if !taking.isEmpty {
                var inEvent = Set<Int>()
                try present.run([.int(id)]) { row in inEvent.insert(BoundStatement.int(row, 0)) }
                let joining = taking.subtracting(inEvent)
                for entity in joining { windows.addEventParticipant(entity) }
                windows.addEventPairs(joining: joining, present: inEvent)
            }
            let family = SQLValue.text(e.family), spanBegin = SQLValue.text(span.begin), spanEnd = SQLValue.text(span.end)
            func participant(_ entity: String, role: String, position: Int) throws {
                let mark = newParticipants.count
                newParticipants.append(.int(id)); newParticipants.append(.int(try number(entity, at: indexes[position])))
                newParticipants.append(.int(documentNumber))
                newParticipants.append(.text(role)); newParticipants.append(.int(position)); newParticipants.append(family)
                newParticipants.append(spanBegin); newParticipants.append(spanEnd)
                if !isNew {
                    try insertParticipant.execute(newParticipants[mark...])
                    newParticipants.removeSubrange(mark...)
                }
            }
            for (n, p) in e.participants.enumerated() { try participant(p.entityId, role: p.role, position: n) }
            for (n, place) in e.places.enumerated() { try participant(place, role: "place", position: e.participants.count + n) }
        }
        try MultiRowInsert(db, """
            INSERT OR IGNORE INTO event_mention (event, document, trigger_start, trigger_end, sentence, time_value,
                time_begin, time_end, time_mod, time_from, rule) VALUES
            """, columns: 11).execute(newMentions)
        try MultiRowInsert(db, "INSERT OR IGNORE INTO participant (event, entity, document, role, position, family, span_begin, span_end) VALUES",
                           columns: 8).execute(newParticipants)
        var linkRows = [SQLValue]()
        for link in links {
            guard let from = stored[link.from], let to = stored[link.to], from != to else { continue }
            linkRows += [.int(from), .int(to), .text(link.relation.rawValue), .int(documentNumber)]
        }
        try MultiRowInsert(db, "INSERT OR IGNORE INTO event_link (from_event, to_event, relation, document) VALUES", columns: 4).execute(linkRows)
    }

    /// The id a new event takes when its own is held by an event that outlived a replaced
    /// version of its article (`d3f…-7` → `d3f…-7.1`, `d3f…-7.2`, …).
    static func freeID(_ id: String, attempt: Int) -> String { id + "." + String(attempt) }

    private func cp(_ byte: Int) -> Int { offsets.codePointOffset(ofByte: byte) }

    /// The number of entity `id`, at `index` in the article's entity list (-1: not in it).
    private func number(_ id: String, at index: Int) throws -> Int {
        index >= 0 && index < numbers.count ? numbers[index] : try number(id)
    }

    /// The number of a stored entity; an id no entity has fails as its foreign key did before
    /// entities had numbers.
    private func number(_ id: String) throws -> Int {
        guard let number = try entities.number(of: id, db) else {
            throw DatabaseError(resultCode: .SQLITE_CONSTRAINT_FOREIGNKEY, message: "FOREIGN KEY constraint failed")
        }
        return number
    }

    /// The stored event of another article that `e` is, or nil: the best scored of
    /// `candidates(for:)`, the first of equals.
    private func mergeTarget(for e: Event, entities: [String], indexes: [Int], _ sketches: SketchReader) throws -> Int? {
        let candidates = try candidates(for: e, entities: entities, indexes: indexes)
        // Most events meet no stored one: their own sketch is made only when there is a rival.
        guard !candidates.isEmpty else { return nil }
        let mine = CrossArticleMerge.sketch(e)
        var best: (id: Int, score: Int)?
        let stored = try sketches.sketches(of: candidates)
        for candidate in candidates {
            guard let theirs = stored[candidate], let score = CrossArticleMerge.score(mine, theirs) else { continue }
            if best == nil || score > best!.score { best = (candidate, score) }
        }
        return best?.id
    }

    /// The stored events `mergeTarget` compares `e` with, in order. They are found through the
    /// `participant_merge` index (entity, family, span, event), one entity at a time, and
    /// bounded: a dated event only meets events with a source dated in an overlapping interval
    /// (looked for only among events whose span meets it); an undated
    /// one only events sharing two participants (the rule `CrossArticleMerge` applies); at most
    /// `candidateLimit` of them, in v1's order (see `V1CandidateOrder`), so the same events
    /// merge as before the index, ties and the limit included. Events are given by number and
    /// ordered by text id, as v1 ordered them.
    func candidates(for e: Event) throws -> [Int] {
        try candidates(for: e, entities: Set(e.participants.map(\.entityId) + e.places).sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) })
    }

    /// `candidates(for:)` with `e`'s distinct entity ids in UTF-8 order given
    /// (`PreparedExtraction.candidateEntities`, made on an extraction worker).
    /// `indexes` gives each entity's index in the article's entity list (see `numbers`).
    func candidates(for e: Event, entities: [String], indexes: [Int] = []) throws -> [Int] {
        guard !entities.isEmpty else { return [] }
        func stored(_ k: Int) throws -> Int? {
            k < indexes.count && indexes[k] >= 0 && indexes[k] < numbers.count ? numbers[indexes[k]] : try self.entities.number(of: entities[k], db)
        }
        let limit = EventWriter.candidateLimit
        if let range = e.range {
            let dated = try lookups.dated(db)
            var found = [(number: Int, id: String)](), seen = Set<Int>()
            let begin = range.begin.description, end = range.end.description
            for k in entities.indices {
                guard let number = try stored(k) else { continue }
                let values: [SQLValue] = [.int(number), .text(e.family), .text(begin), .text(end), .int(documentNumber), .text(end), .text(begin)]
                var mine = [(number: Int, id: String)]()
                try dated.run(values) { row in
                    guard let id = BoundStatement.text(row, 1) else { return }
                    mine.append((BoundStatement.int(row, 0), id))
                }
                // The index gives an entity's events by span (an event once per row); v1 gave them
                // by event id, each once.
                mine.sort { $0.id.utf8.lexicographicallyPrecedes($1.id.utf8) }
                for m in mine where seen.insert(m.number).inserted { found.append(m) }
            }
            // Stored order: an event's number is the rowid v1 ordered by.
            if V1CandidateOrder.forEntities(entities.count) == .storedFirst { found.sort { $0.number < $1.number } }
            return found.prefix(limit).map(\.number)
        }
        let undated = try lookups.undated(db)
        var shared = [Int: Int]()  // event → how many of the entities it has
        for k in entities.indices {
            guard let number = try stored(k) else { continue }
            for event in Set(try undated.ints([.int(number), .text(e.family), .int(documentNumber)])) { shared[event, default: 0] += 1 }
        }
        let textID = try lookups.textID(db)
        let found = try shared.compactMap { $0.value >= CrossArticleMerge.undatedSharedParticipants ? $0.key : nil }
            .map { (number: $0, id: try textID.texts([.int($0)]).first ?? "") }
            .sorted { $0.id.utf8.lexicographicallyPrecedes($1.id.utf8) }  // v1: ORDER BY event_id
        return found.prefix(limit).map(\.number)
    }

    /// The most candidates one event is compared with.
    static let candidateLimit = 50
}

/// The statements of `EventWriter.candidates(for:)`, kept for one article's events: GRDB finds
/// a cached statement by hashing its whole text, and doing so for every event was about a
/// percent of the writer's instructions.
final class CandidateLookups {
    private var datedStatement: BoundStatement?, undatedStatement: BoundStatement?, textIDStatement: BoundStatement?

    /// A dated event's candidates through one of its entities (see `candidates(for:)`).
    func dated(_ db: Database) throws -> BoundStatement {
        if let datedStatement { return datedStatement }
        let statement = try BoundStatement(db, sql: """
            SELECT p.event, v.id FROM participant p INDEXED BY participant_merge JOIN event v ON v.number = p.event
            WHERE p.entity = ? AND p.family = ? AND p.span_end > ? AND p.span_begin < ? AND p.document != ?
              AND EXISTS (SELECT 1 FROM event_mention m WHERE m.event = p.event
                          AND m.time_begin < ? AND m.time_end > ?)
            """)
        datedStatement = statement
        return statement
    }

    /// An undated event's candidates through one of its entities.
    func undated(_ db: Database) throws -> BoundStatement {
        if let undatedStatement { return undatedStatement }
        let statement = try BoundStatement(db, sql: """
            SELECT event FROM participant INDEXED BY participant_merge
            WHERE entity = ? AND family = ? AND document != ?
            """)
        undatedStatement = statement
        return statement
    }

    /// A stored event's text id.
    func textID(_ db: Database) throws -> BoundStatement {
        if let textIDStatement { return textIDStatement }
        let statement = try BoundStatement(db, sql: "SELECT id FROM event WHERE number = ?")
        textIDStatement = statement
        return statement
    }
}

/// Reads stored events as the merge sees them: participants and the narrowest dated time.
struct SketchReader {
    let db: Database, entities: EntityNumbers

    init(_ db: Database, entities: EntityNumbers) {
        self.db = db
        self.entities = entities
    }

    /// The sketches of `ids`, read with three statements for all of them (a merge compares an
    /// event with up to 50 stored ones; three statements per candidate were much of the write).
    func sketches(of ids: [Int]) throws -> [Int: CrossArticleMerge.Sketch] {
        guard !ids.isEmpty else { return [:] }
        let list = marks(ids.count), values = ids.map { SQLValue.int($0) }
        var roles = [Int: [(entity: Int, role: String)]]()
        try BoundStatement(db, sql: "SELECT event, entity, role FROM participant WHERE event IN (\(list))").run(values) { row in
            guard let role = BoundStatement.text(row, 2) else { return }
            roles[BoundStatement.int(row, 0), default: []].append((BoundStatement.int(row, 1), role))
        }
        // Each event's dated mentions. Their order does not matter: `EventTimes.narrowest` breaks
        // ties by begin, so only equal ranges tie.
        var times = [Int: [TimeRange]]()
        try BoundStatement(db, sql: """
            SELECT event, time_begin, time_end FROM event_mention
            WHERE event IN (\(list)) AND time_begin IS NOT NULL
            """).run(values) { row in
            let id = BoundStatement.int(row, 0)
            guard let b = BoundStatement.text(row, 1).flatMap(LocalDateTime.init(iso:)),
                  let e = BoundStatement.text(row, 2).flatMap(LocalDateTime.init(iso:)) else { return }
            times[id, default: []].append(TimeRange(begin: b, end: e))
        }
        var reporting = Set<Int>()
        try BoundStatement(db, sql: "SELECT number FROM event WHERE number IN (\(list)) AND reporting != 0").run(values) { row in
            reporting.insert(BoundStatement.int(row, 0))
        }
        var sketches = [Int: CrossArticleMerge.Sketch]()
        for id in ids {
            var speakers = Set<String>(), participants = Set<String>(), places = Set<String>()
            for (number, role) in roles[id] ?? [] {
                let entity = try entities.id(of: number, db)
                switch role {
                case "place": places.insert(entity)
                case "speaker": speakers.insert(entity); participants.insert(entity)
                default: participants.insert(entity)
                }
            }
            sketches[id] = CrossArticleMerge.Sketch(isReporting: reporting.contains(id), speakers: speakers, participants: participants,
                                                    places: places, range: EventTimes.narrowest(times[id] ?? []))
        }
        return sketches
    }
}

/// The order v1's candidate query for a dated event returned its rows in, which decides the
/// winner among equally scored candidates and which 50 are looked at. v1 left it to SQLite's
/// planner, which (without statistics) drove the query from the participant index for some
/// sizes of the entity list (rows by entity, then event id) and from the event table for
/// others (rows in the order events were stored). The choice is asked of SQLite itself, once
/// per list size, by planning v1's query on an empty database with v1's schema.
enum V1CandidateOrder: Equatable {
    case byEntityThenEvent, storedFirst

    static func forEntities(_ count: Int) -> V1CandidateOrder {
        cache.lock.lock()
        defer { cache.lock.unlock() }
        if let order = cache.known[count] { return order }
        let order = (try? plan(count)) ?? .byEntityThenEvent
        cache.known[count] = order
        return order
    }

    /// The orders planned so far (NSLock: `Mutex` needs macOS 15, the package supports 13),
    /// and the empty v1 database they are planned on: made at the first plan and kept, since
    /// making it (a migration in memory) cost ten times as much as planning on it, once per
    /// list size (a fiftieth of the writer's instructions over 600 articles).
    private final class Cache: @unchecked Sendable {
        let lock = NSLock()
        var known = [Int: V1CandidateOrder]()
        var v1: DatabaseQueue?
    }
    private static let cache = Cache()

    /// Plans v1's query for `count` entities (called with `cache.lock` held).
    private static func plan(_ count: Int) throws -> V1CandidateOrder {
        let queue: DatabaseQueue
        if let v1 = cache.v1 {
            queue = v1
        } else {
            queue = try DatabaseQueue()
            try Schema.migrator.migrate(queue, upTo: "v1-initial")
            cache.v1 = queue
        }
        let steps = try queue.read { db in
            try Row.fetchAll(db, sql: """
                EXPLAIN QUERY PLAN SELECT DISTINCT p.event_id FROM participant p JOIN event v ON v.id = p.event_id
                WHERE v.family = ? AND p.document_id != ? AND p.entity_id IN (\(marks(count)))
                  AND EXISTS (SELECT 1 FROM event_mention m WHERE m.event_id = p.event_id
                              AND m.time_begin < ? AND m.time_end > ?)
                LIMIT 50
                """, arguments: StatementArguments(Array(repeating: DatabaseValue.null, count: count + 4))).compactMap { $0["detail"] as String? }
        }
        // v1's query text, constants included (the plan is made before values are bound).
        return steps.first { $0.hasPrefix("SEARCH") || $0.hasPrefix("SCAN") }?.hasPrefix("SEARCH v") == true ? .storedFirst : .byEntityThenEvent
    }
}
