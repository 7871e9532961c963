/// List candidates by first token, so rules can step around known names: at each token the
/// longest candidate starting there (the first found among equally long ones).
///
/// An array indexed by token rather than a `[Int: EntityCandidate]`: the rules ask at almost
/// every word, and a dictionary lookup hashes the position and copies the candidate out.
/// - Complexity: O(n + c) to build for n tokens and c candidates; O(1) per lookup.
struct ListCandidates {
    /// What the rules read of a chosen candidate, without its `source` String (copying a
    /// candidate out retains that String; reading a summary retains nothing).
    struct Summary {
        var last: Int
        var type: EntityType
        var isWeak: Bool
        /// The gazetteer entity, or -1 for a rule-made referent.
        var entity: Int32
    }

    let all: [EntityCandidate]
    /// Index into `all` of the candidate chosen at each token, -1 for none.
    private let chosen: [Int32]
    /// The chosen candidates' summaries, by index into `all`.
    private let summaries: [Summary]

    init(_ candidates: [EntityCandidate], tokenCount: Int) {
        var chosen = [Int32](repeating: -1, count: tokenCount)
        for (k, c) in candidates.enumerated() {
            let current = chosen[c.first]
            if current < 0 || candidates[Int(current)].length < c.length { chosen[c.first] = Int32(k) }
        }
        self.all = candidates
        self.chosen = chosen
        self.summaries = candidates.map { c in
            let entity: Int32
            if case .known(let index) = c.referent { entity = index } else { entity = -1 }
            return Summary(last: c.last, type: c.type, isWeak: c.isWeak, entity: entity)
        }
    }

    /// The summary of the candidate chosen at token `i`, or nil (also outside the text).
    @inline(__always)
    func summary(at i: Int) -> Summary? {
        guard i >= 0, i < chosen.count, chosen[i] >= 0 else { return nil }
        return summaries[Int(chosen[i])]
    }

    /// The candidate chosen at token `i`, or nil (also outside the text).
    @inline(__always)
    subscript(i: Int) -> EntityCandidate? {
        guard i >= 0, i < chosen.count, chosen[i] >= 0 else { return nil }
        return all[Int(chosen[i])]
    }

    /// Whether a candidate starts at token `i`.
    @inline(__always)
    func startsAt(_ i: Int) -> Bool { i >= 0 && i < chosen.count && chosen[i] >= 0 }
}
