import Foundation

/// The statement texts of each `MultiRowInsert` shape, made once per process: an article's
/// inserts built the same texts of up to 64 rows again on every run (a few per cent of the
/// writer's instructions). Shared by every store of the process, hence the lock.
final class SQLTexts: @unchecked Sendable {
    static let shared = SQLTexts()
    private let lock = NSLock()
    private var known = [Shape: [Int: String]]()

    private struct Shape: Hashable {
        let head: String, columns: Int, tail: String
    }

    /// `head VALUES (?, …), … tail` for each power of two of rows up to `rowsPerStatement`.
    func texts(head: String, columns: Int, tail: String) -> [Int: String] {
        let shape = Shape(head: head, columns: columns, tail: tail)
        lock.lock()
        defer { lock.unlock() }
        if let texts = known[shape] { return texts }
        let row = "(" + marks(columns) + ")"
        var texts = [Int: String](), rows = 1
        while rows <= MultiRowInsert.rowsPerStatement {
            texts[rows] = head + " " + String(repeating: row + ", ", count: rows - 1) + row + tail
            rows *= 2
        }
        known[shape] = texts
        return texts
    }
}
