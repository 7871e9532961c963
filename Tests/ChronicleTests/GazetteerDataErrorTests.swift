import Foundation
import Testing
import TestSupport
@testable import Chronicle

/// Every kind of data file reports a bad line as `file:line`, and names two entries give to
/// different entities are reported with both places.
@Suite("Gazetteer data: malformed lines, duplicate ids, shared names", .temporaryFiles)
struct GazetteerDataErrorTests {
    /// A gazetteer folder holding the given files (path relative to the folder → contents).
    func folder(_ files: [String: String]) throws -> String {
        let dir = try temporaryDirectory()
        for (path, text) in files {
            let url = dir.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try text.write(to: url, atomically: true, encoding: .utf8)
        }
        try FileManager.default.createDirectory(atPath: dir.path + "/entities", withIntermediateDirectories: true)
        return dir.path
    }

    /// A minimal time folder that loads: one word list and one rule.
    static let time = [
        "time/words.txt": "# words\nMONTH | 3 | march\n",
        "time/rules.txt": "month-only | MONTH | DATE month=MONTH\n",
    ]

    @Test("a malformed line in each kind of data file names its file and line", arguments: [
        ("cues/first-names.txt", "Anna\nBert | extra\n", 2, "expected 1 fields"),
        ("cues/org-heads.txt", "Ministry | after\nAgency | sideways\n", 2, "bad position 'sideways'"),
        ("cues/boilerplate.txt", "# cues\n\nread more | teaser\n", 3, "unknown boilerplate kind 'teaser'"),
        ("cues/name-genders.txt", "anna | female\nbert | man\n", 2, "unknown sex 'man'"),
        ("events/triggers.txt", "meeting | met; meets\nBad Type | said\n", 2, "bad event type 'Bad Type'"),
        ("events/argument-cues.txt", "in | place\nwith | sideways\n", 2, "unknown cue kind 'sideways'"),
        ("events/other-senses.txt", "# senses\nparade | targets\n", 2, "unknown event type 'parade'"),
        ("events/not-triggers.txt", "so-called\ncalled | off\n", 2, "expected 1 fields"),
        ("text/html-entities.txt", "amp | 26\nnbsp | zz\n", 2, "bad code point 'zz'"),
        ("time/words.txt", "MONTH | 3 | march\nMONTH | 4\n", 2, "expected 3 to 4 fields"),
        ("time/rules.txt", "month-only | MONTH | DATE month=MONTH\nbroken | MONTH\n", 2, "expected 3 to 8 fields"),
        ("entities/people.txt", "person:a | PERSON | Anna Berg\nperson:b | HUMAN | Bert Berg\n", 2, "bad type 'HUMAN'"),
    ])
    func malformedLine(file: String, text: String, line: Int, reason: String) throws {
        var files = Self.time
        files[file] = text
        let dir = try folder(files)
        #expect { try Gazetteer.load(directories: [dir]) } throws: { error in
            "\(error)".hasPrefix("\(dir)/\(file):\(line): ") && "\(error)".contains(reason)
        }
    }

    @Test("a data file that is not UTF-8 names the line of the first bad byte")
    func invalidUTF8() throws {
        let dir = try folder(Self.time)
        let file = dir + "/entities/places.txt"
        try Data(Array("place:a | PLACE | Alpha\nplace:b | PLACE | B".utf8) + [0xE9] + Array("ta\n".utf8)).write(to: URL(fileURLWithPath: file))
        #expect { try Gazetteer.load(directories: [dir]) } throws: { "\($0)" == "\(file):2: not valid UTF-8 (save the file as UTF-8)" }
    }

    @Test("a duplicate id is an error naming both places, also across folders")
    func duplicateIdAcrossFolders() throws {
        let base = try folder(Self.time.merging(["entities/places.txt": "place:lyon | PLACE | Lyon\n"]) { $1 })
        let user = try folder(["entities/mine.txt": "# mine\norg:acme | ORG | Acme\nplace:lyon | PLACE | Lyons\n"])
        #expect { try Gazetteer.load(directories: [base, user]) } throws: { error in
            "\(error)" == "\(user)/entities/mine.txt:3: duplicate id 'place:lyon' (first defined at \(base)/entities/places.txt:1)"
        }
    }

    @Test("a name or alias given to two entities is reported with both places; the first keeps it")
    func sharedNames() throws {
        let dir = try folder(Self.time.merging([
            "entities/people.txt": """
                person:anna-berg | PERSON | Anna Berg | The Director; Berg
                person:bert-berg | PERSON | Bert Berg | the director
                person:carl-ek | PERSON | Carl Ek | Carl Ek; C. Ek
                """,
            "entities/places.txt": "place:springfield-il | PLACE | Springfield\n\nplace:springfield-ma | PLACE | SPRINGFIELD | Springfield, Mass.\n",
            // Generated lists share names by nature (many towns of one name): not reported.
            "entities/generated/towns.txt": "place:springfield-oh | PLACE | Springfield\nplace:berg-no | PLACE | Berg\n",
        ]) { $1 })
        let g = try Gazetteer.load(directories: [dir])
        #expect(g.nameConflicts == [
            NameConflict(name: "the director", id: "person:bert-berg", origin: "\(dir)/entities/people.txt:2",
                         firstId: "person:anna-berg", firstOrigin: "\(dir)/entities/people.txt:1"),
            NameConflict(name: "SPRINGFIELD", id: "place:springfield-ma", origin: "\(dir)/entities/places.txt:3",
                         firstId: "place:springfield-il", firstOrigin: "\(dir)/entities/places.txt:1"),
        ])
        #expect(g.nameConflicts[0].description
                == "\(dir)/entities/people.txt:2: name 'the director' of person:bert-berg is already a name of person:anna-berg at \(dir)/entities/people.txt:1; person:anna-berg keeps it")
        let x = Pipeline(gazetteer: g).extract(raw: "Springfield voted. The Director said so.", source: "t")
        #expect(x.entities.map(\.id).sorted() == ["person:anna-berg", "place:springfield-il"])
    }

    @Test("a user's list restating a built-in name is reported")
    func userRestatesBuiltIn() throws {
        let base = try folder(Self.time.merging(["entities/places.txt": "place:paris | PLACE | Paris\n"]) { $1 })
        let user = try folder(["entities/mine.txt": "place:paris-tx | PLACE | Paris, Texas | Paris\n"])
        let g = try Gazetteer.load(directories: [base, user])
        #expect(g.nameConflicts.map(\.origin) == ["\(user)/entities/mine.txt:1"])
        #expect(g.nameConflicts.map(\.firstOrigin) == ["\(base)/entities/places.txt:1"])
    }

    @Test("the built-in hand-written lists give no name to two entities")
    func builtInHasNoSharedNames() throws {
        let g = try Shared.gazetteer.get()
        #expect(g.nameConflicts.map(\.description) == [])
    }
}
