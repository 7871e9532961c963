import Foundation
import GRDB
import Testing
import TestSupport
@testable import Chronicle
@testable import ChronicleStore

@Suite("Store: CHECK constraints without IN lists (v8)", .temporaryFiles)
struct CheckListMigrationTests {
    @Test("documented example: a v7 store upgrades with the same rows, numbers and answers")
    func upgradeFromV7() throws {
        let current = try DocumentNumberMigrationTests.filledStore()
        let path = try MigrationTests.oldStore(from: current, upTo: EntityPairMigration.identifier)
        let upgraded = try ChronicleStore(path: path)
        #expect(try upgraded.appliedMigrations() == MigrationTests.allMigrations)
        #expect(try BatchIngestTests.contents(upgraded) == BatchIngestTests.contents(current))
        #expect(try DocumentNumberMigrationTests.answers(upgraded) == DocumentNumberMigrationTests.answers(current))
        try WindowCountTests.expectCountsMatchRows(upgraded)
        let rows = { (store: ChronicleStore) in
            try store.db.read { db in
                (try Row.fetchAll(db, sql: "SELECT number, id, name, type FROM entity ORDER BY number").map(\.description),
                 try Row.fetchAll(db, sql: "SELECT * FROM event_link").map(\.description),
                 try Row.fetchAll(db, sql: "SELECT kind, n FROM window_totals").map(\.description))
            }
        }
        let (entities, links, totals) = try rows(upgraded), (entitiesBefore, linksBefore, totalsBefore) = try rows(current)
        #expect(entities == entitiesBefore && links == linksBefore && totals == totalsBefore)
        #expect(!links.isEmpty)
        let checks = try upgraded.db.read { db in
            try String.fetchAll(db, sql: "SELECT sql FROM sqlite_master WHERE name IN ('entity', 'event_link', 'window_totals')")
        }
        #expect(checks.count == 3 && checks.allSatisfy { !$0.contains(" IN (") })
    }

    @Test("the constraints refuse what the IN lists refused and accept what they accepted", arguments: ["fresh", "upgraded"])
    func constraintsUnchanged(_ kind: String) throws {
        let store: ChronicleStore
        if kind == "fresh" {
            store = try Fixture.store()
        } else {
            let current = try DocumentNumberMigrationTests.filledStore()
            store = try ChronicleStore(path: try MigrationTests.oldStore(from: current, upTo: EntityPairMigration.identifier))
        }
        let refused = { (sql: String) in
            (try? store.db.write { db in try db.execute(sql: sql) }) == nil
        }
        #expect(refused("INSERT INTO entity (id, name, type) VALUES ('thing:x', 'X', 'THING')"))
        #expect(refused("INSERT INTO entity (id, name, type) VALUES ('person:x', 'X', 'person')"))
        #expect(!refused("INSERT INTO entity (id, name, type) VALUES ('org:x', 'X', 'ORG')"))
        #expect(refused("INSERT INTO event_link (from_event, to_event, relation, document) VALUES (1, 2, 'causes', 1)"))
        #expect(!refused("INSERT INTO event_link (from_event, to_event, relation, document) VALUES (1, 2, 'reports', 1)"))
        #expect(refused("INSERT INTO window_totals (kind, n) VALUES ('paragraph', 0)"))
        #expect(refused("INSERT INTO entity (id, name, type) VALUES ('place:x', 'X', NULL)"))
    }

    @Test("an empty v7 store upgrades to an empty current store")
    func emptyUpgrade() throws {
        let path = try Fixture.temporaryPath()
        let queue = try DatabaseQueue(path: path)
        try Schema.migrator.migrate(queue, upTo: EntityPairMigration.identifier)
        try queue.close()
        let store = try ChronicleStore(path: path)
        #expect(try store.appliedMigrations() == MigrationTests.allMigrations)
        for window in CooccurrenceWindow.allCases { #expect(try store.cooccurrence(window: window).isEmpty) }
        try WindowCountTests.expectCountsMatchRows(store)
    }
}
