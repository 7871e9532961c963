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
        let rawValue: UInt32
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
        /// The first word of some phrase of the cue phrase list (a root edge of its `PhraseTrie`):
        /// only then is the trie walked at that token.
        static let startsPersonTitle = Lists(rawValue: 1 << 8)
        static let startsOrgHeadAfter = Lists(rawValue: 1 << 9)
        static let startsOrgHeadBefore = Lists(rawValue: 1 << 10)
        static let startsOrgSuffix = Lists(rawValue: 1 << 11)
        static let startsPlaceKeywordAfter = Lists(rawValue: 1 << 12)
        static let startsPlaceKeywordBefore = Lists(rawValue: 1 << 13)
        static let startsOrgDescriptor = Lists(rawValue: 1 << 14)
        static let startsDemonym = Lists(rawValue: 1 << 15)
        /// `cues/name-particles.txt`: `van`, `den`, `bin`
        static let nameParticle = Lists(rawValue: 1 << 16)
    }

    /// A key and its lists side by side, so a probe touches one cache line; empty lists mark a
    /// free slot (a stored word is in some list).
    private struct Slot {
        var key: UInt64 = 0
        var lists: Lists = []
    }

    private var slots: [Slot]
    private var mask: Int

    /// The table for the cue lists of a gazetteer, with the tagger's fixed word sets.
    init(cues: CueLists) {
        self.init(sets: [(cues.firstNames, .firstName), (cues.surnameFirst, .surnameFirst), (cues.surnames, .surname),
                         (cues.webDomains, .webDomain), (cues.notNames, .notName), (cues.functionWords, .functionWord),
                         (TokenContext.connectors, .connector), (TokenContext.headLinks, .headLink),
                         (Set(cues.personTitles.firstWordKeys), .startsPersonTitle),
                         (Set(cues.orgHeads.after.firstWordKeys), .startsOrgHeadAfter),
                         (Set(cues.orgHeads.before.firstWordKeys), .startsOrgHeadBefore),
                         (Set(cues.orgSuffixes.firstWordKeys), .startsOrgSuffix),
                         (Set(cues.placeKeywords.after.firstWordKeys), .startsPlaceKeywordAfter),
                         (Set(cues.placeKeywords.before.firstWordKeys), .startsPlaceKeywordBefore),
                         (Set(cues.orgDescriptors.firstWordKeys), .startsOrgDescriptor),
                         (Set(cues.demonyms.firstWordKeys), .startsDemonym),
                         (cues.nameParticles, .nameParticle)])
    }

    /// A table holding each set's keys under its list.
    init(sets: [(Set<UInt64>, Lists)]) {
        var merged = [UInt64: Lists]()
        for (keys, list) in sets { for key in keys { merged[key, default: []].insert(list) } }
        var size = 16
        while size < merged.count * 2 { size <<= 1 }
        slots = [Slot](repeating: Slot(), count: size)
        mask = size - 1
        for (key, list) in merged {
            var s = CueWordTable.slot(key, mask)
            while !slots[s].lists.isEmpty { s = (s + 1) & mask }
            slots[s] = Slot(key: key, lists: list)
        }
    }

    @inline(__always)
    private static func slot(_ key: UInt64, _ mask: Int) -> Int {
        Int(truncatingIfNeeded: (key &* 0xBF58_476D_1CE4_E5B9) >> 29) & mask
    }

    /// The lists `key` is in (empty for a word in none).
    @inline(__always)
    func lists(of key: UInt64) -> Lists {
        slots.withUnsafeBufferPointer { slots in
            var s = CueWordTable.slot(key, mask)
            while true {
                let slot = slots[s]
                if slot.lists.isEmpty { return [] }
                if slot.key == key { return slot.lists }
                s = (s + 1) & mask
            }
        }
    }
}
