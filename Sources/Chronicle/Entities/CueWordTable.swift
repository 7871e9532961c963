/// Which one-word cue lists each word key belongs to, answered by one table probe.
///
/// The rules ask of almost every word whether it is a first name, a family name, a function
/// word, a connector, … Each `Set<UInt64>.contains` hashes the key again through `Hasher`
/// (SipHash); this table is built once per gazetteer and maps a key (already an FNV hash) to
/// all its memberships at once: flat arrays, a multiply-and-shift slot, linear probing.
/// - Complexity: O(1) per lookup, no allocation; built in O(w) for w listed words.
struct CueWordTable: Sendable {
    /// The lists a word is in.
    struct Lists: OptionSet, Sendable {
        let rawValue: UInt16
        static let firstName = Lists(rawValue: 1 << 0)
        static let surnameFirst = Lists(rawValue: 1 << 1)
        static let surname = Lists(rawValue: 1 << 2)
        static let webDomain = Lists(rawValue: 1 << 3)
        /// `cues/not-names.txt`
        static let notName = Lists(rawValue: 1 << 4)
        static let functionWord = Lists(rawValue: 1 << 5)
        /// `TokenContext.connectors`: `of`, `and`, `de`, …
        static let connector = Lists(rawValue: 1 << 6)
        /// `TokenContext.headLinks`: `of`, `for`
        static let headLink = Lists(rawValue: 1 << 7)
    }

    private var keys: [UInt64]
    /// The lists of the key in the same slot; empty marks a free slot (a stored word is in some list).
    private var lists: [Lists]
    private var mask: Int

    /// The table for the cue lists of a gazetteer, with the tagger's fixed word sets.
    init(cues: CueLists) {
        self.init(sets: [(cues.firstNames, .firstName), (cues.surnameFirst, .surnameFirst), (cues.surnames, .surname),
                         (cues.webDomains, .webDomain), (cues.notNames, .notName), (cues.functionWords, .functionWord),
                         (TokenContext.connectors, .connector), (TokenContext.headLinks, .headLink)])
    }

    /// A table holding each set's keys under its list.
    init(sets: [(Set<UInt64>, Lists)]) {
        var merged = [UInt64: Lists]()
        for (keys, list) in sets { for key in keys { merged[key, default: []].insert(list) } }
        var size = 16
        while size < merged.count * 2 { size <<= 1 }
        keys = [UInt64](repeating: 0, count: size)
        lists = [Lists](repeating: [], count: size)
        mask = size - 1
        for (key, list) in merged {
            var s = CueWordTable.slot(key, mask)
            while !lists[s].isEmpty { s = (s + 1) & mask }
            keys[s] = key
            lists[s] = list
        }
    }

    @inline(__always)
    private static func slot(_ key: UInt64, _ mask: Int) -> Int {
        Int(truncatingIfNeeded: (key &* 0xBF58_476D_1CE4_E5B9) >> 29) & mask
    }

    /// The lists `key` is in (empty for a word in none).
    @inline(__always)
    func lists(of key: UInt64) -> Lists {
        keys.withUnsafeBufferPointer { keys in
            lists.withUnsafeBufferPointer { lists in
                var s = CueWordTable.slot(key, mask)
                while true {
                    let found = lists[s]
                    if found.isEmpty { return [] }
                    if keys[s] == key { return found }
                    s = (s + 1) & mask
                }
            }
        }
    }
}
