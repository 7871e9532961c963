import GRDB

/// Co-occurrence marginals kept up to date as articles come and go, so `cooccurrence` reads a
/// few rows instead of counting every mention and participant in the store.
///
/// A window is a sentence (a document and a sentence index holding a mention), a document
/// (holding a mention) or an event (holding a participant). `window_totals` holds how many
/// windows of each kind the store has; `entity_windows` how many of each kind hold an entity;
/// `entity_pair` how many windows of each kind hold both of two entities. All are exactly what counting `mention` and `participant` gives (the
/// migrations fill them from existing stores); `WindowCountTests` checks that they stay so.
/// `entity_windows` also keeps each entity's mention count (since `v3-entity-numbers`).
/// Entities are their numbers (`entity.number`).
struct WindowCounts {
    /// Windows gained (positive) or lost (negative) by one entity.
    struct Delta {
        var sentences = 0, documents = 0, events = 0, mentions = 0
        var isZero: Bool { sentences == 0 && documents == 0 && events == 0 && mentions == 0 }
    }

    var entities = [Int: Delta]()
    /// Mention rows added (positive) or removed (negative) per entity.
    var mentions = [Int: Int]()
    var totals = Delta()
    /// Sentence windows gained or lost by pairs of entities.
    var sentencePairs = [EntityPair: Int]()
    /// Document windows gained or lost by pairs of entities.
    var documentPairs = [EntityPair: Int]()
    /// Event windows gained or lost by pairs of entities.
    var eventPairs = [EntityPair: Int]()

    /// Two entity numbers, smaller first, as `entity_pair` keys them.
    struct EntityPair: Hashable {
        let a: Int, b: Int
        init(_ x: Int, _ y: Int) { (a, b) = x < y ? (x, y) : (y, x) }
    }

    /// Counts each pair of distinct entities sharing a sentence, once per sentence.
    mutating func addSentencePairs(_ entitiesBySentence: [Int: Set<Int>], sign: Int = 1) {
        for entities in entitiesBySentence.values where entities.count > 1 {
            WindowCounts.addPairs(of: entities, sign: sign, to: &sentencePairs)
        }
    }

    /// Adds `sign` to the count of every pair of distinct entities in `entities`.
    static func addPairs(of entities: some Collection<Int>, sign: Int, to counts: inout [EntityPair: Int]) {
        guard entities.count > 1 else { return }
        let ids = Array(entities)
        for i in 0..<ids.count {
            for j in (i + 1)..<ids.count { counts[EntityPair(ids[i], ids[j]), default: 0] += sign }
        }
    }

    /// A new document's mentions: for each entity, the sentence indexes it was mentioned in.
    mutating func addDocument(sentencesByEntity: [Int: Set<Int>]) {
        var entitiesBySentence = [Int: Set<Int>]()
        for (entity, indexes) in sentencesByEntity where !indexes.isEmpty {
            entities[entity, default: Delta()].sentences += indexes.count
            entities[entity, default: Delta()].documents += 1
            for sentence in indexes { entitiesBySentence[sentence, default: []].insert(entity) }
        }
        if !entitiesBySentence.isEmpty {
            totals.sentences += entitiesBySentence.count
            totals.documents += 1
        }
        addSentencePairs(entitiesBySentence)
        WindowCounts.addPairs(of: sentencesByEntity.compactMap { $0.value.isEmpty ? nil : $0.key }, sign: 1, to: &documentPairs)
    }

    /// A new document's mentions as `DocumentRows` counts them, its entities numbered by
    /// `numbers`: the same counts as `addDocument(sentencesByEntity:)`, each pair's sentences
    /// added at once.
    mutating func addDocument(_ rows: DocumentRows, numbers: [Int]) {
        var mentioned = [Int]()
        for (index, n) in rows.sentenceCounts.enumerated() where n > 0 {
            let entity = numbers[index]
            entities[entity, default: Delta()].sentences += n
            entities[entity, default: Delta()].documents += 1
            mentioned.append(entity)
        }
        if rows.sentences > 0 {
            totals.sentences += rows.sentences
            totals.documents += 1
        }
        for p in rows.sentencePairs { sentencePairs[EntityPair(numbers[p.a], numbers[p.b]), default: 0] += p.n }
        WindowCounts.addPairs(of: mentioned, sign: 1, to: &documentPairs)
    }

