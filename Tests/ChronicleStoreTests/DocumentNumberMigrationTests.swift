import Foundation
import GRDB
import Testing
import TestSupport
@testable import Chronicle
@testable import ChronicleStore

@Suite("Store: documents keyed by number (v5)", .temporaryFiles)
struct DocumentNumberMigrationTests {
    /// The worked examples, the batch articles (one replaced, one unchanged) and a merged
    /// meeting: documents with gaps in their numbers, cross-article events and links.
    static func filledStore() throws -> ChronicleStore {
        let store = try Fixture.store()
        for x in try PairCountTests.workedExamples() { try store.ingest(x) }
        _ = try store.ingest(batch: try BatchIngestTests.articles())
        try store.ingest(try Fixture.extraction(MergeTests.laterMeeting, source: "april.txt"))
        return store
    }

    /// Everything the query commands print from, for two stores to compare.
    static func answers(_ store: ChronicleStore) throws -> [String] {
        var answers = [String]()
        let timeline = try store.timeline()
        answers.append("\(timeline)")
        answers.append("\(try store.triggerLocations(for: timeline).sorted { $0.key < $1.key })")
        var streamed = [TimelineEntry]()
        try store.streamTimeline(chunkSize: 3, wholeUpTo: 2, outline: { answers.append("\($0)") }, entries: { streamed += $0 })
        answers.append("\(streamed)")
        answers.append("\(try store.eventLinks())")
        answers.append("\(try store.entities(top: 1000))")
        answers.append("\(try store.mentionCounts().sorted { $0.key < $1.key })")
        for name in ["Macron", "Scholz", "Paris"] {
            let entity = try store.resolveEntity(name)
            answers.append("\(name): \(entity) \(try store.timeline(entities: entity))")
            answers.append("\(try store.eventLinks(among: Set(try store.timeline(entities: entity).map(\.id))))")
            for window in CooccurrenceWindow.allCases {
                answers.append("\(try store.cooccurrence(of: entity, window: window))")
            }
            answers.append("\(try store.path(from: entity, to: try store.resolveEntity("Scholz")))")
        }
        for window in CooccurrenceWindow.allCases {
            answers.append("\(try store.cooccurrence(window: window, top: 100))")
            answers.append("\(try store.cooccurrence(window: window, top: 3))")
        }
        return answers
    }

    @Test("documented example: a v4 store gains document numbers, keeps every row and answers as before")
    func upgradeFromV4() throws {
        let current = try Self.filledStore()
        let path = try MigrationTests.oldStore(from: current, upTo: PairCountsMigration.identifier)
        let upgraded = try ChronicleStore(path: path)
        #expect(try upgraded.appliedMigrations() == MigrationTests.allMigrations)
        #expect(try BatchIngestTests.contents(upgraded) == BatchIngestTests.contents(current))
        #expect(try Self.answers(upgraded) == Self.answers(current))
        try WindowCountTests.expectCountsMatchRows(upgraded)
        let (indexes, foreignKeys) = try upgraded.db.read { db in
            (try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL"),
             try ["mention", "timex", "event_mention", "participant", "event_link"].map {
                 try Row.fetchAll(db, sql: "PRAGMA foreign_key_list(\($0))").count
             })
        }
        #expect(!indexes.contains("participant_document") && !indexes.contains("event_family"))
        #expect(indexes.contains("event_mention_document") && indexes.contains("participant_merge"))
        #expect(foreignKeys == [0, 0, 0, 0, 0])
    }

    @Test("an upgraded store keeps writing as a new one: merging, replacing and skipping articles")
    func writeAfterUpgrade() throws {
        let current = try Self.filledStore()
        let upgraded = try ChronicleStore(path: try MigrationTests.oldStore(from: current, upTo: PairCountsMigration.identifier))
        let more = [try Fixture.extraction(MergeTests.sameMeeting + "\nThe talks ended late.", source: "berlin.txt"),
                    try Fixture.extraction(MergeTests.sameMeeting + "\nThe talks ended early.", source: "paris.txt"),
                    try Fixture.extraction(MergeTests.laterMeeting, source: "april.txt")]
        let outcomes = try current.ingest(batch: more)
        #expect(outcomes == [.added, .replaced, .unchanged])
        #expect(try upgraded.ingest(batch: more) == outcomes)
        #expect(try BatchIngestTests.contents(upgraded) == BatchIngestTests.contents(current))
        #expect(try Self.answers(upgraded) == Self.answers(current))
        try WindowCountTests.expectCountsMatchRows(upgraded)
    }

    @Test("a replaced article leaves no rows behind: every row's document and event are stored")
    func replacedLeavesNoOrphans() throws {
        let store = try Self.filledStore()
        #expect(try store.ingest(try Fixture.extraction(MergeTests.sameMeeting + "\nMacron left.", source: "paris.txt")) == .replaced)
        #expect(try store.ingest(try Fixture.extraction("Nothing happened today.", source: "april.txt")) == .replaced)
        let orphans = try store.db.read { db in
            try ["mention", "timex", "event_mention", "participant", "event_link"].map { table in
                try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM \(table) WHERE document NOT IN (SELECT number FROM document)") ?? -1
            } + [
                try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM participant WHERE event NOT IN (SELECT number FROM event)") ?? -1,
                try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM event_mention WHERE event NOT IN (SELECT number FROM event)") ?? -1,
                try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM event_link WHERE from_event NOT IN (SELECT number FROM event)") ?? -1,
                try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM event_link WHERE to_event NOT IN (SELECT number FROM event)") ?? -1,
                try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM event WHERE number NOT IN (SELECT event FROM event_mention)") ?? -1,
            ]
        }
        #expect(orphans == [0, 0, 0, 0, 0, 0, 0, 0, 0, 0])
        try WindowCountTests.expectCountsMatchRows(store)
    }

    @Test("an empty v4 store upgrades to an empty current store")
    func emptyUpgrade() throws {
        let path = try Fixture.temporaryPath()
        let queue = try DatabaseQueue(path: path)
        try Schema.migrator.migrate(queue, upTo: PairCountsMigration.identifier)
        try queue.close()
        let store = try ChronicleStore(path: path)
        #expect(try store.appliedMigrations() == MigrationTests.allMigrations)
        #expect(try store.timeline().isEmpty && store.cooccurrence().isEmpty)
    }
}
