import Foundation
import GRDB
import Testing
import TestSupport

/// Names and paths an attacker (or a careless list) could write must come out of every output
/// exactly as written and do nothing: JSON stays JSON, DOT still renders, text rows stay rows,
/// and SQL in a name is only ever a value.
@Suite("CLI: hostile text", .temporaryFiles)
struct HostileTextTests {
    /// Canonical names that are hostile, each reached in the article through a plain alias.
    static let names = [
        "person:anna-quotewright": #"Anna "Nan" O'Hara \ back\slash \"escaped\" \n"#,
        "org:bobby-tables": "Robert'); DROP TABLE entity;--",
        "org:scriptwerk": "<script>alert('x')</script> & Co {label=\"x\"}",
        "place:newlineton": "Line\rBreak\u{2028}Town \u{1B}[31mred\u{1B}[0m",
    ]

    static let gazetteer = """
        # Hostile names for the test: canonical name | plain alias
        person:anna-quotewright | PERSON | \(names["person:anna-quotewright"]!) | Anna Quotewright
        org:bobby-tables | ORG | \(names["org:bobby-tables"]!) | Bobby Tables Group
        org:scriptwerk | ORG | \(names["org:scriptwerk"]!) | Scriptwerk Holdings
        place:newlineton | PLACE | \(names["place:newlineton"]!) | Newlineton

        """

    static let article = """
        Deal signed in Newlineton

        Anna Quotewright met executives of Bobby Tables Group and Scriptwerk Holdings in Newlineton on Monday, officials said.
        Anna Quotewright said on Tuesday that Bobby Tables Group had signed the deal in Newlineton.

        """

    /// A store with the article ingested from a file whose name is hostile too.
    static func setUp() throws -> (dir: URL, db: String, gazetteer: String, article: String) {
        let dir = try CLI.temporaryDirectory()
        let gazetteer = dir.appendingPathComponent("lists")
        try FileManager.default.createDirectory(at: gazetteer.appendingPathComponent("entities"), withIntermediateDirectories: true)
        try Self.gazetteer.write(to: gazetteer.appendingPathComponent("entities/hostile.txt"), atomically: true, encoding: .utf8)
        let article = dir.appendingPathComponent("evil \"name\" \\ '); DROP TABLE document;--\n<script>.txt")
        try Self.article.write(to: article, atomically: true, encoding: .utf8)
        let db = dir.appendingPathComponent("store.sqlite").path
        let ingest = try CLI.run(["ingest", "--db", db, "--gazetteer", gazetteer.path, "--published", "2024-03-14", article.path])
        #expect(ingest.status == 0, "\(ingest.stderr)")
        return (dir, db, gazetteer.path, article.path)
    }

    static func json(_ text: String) throws -> Any {
        try JSONSerialization.jsonObject(with: Data(text.utf8))
    }

