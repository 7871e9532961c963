import Testing
@testable import Chronicle

@Suite("Rule offers")
struct RuleOffersTests {
    @Test("a round keeps each rule once, in the order offered")
    func onceInOrder() {
        let offers = RuleOffers(ruleCount: 5)
        offers.startRound(0)
        for r in [3, 1, 3, 4, 1, 0] { offers.offer(r) }
        #expect(offers.count == 4)
        #expect((0..<offers.count).map { offers[$0] } == [3, 1, 4, 0])
        #expect(offers.contains(4) && !offers.contains(2))
    }

    @Test("a new round starts empty and may offer the same rules again")
    func newRound() {
        let offers = RuleOffers(ruleCount: 3)
        offers.startRound(7)
        offers.offer(2)
        offers.startRound(8)
        #expect(offers.count == 0)
        #expect(!offers.contains(2))
        offers.offer(2)
        offers.offer(2)
        #expect(offers.count == 1 && offers[0] == 2)
    }

    @Test("no rules: rounds stay empty")
    func noRules() {
        let offers = RuleOffers(ruleCount: 0)
        offers.startRound(0)
        #expect(offers.count == 0)
    }
}
