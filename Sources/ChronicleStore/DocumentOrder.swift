import GRDB

/// The documents a query meets, numbered as they come, each read once, with the order the
/// timeline gives an event's sources: by publication date (none first), then source path,
/// text compared byte for byte as SQLite's `ORDER BY` compares it.
struct DocumentOrder {
    private var numbers = [Int: Int]()  // `document.number` → place in the arrays below
    private var ids = [String]()
    private var published = [String?]()
    private var sources = [String]()

    /// The number (in this order) of stored document `stored` (`document.number`), reading its
    /// text id, date and path the first time.
    mutating func number(ofStored stored: Int, _ db: Database) throws -> Int {
        if let number = numbers[stored] { return number }
        var found: (id: String, published: String?, source: String)?
        try BoundStatement(db, sql: "SELECT id, published, source FROM document WHERE number = ?").scan([.int(stored)]) { row in
            found = (BoundStatement.text(row, 0) ?? "", BoundStatement.text(row, 1), BoundStatement.text(row, 2) ?? "")
            return false
        }
        // Every row's document is stored; a missing one sorts as undated, unnamed.
        let number = published.count
        numbers[stored] = number
        ids.append(found?.id ?? "")
        published.append(found?.published)
        sources.append(found?.source ?? "")
        return number
    }

    /// The text id of document `number`.
    func id(_ number: Int) -> String { ids[number] }

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

    /// Whether document `a`'s text id comes before `b`'s, byte for byte: the order rows keyed
    /// by text id came in before `v5-document-numbers`, which breaks ties `compare` leaves.
    func idPrecedes(_ a: Int, _ b: Int) -> Bool {
        a != b && ids[a].utf8.lexicographicallyPrecedes(ids[b].utf8)
    }
}
