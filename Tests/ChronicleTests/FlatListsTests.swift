import Testing
@testable import Chronicle

@Suite("Flat lists")
struct FlatListsTests {
    @Test("lists keep their items and order, one after another")
    func documented() {
        let lists = FlatLists([[3, 1], [], [4, 1, 5]])
        #expect(lists.count == 3)
        #expect(lists.range(0).map { lists.items[$0] } == [3, 1])
        #expect(lists.range(1).isEmpty)
        #expect(lists.range(2).map { lists.items[$0] } == [4, 1, 5])
        #expect(lists.list(2, contains: 5) && !lists.list(0, contains: 5))
    }

    @Test("no lists")
    func empty() {
        let lists = FlatLists([[Int]]())
        #expect(lists.count == 0)
        #expect(lists.items.isEmpty)
    }
}
