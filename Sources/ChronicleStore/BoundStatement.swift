import Foundation
import GRDB
import GRDBSQLite

/// One value bound to an SQL parameter on ingest's hot path.
enum SQLValue {
    case text(String)
    case int(Int)
    case null

    /// Text, or NULL for nil.
    static func text(_ value: String?) -> SQLValue { value.map(SQLValue.text) ?? .null }
}

/// A cached statement run through SQLite's C API: the per-row inserts and lookups of ingest,
/// where building GRDB's `StatementArguments` (an array of existential values per row) cost
/// more than SQLite's own work. Every value is bound, never interpolated; errors are GRDB's
/// `DatabaseError` with the statement's SQL.
struct BoundStatement {
    private let statement: Statement
    private let db: Database

    init(_ db: Database, sql: String) throws {
        self.db = db
        statement = try db.cachedStatement(sql: sql)
    }

    /// Runs the statement to completion with `values` bound to its parameters, in order.
    func execute(_ values: some Collection<SQLValue>) throws {
        try scan(values) { _ in true }
    }

    /// The first column of each result row, as text (NULL rows skipped).
    func texts(_ values: [SQLValue]) throws -> [String] {
        var found = [String]()
        try run(values) { handle in
            if let text = BoundStatement.text(handle, 0) { found.append(text) }
        }
        return found
    }

    /// The first column of each result row, as an integer.
    func ints(_ values: [SQLValue]) throws -> [Int] {
        var found = [Int]()
        try run(values) { handle in found.append(BoundStatement.int(handle, 0)) }
        return found
    }

    /// The first column of the first row as an integer, nil when there is no row.
    func firstInt(_ values: [SQLValue]) throws -> Int? {
        var found: Int?
        try scan(values) { row in
            found = BoundStatement.int(row, 0)
            return false
        }
        return found
    }

    /// Runs the statement to completion and returns how many rows it inserted, updated or
    /// deleted (0 for an `INSERT OR IGNORE` that met an existing row).
    func changes(_ values: [SQLValue]) throws -> Int {
        try execute(values)
        return Int(sqlite3_changes(db.sqliteConnection))
    }

    /// Whether the statement yields at least one row.
    func exists(_ values: [SQLValue]) throws -> Bool {
        var found = false
        try run(values) { _ in found = true }
        return found
    }

    /// Binds `values`, steps through the rows (calling `row` for each, read with `text` and
    /// `int`) and resets.
    func run(_ values: [SQLValue], row: (OpaquePointer) throws -> Void) throws {
        try scan(values) { try row($0); return true }
    }

    /// As `run`, stopping early when `row` returns false.
    func scan(_ values: some Collection<SQLValue>, while row: (OpaquePointer) throws -> Bool) throws {
        let handle = statement.sqliteStatement
        // Text is bound without a copy by SQLite (`SQLITE_STATIC`): the run's texts are copied,
        // each up to its first NUL as length -1 read them before, into one buffer that lives
        // until the run is over. SQLite's own copy (`SQLITE_TRANSIENT`) was a malloc and a free
        // per bound text, about a twelfth of the writer's instructions. The buffer is freed
        // after the reset; the statement keeps pointing into it, but every run binds every
        // parameter again (or clears them) before it steps, so the stale pointers are never read.
        var bytes = 0
        for case .text(let text) in values { bytes += text.utf8.count + 1 }
        let buffer = UnsafeMutablePointer<CChar>.allocate(capacity: max(bytes, 1))
        defer { buffer.deallocate() }
        defer { sqlite3_reset(handle) }
        // Every run binds every parameter it is given anew (a rebind frees the previous value),
        // so clearing the bindings after each run was wasted work (about 4 % of the writer's
        // instructions). Parameters left unbound this run are set to NULL, as a clear did.
        let parameters = Int(sqlite3_bind_parameter_count(handle))
        if values.count < parameters { sqlite3_clear_bindings(handle) }
        var used = 0
        for (i, value) in values.enumerated() {
            let index = Int32(i + 1), code: Int32
            switch value {
            case .text(let text):
                let start = buffer + used
                // `withCString` lends the string's own NUL-terminated bytes (no copy for a
                // native string); up to the first NUL, as SQLite's length -1 reads them.
                used += text.withCString { source in
                    let length = strlen(source)
                    start.update(from: source, count: length + 1)
                    return length + 1
                }
                code = sqlite3_bind_text(handle, index, start, -1, nil)
            case .int(let int): code = sqlite3_bind_int64(handle, index, Int64(int))
            case .null: code = sqlite3_bind_null(handle, index)
            }
            guard code == SQLITE_OK else { throw error(code) }
        }
        while true {
            let code = sqlite3_step(handle)
            if code == SQLITE_DONE { return }
            guard code == SQLITE_ROW else { throw error(code) }
            if try !row(handle) { return }
        }
    }

    /// Column `index` of the current row as text, nil for NULL.
    static func text(_ row: OpaquePointer, _ index: Int32) -> String? {
        sqlite3_column_text(row, index).map { String(cString: $0) }
    }

    /// Column `index` of the current row as an integer (0 for NULL).
    static func int(_ row: OpaquePointer, _ index: Int32) -> Int {
        Int(sqlite3_column_int64(row, index))
    }

    private func error(_ code: Int32) -> DatabaseError {
        let message = db.sqliteConnection.flatMap { sqlite3_errmsg($0) }.map { String(cString: $0) }
        return DatabaseError(resultCode: ResultCode(rawValue: code), message: message, sql: statement.sql)
    }
}
