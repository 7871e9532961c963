import Foundation
import GRDB
import Testing
import TestSupport
@testable import Chronicle
@testable import ChronicleStore

/// The repository's gazetteer, for building extractions to store.
enum Fixture {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let pipeline: Result<Pipeline, Error> = Result {
        Pipeline(gazetteer: try Gazetteer.load(directories: [root.appendingPathComponent("gazetteer").path]))
    }

    /// A short article in our own words, published on a Friday.
    static let article = """
        Leaders agree on river plan
        Friday 8 March 2024
        Chancellor Olaf Scholz met President Emmanuel Macron in Paris on Thursday, officials said.
        Scholz said the two countries would share the cost of the new river locks.
        Macron visited Berlin last December to prepare the plan.
        """

    static func extraction(_ text: String = article, source: String = "leaders.txt") throws -> Extraction {
        try pipeline.get().extract(raw: text, source: source, published: LocalDateTime(year: 2024, month: 3, day: 8))
    }

    static func store() throws -> ChronicleStore {
        try ChronicleStore(path: try temporaryPath())
    }

    /// A database path in a fresh empty folder, removed with its side files when the test ends
    /// (the suite needs `.temporaryFiles`).
    static func temporaryPath() throws -> String {
        try TemporaryFiles.directory().appendingPathComponent("store.sqlite").path
    }
}

@Suite("Store", .temporaryFiles)
struct StoreTests {
    @Test("documented example: ingest once, then nothing new on the same text")
    func idempotentIngest() throws {
        let store = try Fixture.store()
        let x = try Fixture.extraction()
        #expect(try store.ingest(x) == .added)
        let first = try store.counts()
        #expect(try store.ingest(x) == .unchanged)
        let second = try store.counts()
        #expect(first.documents == 1 && second.documents == 1)
        #expect(first.events == second.events && first.entities == second.entities)
        #expect(first.events > 0)
    }

    @Test("an empty store answers with nothing")
    func empty() throws {
        let store = try Fixture.store()
        #expect(try store.timeline().isEmpty)
        #expect(try store.cooccurrence().isEmpty)
        #expect(try store.resolveEntity("Olaf Scholz").isEmpty)
        #expect(try store.appliedMigrations() == MigrationTests.allMigrations)
    }

    @Test("a changed text from the same source replaces the old version")
    func replaced() throws {
        let store = try Fixture.store()
        try store.ingest(try Fixture.extraction())
        let edited = Fixture.article + "\nMacron said the locks would open in 2026.\n"
        #expect(try store.ingest(try Fixture.extraction(edited)) == .replaced)
        #expect(try store.counts().documents == 1)
    }

    @Test("an article back at its first text after its event lived on through others gets a fresh event id")
    func eventOutlivesItsArticle() throws {
        let store = try Fixture.store()
        let paris = """
            Scholz and Macron meet in Paris
            Friday 8 March 2024
            German Chancellor Olaf Scholz met French President Emmanuel Macron in Paris on Thursday to talk about the river locks.
            """
        let april = """
            Scholz and Macron meet again
            Monday 8 April 2024
            Chancellor Olaf Scholz met President Emmanuel Macron in Berlin on Sunday about the river locks.
            """
        let steps: [(String, String)] = [
            (Fixture.article, "leaders.txt"), (paris, "paris.txt"),
            (Fixture.article + "\nMacron said the locks would open in 2026.", "leaders.txt"),
            (paris, "copy/paris.txt"), (april, "april.txt"),
            (paris + "\nThe talks ended late.", "berlin.txt"), (paris + "\nThe talks ended early.", "paris.txt"),
            (Fixture.article, "leaders.txt"),
        ]
        for (text, source) in steps { try store.ingest(try Fixture.extraction(text, source: source)) }
        #expect(try store.counts().documents == 4)
        let sources = try store.timeline().flatMap { $0.sources.map(\.source) }
        #expect(sources.contains("leaders.txt"))
    }

