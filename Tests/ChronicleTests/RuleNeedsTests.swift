import Testing
@testable import Chronicle

/// `RuleNeeds`: the test that skips rules missing a required element on the rest of the line
/// must never skip one the matcher would take.
@Suite("Rule needs")
struct RuleNeedsTests {
    let lexicon = TimeFixture.lexicon
    let needs = RuleNeeds(lexicon: TimeFixture.lexicon)

    /// Every rule example, and lines where what a rule needs stands on the next line.
    var texts: [String] {
        lexicon.rules.flatMap { $0.examples.map(\.text) } + [
            "two years\nago, the first\nquarter of 2004 and 30 or 40 years ago",
            "the 13th of\nMay 2004; five days from now; a 6-year-old boy",
        ]
    }

    @Test("documented example: no rule that matches is refused, at any token of any example")
    func matchingRulesAreNeverSkipped() {
        for text in texts {
            let m = timeMatcher(text)
            let ahead = needs.lineAhead(m)
            for t in m.tokens.indices {
                for (r, rule) in lexicon.rules.enumerated() where !rule.pattern.isComposite {
                    if m.match(rule, index: r, at: t) != nil {
                        #expect(needs.allPresent(r, at: t, ahead), "\(rule.name) at token \(t) of \(text)")
                    }
                }
            }
        }
    }

    @Test("a rule whose required word is only on the next line is refused")
    func nextLineDoesNotCount() {
        let dayOfMonth = lexicon.rules.firstIndex { $0.name == "date-the-d-of-m" }!
        let split = timeMatcher("the 13th\nof May")
        #expect(!needs.allPresent(dayOfMonth, at: 0, needs.lineAhead(split)))
        let joined = timeMatcher("the 13th of May")
        #expect(needs.allPresent(dayOfMonth, at: 0, needs.lineAhead(joined)))
    }
}
