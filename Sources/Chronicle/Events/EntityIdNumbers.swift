/// The entity ids of one document as small integers: equal ids get equal numbers, so the event
/// extractor and merger compare and index integers instead of hashing and comparing Strings.
///
/// Ids are hashed once per entity here, not once per mention, participant and event.
struct EntityIdNumbers {
    /// Per entity of the document (in its order): the number of its id.
    let numberOfEntity: [Int]
    /// Per number: the id.
    private let ids: [String]

    init(_ entities: [DocumentEntity]) {
        // Sized once: growing the table rehashes every id String again.
        var numbers = [String: Int](minimumCapacity: entities.count)
        var ids = [String]()
        ids.reserveCapacity(entities.count)
        var numberOfEntity = [Int]()
        numberOfEntity.reserveCapacity(entities.count)
        for e in entities {
            if let n = numbers[e.id] {
                numberOfEntity.append(n)
            } else {
                numbers[e.id] = ids.count
                numberOfEntity.append(ids.count)
                ids.append(e.id)
            }
        }
        self.numberOfEntity = numberOfEntity
        self.ids = ids
    }

    /// The id numbered `n`.
    @inline(__always)
    func id(_ n: Int) -> String { ids[n] }
}
