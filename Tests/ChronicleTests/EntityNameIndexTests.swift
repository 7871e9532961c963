import Testing
@testable import Chronicle

@Suite("Entity name index")
struct EntityNameIndexTests {
    func match(_ index: EntityNameIndex, _ text: String) -> (last: Int, entity: Int32, isAlias: Bool)? {
        let bytes = Array(text.utf8)
        var tokens = Tokenizer.tokenize(bytes)
        _ = SentenceSplitter(abbreviations: []).split(&tokens, bytes: bytes)
        return index.match(in: tokens, bytes: bytes, at: 0)
    }

    @Test("documented example: case classes of a name decide which spellings match")
    func documentedExample() {
        var index = EntityNameIndex()
        index.add("DPRK", entity: 0)
        index.add("Gao", entity: 1)
        index.add("Kim Jong Un", entity: 2, isAlias: true)
        #expect(match(index, "DPRK said")?.entity == 0)
        #expect(match(index, "dprk said") == nil)
        #expect(match(index, "Gao said")?.entity == 1)
        #expect(match(index, "Kim Jong-un said").map { ($0.last, $0.entity, $0.isAlias) } ?? (0, 0, false) == (3, 2, true))
    }

    @Test("empty index and names without words")
    func empty() {
        var index = EntityNameIndex()
        #expect(match(index, "Anything") == nil)
        index.add("-", entity: 0)
        #expect(index.count == 0)
    }

    @Test("case classes are packed two bits a word; longer names keep an array")
    func packedClasses() {
        let pattern: [EntityNameIndex.CaseClass] = [.free, .capital, .acronym]
        for count in [0, 1, 31, 32, 33, 40] {
            let classes = (0..<count).map { pattern[$0 % 3] }
            let packed = EntityNameIndex.CaseClasses(classes)
            #expect(packed.count == count)
            #expect((0..<count).map { packed[$0] } == classes)
        }
    }

    @Test("a name of forty words matches, case checked on every word")
    func longName() {
        let words = (0..<40).map { "Word\($0)" }
        var index = EntityNameIndex()
        index.add(words.joined(separator: " "), entity: 7)
        #expect(match(index, words.joined(separator: " ") + " said")?.entity == 7)
        #expect(match(index, words.dropLast().joined(separator: " ") + " word39") == nil)
    }
}
