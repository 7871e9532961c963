/// A name (canonical or alias) written for two different entities in hand-written lists.
///
/// Not an error: the entity loaded first keeps the spelling, so the gazetteer still works.
/// But two people who typed one name for two entities usually made a mistake (an alias
/// copied to the wrong line, a user's list restating a built-in place), so the loader reports
/// both places. Names shared with or inside generated lists (`entities/generated/`, where
/// GeoNames has dozens of towns of one name) are expected and not reported: curated entries
/// win them by design.
public struct NameConflict: Sendable, Equatable, CustomStringConvertible {
    /// The name as the later entry spells it.
    public let name: String
    /// The later entry, which loses the name.
    public let id: String
    public let origin: String
    /// The entry that keeps the name.
    public let firstId: String
    public let firstOrigin: String

    public var description: String {
        "\(origin): name '\(name)' of \(id) is already a name of \(firstId) at \(firstOrigin); \(firstId) keeps it"
    }
}

/// Collects the names of hand-written entity lists while they load and notes each name that
/// a second entity claims. Names are compared as the matcher sees them (word keys: case,
/// diacritics, hyphens and periods ignored): two names have the same keys exactly when they
/// end at the same node of the name trie, so claims are keyed by that node.
/// - Complexity: O(1) per name (one hash lookup of a node number); the keys were computed
///   once, for the trie.
struct NameConflictFinder {
    private var claims: [Int32: (id: String, origin: String)] = [:]
    private(set) var conflicts: [NameConflict] = []

    /// Notes that `entity` names `name`, whose phrase ends at trie node `node` (nil: no words).
    mutating func note(_ name: String, node: Int32?, of entity: EntityRecord) {
        guard !entity.isGenerated, let node else { return }
        if let first = claims[node] {
            if first.id != entity.id {
                conflicts.append(NameConflict(name: name, id: entity.id, origin: entity.origin,
                                              firstId: first.id, firstOrigin: first.origin))
            }
        } else {
            claims[node] = (entity.id, entity.origin)
        }
    }
}
