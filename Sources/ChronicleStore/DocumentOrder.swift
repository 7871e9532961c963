import GRDB

/// The documents a query meets, numbered as they come, each read once, with the order the
/// timeline gives an event's sources: by publication date (none first), then source path,
/// text compared byte for byte as SQLite's `ORDER BY` compares it.
struct DocumentOrder {
    private var numbers = [String: Int]()
    private var published = [String?]()
    private var sources = [String]()

    /// The number of document `id`, reading its date and path the first time.
    mutating func number(of id: String, _ db: Database) throws -> Int {
        if let number = numbers[id] { return number }
        var found: (published: String?, source: String)?
        try BoundStatement(db, sql: "SELECT published, source FROM document WHERE id = ?").scan([.text(id)]) { row in
            found = (BoundStatement.text(row, 0), BoundStatement.text(row, 1) ?? "")
            return false
        }
        // A foreign key keeps every row's document; a missing one sorts as undated, unnamed.
        let number = published.count
        numbers[id] = number
        published.append(found?.published)
        sources.append(found?.source ?? "")
        return number
    }

    /// The source path of document `number`.
    func source(_ number: Int) -> String { sources[number] }

    /// -1, 0 or 1 as document `a` comes before, with or after document `b`.
    func compare(_ a: Int, _ b: Int) -> Int {
        if a == b { return 0 }
        switch (published[a], published[b]) {
        case (nil, nil): break
        case (nil, _): return -1
        case (_, nil): return 1
        case let (x?, y?):
            if x != y { return x.utf8.lexicographicallyPrecedes(y.utf8) ? -1 : 1 }
        }
        let (x, y) = (sources[a], sources[b])
        if x == y { return 0 }
        return x.utf8.lexicographicallyPrecedes(y.utf8) ? -1 : 1
    }
}
