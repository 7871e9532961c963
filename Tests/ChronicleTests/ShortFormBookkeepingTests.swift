import Testing
@testable import Chronicle

/// The integer bookkeeping behind `ShortFormResolver`: entity numbers, positions, the final merge.
@Suite("Short-form bookkeeping")
struct ShortFormBookkeepingTests {
    func mention(_ first: Int, _ last: Int, _ entity: String, number: Int = -1) -> ShortFormResolver.Mention {
        .init(first: first, last: last, entity: entity, type: .person, source: "test", number: number)
    }

    @Test("documented example: entities are numbered in order of first appearance, the latest type kept")
    func numbers() {
        var numbers = EntityNumbers(capacity: 4)
        #expect(numbers.number("person:a", type: .person) == 0)
        #expect(numbers.number("org:b", type: .org) == 1)
        #expect(numbers.number("person:a", type: .place) == 0)
        #expect(numbers.type(0) == .place)
        #expect(numbers.number("person:a", type: .org, keepingType: true) == 0)
        #expect(numbers.type(0) == .place)
        #expect(numbers.id(1) == "org:b" && numbers.count == 2)
    }

    @Test("listed entities are numbered by gazetteer index, unlisted ones by id, in one sequence")
    func listedNumbers() {
        var numbers = EntityNumbers(capacity: 2)
        #expect(numbers.number("person:a", listed: 12, type: .person) == 0)
        #expect(numbers.number("org:b", type: .org) == 1)
        #expect(numbers.number("person:a", listed: 12, type: .person) == 0)
        #expect(numbers.listedIndex(0) == 12 && numbers.listedIndex(1) == nil)
    }

    @Test("no entities: nothing numbered, positions answer nil")
    func empty() {
        let numbers = EntityNumbers(capacity: 0)
        #expect(numbers.count == 0)
        var positions = MentionPositions([], [], tracked: [])
        positions.insert(3, for: 0)
        #expect(positions.last(before: 5, for: 0) == nil && positions.first(after: 0, for: 0) == nil)
        #expect(ShortFormResolver.merge([], []).isEmpty)
    }

    @Test("positions: nearest mention before and after, inserts in place, untracked entities ignored")
    func positions() {
        let ms = [mention(0, 1, "a"), mention(3, 3, "b"), mention(5, 6, "a")]
        var positions = MentionPositions(ms, [0, 1, 0], tracked: [true, false])
        #expect(positions.last(before: 5, for: 0) == 1)
        #expect(positions.last(before: 7, for: 0) == 6)
        #expect(positions.first(after: 1, for: 0) == 5)
        #expect(positions.first(after: 6, for: 0) == nil)
        #expect(positions.last(before: 9, for: 1) == nil)  // untracked
        positions.insert(4, for: 0)
        #expect(positions.last(before: 5, for: 0) == 4)
        positions.insert(8, for: 1)
        #expect(positions.last(before: 9, for: 1) == nil)
        #expect(positions.last(before: 9, for: 7) == nil)  // never numbered
    }

    @Test("merge interleaves two runs in text order")
    func merge() {
        let a = [mention(0, 1, "a"), mention(5, 5, "b"), mention(9, 9, "c")]
        let b = [mention(3, 3, "d"), mention(7, 7, "e"), mention(12, 12, "f")]
        #expect(ShortFormResolver.merge(a[...], b[...]).map(\.first) == [0, 3, 5, 7, 9, 12])
        #expect(ShortFormResolver.merge(a[...], []).map(\.first) == [0, 5, 9])
        #expect(ShortFormResolver.merge([], b[...]).map(\.first) == [3, 7, 12])
    }
}

@Suite("Short-form table")
struct ShortFormTableTests {
    @Test("documented example: a key's entities in registration order, each once; which entities have a short form")
    func registers() {
        var table = ShortFormTable(keys: 2)
        table.register(7, 2)
        table.register(7, 0)
        table.register(7, 2)
        table.register(9, 1)
        var out = [Int]()
        table.entities(of: 7, into: &out)
        #expect(out == [2, 0])
        table.entities(of: 9, into: &out)
        #expect(out == [1])
        #expect(table.contains(7, where: { $0 == 0 }) && !table.contains(9, where: { $0 == 0 }))
        #expect(table.hasShortForm == [true, true, true])
    }

    @Test("no registrations: every key has no entities")
    func empty() {
        let table = ShortFormTable(keys: 0)
        var out = [5]
        table.entities(of: 42, into: &out)
        #expect(out.isEmpty && table.hasShortForm.isEmpty && !table.contains(42, where: { _ in true }))
    }

    @Test("many keys: the table grows and keeps every chain")
    func grows() {
        var table = ShortFormTable(keys: 1)
        for k in 0..<200 { table.register(UInt64(k) &* 0x9E37_79B9_7F4A_7C15, k % 7) }
        for k in 0..<200 { table.register(UInt64(k) &* 0x9E37_79B9_7F4A_7C15, 7) }
        var out = [Int]()
        for k in 0..<200 {
            table.entities(of: UInt64(k) &* 0x9E37_79B9_7F4A_7C15, into: &out)
            #expect(out == [k % 7, 7])
        }
    }
}

@Suite("Conflict order")
struct ConflictOrderTests {
    func candidate(_ first: Int, _ last: Int, priority: Int) -> EntityCandidate {
        EntityCandidate(first: first, last: last, referent: .new(type: .org), type: .org, priority: priority, source: "test")
    }

    @Test("documented example: longer first, then higher priority, then earlier, then input order")
    func order() {
        let cs = [candidate(4, 4, priority: 40), candidate(0, 1, priority: 25), candidate(2, 3, priority: 32),
                  candidate(0, 0, priority: 40), candidate(2, 3, priority: 32)]
        #expect(ConflictResolver.order(cs) == [2, 4, 1, 3, 0])
    }

    @Test("no candidates")
    func empty() {
        #expect(ConflictResolver.order([]).isEmpty)
        #expect(ConflictResolver.resolve([], tokenCount: 0).isEmpty)
    }

    @Test("a candidate too long to pack takes the comparison path, with the same order")
    func unpackable() {
        let cs = [candidate(0, 1, priority: 40), candidate(0, 1 << 24, priority: 10), candidate(2, 3, priority: 40)]
        #expect(ConflictResolver.order(cs) == [1, 0, 2])
        let accepted = ConflictResolver.resolve([candidate(0, 1, priority: 40), candidate(1, 2, priority: 50)], tokenCount: 3)
        #expect(accepted.map(\.priority) == [50])
    }
}

@Suite("Blocklist hash")
struct BlocklistHashTests {
    /// `EntityTagger` skips the String check when the hash of a mention's bytes is not the hash of
    /// a listed normal form, which is only right if the two hashes always agree.
    @Test("hashing a text's bytes in normal form equals hashing its normalised String", arguments: [
        "", "Breaking News", "U.S. Army", "Erdoğan’s", "ÆON Straße", "Ελλάδα", "KIM JONG-UN", "café‐bar",
    ])
    func agrees(_ text: String) {
        var fromBytes = Normalizer.offsetBasis
        Normalizer.appendNormalized(Array(text.utf8), 0, text.utf8.count, into: &fromBytes)
        let fromString = Normalizer.normalized(text).utf8.reduce(into: Normalizer.offsetBasis) { Normalizer.mix(&$0, $1) }
        #expect(fromBytes == fromString)
    }
}
