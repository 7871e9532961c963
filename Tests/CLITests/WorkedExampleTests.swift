import Foundation
import Testing
import TestSupport

/// The worked examples in `timelines/`: each folder's pages, ingested together, must give the
/// timeline, co-occurrence and graph stored in its `expected/` folder.
///
/// `CHRONICLE_REGENERATE=1 swift test --filter WorkedExample` (or `timelines/regenerate.sh`)
/// rewrites the expected files after an intended change; review the diff before committing.
@Suite("Worked examples", .temporaryFiles)
struct WorkedExampleTests {
    static let examples: [String] = {
        let dir = CLI.root.appendingPathComponent("timelines")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? []
        return names.filter { !inputs(of: dir.appendingPathComponent($0)).isEmpty }.sorted()
    }()

    /// The article files at the top of an example folder, in name order.
    static func inputs(of folder: URL) -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { $0.hasSuffix(".txt") || $0.hasSuffix(".html") }.sorted()
    }

    /// What the CLI prints for an example, by expected file name.
    static func outputs(of example: String) throws -> [String: String] {
        let folder = CLI.root.appendingPathComponent("timelines/" + example)
        let db = try CLI.temporaryDirectory().appendingPathComponent("example.sqlite").path
        let ingest = try CLI.run(["ingest", "--db", db] + inputs(of: folder), in: folder)
        guard ingest.status == 0 else { throw CLIFailure(message: ingest.stderr) }
        var outputs = [String: String]()
        for (file, arguments) in [("timeline.txt", ["timeline"]), ("timeline.json", ["timeline", "--format", "json"]),
                                  ("cooccur.txt", ["cooccur"]), ("graph.dot", ["dot"])] {
            let result = try CLI.run(arguments + ["--db", db], in: folder)
            guard result.status == 0 else { throw CLIFailure(message: result.stderr) }
            outputs[file] = result.stdout
        }
        return outputs
    }

    struct CLIFailure: Error { let message: String }

    /// The first line where two outputs differ, as `line N: got … / expected …`, or nil.
    static func firstDifference(_ got: String, _ expected: String) -> String? {
        let a = got.split(separator: "\n", omittingEmptySubsequences: false)
        let b = expected.split(separator: "\n", omittingEmptySubsequences: false)
        for i in 0..<max(a.count, b.count) where i >= a.count || i >= b.count || a[i] != b[i] {
            let x = i < a.count ? String(a[i].prefix(200)) : "(end)", y = i < b.count ? String(b[i].prefix(200)) : "(end)"
            return "line \(i + 1): got \(x) / expected \(y)"
        }
        return nil
    }

    @Test("there are worked examples")
    func examplesExist() {
        #expect(Self.examples.count >= 2)
    }

    @Test("each example gives its expected outputs", arguments: examples)
    func example(_ name: String) throws {
        let expectedDir = CLI.root.appendingPathComponent("timelines/\(name)/expected")
        let outputs = try Self.outputs(of: name)
        if ProcessInfo.processInfo.environment["CHRONICLE_REGENERATE"] == "1" {
            try FileManager.default.createDirectory(at: expectedDir, withIntermediateDirectories: true)
            for (file, text) in outputs { try text.write(to: expectedDir.appendingPathComponent(file), atomically: true, encoding: .utf8) }
            return
        }
        for (file, text) in outputs.sorted(by: { $0.key < $1.key }) {
            let expected = try String(contentsOf: expectedDir.appendingPathComponent(file), encoding: .utf8)
            #expect(Self.firstDifference(text, expected) == nil,
                    "timelines/\(name)/expected/\(file) differs; run timelines/regenerate.sh and review the diff")
        }
    }
}
