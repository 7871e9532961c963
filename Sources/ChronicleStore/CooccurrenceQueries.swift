import Chronicle
import GRDB

extension ChronicleStore {
    /// Co-occurrence counts and association scores. With `entity`, that entity's neighbours
    /// (`a` is the entity); without, all pairs. Strongest first, at most `top` rows.
    ///
    /// The window totals and each entity's window count come from `window_totals` and
    /// `entity_windows` (kept by ingest); with `entity`, only its own windows are read. Rows
    /// are counted by entity number and named at the end, in the order the text ids give (as
    /// before entities had numbers), so ties rank as they did.
    public func cooccurrence(of entity: [EntityRef]? = nil, window: CooccurrenceWindow = .sentence, top: Int = 20) throws -> [CooccurrenceRow] {
        try cooccurrence(of: entity, window: window, top: top, pairsFromRows: false)
    }

    /// `cooccurrence`, with the pairs of the whole store (no `entity`) read from the pair tables
    /// or, when `pairsFromRows`, counted from every window's rows (as before the tables: tests
    /// compare the two).
    func cooccurrence(of entity: [EntityRef]?, window: CooccurrenceWindow, top: Int, pairsFromRows: Bool) throws -> [CooccurrenceRow] {
        let windowName: String, column: String
        switch window {
        case .sentence: (windowName, column) = ("sentence", "sentences")
        case .event: (windowName, column) = ("event", "events")
        case .document: (windowName, column) = ("document", "documents")
        }
        return try db.read { db in
            let total = try Int.fetchOne(db, sql: "SELECT n FROM window_totals WHERE kind = ?", arguments: [windowName]) ?? 0
            var pairs = [(a: Int, b: Int, n: Int)]()  // entity numbers; with `entity`, `a` is unused
            var main = [Int]()
            if let entity {
                let ids = Array(Set(entity.map(\.id)))
                main = try Int.fetchAll(db, sql: "SELECT number FROM entity WHERE id IN (\(marks(ids.count)))", arguments: StatementArguments(ids))
                let marks = marks(main.count)
                // The entity's windows, then everyone else in them.
                let sql: String
                switch window {
                case .sentence:
                    sql = """
                        WITH w AS (SELECT DISTINCT document, sentence FROM mention WHERE entity IN (\(marks)))
                        SELECT m.entity, COUNT(DISTINCT w.document || ':' || w.sentence)
                        FROM w JOIN mention m ON m.document = w.document AND m.sentence = w.sentence
                        WHERE m.entity NOT IN (\(marks)) GROUP BY m.entity
                        """
                case .document:
                    sql = """
                        WITH w AS (SELECT DISTINCT document FROM mention WHERE entity IN (\(marks)))
                        SELECT m.entity, COUNT(DISTINCT w.document)
                        FROM w JOIN mention m ON m.document = w.document
                        WHERE m.entity NOT IN (\(marks)) GROUP BY m.entity
                        """
                case .event:
                    sql = """
                        WITH w AS (SELECT DISTINCT event FROM participant WHERE entity IN (\(marks)))
                        SELECT p.entity, COUNT(DISTINCT w.event)
                        FROM w JOIN participant p ON p.event = w.event
                        WHERE p.entity NOT IN (\(marks)) GROUP BY p.entity
                        """
                }
                if !main.isEmpty {
                    for row in try Row.fetchAll(db, sql: sql, arguments: StatementArguments(main + main)) {
                        pairs.append((0, row[0], row[1]))
                    }
                }
            } else if !pairsFromRows {
                pairs = try ChronicleStore.strongestPairs(window, top: top, total: total, db)
            } else if window == .sentence {
                let sql = """
                    WITH w AS (SELECT DISTINCT document, sentence, entity FROM mention)
                    SELECT x.entity, y.entity, COUNT(*) FROM w x JOIN w y
                        ON x.document = y.document AND x.sentence = y.sentence AND x.entity < y.entity
                    GROUP BY x.entity, y.entity
                    """
                for row in try Row.fetchAll(db, sql: sql) { pairs.append((row[0], row[1], row[2])) }
            } else {
                let windows = window == .event ? "SELECT DISTINCT event AS win, entity FROM participant"
                    : "SELECT DISTINCT document AS win, entity FROM mention"
                let sql = """
                    WITH w AS (\(windows))
                    SELECT a.entity, b.entity, COUNT(*) FROM w a JOIN w b ON a.win = b.win AND a.entity < b.entity
                    GROUP BY a.entity, b.entity
                    """
                for row in try Row.fetchAll(db, sql: sql) { pairs.append((row[0], row[1], row[2])) }
            }
            // Names and window counts of the entities in the pairs only.
            var wanted = Set(pairs.map(\.b))
            if entity == nil { wanted.formUnion(pairs.map(\.a)) }
            wanted.formUnion(main)
            var refs = [Int: EntityRef]()
            var perEntity = [String: Int]()
            let ordered = Array(wanted)
            for chunk in stride(from: 0, to: ordered.count, by: 500).map({ Array(ordered[$0..<min($0 + 500, ordered.count)]) }) {
                for row in try Row.fetchAll(db, sql: """
                    SELECT e.number, e.id, e.name, e.type, w.\(column) AS n FROM entity e LEFT JOIN entity_windows w ON w.entity = e.number
                    WHERE e.number IN (\(marks(chunk.count)))
                    """, arguments: StatementArguments(chunk)) {
                    guard let e = ChronicleStore.entity(row) else { continue }
                    refs[row["number"]] = e
                    if let n: Int = row["n"], n > 0 { perEntity[e.id] = n }
                }
            }
            // Pairs by text id, in the order the text ids give (a < b; with `entity`, by neighbour).
            var named = [(a: EntityRef, b: EntityRef, n: Int)]()
            if let entity {
                // Several ids for one name (two people called Kim) count as the first one.
                guard let first = refs.values.first(where: { $0.id == entity[0].id }) else { return [] }
                perEntity[first.id] = Set(entity.map(\.id)).map { perEntity[$0] ?? 0 }.reduce(0, +)
                for (_, b, n) in pairs { if let other = refs[b] { named.append((first, other, n)) } }
                named.sort { $0.b.id.utf8.lexicographicallyPrecedes($1.b.id.utf8) }
            } else {
                for (a, b, n) in pairs {
                    guard let x = refs[a], let y = refs[b] else { continue }
                    named.append(x.id.utf8.lexicographicallyPrecedes(y.id.utf8) ? (x, y, n) : (y, x, n))
                }
                named.sort { x, y in
                    x.a.id != y.a.id ? x.a.id.utf8.lexicographicallyPrecedes(y.a.id.utf8) : x.b.id.utf8.lexicographicallyPrecedes(y.b.id.utf8)
                }
            }
            let rows = named.map { (a, b, n) -> CooccurrenceRow in
                let ca = perEntity[a.id] ?? n, cb = perEntity[b.id] ?? n
                return CooccurrenceRow(a: a, b: b, count: n, score: Association.logLikelihood(both: n, a: ca, b: cb, total: total),
                                       pmi: Association.pmi(both: n, a: ca, b: cb, total: total))
            }
            return Array(Association.ranked(rows).prefix(top))
        }
    }