    /// Entities joining a stored event's window: `joining` (not yet in it) meet each other and
    /// every entity `present` in it already.
    mutating func addEventPairs(joining: some Collection<Int>, present: some Collection<Int>) {
        let joining = Array(joining)
        for (i, x) in joining.enumerated() {
            for y in present { eventPairs[EntityPair(x, y), default: 0] += 1 }
            for y in joining[(i + 1)...] { eventPairs[EntityPair(x, y), default: 0] += 1 }
        }
    }

    /// An entity's first participant row in an event.
    mutating func addEventParticipant(_ entity: Int) {
        entities[entity, default: Delta()].events += 1
    }

    /// An event's first participant row.
    mutating func addEvent() { totals.events += 1 }

    /// Writes the changes (one upsert row per entity touched, many rows per statement).
    func save(_ db: Database) throws {
        let upsert = MultiRowInsert(db, "INSERT INTO entity_windows (entity, sentences, documents, events, mentions) VALUES", columns: 5, tail: """
             ON CONFLICT (entity) DO UPDATE SET sentences = sentences + excluded.sentences,
                documents = documents + excluded.documents, events = events + excluded.events,
                mentions = mentions + excluded.mentions
            """)
        var all = entities
        for (entity, n) in mentions { all[entity, default: Delta()].mentions += n }
        // In number order: neighbouring rows share pages, and SQLite walks the b-tree less.
        var rows = [SQLValue]()
        for (entity, d) in all.sorted(by: { $0.key < $1.key }) where !d.isZero {
            rows += [.int(entity), .int(d.sentences), .int(d.documents), .int(d.events), .int(d.mentions)]
        }
        try upsert.execute(rows)
        try savePairs(db)
        let total = try BoundStatement(db, sql: "UPDATE window_totals SET n = n + ? WHERE kind = ?")
        if totals.sentences != 0 { try total.execute([.int(totals.sentences), .text("sentence")]) }
        if totals.documents != 0 { try total.execute([.int(totals.documents), .text("document")]) }
        if totals.events != 0 { try total.execute([.int(totals.events), .text("event")]) }
    }

    /// Adds the pair changes of all three windows to `entity_pair`, one upsert row per pair (see
    /// `EntityPairMigration`), in key order, many pairs per statement; then a pair that lost
    /// windows and was left with none in any window loses its row.
    private func savePairs(_ db: Database) throws {
        var changes = [EntityPair: (sentences: Int, documents: Int, events: Int)]()
        // Sized for the largest of the three (most pairs are in the document window): growing
        // the table as it filled rehashed every pair several times.
        changes.reserveCapacity(max(sentencePairs.count, documentPairs.count, eventPairs.count))
        for (key, n) in sentencePairs where n != 0 { changes[key, default: (0, 0, 0)].sentences += n }
        for (key, n) in documentPairs where n != 0 { changes[key, default: (0, 0, 0)].documents += n }
        for (key, n) in eventPairs where n != 0 { changes[key, default: (0, 0, 0)].events += n }
        var rows = [SQLValue](), lost = [EntityPair]()
        rows.reserveCapacity(changes.count * 5)
        // In key order, (a, b) sorted as one integer when both fit in 31 bits (entity numbers are
        // rowids: always, in practice): sorting the dictionary's elements by a tuple comparison
        // cost a twelfth of the batch's pair writing.
        var order = changes.map { (key: $0.key.a << 32 | $0.key.b, pair: $0.key, n: $0.value) }
        if changes.keys.allSatisfy({ $0.a >= 0 && $0.b >= 0 && $0.a < 1 << 31 && $0.b < 1 << 31 }) {
            order.sort { $0.key < $1.key }
        } else {
            order.sort { ($0.pair.a, $0.pair.b) < ($1.pair.a, $1.pair.b) }
        }
        for (_, key, n) in order {
            rows.append(.int(key.a)); rows.append(.int(key.b))
            rows.append(.int(n.sentences)); rows.append(.int(n.documents)); rows.append(.int(n.events))
            if n.sentences < 0 || n.documents < 0 || n.events < 0 { lost.append(key) }
        }
        try MultiRowInsert(db, "INSERT INTO entity_pair (a, b, sentences, documents, events) VALUES", columns: 5, tail: """
             ON CONFLICT (a, b) DO UPDATE SET sentences = sentences + excluded.sentences,
                documents = documents + excluded.documents, events = events + excluded.events
            """).execute(rows)
        guard !lost.isEmpty else { return }
        let emptied = try BoundStatement(db, sql: "DELETE FROM entity_pair WHERE a = ? AND b = ? AND sentences <= 0 AND documents <= 0 AND events <= 0")
        for key in lost { try emptied.execute([.int(key.a), .int(key.b)]) }
    }

