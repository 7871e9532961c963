import Chronicle
import GRDB

/// Entities by number, each read once per query: an entity takes part in many of the events
/// a query reads, and making its id, name and type strings once instead of once per row is
/// most of the saving.
struct EntityNames {
    private var known = [Int: EntityRef?]()

    /// Entity `number`; nil when there is none (or its type is unknown).
    mutating func entity(number: Int, _ db: Database) throws -> EntityRef? {
        if let entity = known[number] { return entity }
        var found: EntityRef?
        try BoundStatement(db, sql: "SELECT id, name, type FROM entity WHERE number = ?").scan([.int(number)]) { row in
            if let id = BoundStatement.text(row, 0), let name = BoundStatement.text(row, 1),
               let type = BoundStatement.text(row, 2).flatMap(EntityType.init(rawValue:)) {
                found = EntityRef(id: id, name: name, type: type)
            }
            return false
        }
        known[number] = found
        return found
    }
}
