import Testing
@testable import Chronicle

/// `FlatPatterns`: the rules and lexicon phrases the matcher reads, flattened without loss.
@Suite("Flat patterns")
struct FlatPatternsTests {
    let lexicon = TimeFixture.lexicon

    @Test("documented example: every rule's body, context and alternatives are kept in order")
    func rules() {
        let flat = lexicon.flat
        #expect(flat.bodyStart.count == lexicon.rules.count)
        for (r, rule) in lexicon.rules.enumerated() {
            #expect(flat.bodyEnd[r] - flat.bodyStart[r] == rule.pattern.body.count)
            #expect((flat.before[r] >= 0) == (rule.pattern.before != nil))
            #expect((flat.after[r] >= 0) == (rule.pattern.after != nil))
            for (k, element) in rule.pattern.body.enumerated() {
                let e = flat.elements[flat.bodyStart[r] + k]
                #expect(e.isOptional == element.isOptional && e.isAttached == element.isAttached && e.acceptMask == element.acceptMask)
                #expect(Int(e.alternativeEnd - e.alternativeStart) == element.alternatives.count)
                #expect(Array(flat.literalKeys[Int(e.literalKeyStart)..<Int(e.literalKeyEnd)]) == element.literalFirstKeys)
                for (a, name) in element.names.enumerated() {
                    #expect(flat.alternativeNames[Int(e.alternativeStart) + a] == name)
                }
            }
        }
    }

    @Test("every lexicon entry's phrase and class")
    func entries() {
        let flat = lexicon.flat
        for (i, entry) in lexicon.entries.enumerated() {
            #expect(flat.entryClass[i] == entry.wordClass)
            let words = flat.phraseTokens[Int(flat.entryStart[i])..<Int(flat.entryEnd[i])]
            #expect(words.map(\.key) == entry.tokens.map(\.key))
            #expect(words.map(\.isOptional) == entry.tokens.map(\.isOptional))
        }
    }

    @Test("no rules and no entries: empty tables")
    func empty() {
        let flat = TimeLexicon.empty.flat
        #expect(flat.elements.isEmpty && flat.bodyStart.isEmpty && flat.entryClass.isEmpty && flat.phraseTokens.isEmpty)
    }
}
