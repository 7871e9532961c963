import Foundation
import GRDB
import Testing
import TestSupport
@testable import Chronicle
@testable import ChronicleStore

@Suite("Store: batches of articles in one transaction", .temporaryFiles)
struct BatchIngestTests {
    /// The fixture article, an edit of it, a merging article and a duplicate, in that order.
    static func articles() throws -> [Extraction] {
        [try Fixture.extraction(), try Fixture.extraction(MergeTests.sameMeeting, source: "paris.txt"),
         try Fixture.extraction(Fixture.article + "\nMacron said the locks would open in 2026.\n"),
         try Fixture.extraction(MergeTests.sameMeeting, source: "copy/paris.txt")]
    }

    /// Everything a query can see, to compare two stores.
    static func contents(_ store: ChronicleStore) throws -> String {
        try store.db.read { db in
            var text = ""
            for table in ["document", "entity", "alias", "mention", "timex", "event", "event_mention", "participant", "event_link",
                          "window_totals", "entity_windows", "entity_pair"] {
                let columns = table == "document" ? "id, source, title, published, text" : "*"
                text += try Row.fetchAll(db, sql: "SELECT \(columns) FROM \(table)").map { "\(table) \($0)\n" }.sorted().joined()
            }
            return text
        }
    }

    @Test("documented example: a batch stores what one-at-a-time stores, with the same outcomes")
    func sameAsOneAtATime() throws {
        let xs = try Self.articles()
        let one = try Fixture.store(), batched = try Fixture.store()
        let outcomes = try xs.map { try one.ingest($0) }
        #expect(outcomes == [.added, .added, .replaced, .unchanged])
        #expect(try batched.ingest(batch: xs) == outcomes)
        #expect(try Self.contents(batched) == Self.contents(one))
        try WindowCountTests.expectCountsMatchRows(batched)
    }

    @Test("an empty batch writes nothing")
    func empty() throws {
        let store = try Fixture.store()
        #expect(try store.ingest(batch: []).isEmpty)
        #expect(try store.counts().documents == 0)
    }

    @Test("a batch ingested again adds nothing")
    func idempotent() throws {
        let store = try Fixture.store()
        let xs = try Self.articles()
        let latest = [xs[1], xs[2], xs[3]]  // the versions the store ends with
        _ = try store.ingest(batch: xs)
        let before = try Self.contents(store)
        #expect(try store.ingest(batch: latest) == [.unchanged, .unchanged, .unchanged])
        #expect(try Self.contents(store) == before)
    }
}
