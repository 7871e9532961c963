import Foundation
import GRDB
import Testing
import TestSupport

@Suite("CLI: damaged and foreign database files", .temporaryFiles)
struct StoreFileTests {
    /// A database file that is not Chronicle's, made by `make` in a fresh folder.
    struct Case: CustomTestStringConvertible, Sendable {
        let name: String
        let message: String
        let make: @Sendable (URL) throws -> Void
        var testDescription: String { name }
    }

    static let cases: [Case] = [
        Case(name: "another program's SQLite database", message: "another program's database: it has tables customers, orders") { url in
            let queue = try DatabaseQueue(path: url.path)
            try queue.write { db in
                try db.execute(sql: "CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT)")
                try db.execute(sql: "CREATE TABLE orders (id INTEGER PRIMARY KEY, customer INTEGER)")
                try db.execute(sql: "INSERT INTO customers (name) VALUES ('Ada')")
            }
            try queue.close()
        },
        Case(name: "another GRDB program's database", message: "another program's database: it has tables grdb_migrations, notes") { url in
            let queue = try DatabaseQueue(path: url.path)
            var migrator = DatabaseMigrator()
            migrator.registerMigration("create-notes") { db in try db.execute(sql: "CREATE TABLE notes (body TEXT)") }
            try migrator.migrate(queue)
            try queue.close()
        },
        Case(name: "a damaged SQLite file", message: "damaged or unreadable") { url in
            // A real SQLite header, then pages of noise.
            var bytes = Array("SQLite format 3\u{0}".utf8)
            var seed: UInt32 = 7
            for _ in 0..<8192 {
                seed = seed &* 1_103_515_245 &+ 12345
                bytes.append(UInt8(truncatingIfNeeded: seed >> 16))
            }
            try Data(bytes).write(to: url)
        },
        Case(name: "a text file", message: "not an SQLite database file") { url in
            try "notes: buy milk\n".write(to: url, atomically: true, encoding: .utf8)
        },
    ]

    @Test("ingest and queries refuse it with an error naming the file, exit 1, and leave it untouched", arguments: cases)
    func refused(_ c: Case) throws {
        let dir = try CLI.temporaryDirectory()
        let db = dir.appendingPathComponent("other.db")
        try c.make(db)
        let before = try Data(contentsOf: db)
        let filesBefore = try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted()
        let article = dir.appendingPathComponent("a.txt")
        try "The mayor of Lyon met port officials in Marseille on Monday, the city said.".write(to: article, atomically: true, encoding: .utf8)
        for arguments in [["ingest", "--db", db.path, article.path], ["timeline", "--db", db.path],
                          ["entities", "--db", db.path], ["dot", "--db", db.path]] {
            let result = try CLI.run(arguments)
            #expect(result.status == 1, "\(arguments[0])")
            #expect(result.stdout.isEmpty)
            #expect(result.stderr.hasPrefix("chronicle: \(db.path): not a Chronicle database ("), "\(arguments[0]): \(result.stderr)")
            #expect(result.stderr.contains(c.message), "\(arguments[0]): \(result.stderr)")
        }
        #expect(try Data(contentsOf: db) == before)
        // No journal or WAL files left beside it either.
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted() == (filesBefore + ["a.txt"]).sorted())
    }

    @Test("an empty file is taken as a new store")
    func emptyFile() throws {
        let dir = try CLI.temporaryDirectory()
        let db = dir.appendingPathComponent("new.sqlite")
        try Data().write(to: db)
        let article = dir.appendingPathComponent("a.txt")
        try "The mayor of Lyon met port officials in Marseille on Monday, the city said.".write(to: article, atomically: true, encoding: .utf8)
        let result = try CLI.run(["ingest", "--db", db.path, article.path])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.contains("1 added"))
    }
}