    @Test("entities resolve by any name they were mentioned by")
    func resolve() throws {
        let store = try Fixture.store()
        try store.ingest(try Fixture.extraction())
        let byFull = try store.resolveEntity("Olaf Scholz"), byShort = try store.resolveEntity("scholz")
        #expect(byFull.first?.type == .person)
        #expect(byFull.first?.id == byShort.first?.id)
    }

    @Test("timeline: dated events in order, date filter, entity filter")
    func timeline() throws {
        let store = try Fixture.store()
        try store.ingest(try Fixture.extraction())
        let all = try store.timeline()
        let begins = all.compactMap { $0.time?.begin }
        #expect(begins == begins.sorted())
        let march = try store.timeline(from: LocalDateTime(year: 2024, month: 3, day: 1), to: LocalDateTime(year: 2024, month: 4, day: 1))
        #expect(march.allSatisfy { $0.time!.begin!.day.month == 3 })
        let macron = try store.resolveEntity("Macron")
        let withMacron = try store.timeline(entities: macron)
        #expect(!withMacron.isEmpty)
        #expect(withMacron.allSatisfy { e in e.participants.contains { $0.entity.id == macron[0].id } || e.places.contains { $0.id == macron[0].id } })
        #expect(all.allSatisfy { !$0.sources.isEmpty && $0.sources[0].source == "leaders.txt" })
    }

    @Test("co-occurrence: neighbours ranked, counts per sentence window")
    func cooccurrence() throws {
        let store = try Fixture.store()
        try store.ingest(try Fixture.extraction())
        let scholz = try store.resolveEntity("Olaf Scholz")
        let rows = try store.cooccurrence(of: scholz, window: .sentence, top: 5)
        #expect(rows.contains { $0.b.name == "Emmanuel Macron" && $0.count == 1 })
        let documentRows = try store.cooccurrence(of: scholz, window: .document, top: 50)
        #expect(documentRows.allSatisfy { $0.count == 1 })
    }

    @Test("queries read through a small page cache, ingest writes through a large one")
    func pageCaches() throws {
        let store = try Fixture.store()
        #expect(try store.db.read { try Int.fetchOne($0, sql: "PRAGMA cache_size") } == ChronicleStore.queryCacheKiB)
        #expect(try store.db.write { try Int.fetchOne($0, sql: "PRAGMA cache_size") } == ChronicleStore.largeCacheKiB)
        // A large read (a whole store's timeline) has the large cache while it lasts.
        let (during, after) = try store.db.read { db in
            (try ChronicleStore.withLargeCache(db) { try Int.fetchOne(db, sql: "PRAGMA cache_size") }, try Int.fetchOne(db, sql: "PRAGMA cache_size"))
        }
        #expect(during == ChronicleStore.largeCacheKiB && after == ChronicleStore.queryCacheKiB)
    }

    @Test("a file that is not SQLite is refused with its name")
    func notADatabase() throws {
        let path = try Fixture.temporaryPath()
        try "this is not a database, just some text that is long enough to fill a header".write(toFile: path, atomically: true, encoding: .utf8)
        #expect { try ChronicleStore(path: path) } throws: { "\($0)".hasPrefix(path + ": ") }
    }

    @Test("another program's SQLite database is refused")
    func foreignDatabase() throws {
        let path = try Fixture.temporaryPath()
        let queue = try DatabaseQueue(path: path)
        try queue.write { try $0.execute(sql: "CREATE TABLE customers (id INTEGER)") }
        #expect { try ChronicleStore(path: path) } throws: { "\($0)".contains("not a Chronicle database") }
    }

    @Test("a database from a newer Chronicle is refused")
    func newerSchema() throws {
        let path = try Fixture.temporaryPath()
        _ = try ChronicleStore(path: path)
        let queue = try DatabaseQueue(path: path)
        try queue.write { try $0.execute(sql: "INSERT INTO grdb_migrations VALUES ('v99-future')") }
        #expect { try ChronicleStore(path: path) } throws: { "\($0)".contains("newer Chronicle") }
    }
}