    /// The pairs that can rank among the `top` strongest in `window`, read from its count in
    /// `entity_pair` (`sentences`, `documents`, `events`), largest first. A pair seen in
    /// n windows scores at most G²(n, n, n, total) (both entities in no other window), which
    /// grows with n up to total / 2; once that bound falls below the `top`-th best score so
    /// far, no pair further down can rank, and the scan stops. The count index holds the pairs
    /// seen more than once; the pairs seen once are read (unordered: they all have one count)
    /// only when the scan gets that far.
    /// - Returns: the pairs that can rank, as entity numbers (a < b) and count.
    static func strongestPairs(_ window: CooccurrenceWindow, top: Int, total: Int, _ db: Database) throws -> [(a: Int, b: Int, n: Int)] {
        let column: String
        switch window {
        case .sentence: column = "sentences"
        case .document: column = "documents"
        case .event: column = "events"
        }
        var read = [(a: Int, b: Int, n: Int, score: Double)]()
        var best = [Double]()  // the `top` best scores so far, ascending
        let prune = top <= 10_000  // past that, keeping `best` costs more than reading every pair
        var stopped = false
        // Every entity's window count, read once: looking up both entities of each pair read
        // cost more than the scan itself (the event window reads 137,000 pairs at 100,000 articles).
        let windows = try WindowsPerEntity(column: column, db)
        func considerRow(_ row: OpaquePointer) -> Bool {
            consider(a: BoundStatement.int(row, 0), b: BoundStatement.int(row, 1), n: BoundStatement.int(row, 2))
        }
        func consider(a: Int, b: Int, n: Int) -> Bool {
            if prune, best.count == top, 2 * n <= total {
                let bound = Association.logLikelihood(both: n, a: n, b: n, total: total)
                if bound + 1e-9 * abs(bound) + 1e-9 < best[0] {
                    stopped = true
                    return false
                }
            }
            guard prune else {
                read.append((a, b, n, 0))
                return true
            }
            let ca = windows[a], cb = windows[b]
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
        try BoundStatement(db, sql: "SELECT a, b, \(column) FROM entity_pair INDEXED BY entity_pair_\(column) WHERE \(column) > 1 ORDER BY \(column) DESC")
            .scan([], while: considerRow)
        if !stopped {
            // A row holds a pair with windows of some kind; those with none of this kind are not pairs here.
            try BoundStatement(db, sql: "SELECT a, b, \(column) FROM entity_pair WHERE \(column) = 1").scan([], while: considerRow)
        }
        // A pair scoring below the `top`-th best has `top` better ones: it cannot rank. The score
        // is the one `cooccurrence` computes (same counts, same function), so ties stay in.
        if prune, best.count == top { read.removeAll { $0.score < best[0] } }
        return read.map { ($0.a, $0.b, $0.n) }
    }
}
