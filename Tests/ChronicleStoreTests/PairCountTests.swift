import Foundation
import GRDB
import Testing
import TestSupport
@testable import Chronicle
@testable import ChronicleStore

@Suite("Store: kept pair counts answer cooccur --top as counting every window did", .temporaryFiles)
struct PairCountTests {
    /// The worked examples' articles (a story told by three pages, a flood report, an HTML page),
    /// with the publication date each page gives.
    static func workedExamples() throws -> [Extraction] {
        let pipeline = try Fixture.pipeline.get()
        let folders = ["port-deal", "river-flood", "html-summit"].map { Fixture.root.appendingPathComponent("timelines/\($0)") }
        var xs = [Extraction]()
        for folder in folders {
            let files = try FileManager.default.contentsOfDirectory(atPath: folder.path)
                .filter { $0.hasSuffix(".txt") || $0.hasSuffix(".html") }.sorted()
            for file in files {
                let text = try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)
                xs.append(pipeline.extract(raw: text, source: "\(folder.lastPathComponent)/\(file)", published: nil))
            }
        }
        return xs
    }

    /// Every `top` from 1 to all pairs, every window: the table's answer is the rows' answer.
    static func expectTablesAnswerAsRows(_ store: ChronicleStore, sourceLocation: SourceLocation = #_sourceLocation) throws {
        for window in CooccurrenceWindow.allCases {
            let all = try store.cooccurrence(of: nil, window: window, top: 100_000, pairsFromRows: true)
            #expect(try store.cooccurrence(window: window, top: 100_000) == all, "\(window) all", sourceLocation: sourceLocation)
            for top in Set([1, 2, 3, 5, 20, all.count / 2, all.count, all.count + 1]) where top > 0 {
                let fromRows = try store.cooccurrence(of: nil, window: window, top: top, pairsFromRows: true)
                #expect(try store.cooccurrence(window: window, top: top) == fromRows, "\(window) top \(top)", sourceLocation: sourceLocation)
            }
        }
        try WindowCountTests.expectCountsMatchRows(store, sourceLocation: sourceLocation)
    }

    @Test("documented example: the worked examples and a merged meeting give the same strongest pairs from the tables")
    func workedExamplesAgree() throws {
        let store = try Fixture.store()
        for x in try Self.workedExamples() { try store.ingest(x) }
        try store.ingest(try Fixture.extraction())
        try store.ingest(try Fixture.extraction(MergeTests.sameMeeting, source: "paris.txt"))
        #expect(!(try MergeTests.shared(store)).isEmpty)
        #expect(try store.cooccurrence(window: .document, top: 1000).count > 20)
        #expect(try store.cooccurrence(window: .event, top: 1000).count > 5)
        try Self.expectTablesAnswerAsRows(store)
    }

    @Test("an empty store has no pairs in any window")
    func empty() throws {
        let store = try Fixture.store()
        for window in CooccurrenceWindow.allCases {
            #expect(try store.cooccurrence(window: window, top: 20).isEmpty)
        }
        try Self.expectTablesAnswerAsRows(store)
    }

    @Test("merges, a third source, re-ingest, replacement of a merged article and a batch keep the counts exact")
    func followMergesAndReplacements() throws {
        let store = try Fixture.store()
        try store.ingest(try Fixture.extraction())
        try store.ingest(try Fixture.extraction(MergeTests.sameMeeting, source: "paris.txt"))
        try Self.expectTablesAnswerAsRows(store)
        // A third article of the meeting, naming someone new: new pairs with the stored participants.
        try store.ingest(try Fixture.extraction(MergeTests.sameMeeting.replacingOccurrences(of: "to talk about", with: "with Ursula von der Leyen about"),
                                                source: "brussels.txt"))
        try Self.expectTablesAnswerAsRows(store)
        // The same texts again: nothing counted twice.
        let before = try BatchIngestTests.contents(store)
        #expect(try store.ingest(try Fixture.extraction()) == .unchanged)
        #expect(try store.ingest(try Fixture.extraction(MergeTests.sameMeeting, source: "paris.txt")) == .unchanged)
        #expect(try BatchIngestTests.contents(store) == before)
        // Replacing the article the merged event was first stored from, then the one that joined it.
        try store.ingest(try Fixture.extraction(Fixture.article + "\nMacron said the locks would open in 2026.\n"))
        try Self.expectTablesAnswerAsRows(store)
        try store.ingest(try Fixture.extraction("Nothing happened\nFriday 8 March 2024\nIt rained.\n", source: "brussels.txt"))
        try Self.expectTablesAnswerAsRows(store)
        try store.ingest(try Fixture.extraction(MergeTests.sameMeeting + "\nThe talks ended late.", source: "paris.txt"))
        try Self.expectTablesAnswerAsRows(store)
        // A batch with the worked examples, a later meeting and a duplicate.
        let batch = try Self.workedExamples() + [try Fixture.extraction(MergeTests.laterMeeting, source: "april.txt"),
                                                 try Fixture.extraction(MergeTests.laterMeeting, source: "copy/april.txt")]
        _ = try store.ingest(batch: batch)
        try Self.expectTablesAnswerAsRows(store)
    }

    @Test("a v3 store gains the pair tables, filled from its rows, and answers as before", arguments: [false, true])
    func upgradeFromV3(merged: Bool) throws {
        let current = try Fixture.store()
        for x in try Self.workedExamples() { try current.ingest(x) }
        if merged { _ = try current.ingest(batch: try BatchIngestTests.articles()) }
        // What v3 left: the same rows without v4's tables.
        let path = try MigrationTests.oldStore(from: current, upTo: "v3-entity-numbers")
        let upgraded = try ChronicleStore(path: path)
        #expect(try upgraded.appliedMigrations() == MigrationTests.allMigrations)
        #expect(try BatchIngestTests.contents(upgraded) == BatchIngestTests.contents(current))
        for window in CooccurrenceWindow.allCases {
            #expect(try upgraded.cooccurrence(window: window, top: 100) == current.cooccurrence(window: window, top: 100))
        }
        try Self.expectTablesAnswerAsRows(upgraded)
        // And it keeps them as it takes new articles.
        try upgraded.ingest(try Fixture.extraction(MergeTests.sameMeeting + "\nThe talks ended late.", source: "berlin.txt"))
        try Self.expectTablesAnswerAsRows(upgraded)
    }
}
