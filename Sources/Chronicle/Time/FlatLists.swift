/// Many short lists stored one after another in one array: list `l` is
/// `items[starts[l]..<starts[l + 1]]`.
///
/// The time tagger reads such lists (rules by start-mask bit, rules by first word, words a rule
/// needs) at every token; as `[[T]]` each read of an inner array cost a retain and a release.
struct FlatLists<Element: Sendable>: Sendable {
    private(set) var items: [Element] = []
    private(set) var starts: [Int32] = [0]

    init<Lists: Sequence>(_ lists: Lists) where Lists.Element: Sequence, Lists.Element.Element == Element {
        for list in lists {
            items.append(contentsOf: list)
            starts.append(Int32(items.count))
        }
    }

    /// The number of lists.
    var count: Int { starts.count - 1 }

    /// The bounds of list `l` in `items`.
    @inline(__always)
    func range(_ l: Int) -> Range<Int> { Int(starts[l])..<Int(starts[l + 1]) }

    /// Whether list `l` holds `value`: a linear scan, as the lists are a few items at most.
    @inline(__always)
    func list(_ l: Int, contains value: Element) -> Bool where Element: Equatable {
        for i in range(l) where items[i] == value { return true }
        return false
    }
}
