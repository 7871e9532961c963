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
            try ChronicleStore.ordered(try ChronicleStore.events(entities: entities, types: types, db), from: from, to: to, db)
        }
    }

    /// The events (id, type, summary) of some entities and of some types (or families), in
    /// storage order; at most `limit` of them when given.
    static func events(entities: [EntityRef]?, types: [String]?, limit: Int? = nil,
                       _ db: Database) throws -> [(id: String, type: String, summary: String)] {
        let (filter, arguments) = ChronicleStore.eventFilter(entities: entities, types: types)
        var events = [(id: String, type: String, summary: String)]()
        let limited = limit.map { " LIMIT \($0)" } ?? ""
        try BoundStatement(db, sql: "SELECT id, type, summary FROM event v\(filter) ORDER BY v.rowid\(limited)")
            .run(arguments.map { SQLValue.text($0) }) { row in
                guard let id = BoundStatement.text(row, 0), let type = BoundStatement.text(row, 1),
                      let summary = BoundStatement.text(row, 2) else { return }
                events.append((id, type, summary))
            }
        return events
    }

    /// The timeline of some events given in storage order: their entries meeting [from, to),
    /// in timeline order.
    static func ordered(_ events: [(id: String, type: String, summary: String)], from: LocalDateTime?, to: LocalDateTime?,
                        _ db: Database) throws -> [TimelineEntry] {
        TimelineOrder.sorted(try ChronicleStore.entries(events, db).filter { TimelineOrder.overlaps($0.time, from: from, to: to) })
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
    ///
    /// Rows are read by column position through `BoundStatement` (GRDB's `Row` looked each
    /// column up by name, which was half of `timeline --entity`'s time), and each entity is
    /// named once per call (`EntityNames`), however many events it takes part in.
    static func entries(_ events: [(id: String, type: String, summary: String)], _ db: Database) throws -> [TimelineEntry] {
        var index = [String: Int](minimumCapacity: events.count)
        for (i, e) in events.enumerated() where index[e.id] == nil { index[e.id] = i }
        var participants = [[TimelineEntry.Participant]](repeating: [], count: events.count)
        var participantNumbers = [[Int]](repeating: [], count: events.count)
        var places = [[EntityRef]](repeating: [], count: events.count)
        var placeNumbers = [[Int]](repeating: [], count: events.count)
        var sources = [[EventSource]](repeating: [], count: events.count)
        var times = [[EventTime]](repeating: [], count: events.count)
        var names = EntityNames()
        let ids = events.map(\.id)
        for chunk in stride(from: 0, to: ids.count, by: 500).map({ Array(ids[$0..<min($0 + 500, ids.count)]) }) {
            let values = chunk.map { SQLValue.text($0) }
            try BoundStatement(db, sql: """
                SELECT p.event_id, p.role, e.number, e.id, e.name, e.type FROM participant p JOIN entity e ON e.number = p.entity
                JOIN document d ON d.id = p.document_id
                WHERE p.event_id IN (\(marks(chunk.count))) ORDER BY p.event_id, d.published, d.source, p.position
                """).run(values) { row in
                guard let id = BoundStatement.text(row, 0), let event = index[id], let role = BoundStatement.text(row, 1),
                      let entity = names.entity(row, number: 2, id: 3, name: 4, type: 5) else { return }
                let number = BoundStatement.int(row, 2)
                if role == "place" {
                    if !placeNumbers[event].contains(number) {
                        placeNumbers[event].append(number)
                        places[event].append(entity)
                    }
                } else if !participantNumbers[event].contains(number) {
                    participantNumbers[event].append(number)
                    participants[event].append(.init(entity: entity, role: role))
                }
            }
            try BoundStatement(db, sql: """
                SELECT m.event_id, m.document_id, d.source, m.sentence, m.trigger_start, m.trigger_end,
                       m.time_value, m.time_begin, m.time_end, m.time_mod
                FROM event_mention m JOIN document d ON d.id = m.document_id
                WHERE m.event_id IN (\(marks(chunk.count))) ORDER BY d.published, d.source, m.trigger_start
                """).run(values) { row in
                guard let id = BoundStatement.text(row, 0), let event = index[id], let document = BoundStatement.text(row, 1),
                      let source = BoundStatement.text(row, 2), let sentence = BoundStatement.text(row, 3) else { return }
                sources[event].append(EventSource(document: document, source: source, sentence: sentence,
                                                  start: BoundStatement.int(row, 4), end: BoundStatement.int(row, 5)))
                if let value = BoundStatement.text(row, 6) {
                    times[event].append(EventTime(value: value, begin: BoundStatement.text(row, 7).flatMap(LocalDateTime.init(iso:)),
                                                  end: BoundStatement.text(row, 8).flatMap(LocalDateTime.init(iso:)),
                                                  mod: BoundStatement.text(row, 9)))
                }
            }
        }
        return events.map { e in
            let i = index[e.id]!
            return TimelineEntry(id: e.id, type: e.type, summary: e.summary, time: ChronicleStore.eventTime(times[i]),
                                 participants: participants[i], places: places[i], sources: sources[i])
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
