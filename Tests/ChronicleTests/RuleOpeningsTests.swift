import Testing
@testable import Chronicle

/// `RuleOpenings`: the test that skips rule starts must never skip one the matcher would take.
@Suite("Rule openings")
struct RuleOpeningsTests {
    let lexicon = TimeFixture.lexicon
    let openings = RuleOpenings(lexicon: TimeFixture.lexicon)

    /// Every rule example, and a few lines with the shapes the openings reason about (numbers
    /// before `.`/`%`, `the` before everything, expressions followed by a word).
    var texts: [String] {
        lexicon.rules.flatMap { $0.examples.map(\.text) } + [
            "The 1. The 3% the first such year, the 13th of May 2004, Q3 2023 results.",
            "He left on Monday night; the day after Christmas 2003 at 9 a.m. on Tuesday, or so.",
            "the the of the\nMay\n2004 the fiscal fourth-quarter, mid-2023, two years or so later",
        ]
    }

    /// Rules (of the given kind) that match at some token although `canStart` refused them there.
    func skippedMatches(_ matcher: PatternMatcher, composite: Bool) -> [String] {
        var skipped = [String]()
        for t in matcher.tokens.indices {
            for (r, rule) in lexicon.rules.enumerated() where rule.pattern.isComposite == composite {
                if matcher.match(rule, index: r, at: t) != nil, !openings.canStart(r, at: t, in: matcher) {
                    skipped.append("\(rule.name) at token \(t)")
                }
            }
        }
        return skipped
    }

    @Test("documented example: no base rule that matches is refused, at any token of any example")
    func baseRulesAreNeverSkipped() {
        for text in texts {
            #expect(skippedMatches(timeMatcher(text), composite: false).isEmpty, "\(text)")
        }
    }

    @Test("no composition that matches is refused, over the expressions of a first pass")
    func compositionsAreNeverSkipped() {
        let builder = SpecBuilder(lexicon: lexicon)
        for text in texts {
            let matcher = timeMatcher(text)
            var matches = [RuleMatch]()
            for t in matcher.tokens.indices {
                for (r, rule) in lexicon.rules.enumerated() where !rule.pattern.isComposite {
                    if let m = matcher.match(rule, index: r, at: t) { matches.append(m) }
                }
            }
            var specs = [TimeSpec?](repeating: nil, count: matches.count)
            let kept = TimeTagger.longestFirst(matches, tokenCount: matcher.tokens.count) { i in
                specs[i] = builder.spec(for: matches[i], rule: lexicon.rules[matches[i].rule], placed: [])
                return specs[i] != nil
            }.sorted { matches[$0].start < matches[$1].start }
            matcher.setPlaced(kept.map { PlacedSpec(start: matches[$0].start, end: matches[$0].end, spec: specs[$0]!, rule: matches[$0].rule) })
            #expect(skippedMatches(matcher, composite: true).isEmpty, "\(text)")
        }
    }

    @Test("a token that opens no rule is refused every rule; `the` before a number word is still offered `the? DAY of MONTH`")
    func refusals() {
        let m = timeMatcher("the cat sat on the 13th of May")
        let dayOfMonth = lexicon.rules.firstIndex { $0.name == "date-the-d-of-m" }!
        #expect(!openings.canStart(dayOfMonth, at: 0, in: m))   // the cat
        #expect(openings.canStart(dayOfMonth, at: 4, in: m))    // the 13th
        #expect(!lexicon.rules.indices.contains { openings.canStart($0, at: 1, in: m) })   // cat
    }

    @Test("the tagger finds the same expressions in every example as without the openings test")
    func sameExpressionsAsTheMatcherAlone() {
        // Every match the tagger keeps passes `canStart` (checked above), so tagging the
        // examples must give what the rule examples expect: spot-check a composition and a `the` rule.
        #expect(tagTimes("The blast came Monday night.").map(\.value) == ["2024-02-19TNI"])
        #expect(tagTimes("It was signed on the 19th of February.", anchor: "2024-02-22").map(\.value) == ["2024-02-19"])
    }
}
