import GRDB

/// The writer's memory of entity numbers (`entity.number`, see `EntityNumberMigration`) and of
/// the aliases already stored: articles repeat entities, and looking each one up again was a
/// good part of an article's write.
///
/// Entities and aliases are never deleted and a number never changes, so what another
/// process writes cannot make an entry wrong; what a rolled-back transaction wrote can, so
/// the store empties the memory whenever a write fails (`forget`). Used inside the writer's
/// transactions only (one at a time), hence unchecked Sendable; bounded by emptying it when
/// it grows large.
final class EntityNumbers: @unchecked Sendable {
    private var numbers = [String: Int]()
    private var ids = [Int: String]()
    private var aliases = Set<Alias>()

    private struct Alias: Hashable {
        let form: String, entity: String
    }

    static let capacity = 200_000

    /// The number of entity `id`, storing the entity (with `name` and `type`) if it is new.
    func number(of id: String, name: String, type: String, _ db: Database) throws -> Int {
        if let number = numbers[id] { return number }
        var number = try BoundStatement(db, sql: "SELECT number FROM entity WHERE id = ?").firstInt([.text(id)])
        if number == nil {
            try BoundStatement(db, sql: "INSERT INTO entity (id, name, type) VALUES (?, ?, ?)").execute([.text(id), .text(name), .text(type)])
            number = Int(db.lastInsertedRowID)
        }
        remember(id, number!)
        return number!
    }

    /// The number of a stored entity, nil when there is none with that id.
    func number(of id: String, _ db: Database) throws -> Int? {
        if let number = numbers[id] { return number }
        guard let number = try BoundStatement(db, sql: "SELECT number FROM entity WHERE id = ?").firstInt([.text(id)]) else { return nil }
        remember(id, number)
        return number
    }

    /// The text id of entity `number` (empty for a number no entity has, which a foreign key
    /// rules out).
    func id(of number: Int, _ db: Database) throws -> String {
        if let id = ids[number] { return id }
        guard let id = try BoundStatement(db, sql: "SELECT id FROM entity WHERE number = ?").texts([.int(number)]).first else { return "" }
        remember(id, number)
        return id
    }

    /// Stores `form` as an alias of `entity` unless it is known to be stored.
    func storeAlias(_ form: String, of entity: String, _ db: Database) throws {
        let alias = Alias(form: form, entity: entity)
        guard !aliases.contains(alias) else { return }
        try BoundStatement(db, sql: "INSERT OR IGNORE INTO alias (form, entity_id) VALUES (?, ?)").execute([.text(form), .text(entity)])
        if aliases.count >= EntityNumbers.capacity { aliases.removeAll(keepingCapacity: true) }
        aliases.insert(alias)
    }

    /// Empties the memory: after a rolled-back write, it may hold rows that were never stored.
    func forget() {
        numbers.removeAll()
        ids.removeAll()
        aliases.removeAll()
    }

    private func remember(_ id: String, _ number: Int) {
        if numbers.count >= EntityNumbers.capacity {
            numbers.removeAll(keepingCapacity: true)
            ids.removeAll(keepingCapacity: true)
        }
        numbers[id] = number
        ids[number] = id
    }
}
