import Foundation
import GRDB
import Testing
import TestSupport
@testable import Chronicle
@testable import ChronicleStore

@Suite("Store: upgrading a v1 store", .temporaryFiles)
struct MigrationTests {
    /// A store with only `v1-initial` applied, holding what ingesting `articles` into a current
    /// store holds (the v1 columns of every table), as Chronicle 1 would have left it.
    static func v1Store(from current: ChronicleStore) throws -> String {
        let path = try Fixture.temporaryPath()
        let queue = try DatabaseQueue(path: path)
        try Schema.migrator.migrate(queue, upTo: "v1-initial")
        try queue.writeWithoutTransaction { db in
            try db.execute(sql: "ATTACH DATABASE ? AS current", arguments: [current.path])
            try db.inTransaction {
                for table in ["document", "timex", "event", "event_mention", "event_link"] {
                    try db.execute(sql: "INSERT INTO main.\(table) SELECT * FROM current.\(table)")
                }
                // Entities by text id, as v1 keyed them, in the order they were stored.
                try db.execute(sql: """
                    INSERT INTO main.entity (id, name, type) SELECT id, name, type FROM current.entity ORDER BY number;
                    INSERT INTO main.alias SELECT * FROM current.alias;
                    INSERT INTO main.mention (document_id, entity_id, start, "end", sentence, rule)
                    SELECT m.document_id, e.id, m.start, m."end", m.sentence, m.rule FROM current.mention m
                    JOIN current.entity e ON e.number = m.entity;
                    INSERT INTO main.participant (event_id, entity_id, document_id, role, position)
                    SELECT p.event_id, e.id, p.document_id, p.role, p.position FROM current.participant p
                    JOIN current.entity e ON e.number = p.entity;
                    """)
                return .commit
            }
            try db.execute(sql: "DETACH DATABASE current")
        }
        try queue.close()
        return path
    }

    /// The store `v1Store` makes, upgraded to v2 by v2's own migration (which fills the window
    /// counts from the rows): what Chronicle 2 would have left.
    static func v2Store(from current: ChronicleStore) throws -> String {
        let path = try v1Store(from: current)
        let queue = try DatabaseQueue(path: path)
        try Schema.migrator.migrate(queue, upTo: "v2-merge-index")
        try queue.close()
        return path
    }

    static let allMigrations = ["v1-initial", "v2-merge-index", "v3-entity-numbers", "v4-pair-counts"]

    /// Two articles telling one meeting, so the store has a cross-article event.
    static func filledStore() throws -> ChronicleStore {
        let store = try Fixture.store()
        try store.ingest(try Fixture.extraction())
        try store.ingest(try Fixture.extraction(MergeTests.sameMeeting, source: "paris.txt"))
        return store
    }

    @Test("documented example: a v1 store opens, gains the v2 index and counts and v3's entity numbers, and answers as before",
          arguments: ["v1", "v2"])
    func upgrade(from version: String) throws {
        let current = try Self.filledStore()
        let path = version == "v1" ? try Self.v1Store(from: current) : try Self.v2Store(from: current)
        let upgraded = try ChronicleStore(path: path)
        #expect(try upgraded.appliedMigrations() == Self.allMigrations)
        let (indexes, unset, wrong) = try upgraded.db.read { db in
            (try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'participant' ORDER BY name"),
             try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM participant WHERE family = ''"),
             try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM participant p JOIN event e ON e.id = p.event_id WHERE p.family != e.family"))
        }
        #expect(indexes.contains("participant_merge") && !indexes.contains("participant_entity"))
        // Same entities under the same numbers' ids, every row kept.
        #expect(try BatchIngestTests.contents(upgraded) == BatchIngestTests.contents(current))
        #expect(unset == 0 && wrong == 0)
        let (after, before) = (try upgraded.counts(), try current.counts())
        #expect(after.documents == before.documents && after.entities == before.entities && after.events == before.events)
        try WindowCountTests.expectCountsMatchRows(upgraded)
        #expect(try upgraded.timeline() == current.timeline())
        for window in CooccurrenceWindow.allCases {
            #expect(try upgraded.cooccurrence(window: window, top: 100) == current.cooccurrence(window: window, top: 100))
            let macron = try current.resolveEntity("Macron")
            #expect(try upgraded.cooccurrence(of: macron, window: window) == current.cooccurrence(of: macron, window: window))
        }
        #expect(try upgraded.entities() == current.entities())
        #expect(try upgraded.mentionCounts() == current.mentionCounts())
        #expect(try upgraded.resolveEntity("Scholz") == current.resolveEntity("Scholz"))
    }

    @Test("an upgraded store keeps merging: a third article of the meeting joins the stored event", arguments: ["v1", "v2"])
    func mergeAfterUpgrade(from version: String) throws {
        let current = try Self.filledStore()
        let upgraded = try ChronicleStore(path: version == "v1" ? try Self.v1Store(from: current) : try Self.v2Store(from: current))
        let third = try Fixture.extraction(MergeTests.sameMeeting + "\nThe talks ended late.", source: "berlin.txt")
        try current.ingest(third)
        try upgraded.ingest(third)
        #expect(try upgraded.timeline() == current.timeline())
        try WindowCountTests.expectCountsMatchRows(upgraded)
    }

    @Test("an empty v1 store upgrades to an empty current store")
    func emptyUpgrade() throws {
        let path = try Fixture.temporaryPath()
        let queue = try DatabaseQueue(path: path)
        try Schema.migrator.migrate(queue, upTo: "v1-initial")
        try queue.close()
        let store = try ChronicleStore(path: path)
        #expect(try store.appliedMigrations() == Self.allMigrations)
        #expect(try store.cooccurrence().isEmpty)
        try WindowCountTests.expectCountsMatchRows(store)
    }
}
