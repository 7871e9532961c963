import Foundation
import GRDB
import Testing
@testable import Chronicle
@testable import ChronicleStore

@Suite("Store: upgrading a v1 store")
struct MigrationTests {
    /// A store with only `v1-initial` applied, holding what ingesting `articles` into a current
    /// store holds (the v1 columns of every table), as Chronicle 1 would have left it.
    static func v1Store(from current: ChronicleStore) throws -> String {
        let path = Fixture.temporaryPath()
        let queue = try DatabaseQueue(path: path)
        try Schema.migrator.migrate(queue, upTo: "v1-initial")
        try queue.writeWithoutTransaction { db in
            try db.execute(sql: "ATTACH DATABASE ? AS current", arguments: [current.path])
            try db.inTransaction {
                for table in ["document", "entity", "alias", "mention", "timex", "event", "event_mention", "event_link"] {
                    try db.execute(sql: "INSERT INTO main.\(table) SELECT * FROM current.\(table)")
                }
                try db.execute(sql: """
                    INSERT INTO main.participant (event_id, entity_id, document_id, role, position)
                    SELECT event_id, entity_id, document_id, role, position FROM current.participant
                    """)
                return .commit
            }
            try db.execute(sql: "DETACH DATABASE current")
        }
        try queue.close()
        return path
    }

    /// Two articles telling one meeting, so the store has a cross-article event.
    static func filledStore() throws -> ChronicleStore {
        let store = try Fixture.store()
        try store.ingest(try Fixture.extraction())
        try store.ingest(try Fixture.extraction(MergeTests.sameMeeting, source: "paris.txt"))
        return store
    }

    @Test("documented example: a v1 store opens, gains the v2 index and counts, and answers as before")
    func upgrade() throws {
        let current = try Self.filledStore()
        let path = try Self.v1Store(from: current)
        let upgraded = try ChronicleStore(path: path)
        #expect(try upgraded.appliedMigrations() == ["v1-initial", "v2-merge-index"])
        let (indexes, unset, wrong) = try upgraded.db.read { db in
            (try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'participant' ORDER BY name"),
             try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM participant WHERE family = ''"),
             try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM participant p JOIN event e ON e.id = p.event_id WHERE p.family != e.family"))
        }
        #expect(indexes.contains("participant_merge") && !indexes.contains("participant_entity"))
        #expect(unset == 0 && wrong == 0)
        let (after, before) = (try upgraded.counts(), try current.counts())
        #expect(after.documents == before.documents && after.entities == before.entities && after.events == before.events)
        try WindowCountTests.expectCountsMatchRows(upgraded)
        #expect(try upgraded.timeline() == current.timeline())
        for window in CooccurrenceWindow.allCases {
            #expect(try upgraded.cooccurrence(window: window, top: 100) == current.cooccurrence(window: window, top: 100))
        }
    }

    @Test("an upgraded store keeps merging: a third article of the meeting joins the stored event")
    func mergeAfterUpgrade() throws {
        let current = try Self.filledStore()
        let upgraded = try ChronicleStore(path: try Self.v1Store(from: current))
        let third = try Fixture.extraction(MergeTests.sameMeeting + "\nThe talks ended late.", source: "berlin.txt")
        try current.ingest(third)
        try upgraded.ingest(third)
        #expect(try upgraded.timeline() == current.timeline())
        try WindowCountTests.expectCountsMatchRows(upgraded)
    }

    @Test("an empty v1 store upgrades to an empty v2 store")
    func emptyUpgrade() throws {
        let path = Fixture.temporaryPath()
        let queue = try DatabaseQueue(path: path)
        try Schema.migrator.migrate(queue, upTo: "v1-initial")
        try queue.close()
        let store = try ChronicleStore(path: path)
        #expect(try store.appliedMigrations() == ["v1-initial", "v2-merge-index"])
        #expect(try store.cooccurrence().isEmpty)
        try WindowCountTests.expectCountsMatchRows(store)
    }
}
