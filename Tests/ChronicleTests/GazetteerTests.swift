import Foundation
import Testing
import TestSupport
@testable import Chronicle

@Suite("Gazetteer loading", .temporaryFiles)
struct GazetteerTests {
    /// A minimal gazetteer folder with the given entity file and cue files.
    func folder(entities: String, cues: [String: String] = [:]) throws -> String {
        let dir = try temporaryDirectory()
        try FileManager.default.createDirectory(at: dir.appendingPathComponent("entities"), withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: dir.appendingPathComponent("cues"), withIntermediateDirectories: true)
        try entities.write(to: dir.appendingPathComponent("entities/test.txt"), atomically: true, encoding: .utf8)
        for (name, text) in cues { try text.write(to: dir.appendingPathComponent("cues/" + name), atomically: true, encoding: .utf8) }
        return dir.path
    }

    @Test("documented example: id, type, name, aliases, attributes")
    func documentedExample() throws {
        let dir = try folder(entities: "# people\nperson:vladimir-putin | PERSON | Vladimir Putin | Vladimir Vladimirovich Putin | role=head-of-state; country=RU\n")
        let g = try Gazetteer.load(directories: [dir])
        let putin = try #require(g.entity(id: "person:vladimir-putin"))
        #expect(putin.type == .person)
        #expect(putin.aliases == ["Vladimir Vladimirovich Putin"])
        #expect(putin.attributes["role"] == "head-of-state")
        #expect(g.nameCount == 2)
    }

    @Test("the built-in gazetteer loads")
    func builtIn() throws {
        let g = try Shared.gazetteer.get()
        #expect(g.entities.count > 500)
    }

    @Test("an empty folder gives an empty gazetteer")
    func empty() throws {
        let g = try Gazetteer.load(directories: [try folder(entities: "")])
        #expect(g.entities.isEmpty)
    }

    @Test("a malformed line names its file and line")
    func malformed() throws {
        let dir = try folder(entities: "# comment\n\nplace:x | PLACE\n")
        #expect { try Gazetteer.load(directories: [dir]) } throws: { error in
            "\(error)" == "\(dir)/entities/test.txt:3: expected 3 to 5 fields separated by ' | ', found 2"
        }
    }

    @Test("bad types, ids and attributes are named")
    func badValues() throws {
        for (line, reason) in [("place:x | TOWN | X", "bad type 'TOWN'"), ("Place X | PLACE | X", "bad id 'Place X'"),
                               ("place:x | PLACE | X |  | country", "bad attribute 'country'")] {
            let dir = try folder(entities: line + "\n")
            #expect { try Gazetteer.load(directories: [dir]) } throws: { "\($0)".contains("test.txt:1: " + reason) }
        }
    }

    @Test("a duplicate id is reported with both places")
    func duplicateId() throws {
        let dir = try folder(entities: "org:un | ORG | United Nations\norg:un | ORG | UN\n")
        #expect { try Gazetteer.load(directories: [dir]) } throws: { "\($0)".contains("test.txt:2: duplicate id 'org:un' (first defined at") }
    }

    @Test("a demonym must point to a known place")
    func unknownReference() throws {
        let dir = try folder(entities: "place:chile | PLACE | Chile\n", cues: ["demonyms.txt": "Chilean | place:chile\nPeruvian | place:peru\n"])
        #expect { try Gazetteer.load(directories: [dir]) } throws: { "\($0)".hasSuffix("demonyms.txt:2: unknown entity id 'place:peru'") }
    }

    @Test("a user's folder adds to the built-in lists")
    func layering() throws {
        let base = try folder(entities: "place:chile | PLACE | Chile\n")
        let user = try folder(entities: "org:acme | ORG | Acme Widgets\n")
        let g = try Gazetteer.load(directories: [base, user])
        #expect(g.entity(id: "org:acme") != nil && g.entity(id: "place:chile") != nil)
    }
}
