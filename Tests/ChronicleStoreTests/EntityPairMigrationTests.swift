import Foundation
import GRDB
import Testing
import TestSupport
@testable import Chronicle
@testable import ChronicleStore

@Suite("Store: one pair table for the three windows (v7)", .temporaryFiles)
struct EntityPairMigrationTests {
    @Test("documented example: a v6 store's three pair tables become entity_pair, with the same counts and answers")
    func upgradeFromV6() throws {
        let current = try DocumentNumberMigrationTests.filledStore()
        let path = try MigrationTests.oldStore(from: current, upTo: EventNumberMigration.identifier)
        let upgraded = try ChronicleStore(path: path)
        #expect(try upgraded.appliedMigrations() == MigrationTests.allMigrations)
        #expect(try BatchIngestTests.contents(upgraded) == BatchIngestTests.contents(current))
        #expect(try DocumentNumberMigrationTests.answers(upgraded) == DocumentNumberMigrationTests.answers(current))
        try WindowCountTests.expectCountsMatchRows(upgraded)
        let (tables, indexes) = try upgraded.db.read { db in
            (try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table' AND name LIKE '%pair%' ORDER BY name"),
             try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'entity_pair' AND sql IS NOT NULL ORDER BY name"))
        }
        #expect(tables == ["entity_pair"])
        #expect(indexes == ["entity_pair_documents", "entity_pair_events", "entity_pair_sentences"])
    }

    @Test("an upgraded store keeps its counts exact through merging, replacing and skipping articles")
    func writeAfterUpgrade() throws {
        let current = try DocumentNumberMigrationTests.filledStore()
        let upgraded = try ChronicleStore(path: try MigrationTests.oldStore(from: current, upTo: EventNumberMigration.identifier))
        let more = [try Fixture.extraction(MergeTests.sameMeeting + "\nThe talks ended late.", source: "berlin.txt"),
                    try Fixture.extraction(MergeTests.sameMeeting + "\nThe talks ended early.", source: "paris.txt"),
                    try Fixture.extraction(MergeTests.laterMeeting, source: "april.txt")]
        let outcomes = try current.ingest(batch: more)
        #expect(try upgraded.ingest(batch: more) == outcomes)
        #expect(try upgraded.ingest(try Fixture.extraction("Nothing happened today.", source: "april.txt")) == .replaced)
        #expect(try current.ingest(try Fixture.extraction("Nothing happened today.", source: "april.txt")) == .replaced)
        #expect(try BatchIngestTests.contents(upgraded) == BatchIngestTests.contents(current))
        #expect(try DocumentNumberMigrationTests.answers(upgraded) == DocumentNumberMigrationTests.answers(current))
        try WindowCountTests.expectCountsMatchRows(upgraded)
    }

    @Test("an empty v6 store upgrades to an empty current store")
    func emptyUpgrade() throws {
        let path = try Fixture.temporaryPath()
        let queue = try DatabaseQueue(path: path)
        try Schema.migrator.migrate(queue, upTo: EventNumberMigration.identifier)
        try queue.close()
        let store = try ChronicleStore(path: path)
        #expect(try store.appliedMigrations() == MigrationTests.allMigrations)
        for window in CooccurrenceWindow.allCases { #expect(try store.cooccurrence(window: window).isEmpty) }
    }
}
