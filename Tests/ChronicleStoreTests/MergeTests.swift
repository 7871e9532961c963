import Foundation
import GRDB
import Testing
@testable import Chronicle
@testable import ChronicleStore

@Suite("Store: cross-article event merge")
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

    /// The candidate query v1 ran (through `participant_entity`, which v2 replaced, and a join
    /// on `event`); `db` must have that index (see `candidatesAsV1`).
    static func v1Candidates(_ e: Event, document: String, _ db: Database) throws -> [String] {
        let entities = Array(Set(e.participants.map(\.entityId) + e.places))
        guard !entities.isEmpty else { return [] }
        let shared = "p.entity_id IN (\(marks(entities.count)))"
        if let range = e.range {
            return try String.fetchAll(db, sql: """
                SELECT DISTINCT p.event_id FROM participant p INDEXED BY participant_entity JOIN event v ON v.id = p.event_id
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
        // Many copies of the meeting, each a distinct document, so events have many candidates.
        for n in 0..<60 {
            try store.ingest(try Fixture.extraction(Self.sameMeeting + "\nCopy \(n).", source: "copy-\(n).txt"))
        }
        try store.ingest(try Fixture.extraction(Self.laterMeeting, source: "april.txt"))
        let probes = [try Fixture.extraction(), try Fixture.extraction(Self.laterMeeting, source: "probe.txt")]
        var compared = 0
        // v1's index, back for the comparison (the test's own store).
        try store.db.write { try $0.execute(sql: "CREATE INDEX participant_entity ON participant(entity_id)") }
        try store.db.read { db in
            for x in probes {
                let writer = EventWriter(db: db, document: x.document, offsets: CodePointIndex(x.document.bytes), names: [:])
                for e in x.events {
                    let found = try writer.candidates(for: e)
                    #expect(found == (try Self.v1Candidates(e, document: x.document.id, db)), "\(e.type) \(e.id)")
                    compared += found.count
                }
            }
        }
        #expect(compared > 50)
    }
}
