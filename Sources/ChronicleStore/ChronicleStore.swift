import Chronicle
import Foundation
import GRDB

/// The SQLite store: articles, entities, mentions, times and events as a queryable graph.
///
/// Whole articles per transaction (one, or a batch), so an interrupted run leaves every
/// article fully present or absent. Ingest is idempotent: a document is identified by its clean text's hash, and the
/// same text adds nothing; a changed text from the same source replaces the old version.
/// WAL mode and a busy timeout let several processes write to one file.
public final class ChronicleStore {
    public let path: String
    let db: DatabasePool
    /// Entity numbers and aliases written so far (by the writer only).
    private let entityNumbers = EntityNumbers()

    /// How an article fared in `ingest`.
    public enum IngestOutcome: String, Sendable {
        case added, unchanged, replaced
    }

    /// How long a connection waits for another process's lock (a writer's transaction, a
    /// migration) before it gives up.
    static let busySeconds: TimeInterval = 30

    /// Opens (creating if needed) and migrates a store.
    /// - Throws: `StoreError` for unreadable, foreign or newer databases.
    public init(path: String) throws {
        self.path = path
        var config = Configuration()
        config.busyMode = .timeout(Self.busySeconds)
        config.foreignKeysEnabled = true
        config.prepareDatabase { db in
            // Under WAL, NORMAL syncs at checkpoints instead of every commit: a committed
            // article survives a crash of the process (SIGKILL included); only a power loss can
            // take back the last commits, and never leaves a partial one.
            try db.execute(sql: "PRAGMA synchronous = NORMAL")
            // Debian's SQLite is built with SECURE_DELETE: every freed byte of a page (a cell moved
            // by a page split, an upserted count row rewritten) is zeroed first. Nothing here is
            // secret once deleted, and crash safety does not depend on it (WAL and the commit
            // order do): off, the writer ran 0.8 % fewer instructions (callgrind, 600 articles).
            try db.execute(sql: "PRAGMA secure_delete = OFF")
            // Ingest updates entity-keyed indexes at random places: with SQLite's 2 MB page
            // cache, a large store reread and rewrote pages for every article. The cache holds
            // up to 512 MB (allocated only as pages are read); the WAL is copied back into the
            // file every 64 MB instead of every 4 MB, so a page changed by many commits is
            // written once. No memory map: a file truncated or failing under a mapped read kills
            // the process with SIGBUS instead of returning an error.
            // A query's connection (read-only) reads most pages once: a cache as large makes a
            // fresh buffer, and a page fault, for every page read (half of `timeline --entity`'s
            // CPU time at 100,000 articles), where a small one reuses its buffers.
            try db.execute(sql: "PRAGMA cache_size = \(db.configuration.readonly ? ChronicleStore.queryCacheKiB : ChronicleStore.largeCacheKiB)")
            try db.execute(sql: "PRAGMA wal_autocheckpoint = 16384")
        }
        try ChronicleStore.checkExisting(path)
        do {
            db = try DatabasePool(path: path, configuration: config)
        } catch {
            throw StoreError.cannotOpen(path: path, reason: ChronicleStore.reason(error))
        }
        try checkAndMigrate()
    }

    /// The page cache of a query's (read-only) connection: 8 MB, as `PRAGMA cache_size` takes
    /// it (negative: KiB). Smaller caches saved a little more CPU and reread more pages.
    static let queryCacheKiB = -8192
    /// The writer's page cache, 512 MB; also a query's while it reads more than
    /// `largeReadEvents` events (`withLargeCache`).
    static let largeCacheKiB = -524288
    /// Past this many events a query revisits pages all over the store (a whole store's
    /// timeline read in time order, chunk by chunk): rereading them through a small cache took
    /// a quarter more wall clock at 100,000 articles.
    static let largeReadEvents = 10_000

    /// Runs `body` with the large page cache on `db`, then puts the query cache back.
    static func withLargeCache<T>(_ db: Database, _ body: () throws -> T) throws -> T {
        try db.execute(sql: "PRAGMA cache_size = \(largeCacheKiB)")
        defer { try? db.execute(sql: "PRAGMA cache_size = \(db.configuration.readonly ? queryCacheKiB : largeCacheKiB)") }
        return try body()
    }

