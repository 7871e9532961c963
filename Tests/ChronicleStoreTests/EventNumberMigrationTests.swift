import Foundation
import GRDB
import Testing
import TestSupport
@testable import Chronicle
@testable import ChronicleStore

@Suite("Store: events keyed by number (v6)", .temporaryFiles)
struct EventNumberMigrationTests {
    @Test("documented example: a v5 store gains event numbers, keeps every row and answers as before")
    func upgradeFromV5() throws {
        let current = try DocumentNumberMigrationTests.filledStore()
        let path = try MigrationTests.oldStore(from: current, upTo: DocumentNumberMigration.identifier)
        let upgraded = try ChronicleStore(path: path)
        #expect(try upgraded.appliedMigrations() == MigrationTests.allMigrations)
        #expect(try BatchIngestTests.contents(upgraded) == BatchIngestTests.contents(current))
        #expect(try DocumentNumberMigrationTests.answers(upgraded) == DocumentNumberMigrationTests.answers(current))
        try WindowCountTests.expectCountsMatchRows(upgraded)
        let (keys, indexes) = try upgraded.db.read { db in
            (try ["event_mention", "participant", "event_link"].map { table in
                try Row.fetchAll(db, sql: "PRAGMA table_info(\(table))").filter { ($0["pk"] as Int) > 0 }
                    .map { "\($0["name"] as String) \($0["type"] as String)" }.joined(separator: ", ")
             },
             try String.fetchAll(db, sql: "SELECT sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL ORDER BY name"))
        }
        #expect(keys == ["event INTEGER, document INTEGER, trigger_start INTEGER", "event INTEGER, entity INTEGER, document INTEGER",
                         "from_event INTEGER, to_event INTEGER, relation TEXT, document INTEGER"])
        #expect(indexes.contains("CREATE INDEX participant_merge ON participant(entity, family, span_end, span_begin, event)"))
        #expect(indexes.contains("CREATE INDEX event_mention_document ON event_mention(document)"))
    }

    @Test("an upgraded store keeps writing as a new one: merging, replacing and skipping articles")
    func writeAfterUpgrade() throws {
        let current = try DocumentNumberMigrationTests.filledStore()
        let upgraded = try ChronicleStore(path: try MigrationTests.oldStore(from: current, upTo: DocumentNumberMigration.identifier))
        let more = [try Fixture.extraction(MergeTests.sameMeeting + "\nThe talks ended late.", source: "berlin.txt"),
                    try Fixture.extraction(MergeTests.sameMeeting + "\nThe talks ended early.", source: "paris.txt"),
                    try Fixture.extraction(MergeTests.laterMeeting, source: "april.txt")]
        let outcomes = try current.ingest(batch: more)
        #expect(outcomes == [.added, .replaced, .unchanged])
        #expect(try upgraded.ingest(batch: more) == outcomes)
        #expect(try BatchIngestTests.contents(upgraded) == BatchIngestTests.contents(current))
        #expect(try DocumentNumberMigrationTests.answers(upgraded) == DocumentNumberMigrationTests.answers(current))
        try WindowCountTests.expectCountsMatchRows(upgraded)
    }

    @Test("an article replaced and then put back takes free text ids for events that outlived it, under new numbers")
    func replacedAndRestored() throws {
        let store = try DocumentNumberMigrationTests.filledStore()
        let original = try Fixture.extraction(MergeTests.sameMeeting, source: "paris.txt")
        #expect(try store.ingest(try Fixture.extraction(MergeTests.sameMeeting + "\nMacron left.", source: "paris.txt")) == .replaced)
        #expect(try store.ingest(original) == .replaced)
        let (ids, numbers) = try store.db.read { db in
            (try String.fetchAll(db, sql: "SELECT id FROM event"), try Int.fetchAll(db, sql: "SELECT number FROM event"))
        }
        #expect(Set(ids).count == ids.count && Set(numbers).count == numbers.count)
        #expect(try store.timeline().count == ids.count)
        try WindowCountTests.expectCountsMatchRows(store)
    }

    @Test("an empty v5 store upgrades to an empty current store")
    func emptyUpgrade() throws {
        let path = try Fixture.temporaryPath()
        let queue = try DatabaseQueue(path: path)
        try Schema.migrator.migrate(queue, upTo: DocumentNumberMigration.identifier)
        try queue.close()
        let store = try ChronicleStore(path: path)
        #expect(try store.appliedMigrations() == MigrationTests.allMigrations)
        #expect(try store.timeline().isEmpty && store.cooccurrence().isEmpty && store.eventLinks().isEmpty)
    }
}
