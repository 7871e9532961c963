/// The trie's edges, (node, word key) → next node, in one open-addressing hash table: one
/// array of slots (key, node and target side by side, so a probe reads one cache line),
/// capacity a power of two kept at most half full, linear probing. Keys are already FNV hashes
/// of the normal form, so one multiply-and-shift spreads them.
struct EdgeTable: Sendable {
    struct Slot: Sendable {
        var key: UInt64
        var node: Int32
        /// The next node, or -1 for an empty slot.
        var target: Int32
        static let empty = Slot(key: 0, node: 0, target: -1)
    }

    private var slots: [Slot]
    private var mask: Int
    private(set) var count = 0

    init(capacity: Int = 16) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        slots = [Slot](repeating: .empty, count: size)
        mask = size - 1
    }

    @inline(__always)
    private static func slot(_ node: Int32, _ key: UInt64, _ mask: Int) -> Int {
        let h = (key ^ (UInt64(UInt32(bitPattern: node)) &* 0x9E37_79B9_7F4A_7C15)) &* 0xBF58_476D_1CE4_E5B9
        return Int(truncatingIfNeeded: h >> 29) & mask
    }

    /// The node the edge (`node`, `key`) leads to, or nil.
    /// - Complexity: O(1) expected: one slot read, a few more on collisions.
    @inline(__always)
    func find(node: Int32, key: UInt64) -> Int32? {
        slots.withUnsafeBufferPointer { slots in
            var s = EdgeTable.slot(node, key, mask)
            while true {
                let slot = slots[s]
                if slot.target < 0 { return nil }
                if slot.key == key && slot.node == node { return slot.target }
                s = (s + 1) & mask
            }
        }
    }

    /// The keys of the edges leaving `node`, in table order.
    func keys(from node: Int32) -> [UInt64] {
        slots.compactMap { $0.target >= 0 && $0.node == node ? $0.key : nil }
    }

    /// Grows the table, if needed, to hold `count` edges at most half full.
    mutating func reserveCapacity(_ count: Int) {
        guard count * 2 > slots.count else { return }
        rehash(capacity: count)
    }

    /// Adds an edge known to be absent.
    mutating func insert(node: Int32, key: UInt64, next: Int32) {
        if (count + 1) * 2 > slots.count { rehash(capacity: slots.count) }
        var s = EdgeTable.slot(node, key, mask)
        while slots[s].target >= 0 { s = (s + 1) & mask }
        slots[s] = Slot(key: key, node: node, target: next)
        count += 1
    }

    private mutating func rehash(capacity: Int) {
        var bigger = EdgeTable(capacity: capacity)
        for slot in slots where slot.target >= 0 {
            bigger.insert(node: slot.node, key: slot.key, next: slot.target)
        }
        self = bigger
    }
}
