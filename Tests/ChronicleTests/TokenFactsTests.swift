import Foundation
import Testing
@testable import Chronicle

@Suite("Token facts")
struct TokenFactsTests {
    func context(_ text: String) throws -> TokenContext {
        let gazetteer = try Shared.gazetteer.get()
        let (tokens, _, bytes) = tokenize(text)
        return TokenContext(tokens: tokens, bytes: bytes, cues: gazetteer.cues, words: CueWordTable(cues: gazetteer.cues))
    }

    func index(_ word: String, in c: TokenContext, occurrence: Int = 0) -> Int {
        let hits = c.tokens.indices.filter { c.text($0, $0) == word }
        return hits[occurrence]
    }

    @Test("documented example: head words, titles, first names and hyphenated name words")
    func documentedExample() throws {
        let c = try context("Defence Ministry spokesman Jean-Pierre Smith visited the Kherson region.")
        let ministry = index("Ministry", in: c), spokesman = index("spokesman", in: c)
        let jean = index("Jean", in: c), pierre = index("Pierre", in: c), region = index("region", in: c)
        #expect(c.facts.orgHeadAfter(ministry) == ministry)
        #expect(c.isHeadWord(ministry) && c.excludedFromPerson(ministry))
        #expect(c.facts.personTitle(spokesman) == spokesman)
        #expect(c.isNameWord(jean) && c.facts.has(jean, .firstName))
        #expect(c.nameGroupEnd(jean) == pierre)
        #expect(c.isHyphen(jean + 1))
        #expect(c.facts.placeKeywordAfter(region) == region)
        #expect(!c.isNameWord(index("the", in: c)))
    }

    @Test("empty text has no facts, and every question outside the text says no")
    func empty() throws {
        let c = try context("")
        #expect(c.facts.count == 0)
        for i in [-1, 0, 1] {
            #expect(!c.isNameWord(i) && !c.isConnector(i) && !c.isHyphen(i) && !c.excludedFromPerson(i))
            #expect(c.nameGroupEnd(i) == nil && c.facts.personTitle(i) == nil && c.facts.demonym(i) == nil)
        }
    }

    @Test("a hyphenated group runs over every attached part and stops at a possessive, a space or the end")
    func hyphenGroups() throws {
        let c = try context("Anne-Marie-Louise Kim-Jong's Abe- Obi-")
        #expect(c.nameGroupEnd(0) == 4)  // Anne - Marie - Louise
        #expect(c.nameGroupEnd(2) == 4)
        let kim = index("Kim", in: c)
        #expect(c.nameGroupEnd(kim) == kim + 2)  // Kim-Jong, possessive on the last part
        let abe = index("Abe", in: c), obi = index("Obi", in: c)
        #expect(c.nameGroupEnd(abe) == abe)  // the hyphen has nothing attached after it
        #expect(c.nameGroupEnd(obi) == obi)  // the text ends after the hyphen
        #expect(c.nameGroupEnd(index("-", in: c)) == nil)
    }

    @Test("a period is no hyphen; an acronym is no part of a person's name unless the line is in capitals")
    func periodsAndAcronyms() throws {
        let c = try context("The U.S. OS team left.\nNASA PICKS SMITH")
        #expect(!c.isHyphen(index(".", in: c)))
        #expect(c.excludedFromPerson(index("OS", in: c)))
        #expect(c.tokens[index("SMITH", in: c)].has(.capsLine))
        #expect(!c.excludedFromPerson(index("SMITH", in: c)))
    }

    @Test("the longest cue phrase wins, and a demonym carries its place")
    func longestPhrase() throws {
        let gazetteer = try Shared.gazetteer.get()
        let c = try context("Prime Minister Smith met Russian officials.")
        #expect(c.facts.personTitle(0) == 1)
        let russian = index("Russian", in: c)
        let demonym = try #require(c.facts.demonym(russian))
        #expect(demonym.last == russian)
        #expect(gazetteer.entities[Int(demonym.place)].id == "place:russia")
    }

