import Foundation
import GRDB
import Testing
import TestSupport

@Suite("CLI: interrupted ingest", .temporaryFiles)
struct InterruptedIngestTests {
    /// Writes `count` distinct articles built from the bundled examples into a folder.
    static func articles(_ count: Int) throws -> URL {
        let dir = try CLI.temporaryDirectory().appendingPathComponent("batch")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let folder = CLI.root.appendingPathComponent("timelines/port-deal")
        let texts = try WorkedExampleTests.inputs(of: folder).map {
            try String(contentsOf: folder.appendingPathComponent($0), encoding: .utf8)
        }
        for n in 0..<count {
            // A sentence added to the first body paragraph makes every copy a distinct document.
            var lines = texts[n % texts.count].components(separatedBy: "\n")
            let body = lines.firstIndex { $0.count > 200 } ?? 0
            lines[body] += " This is copy number \(n) of the article."
            let text = lines.joined(separator: "\n")
            try text.write(to: dir.appendingPathComponent(String(format: "article-%04d.txt", n)), atomically: true, encoding: .utf8)
        }
        return dir
    }

    @Test("SIGKILL mid-batch leaves a sound store with whole articles; re-running completes the batch")
    func killMidBatch() throws {
        let dir = try Self.articles(120)
        let db = dir.deletingLastPathComponent().appendingPathComponent("killed.sqlite").path
        let process = Process()
        process.executableURL = CLI.binary
        process.arguments = ["ingest", "--db", db, dir.path]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        // Kill it once a few articles are in, read through a read-only connection.
        var stored = 0
        let deadline = Date().addingTimeInterval(120)
        while stored < 5 && process.isRunning && Date() < deadline {
            Thread.sleep(forTimeInterval: 0.05)
            guard FileManager.default.fileExists(atPath: db) else { continue }
            var config = Configuration()
            config.readonly = true
            stored = (try? DatabaseQueue(path: db, configuration: config).read {
                try Int.fetchOne($0, sql: "SELECT COUNT(*) FROM document")
            }) ?? 0
        }
        let killedMidBatch = process.isRunning
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        #expect(killedMidBatch, "the batch finished before it could be interrupted")

        if FileManager.default.fileExists(atPath: db) {
            let queue = try DatabaseQueue(path: db)
            try queue.read { db in
                #expect(try String.fetchAll(db, sql: "PRAGMA integrity_check") == ["ok"])
                // Every stored article is whole: its text, its mentions and its events' sources.
                let partial = try Int.fetchOne(db, sql: """
                    SELECT COUNT(*) FROM document d
                    WHERE NOT EXISTS (SELECT 1 FROM mention m WHERE m.document = d.number)
                       OR NOT EXISTS (SELECT 1 FROM event_mention e WHERE e.document = d.number)
                    """)
                #expect(partial == 0)
            }
        }
        let rerun = try CLI.run(["ingest", "--db", db, dir.path])
        #expect(rerun.status == 0)
        let queue = try DatabaseQueue(path: db)
        let documents = try queue.read { try Int.fetchOne($0, sql: "SELECT COUNT(*) FROM document") }
        #expect(documents == 120)
    }
}
