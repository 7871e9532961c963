import Foundation
import GRDB
import Testing
import TestSupport
@testable import Chronicle
@testable import ChronicleStore

@Suite("Store: cross-article event merge", .temporaryFiles)
struct MergeTests {
    /// Another article of the meeting in `Fixture.article`, in other words, the same Friday.
    static let sameMeeting = """
        Scholz and Macron meet in Paris
        Friday 8 March 2024
        German Chancellor Olaf Scholz met French President Emmanuel Macron in Paris on Thursday to talk about the river locks.
        """

    /// The same two leaders meeting a month later.
    static let laterMeeting = """
        Scholz and Macron meet again
        Monday 8 April 2024
        Chancellor Olaf Scholz met President Emmanuel Macron in Berlin on Sunday about the river locks.
        """

    /// The events told by more than one document.
    static func shared(_ store: ChronicleStore) throws -> [TimelineEntry] {
        try store.timeline().filter { Set($0.sources.map(\.document)).count > 1 }
    }

    @Test("documented example: two articles telling one meeting make one event with both sources")
    func sameEvent() throws {
        let store = try Fixture.store()
        try store.ingest(try Fixture.extraction())
        try store.ingest(try Fixture.extraction(Self.sameMeeting, source: "paris.txt"))
        let merged = try Self.shared(store)
        #expect(merged.count == 1)
        #expect(Set(merged.first?.sources.map(\.source) ?? []) == ["leaders.txt", "paris.txt"])
    }

    @Test("a meeting of the same people a month later stays its own event")
    func laterEvent() throws {
        let store = try Fixture.store()
        try store.ingest(try Fixture.extraction())
        let later = try Fixture.pipeline.get().extract(raw: Self.laterMeeting, source: "april.txt",
                                                       published: LocalDateTime(year: 2024, month: 4, day: 8))
        try store.ingest(later)
        #expect(try Self.shared(store).isEmpty)
    }

    /// The candidate query v1 ran, word for word; `db` is a store with v1's schema.
    static func v1Candidates(_ e: Event, document: String, _ db: Database) throws -> [String] {
        let entities = Array(Set(e.participants.map(\.entityId) + e.places))
        guard !entities.isEmpty else { return [] }
        let shared = "p.entity_id IN (\(marks(entities.count)))"
        if let range = e.range {
            return try String.fetchAll(db, sql: """
                SELECT DISTINCT p.event_id FROM participant p JOIN event v ON v.id = p.event_id
                WHERE v.family = ? AND p.document_id != ? AND \(shared)
                  AND EXISTS (SELECT 1 FROM event_mention m WHERE m.event_id = p.event_id
                              AND m.time_begin < ? AND m.time_end > ?)
                LIMIT 50
                """, arguments: StatementArguments([e.family, document] + entities + [range.end.description, range.begin.description]))
        }
        return try String.fetchAll(db, sql: """
            SELECT p.event_id FROM participant p JOIN event v ON v.id = p.event_id
            WHERE v.family = ? AND p.document_id != ? AND \(shared)
            GROUP BY p.event_id HAVING COUNT(DISTINCT p.entity_id) >= 2
            ORDER BY p.event_id LIMIT 50
            """, arguments: StatementArguments([e.family, document] + entities))
    }

    @Test("the indexed candidate lookup finds v1's candidates, in v1's order")
    func candidatesAsV1() throws {
        let store = try Fixture.store()
        // Many articles of meetings dated only by month: a month is too wide for two of them to
        // merge, so each stays its own event, and each is a candidate for a meeting in March.
        for n in 0..<60 {
            let text = "Leaders met again\nMonday 8 April 2024\nChancellor Olaf Scholz met President Emmanuel Macron in March 2024, "
                + "aides said in note \(n)."
            try store.ingest(try Fixture.extraction(text, source: "month-\(n).txt"))
        }
        try store.ingest(try Fixture.extraction(Self.sameMeeting, source: "paris.txt"))
        try store.ingest(try Fixture.extraction(Self.laterMeeting, source: "april.txt"))
        // Events with three entities (two leaders and a place) and with two: v1's planner read
        // their candidates in different orders.
        let twoLeaders = "Leaders meet\nFriday 8 March 2024\nChancellor Olaf Scholz met President Emmanuel Macron on Thursday."
        let probes = [try Fixture.extraction(), try Fixture.extraction(Self.laterMeeting, source: "probe.txt"),
                      try Fixture.extraction(twoLeaders, source: "two.txt")]
        // The same rows under v1's schema, for v1's query (and its query plan).
        let v1 = try DatabaseQueue(path: try MigrationTests.v1Store(from: store))
        var compared = 0
        for x in probes {
            for e in x.events {
                let found = try store.db.read { db in
                    // The probe's own number when it is stored (its events are not their own candidates).
                    let number = try Int.fetchOne(db, sql: "SELECT number FROM document WHERE id = ?", arguments: [x.document.id]) ?? -1
                    let candidates = try EventWriter(db: db, document: x.document, documentNumber: number,
                                                     offsets: CodePointIndex(x.document.bytes), entities: EntityNumbers())
                        .candidates(for: e)
                    // Events by text id, as v1 named them.
                    return try candidates.map { try String.fetchOne(db, sql: "SELECT id FROM event WHERE number = ?", arguments: [$0]) ?? "" }
                }
                let expected = try v1.read { try Self.v1Candidates(e, document: x.document.id, $0) }
                #expect(found == expected, "\(e.type) \(e.id)")
                compared += found.count
            }
        }
        #expect(compared > 50)
    }
}