    /// The facts must answer exactly what the cue lists answer word by word.
    @Test("facts agree with the cue lists on every token of the worked examples")
    func agreesWithLists() throws {
        let gazetteer = try Shared.gazetteer.get()
        let cues = gazetteer.cues
        let folder = Repository.root.appendingPathComponent("timelines/port-deal")
        var texts = ["Ministry of Foreign Affairs and Trade", "Lake Baikal, Kherson region; Kessler Bau GmbH & Co"]
        for name in try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() where name.hasSuffix(".txt") {
            texts.append(try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8))
        }
        for text in texts {
            let c = try context(text)
            let t = c.tokens
            for i in t.indices {
                func first(_ trie: PhraseTrie) -> Int? { trie.matches(in: t, bytes: c.bytes, at: i).first?.last }
                #expect(c.isNameWord(i) == (t[i].kind == .word && t[i].isCapitalized && !cues.functionWords.contains(t[i].key)))
                #expect(c.isConnector(i) == (t[i].kind != .number && !t[i].isCapitalized && TokenContext.connectors.contains(t[i].key)))
                #expect(c.facts.has(i, .notAName) == cues.isNotAName(t[i].key))
                #expect(c.facts.has(i, .firstName) == cues.firstNames.contains(t[i].key))
                #expect(c.facts.has(i, .surname) == cues.surnames.contains(t[i].key))
                #expect(c.facts.has(i, .surnameFirst) == cues.surnameFirst.contains(t[i].key))
                #expect(c.facts.has(i, .webDomain) == cues.webDomains.contains(t[i].key))
                #expect(c.facts.has(i, .headLink) == TokenContext.headLinks.contains(t[i].key))
                #expect(c.facts.personTitle(i) == first(cues.personTitles))
                #expect(c.facts.orgHeadAfter(i) == first(cues.orgHeads.after))
                #expect(c.facts.orgHeadBefore(i) == first(cues.orgHeads.before))
                #expect(c.facts.orgSuffix(i) == first(cues.orgSuffixes))
                #expect(c.facts.placeKeywordAfter(i) == first(cues.placeKeywords.after))
                #expect(c.facts.placeKeywordBefore(i) == first(cues.placeKeywords.before))
                #expect(c.facts.orgDescriptor(i) == first(cues.orgDescriptors))
                #expect(c.facts.demonym(i)?.last == first(cues.demonyms))
            }
        }
    }
}

@Suite("Cue word table")
struct CueWordTableTests {
    @Test("documented example: one probe gives every list a word is in")
    func documentedExample() {
        let table = CueWordTable(sets: [([1, 2], .firstName), ([2, 3], .surname)])
        #expect(table.lists(of: 1) == .firstName)
        #expect(table.lists(of: 2) == [.firstName, .surname])
        #expect(table.lists(of: 3) == .surname)
        #expect(table.lists(of: 4) == [])
    }

    @Test("an empty table knows no word")
    func empty() {
        let table = CueWordTable(sets: [])
        #expect(table.lists(of: 0) == [])
        #expect(table.lists(of: Normalizer.key("john")) == [])
    }

    @Test("key 0, colliding slots and many keys are all found")
    func manyKeys() {
        let keys = (0..<5_000).map { UInt64($0) << 40 }  // share the low bits
        let table = CueWordTable(sets: [(Set(keys), .notName), ([0], .connector)])
        #expect(table.lists(of: 0) == [.notName, .connector])
        #expect(keys.allSatisfy { table.lists(of: $0).contains(.notName) })
        #expect(table.lists(of: 1) == [])
    }

    @Test("a trie's first word keys, which the table marks as phrase starts")
    func firstWordKeys() {
        var trie = PhraseTrie()
        #expect(trie.firstWordKeys.isEmpty)
        trie.insert(PhraseTrie.keys(of: "Prime Minister"), payload: 0)
        trie.insert(PhraseTrie.keys(of: "Prime Time"), payload: 1)
        trie.insert(PhraseTrie.keys(of: "Mr."), payload: 2)
        #expect(Set(trie.firstWordKeys) == [Normalizer.key("prime"), Normalizer.key("mr")])
    }

    @Test("the gazetteer's table agrees with its sets")
    func gazetteerLists() throws {
        let cues = try Shared.gazetteer.get().cues
        let table = CueWordTable(cues: cues)
        #expect(cues.firstNames.allSatisfy { table.lists(of: $0).contains(.firstName) })
        #expect(cues.functionWords.allSatisfy { table.lists(of: $0).contains(.functionWord) })
        #expect(TokenContext.connectors.allSatisfy { table.lists(of: $0).contains(.connector) })
        #expect(!table.lists(of: Normalizer.key("zzqx")).contains(.firstName))
        #expect(Set(cues.personTitles.firstWordKeys).allSatisfy { table.lists(of: $0).contains(.startsPersonTitle) })
        #expect(Set(cues.demonyms.firstWordKeys).allSatisfy { table.lists(of: $0).contains(.startsDemonym) })
    }
}

@Suite("List candidates by first token")
struct ListCandidatesTests {
    func candidate(_ first: Int, _ last: Int, _ source: String) -> EntityCandidate {
        EntityCandidate(first: first, last: last, referent: .known(0), type: .place, priority: 0, source: source)
    }

    @Test("documented example: the longest at each token, the first found among equally long ones")
    func documentedExample() {
        let list = ListCandidates([candidate(0, 0, "a"), candidate(0, 1, "b"), candidate(0, 1, "c"), candidate(3, 3, "d")], tokenCount: 5)
        #expect(list[0]?.source == "b")
        #expect(list[3]?.source == "d")
        #expect(list[1] == nil && !list.startsAt(1))
        #expect(list.startsAt(3))
    }

    @Test("no candidates, and positions outside the text")
    func empty() {
        let list = ListCandidates([], tokenCount: 0)
        #expect(list[0] == nil && list[-1] == nil && !list.startsAt(0))
        #expect(list.all.isEmpty)
    }
}