    @Test("extract --json, timeline, cooccur, entities: JSON parses and names come out exact")
    func jsonOutputs() throws {
        let s = try Self.setUp()
        let extract = try CLI.run(["extract", "--json", "--gazetteer", s.gazetteer, "--published", "2024-03-14", s.article])
        #expect(extract.status == 0)
        let x = try #require(try Self.json(extract.stdout) as? [String: Any])
        #expect((x["document"] as? [String: Any])?["source"] as? String == s.article)
        let found = Dictionary(uniqueKeysWithValues: (x["entities"] as? [[String: Any]] ?? []).map { ($0["id"] as! String, $0["name"] as! String) })
        for (id, name) in Self.names { #expect(found[id] == name, "\(id)") }

        let timeline = try CLI.run(["timeline", "--db", s.db, "--format", "json"])
        #expect(timeline.status == 0)
        let events = try #require(try Self.json(timeline.stdout) as? [[String: Any]])
        #expect(!events.isEmpty)
        let named = events.flatMap { ($0["participants"] as? [[String: Any]] ?? []) + ($0["places"] as? [[String: Any]] ?? []) }
        for item in named {
            if let id = item["id"] as? String, let expected = Self.names[id] { #expect(item["name"] as? String == expected) }
        }
        #expect(Set(named.compactMap { $0["id"] as? String }).isSuperset(of: ["person:anna-quotewright", "org:bobby-tables", "place:newlineton"]))
        let sources = events.flatMap { $0["sources"] as? [[String: Any]] ?? [] }.compactMap { $0["source"] as? String }
        #expect(Set(sources) == [s.article])

        for arguments in [["cooccur", "--db", s.db, "--format", "json"],
                          ["cooccur", "--db", s.db, "Bobby Tables Group", "--format", "json"],
                          ["entities", "--db", s.db, "--format", "json"],
                          ["events", "--db", s.db, "--format", "json"],
                          ["timeline", "--db", s.db, "--format", "timelinejs"]] {
            let result = try CLI.run(arguments)
            #expect(result.status == 0, "\(arguments)")
            #expect((try? Self.json(result.stdout)) != nil, "\(arguments): \(result.stdout)")
        }
        let cooccur = try CLI.run(["cooccur", "--db", s.db, "Anna Quotewright", "--format", "json"])
        let rows = try #require(try Self.json(cooccur.stdout) as? [[String: Any]])
        let neighbours = rows.compactMap { $0["entity"] as? [String: Any] }.compactMap { $0["name"] as? String }
        #expect(neighbours.contains(Self.names["org:bobby-tables"]!))
    }

    @Test("text outputs keep one row per line and pass no control characters")
    func textOutputs() throws {
        let s = try Self.setUp()
        for arguments in [["timeline", "--db", s.db], ["cooccur", "--db", s.db], ["cooccur", "--db", s.db, "Newlineton"],
                          ["entities", "--db", s.db], ["events", "--db", s.db], ["timeline", "--db", s.db, "--format", "markdown"],
                          ["extract", "--gazetteer", s.gazetteer, s.article]] {
            let result = try CLI.run(arguments)
            #expect(result.status == 0, "\(arguments): \(result.stderr)")
            // The file name's line break and the names' CR, U+2028 and escape codes are gone …
            #expect(!result.stdout.contains("\n<script>.txt"), "\(arguments)")
            #expect(!result.stdout.unicodeScalars.contains { $0 == "\r" || $0 == "\u{1B}" || $0 == "\u{2028}" }, "\(arguments)")
            // … and the rest of each name is there as written.
            #expect(result.stdout.contains("Robert'); DROP TABLE entity;--") || arguments[0] == "cooccur", "\(arguments)")
        }
        let timeline = try CLI.run(["timeline", "--db", s.db])
        #expect(timeline.stdout.contains("evil \"name\" \\ '); DROP TABLE document;-- <script>.txt: "))
    }

    @Test("DOT escapes every name, and Graphviz renders it")
    func dot() throws {
        let s = try Self.setUp()
        let dot = try CLI.run(["dot", "--db", s.db, "--cluster", "article"])
        #expect(dot.status == 0)
        #expect(dot.stdout.contains(#"label="Robert'); DROP TABLE entity;--""#))
        #expect(dot.stdout.contains(#"Anna \"Nan\" O'Hara \\ back\\slash \\\"escaped\\\" \\n"#))
        guard let graphviz = ["/usr/bin/dot", "/usr/local/bin/dot", "/opt/homebrew/bin/dot"].first(where: FileManager.default.isExecutableFile) else {
            return  // Graphviz not installed: the DOT text checks above still ran.
        }
        let source = s.dir.appendingPathComponent("graph.dot")
        try dot.stdout.write(to: source, atomically: true, encoding: .utf8)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: graphviz)
        process.arguments = ["-Tsvg", source.path]
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let svg = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        let warnings = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        #expect(warnings.isEmpty, "\(warnings)")
        #expect(!svg.contains("<script>alert"))
        #expect(svg.contains("&lt;script&gt;alert("))
        #expect(svg.contains("DROP TABLE entity;"))

        let rendered = s.dir.appendingPathComponent("graph.svg")
        let render = try CLI.run(["dot", "--db", s.db, "--render", "svg", "-o", rendered.path])
        #expect(render.status == 0, "\(render.stderr)")
        let file = try String(contentsOf: rendered, encoding: .utf8)
        #expect(file.contains("&lt;script&gt;alert(") && !file.contains("<script>alert"))
    }

    @Test("the store holds the names as values: tables intact, names exact")
    func store() throws {
        let s = try Self.setUp()
        // A second ingest of the same text under the hostile path changes nothing.
        let again = try CLI.run(["ingest", "--db", s.db, "--gazetteer", s.gazetteer, "--published", "2024-03-14", s.article])
        #expect(again.stderr.contains("1 unchanged"))
        var config = Configuration()
        config.readonly = true
        try DatabaseQueue(path: s.db, configuration: config).read { db in
            #expect(try String.fetchAll(db, sql: "PRAGMA integrity_check") == ["ok"])
            let tables = try Set(String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table'"))
            #expect(tables.isSuperset(of: ["document", "entity", "mention", "event", "participant", "alias"]))
            for (id, name) in Self.names {
                #expect(try String.fetchOne(db, sql: "SELECT name FROM entity WHERE id = ?", arguments: [id]) == name)
            }
            #expect(try String.fetchAll(db, sql: "SELECT source FROM document") == [s.article])
        }
        let lookup = try CLI.run(["timeline", "--db", s.db, "--entity", Self.names["org:bobby-tables"]!, "--format", "json"])
        #expect(lookup.status == 0, "\(lookup.stderr)")
        #expect((try? Self.json(lookup.stdout) as? [Any])?.isEmpty == false)
    }
}
