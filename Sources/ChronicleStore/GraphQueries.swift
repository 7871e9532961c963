import Chronicle
import GRDB

extension ChronicleStore {
    /// Entities by mention count (most first), optionally of one type. The counts are the ones
    /// ingest keeps in `entity_windows` (mentions, documents and events holding the entity);
    /// equal counts and names keep the order of the text ids.
    public func entities(type: EntityType? = nil, top: Int = 50) throws -> [EntityListing] {
        try db.read { db in
            var sql = """
                SELECT e.id, e.name, e.type, w.mentions, w.documents, w.events
                FROM entity_windows w JOIN entity e ON e.number = w.entity WHERE w.mentions > 0
                """
            var arguments = StatementArguments()
            if let type {
                sql += " AND e.type = ?"
                arguments += [type.rawValue]
            }
            sql += " ORDER BY w.mentions DESC, e.name, e.id LIMIT ?"
            arguments += [top]
            return try Row.fetchAll(db, sql: sql, arguments: arguments).compactMap { row in
                ChronicleStore.entity(row).map { EntityListing(entity: $0, mentions: row["mentions"], documents: row["documents"], events: row["events"]) }
            }
        }
    }

    /// How two entities are connected through events: the shortest chain entity → event →
    /// entity → … (breadth-first over the participant graph), at most `maxSteps` events long;
    /// empty when they are not connected. Among equal chains, earlier-stored events come first.
    public func path(from a: [EntityRef], to b: [EntityRef], maxSteps: Int = 4) throws -> [PathStep] {
        let (eventsOf, entitiesOf) = try db.read { db in try ChronicleStore.participantGraph(db) }
        let targets = Set(b.map(\.id))
        var previous = [String: (event: String, from: String)]()  // entity → how it was reached
        var frontier = a.map(\.id)
        var seen = Set(frontier), seenEvents = Set<String>()
        var found: String?
        search: for _ in 0..<maxSteps {
            var next = [String]()
            for entity in frontier {
                for event in eventsOf[entity] ?? [] where seenEvents.insert(event).inserted {
                    for other in entitiesOf[event] ?? [] where seen.insert(other).inserted {
                        previous[other] = (event, entity)
                        if targets.contains(other) { found = other; break search }
                        next.append(other)
                    }
                }
            }
            frontier = next
        }
        guard var current = found else { return [] }
        var chain = [(event: String, to: String)]()
        while let step = previous[current] {
            chain.append((step.event, current))
            current = step.from
        }
        chain.reverse()
        let entries = Dictionary(try timeline().map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        let names = try db.read { db in
            Dictionary(try Row.fetchAll(db, sql: "SELECT id, name, type FROM entity").compactMap(ChronicleStore.entity).map { ($0.id, $0) },
                       uniquingKeysWith: { a, _ in a })
        }
        return chain.compactMap { step in
            guard let event = entries[step.event], let to = names[step.to] else { return nil }
            return PathStep(event: event, to: to)
        }
    }
}

extension ChronicleStore {
    /// Each entity's events and each event's entities, every event in text id order and each
    /// event's entities by position. An entity taking part through several articles counts
    /// at the position its first article (by document id) gives it; equal positions go by text
    /// id. (The order of `SELECT DISTINCT event_id, entity_id … ORDER BY event_id, position`
    /// when participant rows were keyed by text id, which `path` has always followed.)
    static func participantGraph(_ db: Database) throws -> (eventsOf: [String: [String]], entitiesOf: [String: [String]]) {
        var eventsOf = [String: [String]](), entitiesOf = [String: [String]]()
        var event = "", members = [(entity: String, position: Int, document: String)](), taken = [String: Int]()
        func finish() {
            guard !members.isEmpty else { return }
            members.sort { $0.position != $1.position ? $0.position < $1.position : $0.entity.utf8.lexicographicallyPrecedes($1.entity.utf8) }
            for m in members { eventsOf[m.entity, default: []].append(event) }
            entitiesOf[event] = members.map(\.entity)
            members.removeAll(keepingCapacity: true)
            taken.removeAll(keepingCapacity: true)
        }
        // Events by text id (through `event`'s unique index), each event's rows in primary key
        // order: by entity; an entity's rows come by document number, and the one of the first
        // document by text id gives the position.
        try BoundStatement(db, sql: """
            SELECT v.id, e.id, p.position, d.id FROM event v JOIN participant p ON p.event = v.number
            JOIN entity e ON e.number = p.entity JOIN document d ON d.number = p.document
            ORDER BY v.id, p.entity, p.document
            """).run([]) { row in
            guard let id = BoundStatement.text(row, 0), let entity = BoundStatement.text(row, 1),
                  let document = BoundStatement.text(row, 3) else { return }
            if id != event {
                finish()
                event = id
            }
            if let at = taken[entity] {
                if document.utf8.lexicographicallyPrecedes(members[at].document.utf8) {
                    members[at] = (entity, BoundStatement.int(row, 2), document)
                }
            } else {
                taken[entity] = members.count
                members.append((entity, BoundStatement.int(row, 2), document))
            }
        }
        finish()
        return (eventsOf, entitiesOf)
    }
}

extension ChronicleStore {
    /// The order and report links among the given events (all stored links when nil), ordered
    /// by (from, to, relation) text. A few events' links are looked up by their `from_event`
    /// (the primary key's first column); many events' by one pass over the table.
    public func eventLinks(among ids: Set<String>? = nil) throws -> [EventLink] {
        try db.read { db in
            guard let ids, ids.count <= 20_000 else {
                return try Row.fetchAll(db, sql: """
                    SELECT DISTINCT f.id AS from_event, t.id AS to_event, l.relation FROM event_link l
                    JOIN event f ON f.number = l.from_event JOIN event t ON t.number = l.to_event
                    ORDER BY f.id, t.id, l.relation
                    """)
                    .compactMap { row -> EventLink? in
                        let from: String = row["from_event"], to: String = row["to_event"]
                        guard let relation = EventLink.Relation(rawValue: row["relation"]),
                              ids.map({ $0.contains(from) && $0.contains(to) }) ?? true else { return nil }
                        return EventLink(from: from, to: to, relation: relation)
                    }
            }
            // The events' numbers, then their links among themselves (named back by text id).
            var idOf = [Int: String]()
            let sorted = ids.sorted()
            for chunk in stride(from: 0, to: sorted.count, by: 500).map({ Array(sorted[$0..<min($0 + 500, sorted.count)]) }) {
                try BoundStatement(db, sql: "SELECT number, id FROM event WHERE id IN (\(marks(chunk.count)))")
                    .run(chunk.map { SQLValue.text($0) }) { row in
                        if let id = BoundStatement.text(row, 1) { idOf[BoundStatement.int(row, 0)] = id }
                    }
            }
            var links = [(from: String, to: String, relation: String)]()
            let numbers = idOf.keys.sorted()
            for chunk in stride(from: 0, to: numbers.count, by: 500).map({ Array(numbers[$0..<min($0 + 500, numbers.count)]) }) {
                try BoundStatement(db, sql: """
                    SELECT DISTINCT from_event, to_event, relation FROM event_link WHERE from_event IN (\(marks(chunk.count)))
                    """).run(chunk.map { SQLValue.int($0) }) { row in
                    guard let from = idOf[BoundStatement.int(row, 0)], let to = idOf[BoundStatement.int(row, 1)],
                          let relation = BoundStatement.text(row, 2) else { return }
                    links.append((from, to, relation))
                }
            }
            // SQLite's order: byte order of the UTF-8 text.
            links.sort { a, b in
                if a.from != b.from { return a.from.utf8.lexicographicallyPrecedes(b.from.utf8) }
                if a.to != b.to { return a.to.utf8.lexicographicallyPrecedes(b.to.utf8) }
                return a.relation.utf8.lexicographicallyPrecedes(b.relation.utf8)
            }
            return links.compactMap { link in EventLink.Relation(rawValue: link.relation).map { EventLink(from: link.from, to: link.to, relation: $0) } }
        }
    }
}
