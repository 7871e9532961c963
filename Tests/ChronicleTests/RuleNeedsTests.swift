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

    func matcher(_ text: String) -> PatternMatcher {
        let bytes = Array(text.utf8)
        var tokens = Tokenizer.tokenize(bytes)
        _ = SentenceSplitter(abbreviations: []).split(&tokens, bytes: bytes)
        return PatternMatcher(lexicon: lexicon, tokens: tokens, bytes: bytes)
    }

    @Test("documented example: no rule that matches is refused, at any token of any example")
    func matchingRulesAreNeverSkipped() {
        for text in texts {
            let m = matcher(text)
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
        let split = matcher("the 13th\nof May")
        #expect(!needs.allPresent(dayOfMonth, at: 0, needs.lineAhead(split)))
        let joined = matcher("the 13th of May")
        #expect(needs.allPresent(dayOfMonth, at: 0, needs.lineAhead(joined)))
    }
}
