/// Lists of integers grouped by a word key (a token's `key`), found through an open-addressing
/// table keyed on the key itself: a lookup is a multiply and a compare, with no `Hasher` and no
/// allocation, for tables asked at every token (time words by first word, rules by literal).
struct ListsByKey: Sendable {
    /// The lists in order of their first value's arrival; `list(forKey:)` gives an index here.
    private(set) var lists: [[Int]] = []
    private var index: EdgeTable

    init(capacity: Int = 16) {
        index = EdgeTable(capacity: capacity)
    }

    /// Appends `value` to the list of `key`, starting the list if it is the key's first value.
    mutating func append(_ value: Int, forKey key: UInt64) {
        if let list = index.find(node: 0, key: key) {
            lists[Int(list)].append(value)
        } else {
            index.insert(node: 0, key: key, next: Int32(lists.count))
            lists.append([value])
        }
    }

    /// The index in `lists` of the list of `key`, or -1.
    @inline(__always)
    func list(forKey key: UInt64) -> Int32 {
        index.find(node: 0, key: key) ?? -1
    }
}
