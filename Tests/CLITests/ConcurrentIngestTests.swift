import Foundation
import Testing
import TestSupport

@Suite("CLI: concurrent use", .temporaryFiles)
struct ConcurrentIngestTests {
    @Test("three ingest processes on one new database all succeed, and the store stays sound")
    func concurrentIngest() async throws {
        let folder = CLI.root.appendingPathComponent("timelines/port-deal")
        let db = try CLI.temporaryDirectory().appendingPathComponent("shared.sqlite").path
        let inputs = WorkedExampleTests.inputs(of: folder)
        let results = try await withThrowingTaskGroup(of: CLI.Result.self) { group in
            for input in inputs {
                group.addTask { try CLI.run(["ingest", "--db", db, input], in: folder) }
            }
            return try await group.reduce(into: []) { $0.append($1) }
        }
        #expect(results.allSatisfy { $0.status == 0 })
        let entities = try CLI.run(["entities", "--db", db, "--format", "json", "--top", "1000"])
        #expect(entities.status == 0)
        let sequential = try CLI.temporaryDirectory().appendingPathComponent("one.sqlite").path
        _ = try CLI.run(["ingest", "--db", sequential] + inputs, in: folder)
        let expected = try CLI.run(["entities", "--db", sequential, "--format", "json", "--top", "1000"])
        // The same entities with the same mention counts, whatever order the writers took.
        #expect(entities.stdout == expected.stdout)
    }
}
