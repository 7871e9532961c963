import Foundation
import Testing
import TestSupport

/// The three-article story in `timelines/port-deal`: one happening told by several articles is
/// one event with every source, placed once on the timeline.
@Suite("Cross-article timeline", .temporaryFiles)
struct CrossArticleTests {
    struct Event: Decodable {
        struct Time: Decodable { let value: String; let begin: String?; let end: String? }
        struct Source: Decodable { let source: String; let document: String }
        struct Participant: Decodable { let name: String }
        let type: String
        let participants: [Participant]
        let time: Time?
        let summary: String
        let sources: [Source]
        var articles: [String] { Array(Set(sources.map(\.source))).sorted() }
    }

    static func timeline() throws -> [Event] {
        let folder = CLI.root.appendingPathComponent("timelines/port-deal")
        let db = try CLI.temporaryDirectory().appendingPathComponent("port.sqlite").path
        let inputs = WorkedExampleTests.inputs(of: folder)
        #expect(inputs == ["01-wire.txt", "02-regional.txt", "03-analysis.txt"])
        _ = try CLI.run(["ingest", "--db", db] + inputs, in: folder)
        let first = try CLI.run(["timeline", "--db", db, "--format", "json"], in: folder)
        // Ingesting the same articles again changes nothing.
        _ = try CLI.run(["ingest", "--db", db] + inputs.reversed(), in: folder)
        let again = try CLI.run(["timeline", "--db", db, "--format", "json"], in: folder)
        #expect(first.stdout == again.stdout)
        return try JSONDecoder().decode([Event].self, from: Data(first.stdout.utf8))
    }

    @Test("merged events keep every source, and the timeline is in order")
    func merged() throws {
        let events = try Self.timeline()
        let merged = events.filter { $0.articles.count > 1 }
        #expect(merged.count == 2)
        let signing = try #require(merged.first { $0.type == "agreement" })
        #expect(signing.articles == ["01-wire.txt", "03-analysis.txt"])
        // `on Wednesday` (the wire, 14 March) and `last week` (the analysis, 22 March): one signing,
        // placed on the narrower day.
        #expect(signing.time?.value == "2024-03-13")
        let names = Set(signing.participants.map(\.name))
        #expect(names.isSuperset(of: ["Narendra Modi", "Ranil Wickremesinghe", "India", "Sri Lanka"]))
        let wang = try #require(merged.first { $0.type == "statement" })
        #expect(wang.articles == ["01-wire.txt", "02-regional.txt"])
        #expect(wang.time?.value == "2024-03-14")
        #expect(wang.sources.count == 3)

        let begins = events.compactMap { $0.time?.begin }
        #expect(begins == begins.sorted())
        #expect(events.first { $0.type == "meeting" }?.time?.value == "2023-12-05")
    }
}
