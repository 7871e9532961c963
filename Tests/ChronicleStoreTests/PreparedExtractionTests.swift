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

    @Test("an article's mention rows and window counts are those the writer made entity by entity")
    func documentRows() throws {
        for x in try BatchIngestTests.articles() {
            let prepared = PreparedExtraction(x)
            let rows = try #require(prepared.rows)
            // Entities numbered out of order, as a store that met them in other articles would.
            let numbers = x.entities.indices.map { 1000 - 7 * $0 }
            var old = WindowCounts(), new = WindowCounts()
            var sentencesByEntity = [Int: Set<Int>](), oldRows = [String](), seen = Set<[Int]>()
            for (index, e) in x.entities.enumerated() {
                for m in e.mentions {
                    let sentence = x.sentenceIndex(ofByte: m.span.start)
                    sentencesByEntity[numbers[index], default: []].insert(sentence)
                    let start = prepared.offsets.codePointOffset(ofByte: m.span.start)
                    guard seen.insert([start, numbers[index]]).inserted else { continue }
                    old.mentions[numbers[index], default: 0] += 1
                    oldRows.append("\(numbers[index]) \(start) \(prepared.offsets.codePointOffset(ofByte: m.span.end)) \(sentence) \(m.source)")
                }
            }
            old.addDocument(sentencesByEntity: sentencesByEntity)
            new.addDocument(rows, numbers: numbers)
            for (index, n) in rows.mentionCounts.enumerated() where n > 0 { new.mentions[numbers[index], default: 0] += n }
            var newRows = [String]()
            for row in stride(from: 0, to: rows.mentionRows.count, by: DocumentRows.mentionColumns) {
                let values = rows.mentionRows[row..<(row + DocumentRows.mentionColumns)].map { value -> String in
                    switch value {
                    case .int(let n): return "\(n)"
                    case .text(let t): return t
                    case .null: return "NULL"
                    }
                }
                newRows.append(([String(numbers[Int(values[1])!])] + values[2...]).joined(separator: " "))
            }
            #expect(newRows == oldRows, "\(x.document.source)")
            #expect(new.mentions == old.mentions)
            #expect(new.sentencePairs == old.sentencePairs)
            #expect(new.documentPairs == old.documentPairs)
            let newEntities: [Int: [Int]] = new.entities.mapValues { [$0.sentences, $0.documents, $0.events, $0.mentions] }
            let oldEntities: [Int: [Int]] = old.entities.mapValues { [$0.sentences, $0.documents, $0.events, $0.mentions] }
            #expect(newEntities == oldEntities)
            #expect(new.totals.sentences == old.totals.sentences)
            #expect(new.totals.documents == old.totals.documents)
            #expect(rows.timexRows.count == x.times.count * DocumentRows.timexColumns)
        }
    }

    @Test("an article listing one entity twice has no prepared rows and is stored as if listed once")
    func repeatedEntity() throws {
        let x = try Fixture.extraction()
        let index = try #require(x.entities.firstIndex { $0.mentions.count > 1 })
        let e = x.entities[index]
        let half = e.mentions.count / 2
        var entities = x.entities
        entities[index] = DocumentEntity(id: e.id, name: e.name, type: e.type, mentions: Array(e.mentions[..<half]))
        entities.append(DocumentEntity(id: e.id, name: e.name, type: e.type, mentions: Array(e.mentions[half...])))
        let split = Extraction(document: x.document, sentences: x.sentences, entities: entities, times: x.times, events: x.events, links: x.links)
        #expect(PreparedExtraction(split).rows == nil)
        #expect(PreparedExtraction(x).rows != nil)
        let once = try Fixture.store(), twice = try Fixture.store()
        try once.ingest(PreparedExtraction(x))
        try twice.ingest(PreparedExtraction(split))
        #expect(try BatchIngestTests.contents(twice) == BatchIngestTests.contents(once))
        try WindowCountTests.expectCountsMatchRows(twice)
    }
}
