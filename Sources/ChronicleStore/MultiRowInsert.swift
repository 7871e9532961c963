import GRDB

/// An `INSERT` that writes many rows per statement (`VALUES (…), (…), …`), for ingest's
/// per-row tables and count upserts.
///
/// Why: every statement run costs SQLite a fixed amount besides its b-tree work (binding,
/// opening and closing cursors, `sqlite3VdbeHalt`), about as much as the insert itself; an
/// article wrote one statement per row. Rows are written in the order given, so `OR IGNORE`
/// keeps the first of equal keys and an upsert adds them in turn, as one statement per row
/// did. Statements take a power of two of rows, at most `rowsPerStatement` (45 rows go as 32,
/// 8, 4 and 1): each statement text is compiled once per connection, and a text per row count
/// made compiling cost more than it saved in a few hundred articles.
struct MultiRowInsert {
    private let db: Database
    /// The statement texts, by rows per statement (see `SQLTexts`).
    private let texts: [Int: String]
    let columns: Int

    static let rowsPerStatement = 64

    /// `head` is the statement up to `VALUES` (`INSERT OR IGNORE INTO t (a, b) VALUES`), `tail`
    /// what follows the rows (an `ON CONFLICT` clause, or nothing).
    init(_ db: Database, _ head: String, columns: Int, tail: String = "") {
        self.db = db
        self.columns = columns
        texts = SQLTexts.shared.texts(head: head, columns: columns, tail: tail)
    }

    /// Writes the rows of `values`, `columns` values per row, in order.
    func execute(_ values: [SQLValue]) throws {
        precondition(values.count % columns == 0, "values do not fill whole rows")
        // GRDB finds a cached statement by hashing its text, 1–2 KB for 64 rows: a batch's count
        // upserts (thousands of rows) looked the same text up once per 64 rows.
        var statements = [Int: BoundStatement]()
        var start = 0
        while start < values.count {
            let rows = Self.rowsInNextStatement(left: (values.count - start) / columns)
            let end = start + rows * columns
            if statements[rows] == nil { statements[rows] = try BoundStatement(db, sql: texts[rows]!) }
            try statements[rows]!.execute(values[start..<end])
            start = end
        }
    }

    /// The largest power of two of rows, up to `rowsPerStatement`, that `left` rows fill.
    static func rowsInNextStatement(left: Int) -> Int {
        var rows = rowsPerStatement
        while rows > left { rows /= 2 }
        return rows
    }
}
