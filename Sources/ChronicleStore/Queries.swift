import Chronicle
import GRDB

/// `?, ?, ?` for an SQL `IN` list of `count` values.
func marks(_ count: Int) -> String {
    Array(repeating: "?", count: count).joined(separator: ", ")
}

extension ChronicleStore {
    /// The entities a user's name refers to: by id, canonical name or any surface form it was
    /// mentioned by (`Putin`, `Kim Jong Un`), compared in lookup form.
    public func resolveEntity(_ name: String) throws -> [EntityRef] {
        let form = Normalizer.lookupForm(name)
        return try db.read { db in
            let rows = try Row.fetchAll(db, sql: """
                SELECT id, name, type, COALESCE((SELECT mentions FROM entity_windows w WHERE w.entity = entity.number), 0) AS n FROM entity
                WHERE id = ? OR id IN (SELECT entity_id FROM alias WHERE form = ?)
                ORDER BY n DESC, id
                """, arguments: [name, form])
            return rows.compactMap(ChronicleStore.entity)
        }
    }

    static func entity(_ row: Row) -> EntityRef? {
        guard let type = EntityType(rawValue: row["type"]) else { return nil }
        return EntityRef(id: row["id"], name: row["name"], type: type)
    }

    /// The timeline: events in time order, optionally only those involving some entities, of
    /// some types (or families), and meeting [from, to). An event told by several articles is
    /// one entry with every source; its time is the narrowest any source gives.
    public func timeline(entities: [EntityRef]? = nil, types: [String]? = nil, from: LocalDateTime? = nil,
                         to: LocalDateTime? = nil) throws -> [TimelineEntry] {
        try db.read { db in
            let (filter, arguments) = ChronicleStore.eventFilter(entities: entities, types: types)
            let rows = try Row.fetchAll(db, sql: "SELECT id, type, summary FROM event v\(filter) ORDER BY v.rowid", arguments: StatementArguments(arguments))
            let entries = try ChronicleStore.entries(rows.map { ($0["id"], $0["type"], $0["summary"]) }, db)
            return TimelineOrder.sorted(entries.filter { TimelineOrder.overlaps($0.time, from: from, to: to) })
        }
    }

    /// The `WHERE` clause choosing the events of some entities and of some types (or
    /// families), over the event table named `v`, and its arguments.
    static func eventFilter(entities: [EntityRef]?, types: [String]?) -> (sql: String, arguments: [String]) {
        var conditions = [String]()
        var arguments = [String]()
        if let entities {
            conditions.append("v.id IN (SELECT event_id FROM participant WHERE entity IN (SELECT number FROM entity WHERE id IN (\(marks(entities.count)))))")
            arguments += entities.map(\.id)
        }
        if let types {
            conditions.append("(v.type IN (\(marks(types.count))) OR v.family IN (\(marks(types.count))))")
            arguments += types + types
        }
        return (conditions.isEmpty ? "" : " WHERE " + conditions.joined(separator: " AND "), arguments)
    }

    /// The timeline entries of some events (id, type, summary), in the order given: their
    /// participants and places, every source, and the time (the narrowest any source gives).
    static func entries(_ events: [(id: String, type: String, summary: String)], _ db: Database) throws -> [TimelineEntry] {
        var participants = [String: [TimelineEntry.Participant]]()
        var places = [String: [EntityRef]]()
        var sources = [String: [EventSource]]()
        var times = [String: [EventTime]]()
        let ids = events.map(\.id)
        for chunk in stride(from: 0, to: ids.count, by: 500).map({ Array(ids[$0..<min($0 + 500, ids.count)]) }) {
            for p in try Row.fetchAll(db, sql: """
                SELECT p.event_id, p.role, e.id, e.name, e.type FROM participant p JOIN entity e ON e.number = p.entity
                JOIN document d ON d.id = p.document_id
                WHERE p.event_id IN (\(marks(chunk.count))) ORDER BY p.event_id, d.published, d.source, p.position
                """, arguments: StatementArguments(chunk)) {
                guard let entity = ChronicleStore.entity(p) else { continue }
                let event: String = p["event_id"], role: String = p["role"]
                if role == "place" {
                    if !(places[event] ?? []).contains(entity) { places[event, default: []].append(entity) }
                } else if !(participants[event] ?? []).contains(where: { $0.entity == entity }) {
                    participants[event, default: []].append(.init(entity: entity, role: role))
                }
            }
            for s in try Row.fetchAll(db, sql: """
                SELECT m.event_id, m.document_id, d.source, m.sentence, m.trigger_start, m.trigger_end,
                       m.time_value, m.time_begin, m.time_end, m.time_mod
                FROM event_mention m JOIN document d ON d.id = m.document_id
                WHERE m.event_id IN (\(marks(chunk.count))) ORDER BY d.published, d.source, m.trigger_start
                """, arguments: StatementArguments(chunk)) {
                let event: String = s["event_id"]
                sources[event, default: []].append(EventSource(document: s["document_id"], source: s["source"],
                                                               sentence: s["sentence"], start: s["trigger_start"], end: s["trigger_end"]))
                if let value: String = s["time_value"] {
                    times[event, default: []].append(EventTime(value: value, begin: (s["time_begin"] as String?).flatMap(LocalDateTime.init(iso:)),
                                                               end: (s["time_end"] as String?).flatMap(LocalDateTime.init(iso:)), mod: s["time_mod"]))
                }
            }
        }
        return events.map { e in
            TimelineEntry(id: e.id, type: e.type, summary: e.summary, time: ChronicleStore.eventTime(times[e.id] ?? []),
                          participants: participants[e.id] ?? [], places: places[e.id] ?? [], sources: sources[e.id] ?? [])
        }
    }

    /// The narrowest dated time of an event's mentions, else the first partial value (`XXXX-09`).
    static func eventTime(_ times: [EventTime]) -> EventTime? {
        let dated = times.compactMap { t -> (EventTime, TimeRange)? in
            guard let b = t.begin, let e = t.end else { return nil }
            return (t, TimeRange(begin: b, end: e))
        }
        if let best = EventTimes.narrowest(dated.map(\.1)) { return dated.first { $0.1 == best }?.0 }
        return times.first
    }

    /// Counts of what the store holds.
    public func counts() throws -> (documents: Int, entities: Int, events: Int) {
        try db.read { db in
            (try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM document") ?? 0,
             try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM entity_windows WHERE mentions > 0") ?? 0,
             try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM event") ?? 0)
        }
    }
}
