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
/// - Complexity: O(c log c + c·a + n), c candidates, a accepted ones overlapping a region, n tokens.
enum ConflictResolver {
    static func resolve(_ candidates: [EntityCandidate], tokenCount: Int) -> [EntityCandidate] {
        var taken = [Bool](repeating: false, count: tokenCount)
        // The accepted candidate starting at each token, -1 for none: accepted candidates never
        // overlap, so their first tokens differ, and reading this in token order puts them in
        // text order without a sort.
        var acceptedAt = [Int32](repeating: -1, count: tokenCount)
        var acceptedCount = 0
        for k in order(candidates) {
            let first = candidates[k].first, last = candidates[k].last
            guard !(first...last).contains(where: { taken[$0] }) else { continue }
            for i in first...last { taken[i] = true }
            acceptedAt[first] = Int32(k)
            acceptedCount += 1
        }
        var accepted = [EntityCandidate]()
        accepted.reserveCapacity(acceptedCount)
        for k in acceptedAt where k >= 0 { accepted.append(candidates[Int(k)]) }
        return accepted
    }

    /// Candidate indices in the order of the conflict rule: longer first, then higher priority,
    /// then earlier; equal ones in input order. Each candidate is packed into one integer key so
    /// the sort moves pairs of integers, not candidates (which hold a String).
    static func order(_ candidates: [EntityCandidate]) -> [Int] {
        let fits = candidates.allSatisfy { $0.length < 1 << 24 && $0.first < 1 << 32 && (0..<256).contains($0.priority) }
        guard fits else {
            return candidates.indices.sorted { a, b in
                let x = candidates[a], y = candidates[b]
                if x.length != y.length { return x.length > y.length }
                if x.priority != y.priority { return x.priority > y.priority }
                if x.first != y.first { return x.first < y.first }
                return a < b
            }
        }
        var keyed = candidates.indices.map { k -> (key: UInt64, index: Int) in
            let length = candidates[k].length, priority = candidates[k].priority, first = candidates[k].first
            return (UInt64((1 << 24) - 1 - length) << 40 | UInt64(255 - priority) << 32 | UInt64(first), k)
        }
        keyed.sort { $0.key != $1.key ? $0.key < $1.key : $0.index < $1.index }
        return keyed.map(\.index)
    }
}
