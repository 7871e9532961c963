import GRDB

/// How many windows of one kind hold each entity (a column of `entity_windows`), read in one
/// pass into an array indexed by entity number, for scans that need the counts of many pairs'
/// entities: one sequential read of a small table instead of two index lookups per pair.
struct WindowsPerEntity {
    private var counts = [Int]()

    /// - Parameter column: `sentences`, `documents` or `events` (named by the code, never by input).
    init(column: String, _ db: Database) throws {
        var counts = [Int]()
        try BoundStatement(db, sql: "SELECT entity, \(column) FROM entity_windows").run([]) { row in
            let entity = BoundStatement.int(row, 0)
            guard entity >= 0 else { return }
            if entity >= counts.count { counts.append(contentsOf: repeatElement(0, count: max(entity + 1 - counts.count, counts.count))) }
            counts[entity] = BoundStatement.int(row, 1)
        }
        self.counts = counts
    }

    /// The count of entity `number`; 0 for an entity with no row.
    subscript(number: Int) -> Int {
        number >= 0 && number < counts.count ? counts[number] : 0
    }
}
