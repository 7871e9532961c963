import Foundation
import Testing
import TestSupport

@Suite("CLI: bad gazetteer lists", .temporaryFiles)
struct GazetteerFileTests {
    static func lists(_ files: [String: String]) throws -> URL {
        let dir = try CLI.temporaryDirectory().appendingPathComponent("lists")
        for (path, text) in files {
            let url = dir.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try text.write(to: url, atomically: true, encoding: .utf8)
        }
        return dir
    }

    static func article() throws -> URL {
        let file = try CLI.temporaryDirectory().appendingPathComponent("a.txt")
        try "Talks\n\nThe mayor of Quillbrook met Zentrava Widgets on Monday, officials said.\n".write(to: file, atomically: true, encoding: .utf8)
        return file
    }

    @Test("a malformed line is an error naming file:line, exit 1, nothing written")
    func malformed() throws {
        let lists = try Self.lists(["entities/mine.txt": "org:acme | ORG | Zentrava Widgets\nplace:quillbrook | PLACE\n"])
        let db = lists.deletingLastPathComponent().appendingPathComponent("s.sqlite")
        for arguments in [["extract"], ["ingest", "--db", db.path]] {
            let result = try CLI.run(arguments + ["--gazetteer", lists.path, try Self.article().path])
            #expect(result.status == 1)
            #expect(result.stdout.isEmpty)
            #expect(result.stderr == "chronicle: \(lists.path)/entities/mine.txt:2: expected 3 to 5 fields separated by ' | ', found 2\n")
        }
        #expect(!FileManager.default.fileExists(atPath: db.path))
    }

    @Test("a duplicate id is an error naming both lines")
    func duplicateId() throws {
        let lists = try Self.lists(["entities/a.txt": "org:acme | ORG | Zentrava Widgets\n", "entities/b.txt": "# more\norg:acme | ORG | Acme Corporation\n"])
        let result = try CLI.run(["extract", "--gazetteer", lists.path, try Self.article().path])
        #expect(result.status == 1)
        #expect(result.stderr == "chronicle: \(lists.path)/entities/b.txt:2: duplicate id 'org:acme' (first defined at \(lists.path)/entities/a.txt:1)\n")
    }

    @Test("a name given to two entities is a warning naming both lines; the command goes on")
    func sharedName() throws {
        let lists = try Self.lists(["entities/mine.txt": """
            place:quillbrook-il | PLACE | Quillbrook | Quillbrook, Illinois
            org:acme | ORG | Zentrava Widgets | Zentrava
            place:quillbrook-ma | PLACE | Quillbrook, Massachusetts | Quillbrook

            """])
        let result = try CLI.run(["extract", "--json", "--gazetteer", lists.path, try Self.article().path])
        #expect(result.status == 0)
        let file = lists.path + "/entities/mine.txt"
        #expect(result.stderr == "chronicle: warning: \(file):3: name 'Quillbrook' of place:quillbrook-ma is already a name of place:quillbrook-il at \(file):1; place:quillbrook-il keeps it\n")
        #expect(result.stdout.contains("\"place:quillbrook-il\""))
        #expect(!result.stdout.contains("\"place:quillbrook-ma\""))
    }
}
