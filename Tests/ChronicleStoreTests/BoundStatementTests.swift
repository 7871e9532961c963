import Foundation
import GRDB
import Testing
import TestSupport
@testable import ChronicleStore

@Suite("Store: values bound through SQLite's C API", .temporaryFiles)
struct BoundStatementTests {
    @Test("documented example: texts bound without SQLite's copy are stored as given, run after run")
    func textsStoredAsGiven() throws {
        let store = try Fixture.store()
        let rows = try store.db.write { db in
            try db.execute(sql: "CREATE TABLE t (k INTEGER PRIMARY KEY, a TEXT, b TEXT, c TEXT)")
            let insert = try BoundStatement(db, sql: "INSERT INTO t (k, a, b, c) VALUES (?, ?, ?, ?)")
            // Native and small strings, non-ASCII, long text, and NULL, in fresh strings every run.
            for k in 0..<50 {
                let long = String(repeating: "Zürich \(k) ", count: 300)
                try insert.execute([.int(k), .text("a\(k)"), .text(k % 3 == 0 ? nil : long), .text("é–\(k)")])
            }
            return try Row.fetchAll(db, sql: "SELECT k, a, b, c FROM t ORDER BY k").map {
                [String($0[0] as Int), $0[1] as String? ?? "nil", $0[2] as String? ?? "nil", $0[3] as String? ?? "nil"]
            }
        }
        #expect(rows == (0..<50).map { k in
            [String(k), "a\(k)", k % 3 == 0 ? "nil" : String(repeating: "Zürich \(k) ", count: 300), "é–\(k)"]
        })
    }

    @Test("an empty text is stored empty, not NULL")
    func emptyText() throws {
        let store = try Fixture.store()
        let value = try store.db.write { db in
            try db.execute(sql: "CREATE TABLE t (a TEXT)")
            try BoundStatement(db, sql: "INSERT INTO t (a) VALUES (?)").execute([.text("")])
            return try Row.fetchOne(db, sql: "SELECT a, a IS NULL FROM t").map { [$0[0] as String? ?? "nil", String($0[1] as Int)] }
        }
        #expect(value == ["", "0"])
    }

    @Test("a text is stored up to its first NUL, as SQLite's length -1 reads it")
    func textUpToNUL() throws {
        let store = try Fixture.store()
        let value = try store.db.write { db in
            try db.execute(sql: "CREATE TABLE t (a TEXT)")
            try BoundStatement(db, sql: "INSERT INTO t (a) VALUES (?)").execute([.text("before\u{0}after")])
            return try String.fetchOne(db, sql: "SELECT a FROM t")
        }
        #expect(value == "before")
    }

    @Test("parameters a run leaves unbound are NULL, not the previous run's texts")
    func fewerValuesClearTheRest() throws {
        let store = try Fixture.store()
        let rows = try store.db.write { db in
            try db.execute(sql: "CREATE TABLE t (a TEXT, b TEXT)")
            let insert = try BoundStatement(db, sql: "INSERT INTO t (a, b) VALUES (?, ?)")
            try insert.execute([.text("first"), .text("second")])
            try insert.execute([.text("third")])
            return try Row.fetchAll(db, sql: "SELECT a, b FROM t ORDER BY rowid").map { [$0[0] as String? ?? "nil", $0[1] as String? ?? "nil"] }
        }
        #expect(rows == [["first", "second"], ["third", "nil"]])
    }

    @Test("a query's text parameters match rows, and its texts read back")
    func queryWithTexts() throws {
        let store = try Fixture.store()
        let found = try store.db.write { db in
            try db.execute(sql: "CREATE TABLE t (a TEXT, b TEXT)")
            try db.execute(sql: "INSERT INTO t VALUES ('x', 'one'), ('y', 'two'), ('x', 'three')")
            return try BoundStatement(db, sql: "SELECT b FROM t WHERE a = ? ORDER BY rowid").texts([.text(String("xyz".prefix(1)))])
        }
        #expect(found == ["one", "three"])
    }
}
