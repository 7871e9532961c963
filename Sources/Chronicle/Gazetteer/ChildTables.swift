/// The trie's edges, (node, word key) → next node: one small open-addressing hash table per
/// node, all of them in one array of slots.
///
/// A node's children sit together, so walking on from a frequent word (`The`, `New`) probes
/// lines already in cache instead of a random place in one table the size of the whole trie.
/// Each slot carries what the walk needs next (the target's own table, whether a phrase ends
/// there), so a step is one probe with no other lookup. A table is a power of two at most half
/// full, linear probing; when it fills it moves to the end of the array at twice the size
/// (the old slots stay unused) and the slot pointing at it is updated. Keys are already FNV
/// hashes of the normal form, so one multiply-and-shift spreads them.
struct ChildTables: Sendable {
    /// One edge: the word key, the node it leads to and that node's own table.
    struct Slot: Sendable {
        var key: UInt64
        /// The target node in the low 31 bits; bit 31 set when a phrase ends at it. 0: empty.
        var targetAndEnd: UInt32
        /// The target's table (`Table.packed`), 0 when it has no children.
        var children: UInt32
        static let empty = Slot(key: 0, targetAndEnd: 0, children: 0)

        @inline(__always) var isEmpty: Bool { targetAndEnd == 0 }
        @inline(__always) var target: Int32 { Int32(bitPattern: targetAndEnd & 0x7FFF_FFFF) }
        @inline(__always) var endsPhrase: Bool { targetAndEnd & 0x8000_0000 != 0 }
    }

    /// Where a node's table lies: its first slot and log2 of its size, packed in 32 bits
    /// (27 and 5); 0 means no table. Slot 0 is never a table's first slot.
    struct Table: Sendable {
        let packed: UInt32
        static let none = Table(packed: 0)
        init(packed: UInt32) { self.packed = packed }
        init(base: Int, log2Size: Int) { packed = UInt32(base) << 5 | UInt32(log2Size) }
        @inline(__always) var isNone: Bool { packed == 0 }
        @inline(__always) var base: Int { Int(packed >> 5) }
        @inline(__always) var size: Int { 1 << Int(packed & 31) }
    }

    private var slots: [Slot] = [.empty, .empty]
    /// Per node: its table, the slot that leads to it (-1 for the root) and its child count.
    private var tables: [Table] = [.none]
    private var parentSlots: [Int32] = [-1]
    private var childCounts: [Int32] = [0]
    private(set) var count = 0

    /// The root's table: where every walk starts.
    @inline(__always) var root: Table { tables[0] }

    @inline(__always)
    private static func home(_ key: UInt64, _ table: Table) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 40) & (table.size - 1)
    }

    /// The slot of the edge by `key` in `table`, or nil.
    /// - Complexity: O(1) expected: one slot read, a few more on collisions.
    @inline(__always)
    func step(_ table: Table, _ key: UInt64) -> Slot? {
        if table.isNone { return nil }
        return slots.withUnsafeBufferPointer { slots in
            let base = table.base, mask = table.size - 1
            var s = ChildTables.home(key, table)
            while true {
                let slot = slots[base + s]
                if slot.isEmpty { return nil }
                if slot.key == key { return slot }
                s = (s + 1) & mask
            }
        }
    }

    /// The node the edge (`node`, `key`) leads to, or nil.
    @inline(__always)
    func find(node: Int32, key: UInt64) -> Int32? {
        Int(node) < tables.count ? step(tables[Int(node)], key)?.target : nil
    }

    /// The keys of the edges leaving `node`, in table order.
    func keys(from node: Int32) -> [UInt64] {
        guard Int(node) < tables.count, !tables[Int(node)].isNone else { return [] }
        let table = tables[Int(node)]
        return slots[table.base..<table.base + table.size].compactMap { $0.isEmpty ? nil : $0.key }
    }

    /// Makes room for about `count` edges in all.
    mutating func reserveCapacity(_ count: Int) {
        slots.reserveCapacity(3 * count)
        tables.reserveCapacity(count + 1)
        parentSlots.reserveCapacity(count + 1)
        childCounts.reserveCapacity(count + 1)
    }

    /// Adds the edge (`node`, `key`) → `next`, known to be absent; `next` is a new node.
    mutating func insert(node: Int32, key: UInt64, next: Int32) {
        precondition(next > 0 && next < 0x7FFF_FFFF, "trie node out of range")
        while tables.count <= Int(max(node, next)) {
            tables.append(.none)
            parentSlots.append(-1)
            childCounts.append(0)
        }
        let n = Int(node)
        var table = tables[n]
        if table.isNone {
            table = allocate(log2Size: 1)
            setTable(of: n, table)
        } else if Int(childCounts[n] + 1) * 2 > table.size {
            table = grow(n)
        }
        let s = place(key, in: table)
        slots[s] = Slot(key: key, targetAndEnd: UInt32(next), children: tables[Int(next)].packed)
        parentSlots[Int(next)] = Int32(s)
        childCounts[n] += 1
        count += 1
    }

    /// Records that a phrase ends at `node` (not the root).
    mutating func markEnd(of node: Int32) {
        let s = Int(parentSlots[Int(node)])
        if s >= 0 { slots[s].targetAndEnd |= 0x8000_0000 }
    }

    /// The first empty slot for `key` in `table`.
    private func place(_ key: UInt64, in table: Table) -> Int {
        let mask = table.size - 1
        var s = ChildTables.home(key, table)
        while !slots[table.base + s].isEmpty { s = (s + 1) & mask }
        return table.base + s
    }

    private mutating func allocate(log2Size: Int) -> Table {
        let base = slots.count
        precondition(base + (1 << log2Size) < 1 << 27, "trie too large")
        slots.append(contentsOf: repeatElement(.empty, count: 1 << log2Size))
        return Table(base: base, log2Size: log2Size)
    }

    /// Points `node` (and the slot leading to it) at `table`.
    private mutating func setTable(of node: Int, _ table: Table) {
        tables[node] = table
        let s = Int(parentSlots[node])
        if s >= 0 { slots[s].children = table.packed }
    }

    /// Moves `node`'s table to a new one twice the size; returns it.
    private mutating func grow(_ node: Int) -> Table {
        let old = tables[node]
        let table = allocate(log2Size: Int(old.packed & 31) + 1)
        for s in old.base..<old.base + old.size where !slots[s].isEmpty {
            let slot = slots[s]
            let t = place(slot.key, in: table)
            slots[t] = slot
            parentSlots[Int(slot.target)] = Int32(t)
            slots[s] = .empty
        }
        setTable(of: node, table)
        return table
    }
}