    /// Subtracts what documents about to be deleted contribute to the sentence and document
    /// windows (those windows belong to one document each, so this is exact).
    mutating func removeDocuments(_ numbers: [Int], _ db: Database) throws {
        for number in numbers {
            var entitiesBySentence = [Int: Set<Int>]()
            for row in try Row.fetchAll(try db.cachedStatement(sql: "SELECT entity, sentence, COUNT(*) FROM mention WHERE document = ? GROUP BY entity, sentence"),
                                        arguments: [number]) {
                let entity: Int = row[0], sentence: Int = row[1], rows: Int = row[2]
                entities[entity, default: Delta()].sentences -= 1
                mentions[entity, default: 0] -= rows
                entitiesBySentence[sentence, default: []].insert(entity)
            }
            let inDocument = Set(entitiesBySentence.values.joined())
            for entity in inDocument {
                entities[entity, default: Delta()].documents -= 1
            }
            WindowCounts.addPairs(of: inDocument, sign: -1, to: &documentPairs)
            if !entitiesBySentence.isEmpty {
                totals.sentences -= entitiesBySentence.count
                totals.documents -= 1
            }
            addSentencePairs(entitiesBySentence, sign: -1)
        }
    }

    /// The (event, entity) pairs of `events`, to compare before and after a deletion.
    static func eventPairs(_ events: Set<Int>, _ db: Database) throws -> Set<Pair> {
        var pairs = Set<Pair>()
        let statement = try db.cachedStatement(sql: "SELECT DISTINCT entity FROM participant WHERE event = ?")
        for event in events {
            for entity in try Int.fetchAll(statement, arguments: [event]) { pairs.insert(Pair(event: event, entity: entity)) }
        }
        return pairs
    }

    struct Pair: Hashable {
        let event: Int, entity: Int
    }

    /// Subtracts the event windows lost between `before` and `after` (pairs of the same events;
    /// a deletion only takes entities out of an event): each entity's, and each pair's that
    /// lost one of its two entities.
    mutating func removeEventPairs(before: Set<Pair>, after: Set<Pair>) {
        let lost = before.subtracting(after)
        for pair in lost { entities[pair.entity, default: Delta()].events -= 1 }
        let eventsBefore = Set(before.map(\.event)), eventsAfter = Set(after.map(\.event))
        totals.events -= eventsBefore.subtracting(eventsAfter).count
        var lostByEvent = [Int: Set<Int>](), keptByEvent = [Int: [Int]]()
        for pair in lost { lostByEvent[pair.event, default: []].insert(pair.entity) }
        for pair in after where lostByEvent[pair.event] != nil { keptByEvent[pair.event, default: []].append(pair.entity) }
        for (event, gone) in lostByEvent {
            WindowCounts.addPairs(of: gone, sign: -1, to: &eventPairs)
            for x in gone {
                for y in keptByEvent[event] ?? [] { eventPairs[EntityPair(x, y), default: 0] -= 1 }
            }
        }
    }
}
