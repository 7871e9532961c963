import Chronicle
import GRDB

extension ChronicleStore {
    /// The entities a user's name refers to: by id, canonical name or any surface form it was
    /// mentioned by (`Putin`, `Kim Jong Un`), compared in lookup form.
    public func resolveEntity(_ name: String) throws -> [EntityRef] {
        let form = Normalizer.lookupForm(name)
        return try db.read { db in
            let rows = try Row.fetchAll(db, sql: """
                SELECT id, name, type, (SELECT COUNT(*) FROM mention m WHERE m.entity_id = entity.id) AS n FROM entity
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

    /// The timeline: events in time order, optionally only those involving some entities and
    /// meeting [from, to).
    public func timeline(entities: [EntityRef]? = nil, from: LocalDateTime? = nil, to: LocalDateTime? = nil) throws -> [TimelineEntry] {
        try db.read { db in
            var sql = "SELECT id, type, summary, time_value, time_begin, time_end, time_mod FROM event"
            var arguments = StatementArguments()
            if let entities {
                let marks = Array(repeating: "?", count: entities.count).joined(separator: ", ")
                sql += " WHERE id IN (SELECT event_id FROM participant WHERE entity_id IN (\(marks)))"
                arguments += StatementArguments(entities.map(\.id))
            }
            sql += " ORDER BY rowid"
            let rows = try Row.fetchAll(db, sql: sql, arguments: arguments)
            var participants = [String: [TimelineEntry.Participant]]()
            var places = [String: [EntityRef]]()
            var sources = [String: [EventSource]]()
            let ids = rows.map { $0["id"] as String }
            for chunk in stride(from: 0, to: ids.count, by: 500).map({ Array(ids[$0..<min($0 + 500, ids.count)]) }) {
                let marks = Array(repeating: "?", count: chunk.count).joined(separator: ", ")
                for p in try Row.fetchAll(db, sql: """
                    SELECT p.event_id, p.role, e.id, e.name, e.type FROM participant p JOIN entity e ON e.id = p.entity_id
                    WHERE p.event_id IN (\(marks)) ORDER BY p.event_id, p.position
                    """, arguments: StatementArguments(chunk)) {
                    guard let entity = ChronicleStore.entity(p) else { continue }
                    let role: String = p["role"]
                    if role == "place" {
                        places[p["event_id"], default: []].append(entity)
                    } else {
                        participants[p["event_id"], default: []].append(.init(entity: entity, role: role))
                    }
                }
                for s in try Row.fetchAll(db, sql: """
                    SELECT m.event_id, m.document_id, d.source, m.sentence, m.trigger_start, m.trigger_end
                    FROM event_mention m JOIN document d ON d.id = m.document_id
                    WHERE m.event_id IN (\(marks)) ORDER BY d.published, d.source, m.trigger_start
                    """, arguments: StatementArguments(chunk)) {
                    sources[s["event_id"], default: []].append(EventSource(document: s["document_id"], source: s["source"],
                                                                           sentence: s["sentence"], start: s["trigger_start"], end: s["trigger_end"]))
                }
            }
            let entries = rows.map { row -> TimelineEntry in
                let id: String = row["id"]
                var time: EventTime?
                if let value: String = row["time_value"] {
                    time = EventTime(value: value, begin: (row["time_begin"] as String?).flatMap(LocalDateTime.init(iso:)),
                                     end: (row["time_end"] as String?).flatMap(LocalDateTime.init(iso:)), mod: row["time_mod"])
                }
                return TimelineEntry(id: id, type: row["type"], summary: row["summary"], time: time,
                                     participants: participants[id] ?? [], places: places[id] ?? [], sources: sources[id] ?? [])
            }
            return TimelineOrder.sorted(entries.filter { TimelineOrder.overlaps($0.time, from: from, to: to) })
        }
    }

    /// Co-occurrence counts and association scores. With `entity`, that entity's neighbours
    /// (`a` is the entity); without, all pairs. Strongest first, at most `top` rows.
    public func cooccurrence(of entity: [EntityRef]? = nil, window: CooccurrenceWindow = .sentence, top: Int = 20) throws -> [CooccurrenceRow] {
        let windows: String
        switch window {
        case .sentence: windows = "SELECT DISTINCT document_id || ':' || sentence AS win, entity_id FROM mention"
        case .event: windows = "SELECT DISTINCT event_id AS win, entity_id FROM participant"
        case .document: windows = "SELECT DISTINCT document_id AS win, entity_id FROM mention"
        }
        return try db.read { db in
            let total = try Int.fetchOne(db, sql: "WITH w AS (\(windows)) SELECT COUNT(DISTINCT win) FROM w") ?? 0
            var perEntity = [String: Int]()
            for row in try Row.fetchAll(db, sql: "WITH w AS (\(windows)) SELECT entity_id, COUNT(*) AS n FROM w GROUP BY entity_id") {
                perEntity[row["entity_id"]] = row["n"]
            }
            var refs = [String: EntityRef]()
            for row in try Row.fetchAll(db, sql: "SELECT id, name, type FROM entity") {
                if let e = ChronicleStore.entity(row) { refs[e.id] = e }
            }
            var pairs = [(String, String, Int)]()
            if let entity {
                let ids = Set(entity.map(\.id))
                let marks = Array(repeating: "?", count: ids.count).joined(separator: ", ")
                let sql = """
                    WITH w AS (\(windows))
                    SELECT b.entity_id AS other, COUNT(DISTINCT a.win) AS n FROM w a JOIN w b ON a.win = b.win
                    WHERE a.entity_id IN (\(marks)) AND b.entity_id NOT IN (\(marks)) GROUP BY b.entity_id
                    """
                let main = entity[0].id
                for row in try Row.fetchAll(db, sql: sql, arguments: StatementArguments(Array(ids) + Array(ids))) {
                    pairs.append((main, row["other"], row["n"]))
                }
                // Several ids for one name (two people called Kim) count as the first one.
                perEntity[main] = ids.map { perEntity[$0] ?? 0 }.reduce(0, +)
            } else {
                let sql = """
                    WITH w AS (\(windows))
                    SELECT a.entity_id AS x, b.entity_id AS y, COUNT(*) AS n FROM w a JOIN w b ON a.win = b.win AND a.entity_id < b.entity_id
                    GROUP BY a.entity_id, b.entity_id
                    """
                for row in try Row.fetchAll(db, sql: sql) { pairs.append((row["x"], row["y"], row["n"])) }
            }
            let rows = pairs.compactMap { (x, y, n) -> CooccurrenceRow? in
                guard let a = refs[x], let b = refs[y] else { return nil }
                let ca = perEntity[x] ?? n, cb = perEntity[y] ?? n
                return CooccurrenceRow(a: a, b: b, count: n, score: Association.logLikelihood(both: n, a: ca, b: cb, total: total),
                                       pmi: Association.pmi(both: n, a: ca, b: cb, total: total))
            }
            return Array(Association.ranked(rows).prefix(top))
        }
    }

    /// Counts of what the store holds.
    public func counts() throws -> (documents: Int, entities: Int, events: Int) {
        try db.read { db in
            (try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM document") ?? 0,
             try Int.fetchOne(db, sql: "SELECT COUNT(DISTINCT entity_id) FROM mention") ?? 0,
             try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM event") ?? 0)
        }
    }
}
