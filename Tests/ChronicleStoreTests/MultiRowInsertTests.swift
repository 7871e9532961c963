import Foundation
import GRDB
import Testing
import TestSupport
@testable import Chronicle
@testable import ChronicleStore

@Suite("Store: many rows per INSERT statement", .temporaryFiles)
struct MultiRowInsertTests {
    /// More rows than one statement takes, with repeated keys across the statements' boundary.
    static let rowCount = MultiRowInsert.rowsPerStatement * 2 + 22

    @Test("documented example: OR IGNORE keeps the first row of each key, over several statements")
    func keepsFirstOfEqualKeys() throws {
        let store = try Fixture.store()
        let kept = try store.db.write { db in
            try db.execute(sql: "CREATE TABLE t (k INTEGER PRIMARY KEY, v INTEGER NOT NULL) WITHOUT ROWID")
            let values = (0..<Self.rowCount).flatMap { i -> [SQLValue] in [.int(i % 100), .int(i)] }
            try MultiRowInsert(db, "INSERT OR IGNORE INTO t (k, v) VALUES", columns: 2).execute(values)
            return try Row.fetchAll(db, sql: "SELECT k, v FROM t ORDER BY k").map { [$0[0] as Int, $0[1] as Int] }
        }
        #expect(kept == (0..<100).map { [$0, $0] })
    }

    @Test("an upsert adds a repeated key's rows in turn, over several statements")
    func upsertAddsInTurn() throws {
        let store = try Fixture.store()
        let counts = try store.db.write { db in
            try db.execute(sql: "CREATE TABLE t (k INTEGER PRIMARY KEY, n INTEGER NOT NULL) WITHOUT ROWID")
            let values = (0..<Self.rowCount).flatMap { i -> [SQLValue] in [.int(i % 100), .int(1)] }
            try MultiRowInsert(db, "INSERT INTO t (k, n) VALUES", columns: 2, tail: " ON CONFLICT (k) DO UPDATE SET n = n + excluded.n")
                .execute(values)
            try MultiRowInsert(db, "INSERT INTO t (k, n) VALUES", columns: 2).execute([])
            return try Row.fetchAll(db, sql: "SELECT k, n FROM t ORDER BY k").map { [$0[0] as Int, $0[1] as Int] }
        }
        let expected = (0..<100).map { k in [k, (0..<Self.rowCount).filter { $0 % 100 == k }.count] }
        #expect(counts == expected)
    }

    /// An article with more mentions and entity pairs than one statement takes, and an edit of it.
    static func crowdedArticles() throws -> [Extraction] {
        let countries = ["France", "Germany", "Italy", "Spain", "Poland", "Japan", "China", "India", "Brazil", "Canada",
                         "Mexico", "Egypt", "Kenya", "Chile", "Peru"]
        let sentence = "Envoys from " + countries.joined(separator: ", ") + " met in Paris on Monday."
        let text = "Summit talks\n\n" + Array(repeating: sentence, count: 6).joined(separator: "\n")
        return [try Fixture.extraction(text, source: "summit.txt"),
                try Fixture.extraction(text + "\nMacron met Scholz in Berlin on Tuesday.", source: "summit.txt")]
    }

    @Test("an article of many mentions and pairs stores each once; a batch replacing it stores what one at a time does")
    func crowdedArticle() throws {
        let xs = try Self.crowdedArticles()
        let mentions = Set(xs[0].entities.flatMap { e in e.mentions.map { "\(e.id) \($0.span.start)" } }).count
        #expect(mentions > MultiRowInsert.rowsPerStatement)
        let one = try Fixture.store(), batched = try Fixture.store()
        try one.ingest(xs[0])
        #expect(try one.db.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM mention") } == mentions)
        #expect(try one.mentionCounts().values.reduce(0, +) == mentions)
        try WindowCountTests.expectCountsMatchRows(one)
        let outcomes = try xs.map { try one.ingest($0) }
        #expect(outcomes == [.unchanged, .replaced])
        let all = try BatchIngestTests.articles() + xs
        let fresh = try Fixture.store()
        let oneByOne = try all.map { try fresh.ingest($0) }
        #expect(try batched.ingest(batch: all) == oneByOne)
        #expect(try BatchIngestTests.contents(batched) == BatchIngestTests.contents(fresh))
        try WindowCountTests.expectCountsMatchRows(batched)
    }
}
