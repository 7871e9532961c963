import Foundation
import GRDB
import Testing
import TestSupport
@testable import Chronicle
@testable import ChronicleStore

@Suite("Store: co-occurrence window counts", .temporaryFiles)
struct WindowCountTests {
    /// `window_totals` and `entity_windows` equal what counting the rows gives.
    static func expectCountsMatchRows(_ store: ChronicleStore, sourceLocation: SourceLocation = #_sourceLocation) throws {
        try store.db.read { db in
            let totals = Dictionary(uniqueKeysWithValues: try Row.fetchAll(db, sql: "SELECT kind, n FROM window_totals").map { ($0[0] as String, $0[1] as Int) })
            let counted: [String: Int] = [
                "sentence": try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM (SELECT DISTINCT document, sentence FROM mention)") ?? 0,
                "document": try Int.fetchOne(db, sql: "SELECT COUNT(DISTINCT document) FROM mention") ?? 0,
                "event": try Int.fetchOne(db, sql: "SELECT COUNT(DISTINCT event) FROM participant") ?? 0,
            ]
            #expect(totals == counted, sourceLocation: sourceLocation)
            let kept = try Row.fetchAll(db, sql: """
                SELECT e.id, w.sentences, w.documents, w.events, w.mentions FROM entity_windows w JOIN entity e ON e.number = w.entity
                WHERE w.sentences != 0 OR w.documents != 0 OR w.events != 0 OR w.mentions != 0 ORDER BY e.id
                """).map { "\($0[0] as String) \($0[1] as Int) \($0[2] as Int) \($0[3] as Int) \($0[4] as Int)" }
            let recounted = try Row.fetchAll(db, sql: """
                SELECT e.id, COALESCE(s.n, 0), COALESCE(d.n, 0), COALESCE(v.n, 0), COALESCE(m.n, 0) FROM entity e
                LEFT JOIN (SELECT entity, COUNT(*) AS n FROM (SELECT DISTINCT entity, document, sentence FROM mention)
                           GROUP BY entity) s ON s.entity = e.number
                LEFT JOIN (SELECT entity, COUNT(DISTINCT document) AS n FROM mention GROUP BY entity) d ON d.entity = e.number
                LEFT JOIN (SELECT entity, COUNT(DISTINCT event) AS n FROM participant GROUP BY entity) v ON v.entity = e.number
                LEFT JOIN (SELECT entity, COUNT(*) AS n FROM mention GROUP BY entity) m ON m.entity = e.number
                WHERE s.n IS NOT NULL OR d.n IS NOT NULL OR v.n IS NOT NULL ORDER BY e.id
                """).map { "\($0[0] as String) \($0[1] as Int) \($0[2] as Int) \($0[3] as Int) \($0[4] as Int)" }
            #expect(kept == recounted, sourceLocation: sourceLocation)
            // `entity_pair` (`v7-entity-pairs`): a row per pair with windows of some kind.
            #expect(try Int.fetchOne(db, sql: """
                SELECT COUNT(*) FROM entity_pair WHERE a >= b OR sentences < 0 OR documents < 0 OR events < 0
                    OR (sentences = 0 AND documents = 0 AND events = 0)
                """) == 0, sourceLocation: sourceLocation)
            let pairs = try Row.fetchAll(db, sql: "SELECT a, b, sentences FROM entity_pair WHERE sentences > 0 ORDER BY a, b")
                .map { "\($0[0] as Int) \($0[1] as Int) \($0[2] as Int)" }
            let recountedPairs = try Row.fetchAll(db, sql: """
                WITH w AS (SELECT DISTINCT document, sentence, entity FROM mention)
                SELECT x.entity, y.entity, COUNT(*) FROM w x JOIN w y
                    ON x.document = y.document AND x.sentence = y.sentence AND x.entity < y.entity
                GROUP BY x.entity, y.entity ORDER BY 1, 2
                """).map { "\($0[0] as Int) \($0[1] as Int) \($0[2] as Int)" }
            #expect(pairs == recountedPairs, sourceLocation: sourceLocation)
            // Document and event pairs (`v4-pair-counts`): every pair of entities sharing a window.
            for (column, windows) in [("documents", "SELECT DISTINCT document AS win, entity FROM mention"),
                                      ("events", "SELECT DISTINCT event AS win, entity FROM participant")] {
                let kept = try Row.fetchAll(db, sql: "SELECT a, b, \(column) FROM entity_pair WHERE \(column) > 0 ORDER BY a, b")
                    .map { "\($0[0] as Int) \($0[1] as Int) \($0[2] as Int)" }
                let recounted = try Row.fetchAll(db, sql: """
                    WITH w AS (\(windows))
                    SELECT x.entity, y.entity, COUNT(*) FROM w x JOIN w y ON x.win = y.win AND x.entity < y.entity
                    GROUP BY x.entity, y.entity ORDER BY 1, 2
                    """).map { "\($0[0] as Int) \($0[1] as Int) \($0[2] as Int)" }
                #expect(kept == recounted, "\(column)", sourceLocation: sourceLocation)
            }
            // Every participant row's span holds each dated mention of its event (see `EventSpan`).
            let outside = try Int.fetchOne(db, sql: """
                SELECT COUNT(*) FROM participant p JOIN event_mention m ON m.event = p.event
                WHERE m.time_begin IS NOT NULL AND (p.span_begin IS NULL OR p.span_begin > m.time_begin OR p.span_end < m.time_end)
                """)
            #expect(outside == 0, sourceLocation: sourceLocation)
        }
    }

    @Test("the strongest sentence pairs, read by count until no pair further down can rank, are the head of all pairs ranked")
    func topPairsPruned() throws {
        let store = try Fixture.store()
        try store.ingest(try Fixture.extraction())
        try store.ingest(try Fixture.extraction(MergeTests.sameMeeting, source: "paris.txt"))
        try store.ingest(try Fixture.extraction(MergeTests.laterMeeting, source: "april.txt"))
        let all = try store.cooccurrence(window: .sentence, top: 100_000)  // past 10,000: every pair read
        #expect(all.count > 10)
        for top in 1...all.count {
            #expect(try store.cooccurrence(window: .sentence, top: top) == Array(all.prefix(top)), "top \(top)")
        }
    }

    @Test("documented example: counts follow ingest, merge and replacement")
    func followIngest() throws {
        let store = try Fixture.store()
        try Self.expectCountsMatchRows(store)
        try store.ingest(try Fixture.extraction())
        try Self.expectCountsMatchRows(store)
        try store.ingest(try Fixture.extraction(MergeTests.sameMeeting, source: "paris.txt"))
        try Self.expectCountsMatchRows(store)
        #expect(!(try MergeTests.shared(store)).isEmpty)
        // Replacing the article that a merged event was first stored from.
        try store.ingest(try Fixture.extraction(Fixture.article + "\nMacron said the locks would open in 2026.\n"))
        try Self.expectCountsMatchRows(store)
        try store.ingest(try Fixture.extraction(MergeTests.sameMeeting + "\nThe talks ended late.", source: "paris.txt"))
        try Self.expectCountsMatchRows(store)
    }

    @Test("co-occurrence of one entity reads the counts: same rows as the pairs of the whole store")
    func neighboursAgreeWithPairs() throws {
        let store = try Fixture.store()
        try store.ingest(try Fixture.extraction())
        try store.ingest(try Fixture.extraction(MergeTests.sameMeeting, source: "paris.txt"))
        let scholz = try store.resolveEntity("Olaf Scholz")
        for window in CooccurrenceWindow.allCases {
            let neighbours = try store.cooccurrence(of: scholz, window: window, top: 1000)
            let pairs = try store.cooccurrence(window: window, top: 1000).filter { $0.a.id == scholz[0].id || $0.b.id == scholz[0].id }
            #expect(neighbours.count == pairs.count, "\(window)")
            for row in neighbours {
                let pair = pairs.first { $0.a.id == row.b.id || $0.b.id == row.b.id }
                #expect(pair?.count == row.count && pair?.score == row.score, "\(window) \(row.b.id)")
            }
        }
    }
}
