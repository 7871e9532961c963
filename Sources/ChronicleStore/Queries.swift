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

    /// The timeline: events in time order, optionally only those involving some entities, of
    /// some types (or families), and meeting [from, to). An event told by several articles is
    /// one entry with every source; its time is the narrowest any source gives.
    public func timeline(entities: [EntityRef]? = nil, types: [String]? = nil, from: LocalDateTime? = nil,
                         to: LocalDateTime? = nil) throws -> [TimelineEntry] {
        try db.read { db in
            var conditions = [String]()
            var arguments = StatementArguments()
            if let entities {
                conditions.append("id IN (SELECT event_id FROM participant WHERE entity_id IN (\(marks(entities.count))))")
                arguments += StatementArguments(entities.map(\.id))
            }
            if let types {
                conditions.append("(type IN (\(marks(types.count))) OR family IN (\(marks(types.count))))")
                arguments += StatementArguments(types + types)
            }
            let filter = conditions.isEmpty ? "" : " WHERE " + conditions.joined(separator: " AND ")
            let rows = try Row.fetchAll(db, sql: "SELECT id, type, summary FROM event\(filter) ORDER BY rowid", arguments: arguments)
            var participants = [String: [TimelineEntry.Participant]]()
            var places = [String: [EntityRef]]()
            var sources = [String: [EventSource]]()
            var times = [String: [EventTime]]()
            let ids = rows.map { $0["id"] as String }
            for chunk in stride(from: 0, to: ids.count, by: 500).map({ Array(ids[$0..<min($0 + 500, ids.count)]) }) {
                for p in try Row.fetchAll(db, sql: """
                    SELECT p.event_id, p.role, e.id, e.name, e.type FROM participant p JOIN entity e ON e.id = p.entity_id
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
            let entries = rows.map { row -> TimelineEntry in
                let id: String = row["id"]
                return TimelineEntry(id: id, type: row["type"], summary: row["summary"], time: ChronicleStore.eventTime(times[id] ?? []),
                                     participants: participants[id] ?? [], places: places[id] ?? [], sources: sources[id] ?? [])
            }
            return TimelineOrder.sorted(entries.filter { TimelineOrder.overlaps($0.time, from: from, to: to) })
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

    /// Co-occurrence counts and association scores. With `entity`, that entity's neighbours
    /// (`a` is the entity); without, all pairs. Strongest first, at most `top` rows.
    ///
    /// The window totals and each entity's window count come from `window_totals` and
    /// `entity_windows` (kept by ingest); with `entity`, only its own windows are read.
    public func cooccurrence(of entity: [EntityRef]? = nil, window: CooccurrenceWindow = .sentence, top: Int = 20) throws -> [CooccurrenceRow] {
        let windowName: String, column: String
        switch window {
        case .sentence: (windowName, column) = ("sentence", "sentences")
        case .event: (windowName, column) = ("event", "events")
        case .document: (windowName, column) = ("document", "documents")
        }
        return try db.read { db in
            let total = try Int.fetchOne(db, sql: "SELECT n FROM window_totals WHERE kind = ?", arguments: [windowName]) ?? 0
            var pairs = [(String, String, Int)]()
            var main: String?
            if let entity {
                let ids = Array(Set(entity.map(\.id)))
                let marks = marks(ids.count)
                // The entity's windows, then everyone else in them.
                let sql: String
                switch window {
                case .sentence:
                    sql = """
                        WITH w AS (SELECT DISTINCT document_id, sentence FROM mention WHERE entity_id IN (\(marks)))
                        SELECT m.entity_id AS other, COUNT(DISTINCT w.document_id || ':' || w.sentence) AS n
                        FROM w JOIN mention m ON m.document_id = w.document_id AND m.sentence = w.sentence
                        WHERE m.entity_id NOT IN (\(marks)) GROUP BY m.entity_id
                        """
                case .document:
                    sql = """
                        WITH w AS (SELECT DISTINCT document_id FROM mention WHERE entity_id IN (\(marks)))
                        SELECT m.entity_id AS other, COUNT(DISTINCT w.document_id) AS n
                        FROM w JOIN mention m ON m.document_id = w.document_id
                        WHERE m.entity_id NOT IN (\(marks)) GROUP BY m.entity_id
                        """
                case .event:
                    sql = """
                        WITH w AS (SELECT DISTINCT event_id FROM participant WHERE entity_id IN (\(marks)))
                        SELECT p.entity_id AS other, COUNT(DISTINCT w.event_id) AS n
                        FROM w JOIN participant p ON p.event_id = w.event_id
                        WHERE p.entity_id NOT IN (\(marks)) GROUP BY p.entity_id
                        """
                }
                main = entity[0].id
                for row in try Row.fetchAll(db, sql: sql, arguments: StatementArguments(ids + ids)) {
                    pairs.append((main!, row["other"], row["n"]))
                }
            } else if window == .sentence {
                pairs = try ChronicleStore.strongestSentencePairs(top: top, total: total, db)
            } else {
                let windows: String
                switch window {
                case .sentence: windows = "SELECT DISTINCT document_id || ':' || sentence AS win, entity_id FROM mention"
                case .event: windows = "SELECT DISTINCT event_id AS win, entity_id FROM participant"
                case .document: windows = "SELECT DISTINCT document_id AS win, entity_id FROM mention"
                }
                let sql = """
                    WITH w AS (\(windows))
                    SELECT a.entity_id AS x, b.entity_id AS y, COUNT(*) AS n FROM w a JOIN w b ON a.win = b.win AND a.entity_id < b.entity_id
                    GROUP BY a.entity_id, b.entity_id
                    """
                for row in try Row.fetchAll(db, sql: sql) { pairs.append((row["x"], row["y"], row["n"])) }
            }
            // Names and window counts of the entities in the pairs only.
            var wanted = Set(pairs.map(\.1))
            wanted.formUnion(pairs.map(\.0))
            if let entity { wanted.formUnion(entity.map(\.id)) }
            var refs = [String: EntityRef]()
            var perEntity = [String: Int]()
            let ordered = Array(wanted)
            for chunk in stride(from: 0, to: ordered.count, by: 500).map({ Array(ordered[$0..<min($0 + 500, ordered.count)]) }) {
                for row in try Row.fetchAll(db, sql: """
                    SELECT e.id, e.name, e.type, w.\(column) AS n FROM entity e LEFT JOIN entity_windows w ON w.entity_id = e.id
                    WHERE e.id IN (\(marks(chunk.count)))
                    """, arguments: StatementArguments(chunk)) {
                    if let e = ChronicleStore.entity(row) { refs[e.id] = e }
                    if let n: Int = row["n"], n > 0 { perEntity[row["id"]] = n }
                }
            }
            if let entity, let main {
                // Several ids for one name (two people called Kim) count as the first one.
                perEntity[main] = Set(entity.map(\.id)).map { perEntity[$0] ?? 0 }.reduce(0, +)
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

    /// The sentence pairs that can rank among the `top` strongest, read from `sentence_pair` by
    /// count, largest first. A pair seen in n windows scores at most G²(n, n, n, total) (both
    /// entities in no other window), which grows with n up to total / 2; once that bound falls
    /// below the `top`-th best score so far, no pair further down can rank, and the scan stops.
    /// - Returns: the pairs that can rank, in (a, b) order as v1's query gave them (ties keep that order).
    static func strongestSentencePairs(top: Int, total: Int, _ db: Database) throws -> [(String, String, Int)] {
        var read = [(a: String, b: String, n: Int, score: Double)]()
        var best = [Double]()  // the `top` best scores so far, ascending
        let prune = top <= 10_000  // past that, keeping `best` costs more than reading every pair
        try BoundStatement(db, sql: """
            SELECT p.a, p.b, p.n, COALESCE(wa.sentences, 0), COALESCE(wb.sentences, 0)
            FROM sentence_pair p INDEXED BY sentence_pair_count
            LEFT JOIN entity_windows wa ON wa.entity_id = p.a LEFT JOIN entity_windows wb ON wb.entity_id = p.b
            ORDER BY p.n DESC
            """).scan([]) { row in
            let n = BoundStatement.int(row, 2)
            if prune, best.count == top, 2 * n <= total {
                let bound = Association.logLikelihood(both: n, a: n, b: n, total: total)
                if bound + 1e-9 * abs(bound) + 1e-9 < best[0] { return false }
            }
            guard let a = BoundStatement.text(row, 0), let b = BoundStatement.text(row, 1) else { return true }
            guard prune else {
                read.append((a, b, n, 0))
                return true
            }
            let ca = BoundStatement.int(row, 3), cb = BoundStatement.int(row, 4)
            let score = Association.logLikelihood(both: n, a: ca > 0 ? ca : n, b: cb > 0 ? cb : n, total: total)
            guard best.count < top || score >= best[0] else { return true }
            read.append((a, b, n, score))
            guard best.count < top || score > best[0] else { return true }
            if best.count == top { best.removeFirst() }
            var low = 0, high = best.count
            while low < high {
                let mid = (low + high) / 2
                if best[mid] < score { low = mid + 1 } else { high = mid }
            }
            best.insert(score, at: low)
            return true
        }
        // A pair scoring below the `top`-th best has `top` better ones: it cannot rank. The score
        // is the one `cooccurrence` computes (same counts, same function), so ties stay in.
        if prune, best.count == top { read.removeAll { $0.score < best[0] } }
        return read.sorted { x, y in
            x.a != y.a ? x.a.utf8.lexicographicallyPrecedes(y.a.utf8) : x.b.utf8.lexicographicallyPrecedes(y.b.utf8)
        }.map { ($0.a, $0.b, $0.n) }
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
