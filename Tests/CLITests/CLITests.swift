import Foundation
import Testing
import TestSupport

/// Runs the built `chronicle` binary.
enum CLI {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The binary next to the test bundle (`.build/<config>/chronicle`).
    static var binary: URL {
        var dir = Bundle.main.bundleURL
        for _ in 0..<4 {
            let candidate = dir.appendingPathComponent("chronicle")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            dir = dir.deletingLastPathComponent()
        }
        return root.appendingPathComponent(".build/debug/chronicle")
    }

    struct Result {
        let status: Int32
        let stdout: String
        let stderr: String
    }

    static func run(_ arguments: [String], in directory: URL? = nil, stdin: Data? = nil, executable: URL? = nil) throws -> Result {
        let process = Process()
        process.executableURL = executable ?? binary
        process.arguments = arguments
        if let directory { process.currentDirectoryURL = directory }
        var environment = ProcessInfo.processInfo.environment
        environment.removeValue(forKey: "CHRONICLE_DB")
        environment.removeValue(forKey: "CHRONICLE_GAZETTEER")
        process.environment = environment
        let out = Pipe(), err = Pipe(), input = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = input
        try process.run()
        if let stdin { input.fileHandleForWriting.write(stdin) }
        try input.fileHandleForWriting.close()
        let stdoutData = out.fileHandleForReading.readDataToEndOfFile()
        let stderrData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(status: process.terminationStatus, stdout: String(decoding: stdoutData, as: UTF8.self),
                      stderr: String(decoding: stderrData, as: UTF8.self))
    }

    /// A fresh empty folder, removed when the test ends (the suite needs `.temporaryFiles`).
    static func temporaryDirectory() throws -> URL {
        try TemporaryFiles.directory()
    }
}

@Suite("CLI: bad input", .temporaryFiles)
struct BadInputTests {
    /// Each bad input: a one-line error naming the file, exit status 1, and no database written.
    static let cases: [(name: String, bytes: [UInt8]?, message: String)] = [
        ("missing.txt", nil, "no such file"),
        ("empty.txt", [], "empty file"),
        ("blank.txt", Array(" \n\n\t\n".utf8), "empty file"),
        ("binary.bin", [0x7F, 0x45, 0x4C, 0x46, 0x02, 0x01, 0x00, 0x00, 0x10], "binary file"),
        ("nul-in-text.txt", Array("The mayor spoke.".utf8) + [0x00] + Array(" More text.".utf8), "binary file"),
    ]

    @Test("bad input gives a one-line error naming the file and leaves no store", arguments: cases.indices)
    func badInput(_ index: Int) throws {
        let c = Self.cases[index]
        let dir = try CLI.temporaryDirectory()
        let file = dir.appendingPathComponent(c.name)
        if let bytes = c.bytes { try Data(bytes).write(to: file) }
        let db = dir.appendingPathComponent("store.sqlite")
        for arguments in [["extract", file.path], ["ingest", "--db", db.path, file.path]] {
            let result = try CLI.run(arguments)
            #expect(result.status == 1)
            #expect(result.stdout.isEmpty)
            let errorLine = result.stderr.split(separator: "\n").first.map(String.init) ?? ""
            #expect(errorLine == "chronicle: \(file.path): " + errorLine.components(separatedBy: "\(file.path): ").last!)
            #expect(errorLine.contains(c.message))
        }
        #expect(!FileManager.default.fileExists(atPath: db.path))
    }

    @Test("a batch with a bad file stores the good ones and fails")
    func mixedBatch() throws {
        let dir = try CLI.temporaryDirectory()
        try "The mayor opened the new bridge in Lyon on Monday, officials said.".write(to: dir.appendingPathComponent("good.txt"), atomically: true, encoding: .utf8)
        try Data().write(to: dir.appendingPathComponent("bad.txt"))
        let db = dir.appendingPathComponent("store.sqlite").path
        let result = try CLI.run(["ingest", "--db", db, dir.appendingPathComponent("bad.txt").path, dir.appendingPathComponent("good.txt").path])
        #expect(result.status == 1)
        #expect(result.stderr.contains("1 added"))
        #expect(result.stderr.contains("1 failed"))
    }

    @Test("queries on a missing database say so")
    func missingDatabase() throws {
        let dir = try CLI.temporaryDirectory()
        let result = try CLI.run(["timeline", "--db", dir.appendingPathComponent("none.sqlite").path])
        #expect(result.status == 1)
        #expect(result.stderr.contains("no such database"))
    }

    @Test("a bad date option is a usage error")
    func badDate() throws {
        let result = try CLI.run(["extract", "--published", "yesterday", "x.txt"])
        #expect(result.status != 0)
        #expect(result.stderr.contains("--published"))
    }
}
