import Foundation
import Testing
import TestSupport
@testable import Chronicle

@Suite("Loading the time lexicon", .temporaryFiles)
struct LexiconLoadingTests {
    /// A copy of the real data with one file replaced, in a fresh temporary folder.
    private func dataWith(_ name: String, _ contents: String) throws -> String {
        let dir = try temporaryDirectory().path
        for file in try FileManager.default.contentsOfDirectory(atPath: timeDataDirectory()) where file.hasSuffix(".txt") {
            try FileManager.default.copyItem(atPath: timeDataDirectory() + "/" + file, toPath: dir + "/" + file)
        }
        try? FileManager.default.removeItem(atPath: dir + "/" + name)
        try contents.write(toFile: dir + "/" + name, atomically: true, encoding: .utf8)
        return dir
    }

    @Test("the shipped data loads")
    func loads() throws {
        let lexicon = try TimeLexicon.load(directory: timeDataDirectory())
        #expect(lexicon.rules.count > 50)
        #expect(lexicon.classID("MONTH") != nil)
    }

    /// A bad word list line: the file it goes in, its contents, and the line and reason reported.
    struct BadList: Sendable, CustomTestStringConvertible {
        let file: String, contents: String, line: Int, reason: String
        var testDescription: String { reason }
    }

    @Test("a malformed word list line names its file and line", arguments: [
        BadList(file: "extra.txt", contents: "# comment\nMONTH | 1\n", line: 2,
                reason: "expected 3 to 4 fields separated by ' | ', found 2"),
        BadList(file: "tense.txt", contents: "# cues\nTENSE | past | said\nTENSE | futur | will\n", line: 3,
                reason: "unknown tense 'futur' (use future, past, present, scheduled)"),
        BadList(file: "calendar.txt", contents: "HOLIDAY | 12-25 | christmas\nHOLIDAY | EASTER+99999 | far day\n", line: 2,
                reason: "unknown holiday date 'EASTER+99999' (use MM-DD, MM:N:W, MM:N:W+D or EASTER+N, offsets within a year)"),
    ])
    func malformedWordList(_ bad: BadList) throws {
        let dir = try dataWith(bad.file, bad.contents)
        #expect(throws: GazetteerError.malformed(file: dir + "/" + bad.file, line: bad.line, reason: bad.reason)) {
            try TimeLexicon.load(directory: dir)
        }
    }

    @Test("a rule naming an unknown class is malformed", arguments: [
        "bad | FOO BAR | DATE year=FOO | example: x @2024-02-22 => 2024",
        "bad | YEAR | DATE colour=red | example: 2020 @2024-02-22 => 2020",
        "bad | YEAR | DATE year=YEAR | example without a value",
        "bad | YEAR | DATE year=YEAR guard=nosuch | example: 2020 @2024-02-22 => 2020",
    ])
    func malformedRule(_ line: String) throws {
        let dir = try dataWith("rules.txt", line + "\n")
        do {
            _ = try TimeLexicon.load(directory: dir)
            Issue.record("loaded a bad rule")
        } catch let GazetteerError.malformed(file, number, _) {
            #expect(file.hasSuffix("rules.txt"))
            #expect(number == 1)
        }
    }

    @Test("a missing folder is reported")
    func missing() {
        #expect(throws: GazetteerError.self) { try TimeLexicon.load(directory: "/nonexistent/time") }
    }
}
