import GRDB

/// Co-occurrence marginals kept up to date as articles come and go, so `cooccurrence` reads a
/// few rows instead of counting every mention and participant in the store.
///
/// A window is a sentence (a document and a sentence index holding a mention), a document
/// (holding a mention) or an event (holding a participant). `window_totals` holds how many
/// windows of each kind the store has; `entity_windows` how many of each kind hold an entity.
/// Both are exactly what counting `mention` and `participant` gives (`v2-merge-index` fills
/// them from existing stores); `StoreConsistencyTests` checks that they stay so.
struct WindowCounts {
    /// Windows gained (positive) or lost (negative) by one entity.
    struct Delta {
        var sentences = 0, documents = 0, events = 0
        var isZero: Bool { sentences == 0 && documents == 0 && events == 0 }
    }

    var entities = [String: Delta]()
    var totals = Delta()

    /// A new document's mentions: for each entity, the sentence indexes it was mentioned in.
    mutating func addDocument(sentencesByEntity: [String: Set<Int>]) {
        var sentences = Set<Int>()
        for (entity, indexes) in sentencesByEntity where !indexes.isEmpty {
            entities[entity, default: Delta()].sentences += indexes.count
            entities[entity, default: Delta()].documents += 1
            sentences.formUnion(indexes)
        }
        if !sentences.isEmpty {
            totals.sentences += sentences.count
            totals.documents += 1
        }
    }

    /// An entity's first participant row in an event.
    mutating func addEventParticipant(_ entity: String) {
        entities[entity, default: Delta()].events += 1
    }

    /// An event's first participant row.
    mutating func addEvent() { totals.events += 1 }

    /// Writes the changes (one upsert per entity touched).
    func save(_ db: Database) throws {
        let upsert = try db.cachedStatement(sql: """
            INSERT INTO entity_windows (entity_id, sentences, documents, events) VALUES (?, ?, ?, ?)
            ON CONFLICT (entity_id) DO UPDATE SET sentences = sentences + excluded.sentences,
                documents = documents + excluded.documents, events = events + excluded.events
            """)
        for (entity, d) in entities where !d.isZero {
            try upsert.execute(arguments: [entity, d.sentences, d.documents, d.events])
        }
        let total = try db.cachedStatement(sql: "UPDATE window_totals SET n = n + ? WHERE kind = ?")
        if totals.sentences != 0 { try total.execute(arguments: [totals.sentences, "sentence"]) }
        if totals.documents != 0 { try total.execute(arguments: [totals.documents, "document"]) }
        if totals.events != 0 { try total.execute(arguments: [totals.events, "event"]) }
    }

    /// Subtracts what documents about to be deleted contribute to the sentence and document
    /// windows (those windows belong to one document each, so this is exact).
    mutating func removeDocuments(_ ids: [String], _ db: Database) throws {
        for id in ids {
            var sentences = Set<Int>()
            for row in try Row.fetchAll(try db.cachedStatement(sql: "SELECT DISTINCT entity_id, sentence FROM mention WHERE document_id = ?"),
                                        arguments: [id]) {
                let entity: String = row[0], sentence: Int = row[1]
                entities[entity, default: Delta()].sentences -= 1
                sentences.insert(sentence)
            }
            for entity in try String.fetchAll(try db.cachedStatement(sql: "SELECT DISTINCT entity_id FROM mention WHERE document_id = ?"),
                                              arguments: [id]) {
                entities[entity, default: Delta()].documents -= 1
            }
            if !sentences.isEmpty {
                totals.sentences -= sentences.count
                totals.documents -= 1
            }
        }
    }

    /// The (event, entity) pairs of `events`, to compare before and after a deletion.
    static func eventPairs(_ events: Set<String>, _ db: Database) throws -> Set<Pair> {
        var pairs = Set<Pair>()
        let statement = try db.cachedStatement(sql: "SELECT DISTINCT entity_id FROM participant WHERE event_id = ?")
        for event in events {
            for entity in try String.fetchAll(statement, arguments: [event]) { pairs.insert(Pair(event: event, entity: entity)) }
        }
        return pairs
    }

    struct Pair: Hashable {
        let event: String, entity: String
    }

    /// Subtracts the event windows lost between `before` and `after` (pairs of the same events).
    mutating func removeEventPairs(before: Set<Pair>, after: Set<Pair>) {
        for pair in before.subtracting(after) { entities[pair.entity, default: Delta()].events -= 1 }
        let eventsBefore = Set(before.map(\.event)), eventsAfter = Set(after.map(\.event))
        totals.events -= eventsBefore.subtracting(eventsAfter).count
    }
}
