/// For the event merger: the merged events having each (family, participant entity) pair.
///
/// The lists are linked through flat arrays behind one open-addressing table, so a new pair
/// costs no array of its own and a lookup no `Hasher` run (a `[Int: [Int]]` made an array per
/// pair and rehashed as it grew, for every document).
struct ParticipantIndex {
    /// (family, entity) → list number.
    private var lists = EdgeTable()
    /// Per list: its latest entry.
    private var heads = [Int32]()
    /// Per entry: the merged event's index.
    private var events = [Int32]()
    /// Per entry: the entry added to its list before it, or -1.
    private var previous = [Int32]()

    /// Records that merged event `event` has `entity` as a participant, in `family`.
    mutating func add(_ event: Int, family: Int, entity: Int) {
        let entry = Int32(events.count)
        events.append(Int32(event))
        let node = Int32(family), key = UInt64(UInt(bitPattern: entity))
        if let list = lists.find(node: node, key: key) {
            previous.append(heads[Int(list)])
            heads[Int(list)] = entry
        } else {
            lists.insert(node: node, key: key, next: Int32(heads.count))
            heads.append(entry)
            previous.append(-1)
        }
    }

    /// Appends the events recorded for (`family`, `entity`) to `found`, latest first.
    func append(family: Int, entity: Int, to found: inout [Int]) {
        guard let list = lists.find(node: Int32(family), key: UInt64(UInt(bitPattern: entity))) else { return }
        var entry = heads[Int(list)]
        while entry >= 0 {
            found.append(Int(events[Int(entry)]))
            entry = previous[Int(entry)]
        }
    }
}
