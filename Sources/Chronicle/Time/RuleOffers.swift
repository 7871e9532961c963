/// The rules offered to the matcher at one token (or one start of a composition pass), each
/// once, in the order offered.
///
/// A round is named by a stamp: a rule whose last stamp is the round's was offered already.
/// The tagger offers a few rules at most tokens, hundreds of thousands per document set; as two
/// growing arrays (`[Int]` list, `[Int]` stamps) every offer paid a uniqueness check and often a
/// capacity check, and emptying the list a generic `replaceSubrange`. Here both live in fixed
/// storage sized for every rule (a round offers each rule at most once), so an offer is two stores.
/// - Complexity: O(1) per offer and per round; O(r) memory for r rules.
final class RuleOffers {
    /// The number of rules; every offered rule is below it.
    let ruleCount: Int
    /// Per rule: the stamp of the last round it was offered in.
    private let stampOf: UnsafeMutablePointer<Int>
    /// The rules of the current round, in order; the first `count` are valid.
    private let offered: UnsafeMutablePointer<Int32>
    // Read and written at every offer; an instance belongs to one `TimeTagger.tag` call and no
    // access overlaps another, so the run-time exclusivity check is skipped.
    @exclusivity(unchecked) private(set) var count = 0
    @exclusivity(unchecked) private var stamp = Int.max

    init(ruleCount: Int) {
        self.ruleCount = ruleCount
        let capacity = max(ruleCount, 1)
        stampOf = .allocate(capacity: capacity)
        stampOf.initialize(repeating: Int.min, count: capacity)
        offered = .allocate(capacity: capacity)
        offered.initialize(repeating: 0, count: capacity)
    }

    deinit {
        stampOf.deallocate()
        offered.deallocate()
    }

    /// Empties the list for a new round named `stamp`: different from every earlier round's,
    /// and not `Int.min` (which marks a rule never offered).
    @inline(__always)
    func startRound(_ stamp: Int) {
        self.stamp = stamp
        count = 0
    }

    /// Whether rule `r` (below `ruleCount`) was offered in this round.
    @inline(__always)
    func contains(_ r: Int) -> Bool { stampOf[r] == stamp }

    /// Adds rule `r` (below `ruleCount`) unless this round has it.
    @inline(__always)
    func offer(_ r: Int) {
        guard stampOf[r] != stamp else { return }
        stampOf[r] = stamp
        offered[count] = Int32(truncatingIfNeeded: r)
        count += 1
    }

    /// The `k`-th rule offered in this round (`k < count`).
    @inline(__always)
    subscript(k: Int) -> Int { Int(offered[k]) }
}
