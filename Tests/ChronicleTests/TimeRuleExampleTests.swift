import Testing
@testable import Chronicle

/// One worked example from `rules.txt`.
struct RuleExampleCase: Sendable, CustomTestStringConvertible {
    let rule: String
    let example: RuleExample
    var testDescription: String { "\(rule): \(example.text) => \(example.value)" }
}

@Suite("Rule examples from rules.txt")
struct RuleExampleTests {
    static let cases: [RuleExampleCase] = TimeFixture.lexicon.rules.flatMap { rule in
        rule.examples.map { RuleExampleCase(rule: rule.name, example: $0) }
    }

    @Test("every rule has an example")
    func everyRuleHasAnExample() {
        let missing = TimeFixture.lexicon.rules.filter { $0.examples.isEmpty }.map(\.name)
        #expect(missing.isEmpty)
    }

    @Test("rule names are unique")
    func uniqueNames() {
        let names = TimeFixture.lexicon.rules.map(\.name)
        #expect(Set(names).count == names.count)
    }

    @Test("example yields its value through its rule", arguments: cases)
    func example(_ c: RuleExampleCase) {
        let anchor = c.example.anchor?.description
        let found = tagTimes(c.example.text, anchor: anchor)
        if c.example.value == "none" {
            #expect(found.isEmpty, "\(found.map { "\($0.rule)=\($0.value)" })")
            return
        }
        let hit = found.contains { $0.rule == c.rule && $0.value == c.example.value }
        #expect(hit, "got \(found.map { "\($0.rule)=\($0.value)" })")
    }
}
