/// The short forms of one document: each short-form word key with the entity numbers it may
/// stand for, in the order they were registered, and which entities have a short form at all.
///
/// `ShortFormResolver` registers a few dozen keys per document and asks about every uncovered
/// capitalised word. A `[UInt64: [Int]]` hashed each key through `Hasher` (SipHash), kept an
/// array per key and copied it out on every question. Keys are FNV hashes already, so here one
/// multiply-and-shift picks the slot (linear probing, as in `CueWordTable`), and the entities
/// of a key are a chain through flat arrays.
/// - Complexity: O(1) expected per registration and question, plus the key's chain (one or two
///   entities); the arrays grow with the registrations, questions allocate nothing.
struct ShortFormTable {
    /// The key held by each slot, valid where `heads` is not -1.
    private var keys: [UInt64]
    /// First and last chain entry of each slot's key, -1 for a free slot.
    private var heads: [Int32]
    private var tails: [Int32]
    /// Chain entries: an entity number and the next entry of the same key (-1 at the end).
    private var entries: [Int] = []
    private var next: [Int32] = []
    private var used = 0
    /// By entity number: whether it has a short form (missing: no).
    private(set) var hasShortForm: [Bool] = []

    /// A table sized for about `keys` distinct keys (it grows past that).
    init(keys: Int) {
        var size = 16
        while size < keys * 2 { size <<= 1 }
        self.keys = [UInt64](repeating: 0, count: size)
        heads = [Int32](repeating: -1, count: size)
        tails = heads
    }

    /// Records that the word `key` may stand for `entity` (once per pair).
    mutating func register(_ key: UInt64, _ entity: Int) {
        let s = slot(of: key)
        if heads[s] < 0 {
            keys[s] = key
            heads[s] = append(entity)
            tails[s] = heads[s]
            used += 1
            if used * 2 > keys.count { grow() }
        } else if !contains(chainFrom: heads[s], entity) {
            let e = append(entity)
            next[Int(tails[s])] = e
            tails[s] = e
        }
        if entity >= hasShortForm.count {
            hasShortForm.append(contentsOf: repeatElement(false, count: entity + 1 - hasShortForm.count))
        }
        hasShortForm[entity] = true
    }

    /// Replaces the contents of `out` with the entities of `key`, in registration order.
    func entities(of key: UInt64, into out: inout [Int]) {
        out.removeAll(keepingCapacity: true)
        var e = heads[slot(of: key)]
        while e >= 0 {
            out.append(entries[Int(e)])
            e = next[Int(e)]
        }
    }

    /// Whether some entity of `key` satisfies `test`.
    func contains(_ key: UInt64, where test: (Int) -> Bool) -> Bool {
        var e = heads[slot(of: key)]
        while e >= 0 {
            if test(entries[Int(e)]) { return true }
            e = next[Int(e)]
        }
        return false
    }

    private func contains(chainFrom head: Int32, _ entity: Int) -> Bool {
        var e = head
        while e >= 0 {
            if entries[Int(e)] == entity { return true }
            e = next[Int(e)]
        }
        return false
    }

    private mutating func append(_ entity: Int) -> Int32 {
        entries.append(entity)
        next.append(-1)
        return Int32(entries.count - 1)
    }

    /// The slot holding `key`, or the free slot where it would go.
    @inline(__always)
    private func slot(of key: UInt64) -> Int {
        let mask = keys.count - 1
        var s = Int(truncatingIfNeeded: (key &* 0xBF58_476D_1CE4_E5B9) >> 29) & mask
        while heads[s] >= 0 && keys[s] != key { s = (s + 1) & mask }
        return s
    }

    /// Doubles the slots, keeping every key's chain.
    private mutating func grow() {
        let old = (keys: keys, heads: heads, tails: tails)
        keys = [UInt64](repeating: 0, count: old.keys.count * 2)
        heads = [Int32](repeating: -1, count: keys.count)
        tails = heads
        for s in old.keys.indices where old.heads[s] >= 0 {
            let t = slot(of: old.keys[s])
            keys[t] = old.keys[s]
            heads[t] = old.heads[s]
            tails[t] = old.tails[s]
        }
    }
}
