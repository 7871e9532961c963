import Foundation
import GRDB
import Testing
import TestSupport
@testable import Chronicle
@testable import ChronicleStore

@Suite("Store: the timeline streamed a chunk at a time", .temporaryFiles)
struct TimelineStreamTests {
    /// Articles with dated, undated, merged and replaced events.
    static func filledStore() throws -> ChronicleStore {
        let store = try Fixture.store()
        try store.ingest(try Fixture.extraction())
        try store.ingest(try Fixture.extraction(MergeTests.sameMeeting, source: "paris.txt"))
        try store.ingest(try Fixture.extraction(MergeTests.laterMeeting, source: "april.txt"))
        try store.ingest(try Fixture.extraction("Talks\nThe ministers met and said the locks would open.", source: "undated.txt"))
        try store.ingest(try Fixture.extraction(Fixture.article + "\nMacron said the locks would open in 2026.\n"))
        return store
    }

    /// `wholeUpTo: 0` streams every timeline in two passes; the default reads these small ones whole.
    static func streamed(_ store: ChronicleStore, chunkSize: Int, wholeUpTo: Int = 0, entities: [EntityRef]? = nil, types: [String]? = nil,
                         from: LocalDateTime? = nil, to: LocalDateTime? = nil) throws -> (TimelineOutline?, [TimelineEntry]) {
        var outline: TimelineOutline?, entries = [TimelineEntry]()
        try store.streamTimeline(entities: entities, types: types, from: from, to: to, chunkSize: chunkSize, wholeUpTo: wholeUpTo,
                                 outline: { outline = $0 }, entries: { entries += $0 })
        return (outline, entries)
    }

    @Test("documented example: the streamed timeline is `timeline()`, entry for entry, whatever the chunk size, in two passes or read whole",
          arguments: [1, 2, 3, 256], [0, 3, 10_000])
    func sameAsTimeline(chunkSize: Int, wholeUpTo: Int) throws {
        let store = try Self.filledStore()
        let whole = try store.timeline()
        #expect(whole.count > 3)
        let (outline, entries) = try Self.streamed(store, chunkSize: chunkSize, wholeUpTo: wholeUpTo)
        #expect(entries == whole)
        #expect(outline == TimelineOutline(count: whole.count, widestWhen: whole.map { TimelineRenderer.when($0.time).count }.max() ?? 0))
    }

    @Test("filters stream as they query: entity, type, date range")
    func filters() throws {
        let store = try Self.filledStore()
        let macron = try store.resolveEntity("Macron")
        let march = LocalDateTime(year: 2024, month: 3, day: 1), april = LocalDateTime(year: 2024, month: 4, day: 1)
        for wholeUpTo in [0, 10_000] {
            #expect(try Self.streamed(store, chunkSize: 2, wholeUpTo: wholeUpTo, entities: macron).1 == store.timeline(entities: macron))
            #expect(try Self.streamed(store, chunkSize: 2, wholeUpTo: wholeUpTo, types: ["meeting"]).1 == store.timeline(types: ["meeting"]))
            #expect(try Self.streamed(store, chunkSize: 2, wholeUpTo: wholeUpTo, from: march, to: april).1 == store.timeline(from: march, to: april))
        }
    }

    @Test("an empty store streams an empty outline and no entries")
    func empty() throws {
        for wholeUpTo in [0, 10_000] {
            let (outline, entries) = try Self.streamed(try Fixture.store(), chunkSize: 4, wholeUpTo: wholeUpTo)
            #expect(outline == TimelineOutline(count: 0, widestWhen: 0))
            #expect(entries.isEmpty)
        }
    }

    @Test("text, JSON and Markdown written entry by entry are the bytes `TimelineRenderer.write` prints", arguments: [TimelineRenderer.Format.text, .json, .markdown])
    func renderedSame(format: TimelineRenderer.Format) throws {
        let store = try Self.filledStore()
        for entries in [try store.timeline(), []] {
            var whole = ""
            TimelineRenderer.write(entries, format: format, to: &whole)
            var streamed = ""
            var writer = TimelineStreamWriter(format: format, widestWhen: entries.map { TimelineRenderer.when($0.time).count }.max() ?? 0)
            writer.begin(to: &streamed)
            for e in entries { writer.write(e, to: &streamed) }
            writer.end(to: &streamed)
            #expect(streamed == whole)
        }
    }

    @Test("timeline keys order as `TimelineOrder`: dated by begin then end, undated last, ties by storage order")
    func keyOrder() {
        func t(_ b: LocalDateTime?, _ e: LocalDateTime?) -> EventTime { EventTime(value: "v", begin: b, end: e) }
        let day = LocalDateTime(year: 2024, month: 3, day: 7)!, next = LocalDateTime(year: 2024, month: 3, day: 8)!
        let noon = LocalDateTime(year: 2024, month: 3, day: 7, hour: 12)!
        let keys = [TimelineKey(nil, rowid: 1), TimelineKey(t(day, next), rowid: 5), TimelineKey(t(noon, next), rowid: 2),
                    TimelineKey(t(day, noon), rowid: 3), TimelineKey(t(day, next), rowid: 4)]
        #expect(keys.sorted().map(\.rowid) == [3, 4, 5, 2, 1])
    }
}
