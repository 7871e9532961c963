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
                // Events and documents under their numbers as rowids (v5 and v6 make the rowid the
                // number), rows keyed by their text ids as v1 keyed them.
                try db.execute(sql: """
                    INSERT INTO main.event (rowid, id, type, family, reporting, summary)
                    SELECT number, id, type, family, reporting, summary FROM current.event
                    """)
                try db.execute(sql: """
                    INSERT INTO main.document (rowid, id, source, title, published, text, ingested_at)
                    SELECT number, id, source, title, published, text, ingested_at FROM current.document;
                    INSERT INTO main.timex SELECT d.id, t.start, t."end", t.type, t.value, t.mod, t.begin, t.finish, t.rule
                    FROM current.timex t JOIN current.document d ON d.number = t.document;
                    INSERT INTO main.event_mention SELECT v.id, d.id, m.trigger_start, m.trigger_end, m.sentence, m.time_value,
                        m.time_begin, m.time_end, m.time_mod, m.time_from, m.rule
                    FROM current.event_mention m JOIN current.document d ON d.number = m.document
                    JOIN current.event v ON v.number = m.event;
                    INSERT INTO main.event_link SELECT f.id, t.id, l.relation, d.id
                    FROM current.event_link l JOIN current.document d ON d.number = l.document
                    JOIN current.event f ON f.number = l.from_event JOIN current.event t ON t.number = l.to_event;
                    """)
                // Entities by text id, as v1 keyed them, in the order they were stored.
                try db.execute(sql: """
                    INSERT INTO main.entity (id, name, type) SELECT id, name, type FROM current.entity ORDER BY number;
                    INSERT INTO main.alias SELECT * FROM current.alias;
                    INSERT INTO main.mention (document_id, entity_id, start, "end", sentence, rule)
                    SELECT d.id, e.id, m.start, m."end", m.sentence, m.rule FROM current.mention m
                    JOIN current.entity e ON e.number = m.entity JOIN current.document d ON d.number = m.document;
                    INSERT INTO main.participant (event_id, entity_id, document_id, role, position)
                    SELECT v.id, e.id, d.id, p.role, p.position FROM current.participant p
                    JOIN current.entity e ON e.number = p.entity JOIN current.document d ON d.number = p.document
                    JOIN current.event v ON v.number = p.event;
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
        try oldStore(from: current, upTo: "v2-merge-index")
    }

    /// The store `v1Store` makes, upgraded by the released migrations up to `migration`: what
    /// that version of Chronicle would have left.
    static func oldStore(from current: ChronicleStore, upTo migration: String) throws -> String {
        let path = try v1Store(from: current)
        let queue = try DatabaseQueue(path: path)
        try Schema.migrator.migrate(queue, upTo: migration)
        try queue.close()
        return path
    }

    static let allMigrations = ["v1-initial", "v2-merge-index", "v3-entity-numbers", "v4-pair-counts", "v5-document-numbers",
                                "v6-event-numbers", "v7-entity-pairs", "v8-check-lists"]

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
             try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM participant p JOIN event e ON e.number = p.event WHERE p.family != e.family"))
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
