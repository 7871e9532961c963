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
            let events = try ChronicleStore.events(entities: entities, types: types, db)
            guard events.count > ChronicleStore.largeReadEvents else { return try ChronicleStore.ordered(events, from: from, to: to, db) }
            return try ChronicleStore.withLargeCache(db) { try ChronicleStore.ordered(events, from: from, to: to, db) }
        }
    }

    /// The events of some entities and of some types (or families), in storage order; at
    /// most `limit` of them when given.
    static func events(entities: [EntityRef]?, types: [String]?, limit: Int? = nil, _ db: Database) throws -> [StoredEvent] {
        let (filter, arguments) = ChronicleStore.eventFilter(entities: entities, types: types)
        var events = [StoredEvent]()
        let limited = limit.map { " LIMIT \($0)" } ?? ""
        try BoundStatement(db, sql: "SELECT number, id, type, summary FROM event v\(filter) ORDER BY v.rowid\(limited)")
            .run(arguments.map { SQLValue.text($0) }) { row in
                guard let event = StoredEvent(row) else { return }
                events.append(event)
            }
        return events
    }

    /// The timeline of some events given in storage order: their entries meeting [from, to),
    /// in timeline order.
    static func ordered(_ events: [StoredEvent], from: LocalDateTime?, to: LocalDateTime?,
                        _ db: Database) throws -> [TimelineEntry] {
        TimelineOrder.sorted(try ChronicleStore.entries(events, db).filter { TimelineOrder.overlaps($0.time, from: from, to: to) })
    }

    /// The `WHERE` clause choosing the events of some entities and of some types (or
    /// families), over the event table named `v`, and its arguments.
    static func eventFilter(entities: [EntityRef]?, types: [String]?) -> (sql: String, arguments: [String]) {
        var conditions = [String]()
        var arguments = [String]()
        if let entities {
            conditions.append("v.number IN (SELECT event FROM participant WHERE entity IN (SELECT number FROM entity WHERE id IN (\(marks(entities.count)))))")
            arguments += entities.map(\.id)
        }
        if let types {
            conditions.append("(v.type IN (\(marks(types.count))) OR v.family IN (\(marks(types.count))))")
            arguments += types + types
        }
        return (conditions.isEmpty ? "" : " WHERE " + conditions.joined(separator: " AND "), arguments)
    }

    /// The timeline entries of some events, in the order given: their
    /// participants and places, every source, and the time (the narrowest any source gives).
    ///
    /// An event's participant rows are taken by their document's publication date (none
    /// first), source path, then position; its sources by date, path, then trigger offset.
    /// The rows are sorted here, with ties in the order of the text-keyed primary key rows
    /// had before `v5-document-numbers` (participants by entity, then document text id;
    /// sources by document text id): the order SQLite's stable `ORDER BY` over that scan gave
    /// when each row was joined with its document, without the two document lookups per row
    /// (most of the query's time). Each document and entity is read once per call (`DocumentOrder`,
    /// `EntityNames`), and rows are read by column position through `BoundStatement`.
    static func entries(_ events: [StoredEvent], _ db: Database) throws -> [TimelineEntry] {
        var index = [Int: Int](minimumCapacity: events.count)
        for (i, e) in events.enumerated() where index[e.number] == nil { index[e.number] = i }
        var participants = [[TimelineEntry.Participant]](repeating: [], count: events.count)
        var places = [[EntityRef]](repeating: [], count: events.count)
        var sources = [[EventSource]](repeating: [], count: events.count)
        var times = [[EventTime]](repeating: [], count: events.count)
        var documents = DocumentOrder()
        var names = EntityNames()
        let ids = events.map(\.number)
        for chunk in stride(from: 0, to: ids.count, by: 500).map({ Array(ids[$0..<min($0 + 500, ids.count)]) }) {
            let values = chunk.map { SQLValue.int($0) }
            // Rows by the chunk's events (their place in `chunk`), in primary key order (`scan`).
            var local = [Int: Int](minimumCapacity: chunk.count)
            for (i, id) in chunk.enumerated() where local[id] == nil { local[id] = i }
            var taking = [[(document: Int, position: Int, role: String, entity: Int)]](repeating: [], count: chunk.count)
            var telling = [[(document: Int, start: Int, source: EventSource, time: EventTime?)]](repeating: [], count: chunk.count)
            try BoundStatement(db, sql: """
                SELECT event, document, position, role, entity FROM participant
                WHERE event IN (\(marks(chunk.count))) ORDER BY event, entity, document
                """).run(values) { row in
                guard let event = local[BoundStatement.int(row, 0)], let role = BoundStatement.text(row, 3) else { return }
                taking[event].append((try documents.number(ofStored: BoundStatement.int(row, 1), db), BoundStatement.int(row, 2), role,
                                      BoundStatement.int(row, 4)))
            }
            try BoundStatement(db, sql: """
                SELECT event, document, sentence, trigger_start, trigger_end, time_value, time_begin, time_end, time_mod
                FROM event_mention WHERE event IN (\(marks(chunk.count))) ORDER BY event, document, trigger_start
                """).run(values) { row in
                guard let event = local[BoundStatement.int(row, 0)], let sentence = BoundStatement.text(row, 2) else { return }
                let number = try documents.number(ofStored: BoundStatement.int(row, 1), db)
                let start = BoundStatement.int(row, 3)
                let time = BoundStatement.text(row, 5).map { value in
                    EventTime(value: value, begin: BoundStatement.text(row, 6).flatMap(LocalDateTime.init(iso:)),
                              end: BoundStatement.text(row, 7).flatMap(LocalDateTime.init(iso:)), mod: BoundStatement.text(row, 8))
                }
                telling[event].append((number, start, EventSource(document: documents.id(number), source: documents.source(number),
                                                                  sentence: sentence, start: start, end: BoundStatement.int(row, 4)), time))
            }
            for (id, i) in local {
                let event = index[id]!
                // Ties left by the document order go as the text-keyed rows came (`idPrecedes`).
                taking[i].sort { a, b in
                    let order = documents.compare(a.document, b.document)
                    if order != 0 { return order < 0 }
                    if a.position != b.position { return a.position < b.position }
                    return a.entity != b.entity ? a.entity < b.entity : documents.idPrecedes(a.document, b.document)
                }
                var participantNumbers = [Int](), placeNumbers = [Int]()
                for row in taking[i] {
                    guard let entity = try names.entity(number: row.entity, db) else { continue }
                    if row.role == "place" {
                        if !placeNumbers.contains(row.entity) {
                            placeNumbers.append(row.entity)
                            places[event].append(entity)
                        }
                    } else if !participantNumbers.contains(row.entity) {
                        participantNumbers.append(row.entity)
                        participants[event].append(.init(entity: entity, role: row.role))
                    }
                }
                telling[i].sort { a, b in
                    let order = documents.compare(a.document, b.document)
                    if order != 0 { return order < 0 }
                    return a.start != b.start ? a.start < b.start : documents.idPrecedes(a.document, b.document)
                }
                sources[event] += telling[i].map(\.source)
                times[event] += telling[i].compactMap(\.time)
            }
        }
        return events.map { e in
            let i = index[e.number]!
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
