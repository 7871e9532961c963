import Chronicle

/// Entities read from query rows, remembered by number: an entity takes part in many of the
/// events a query reads, and making its id, name and type strings once instead of once per
/// row is most of the saving.
struct EntityNames {
    private var known = [Int: EntityRef]()

    /// The entity of the current row, whose columns `number`, `id`, `name` and `type` hold
    /// `entity.number`, `entity.id`, `entity.name` and `entity.type`; nil for an unknown type.
    mutating func entity(_ row: OpaquePointer, number: Int32, id: Int32, name: Int32, type: Int32) -> EntityRef? {
        let key = BoundStatement.int(row, number)
        if let entity = known[key] { return entity }
        guard let id = BoundStatement.text(row, id), let name = BoundStatement.text(row, name),
              let type = BoundStatement.text(row, type).flatMap(EntityType.init(rawValue:)) else { return nil }
        let entity = EntityRef(id: id, name: name, type: type)
        known[key] = entity
        return entity
    }
}
