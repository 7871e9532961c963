/// A possible mention before conflicts are settled: list matches and rule matches compete.
struct EntityCandidate {
    enum Referent: Equatable {
        /// An entry of the gazetteer, by index.
        case known(Int32)
        /// A name in no list, found by a rule; its id is derived from its text.
        case new(type: EntityType)
    }

    var first: Int
    var last: Int
    var referent: Referent
    var type: EntityType
    /// Higher wins among candidates of the same length (see `ConflictResolver`).
    var priority: Int
    var source: String
    /// One word from a generated list: it does not stop a rule from reading a person's name.
    var isWeak = false

    var length: Int { last - first + 1 }
}

/// Priorities for the conflict rule, highest first. Stated once, here.
enum CandidatePriority {
    static let listName = 40
    static let ruleOrganization = 32
    static let rulePlace = 32
    static let ruleTitledPerson = 30
    static let ruleNamedPerson = 25
    static let demonym = 10
}

/// Settles overlapping candidates.
///
/// The written conflict rule: the candidate covering more tokens wins; at equal length the
/// higher priority wins (a list entry beats a rule); then the earlier one. Longest-first lets
/// `Russian Foreign Ministry` (a rule) beat `Russian` (a list demonym), while list entries keep
/// their identity inside longer rule spans through `EntityTagger`'s head lookup.
/// - Complexity: O(c log c + c·a), c candidates, a accepted ones overlapping a region.
enum ConflictResolver {
    static func resolve(_ candidates: [EntityCandidate], tokenCount: Int) -> [EntityCandidate] {
        let ordered = candidates.sorted {
            if $0.length != $1.length { return $0.length > $1.length }
            if $0.priority != $1.priority { return $0.priority > $1.priority }
            return $0.first < $1.first
        }
        var taken = [Bool](repeating: false, count: tokenCount)
        var accepted = [EntityCandidate]()
        for candidate in ordered where !(candidate.first...candidate.last).contains(where: { taken[$0] }) {
            for i in candidate.first...candidate.last { taken[i] = true }
            accepted.append(candidate)
        }
        return accepted.sorted { $0.first < $1.first }
    }
}