    private func checkAndMigrate() throws {
        let migrator = Schema.migrator
        do {
            let (tables, applied): ([String], [String]) = try db.read { db in
                let tables = try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
                let applied = tables.contains("grdb_migrations") ? try String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations") : []
                return (tables, applied)
            }
            if !tables.isEmpty && !tables.contains("grdb_migrations") {
                throw StoreError.notAChronicleDatabase(path: path, reason: "it has tables \(tables.prefix(3).joined(separator: ", ")) but no Chronicle schema")
            }
            if let unknown = applied.first(where: { !migrator.migrations.contains($0) }) {
                throw StoreError.newerSchema(path: path, migration: unknown)
            }
            // Up to date: nothing to write, so a query does not wait for a writer's transaction.
            if !migrator.migrations.allSatisfy(applied.contains) { try migrateRacingOthers(migrator) }
        } catch let error as StoreError {
            throw error
        } catch {
            throw StoreError.notAChronicleDatabase(path: path, reason: ChronicleStore.reason(error))
        }
    }

    /// How many times a process tries the migrations while others migrate the same new store.
    static let migrationAttempts = 5

    /// Applies the missing migrations. Several processes opening one new store at once may each
    /// find a migration missing, and the later one then fails on the schema the earlier one
    /// made (`no such column`, `table … already exists`). After a failure the store is read
    /// again: once another process has applied everything, the store is ready.
    private func migrateRacingOthers(_ migrator: DatabaseMigrator) throws {
        for attempt in 1...Self.migrationAttempts {
            do {
                try migrator.migrate(db)
                return
            } catch {
                let applied = try db.read { db in try String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations") }
                if migrator.migrations.allSatisfy(applied.contains) { return }
                if attempt == Self.migrationAttempts { throw error }
            }
        }
    }

    static func reason(_ error: Error) -> String {
        if let e = error as? DatabaseError { return e.message ?? "\(e.resultCode)" }
        return "\(error)"
    }

    /// The names of the migrations applied, oldest first.
    public func appliedMigrations() throws -> [String] {
        try db.read { db in try String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations ORDER BY rowid") }
    }

    // MARK: - Writing

    /// Adds one article's annotations in one transaction.
    @discardableResult
    public func ingest(_ x: Extraction) throws -> IngestOutcome {
        try ingest(PreparedExtraction(x))
    }

    /// Adds one prepared article in one transaction (see `ingest(_:)`).
    @discardableResult
    public func ingest(_ article: PreparedExtraction) throws -> IngestOutcome {
        do {
            return try db.write { [entityNumbers] db in
                var windows = WindowCounts()
                let outcome = try ChronicleStore.write(article, db, entityNumbers, &windows)
                try windows.save(db)
                return outcome
            }
        } catch {
            entityNumbers.forget()
            throw StoreError.failed(path: path, reason: "could not store \(article.extraction.document.source): \(ChronicleStore.reason(error))")
        }
    }

    /// Adds several articles in one transaction, in order: the same result as calling
    /// `ingest` for each, with one commit instead of one per article. Articles stay whole (a
    /// batch is committed entirely or not at all). When an article cannot be stored, the
    /// batch is rolled back and written again one article per transaction, so the articles
    /// before it are kept and the error names it, as with `ingest`. The co-occurrence counts
    /// of the whole batch are written once at its end: articles share entities and pairs, and
    /// one upsert per entity or pair per batch replaces one per article.
    public func ingest(batch xs: [Extraction]) throws -> [IngestOutcome] {
        try ingest(preparedBatch: xs.map(PreparedExtraction.init))
    }

    /// Adds several prepared articles in one transaction, as `ingest(batch:)` does extractions:
    /// `chronicle ingest` prepares them on its extraction workers, off the writer's thread.
    public func ingest(preparedBatch xs: [PreparedExtraction]) throws -> [IngestOutcome] {
        if xs.count <= 1 { return try xs.map { try ingest($0) } }
        do {
            return try db.write { [entityNumbers] db in
                var windows = WindowCounts()
                let outcomes = try xs.map { try ChronicleStore.write($0, db, entityNumbers, &windows) }
                try windows.save(db)
                return outcomes
            }
        } catch {
            entityNumbers.forget()
            return try xs.map { try ingest($0) }
        }
    }

    /// Writes one article, adding what it changes in the co-occurrence counts to `windows` (the
    /// caller saves them before the transaction ends: nothing here reads the count tables).
    private static func write(_ article: PreparedExtraction, _ db: Database, _ entities: EntityNumbers,
                              _ windows: inout WindowCounts) throws -> IngestOutcome {
        let x = article.extraction, doc = x.document
        if try BoundStatement(db, sql: "SELECT 1 FROM document WHERE id = ?").exists([.text(doc.id)]) {
            return .unchanged
        }
        var outcome = IngestOutcome.added
        if doc.source != "-" {
            let old = try BoundStatement(db, sql: "SELECT number FROM document WHERE source = ?").ints([.text(doc.source)])
            if !old.isEmpty {
                // Events the replaced versions told: a document's participant and link rows
                // belong to events it has a mention of (every extracted event has its trigger).
                var told = Set<Int>()
                let tellingEvents = try BoundStatement(db, sql: "SELECT event FROM event_mention WHERE document = ?")
                for number in old { told.formUnion(try tellingEvents.ints([.int(number)])) }
                try windows.removeDocuments(old, db)
                let pairsBefore = try WindowCounts.eventPairs(told, db)
                for number in old {
                    try deleteDocument(number, telling: told, db)
                    outcome = .replaced
                }
                // Events no article tells any more: only those the replaced versions told can be
                // left without a mention, so only those are looked at (not the whole event table).
                let deleteEvent = try BoundStatement(db, sql: "DELETE FROM event WHERE number = ? AND NOT EXISTS (SELECT 1 FROM event_mention WHERE event = ?)")
                let deleteParticipants = try BoundStatement(db, sql: "DELETE FROM participant WHERE event = ?")
                let deleteLinks = try BoundStatement(db, sql: "DELETE FROM event_link WHERE from_event = ?")
                for event in told.sorted() where try deleteEvent.changes([.int(event), .int(event)]) > 0 {
                    try deleteParticipants.execute([.int(event)])
                    try deleteLinks.execute([.int(event)])
                }
                windows.removeEventPairs(before: pairsBefore, after: try WindowCounts.eventPairs(told, db))
            }
        }
        let offsets = article.offsets
        try BoundStatement(db, sql: "INSERT INTO document (id, source, title, published, text, ingested_at) VALUES (?, ?, ?, ?, ?, ?)")
            .execute([.text(doc.id), .text(doc.source), .text(doc.title), .text(doc.published?.description), .text(doc.text),
                      .text(ChronicleStore.timestamp(Date()))])
        let number = Int(db.lastInsertedRowID)
        var numbers = [Int]()
        numbers.reserveCapacity(x.entities.count)
        for (index, e) in x.entities.enumerated() {
            numbers.append(try entities.number(of: e.id, name: e.name, type: e.type.rawValue, db))
            for form in article.aliases[index] { try entities.storeAlias(form, of: e.id, db) }
        }
        if let rows = article.rows {
            // The document's mention rows, written with one statement (see `DocumentRows`).
            var mentionRows = rows.mentionRows
            let document = SQLValue.int(number)
            for row in stride(from: 0, to: mentionRows.count, by: DocumentRows.mentionColumns) {
                mentionRows[row] = document
                if case .int(let index) = mentionRows[row + 1] { mentionRows[row + 1] = .int(numbers[index]) }
            }
            try MultiRowInsert(db, "INSERT OR IGNORE INTO mention (document, entity, start, \"end\", sentence, rule) VALUES", columns: 6)
                .execute(mentionRows)
            for (index, n) in rows.mentionCounts.enumerated() where n > 0 { windows.mentions[numbers[index], default: 0] += n }
            windows.addDocument(rows, numbers: numbers)
            var timexRows = rows.timexRows
            for row in stride(from: 0, to: timexRows.count, by: DocumentRows.timexColumns) { timexRows[row] = document }
            try MultiRowInsert(db, "INSERT OR IGNORE INTO timex (document, start, \"end\", type, value, mod, begin, finish, rule) VALUES", columns: 9)
                .execute(timexRows)
        } else {
            try writeRows(of: article, number, numbers, db, &windows)
        }
        try EventWriter(db: db, document: doc, documentNumber: number, offsets: offsets, entities: entities, numbers: numbers)
            .write(x.events, summaries: article.summaries, candidateEntities: article.candidateEntities,
                   candidateIndexes: article.candidateIndexes, participantIndexes: article.participantIndexes, links: x.links, windows: &windows)
        return outcome
    }

    /// The document's mention and timex rows when two of its entities have one id (see
    /// `DocumentRows`), keyed on entity numbers: the way every article was written before.
    private static func writeRows(of article: PreparedExtraction, _ number: Int, _ numbers: [Int], _ db: Database,
                                  _ windows: inout WindowCounts) throws {
        let x = article.extraction, offsets = article.offsets
        func cp(_ byte: Int) -> Int { offsets.codePointOffset(ofByte: byte) }
        var sentencesByEntity = [Int: Set<Int>]()
        // The document is new, so only its own rows can share a key (start, entity): the first
        // is kept, as `OR IGNORE` did, and counted here instead of asking SQLite row by row.
        var mentionRows = [SQLValue](), mentionKeys = Set<MentionKey>()
        for (index, e) in x.entities.enumerated() {
            let entity = numbers[index]
            for m in e.mentions {
                let sentence = x.sentenceIndex(ofByte: m.span.start)
                sentencesByEntity[entity, default: []].insert(sentence)
                let start = cp(m.span.start)
                guard mentionKeys.insert(MentionKey(start: start, entity: entity)).inserted else { continue }
                windows.mentions[entity, default: 0] += 1
                mentionRows.append(.int(number)); mentionRows.append(.int(entity)); mentionRows.append(.int(start))
                mentionRows.append(.int(cp(m.span.end))); mentionRows.append(.int(sentence)); mentionRows.append(.text(m.source))
            }
        }
        try MultiRowInsert(db, "INSERT OR IGNORE INTO mention (document, entity, start, \"end\", sentence, rule) VALUES", columns: 6)
            .execute(mentionRows)
        windows.addDocument(sentencesByEntity: sentencesByEntity)
        var timexRows = [SQLValue]()
        for t in x.times {
            timexRows += [.int(number), .int(cp(t.span.start)), .int(cp(t.span.end)), .text(t.type.rawValue), .text(t.value),
                          .text(t.mod), .text(t.range?.begin.description), .text(t.range?.end.description), .text(t.rule)]
        }
        try MultiRowInsert(db, "INSERT OR IGNORE INTO timex (document, start, \"end\", type, value, mod, begin, finish, rule) VALUES", columns: 9)
            .execute(timexRows)
    }

    /// Deletes document `number` and its rows (what the foreign keys' cascades did before
    /// `v5-document-numbers`); `telling` holds at least the events it has a mention of.
    private static func deleteDocument(_ number: Int, telling: Set<Int>, _ db: Database) throws {
        let value = SQLValue.int(number)
        try BoundStatement(db, sql: "DELETE FROM mention WHERE document = ?").execute([value])
        try BoundStatement(db, sql: "DELETE FROM timex WHERE document = ?").execute([value])
        let participants = try BoundStatement(db, sql: "DELETE FROM participant WHERE event = ? AND document = ?")
        let links = try BoundStatement(db, sql: "DELETE FROM event_link WHERE from_event = ? AND document = ?")
        for event in telling.sorted() {
            try participants.execute([.int(event), value])
            try links.execute([.int(event), value])
        }
        try BoundStatement(db, sql: "DELETE FROM event_mention WHERE document = ?").execute([value])
        try BoundStatement(db, sql: "DELETE FROM document WHERE number = ?").execute([value])
    }
}

/// A mention row's key within its document (`mention`'s primary key is document, start, entity).
private struct MentionKey: Hashable {
    let start: Int, entity: Int
}
