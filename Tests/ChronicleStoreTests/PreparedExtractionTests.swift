import Foundation
import Testing
import TestSupport
@testable import Chronicle
@testable import ChronicleStore

/// `PreparedExtraction` works out, off the writer's thread, what the writer used to work out
/// itself: the same aliases and summaries, so the store is the same either way.
@Suite("Store: articles prepared for the writer", .temporaryFiles)
struct PreparedExtractionTests {
    @Test("documented example: an entity's aliases are the non-empty lookup forms of its name and mentions")
    func aliases() throws {
        for x in try BatchIngestTests.articles() {
            let prepared = PreparedExtraction(x)
            #expect(prepared.aliases.count == x.entities.count)
            for (e, forms) in zip(x.entities, prepared.aliases) {
                var expected = Set([Normalizer.lookupForm(e.name)])
                for m in e.mentions { expected.insert(Normalizer.lookupForm(x.document.text(of: m.span))) }
                expected.remove("")
                #expect(Set(forms) == expected, "\(e.id)")
                #expect(forms.count == expected.count, "each form once")
            }
        }
    }

    @Test("each event's summary is the one EventSummary makes with the article's names")
    func summaries() throws {
        let x = try Fixture.extraction()
        let names = Dictionary(x.entities.map { ($0.id, $0.name) }, uniquingKeysWith: { _, last in last })
        #expect(!x.events.isEmpty)
        #expect(PreparedExtraction(x).summaries == x.events.map { EventSummary.make($0, names: names, trigger: x.document.text(of: $0.trigger)) })
    }

    @Test("prepared articles, one at a time or in a batch, store what extractions store")
    func sameStore() throws {
        let xs = try BatchIngestTests.articles()
        let plain = try Fixture.store(), prepared = try Fixture.store(), single = try Fixture.store()
        let outcomes = try plain.ingest(batch: xs)
        #expect(try prepared.ingest(preparedBatch: xs.map(PreparedExtraction.init)) == outcomes)
        #expect(try xs.map { try single.ingest(PreparedExtraction($0)) } == outcomes)
        #expect(try BatchIngestTests.contents(prepared) == BatchIngestTests.contents(plain))
        #expect(try BatchIngestTests.contents(single) == BatchIngestTests.contents(plain))
    }
}
