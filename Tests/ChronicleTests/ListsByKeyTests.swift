import Testing
@testable import Chronicle

@Suite("Lists by word key")
struct ListsByKeyTests {
    @Test("values gather under their word's key, lists numbered in order of first arrival")
    func documentedExample() {
        var lists = ListsByKey()
        let may = Normalizer.key("May"), june = Normalizer.key("june")
        lists.append(4, forKey: may)
        lists.append(7, forKey: june)
        lists.append(9, forKey: Normalizer.key("MAY"))
        #expect(lists.list(forKey: may) == 0)
        #expect(lists.lists == [[4, 9], [7]])
    }

    @Test("an empty table finds nothing")
    func empty() {
        let lists = ListsByKey()
        #expect(lists.list(forKey: Normalizer.key("may")) == -1)
        #expect(lists.lists.isEmpty)
    }

    @Test("many keys survive the table growing")
    func growth() {
        var lists = ListsByKey(capacity: 1)
        for i in 0..<1_000 { lists.append(i, forKey: Normalizer.key("w\(i)")) }
        #expect(lists.list(forKey: Normalizer.key("w0")) == 0)
        #expect(lists.list(forKey: Normalizer.key("w999")) == 999)
        #expect(lists.list(forKey: Normalizer.key("w1000")) == -1)
    }
}
