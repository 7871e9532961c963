import Testing
@testable import Chronicle

@Suite("Tokenizer")
struct TokenizerTests {
    @Test("documented example: possessives drop out, hyphens split, initialisms hold")
    func documentedExample() {
        #expect(words("Putin’s gift to Kim Jong-un, via the U.S.") == ["Putin", "gift", "to", "Kim", "Jong", "-", "un", ",", "via", "the", "U.S."])
        let tokens = Tokenizer.tokenize(Array("Putin’s gift".utf8))
        #expect(tokens[0].has(.possessive))
        #expect(tokens[0].isCapitalized)
        #expect(!tokens[1].has(.possessive))
    }

    @Test("empty and blank text make no tokens")
    func empty() {
        #expect(Tokenizer.tokenize([]).isEmpty)
        #expect(Tokenizer.tokenize(Array(" \n\t \u{00A0}".utf8)).isEmpty)
    }

    @Test("apostrophes inside names stay, plural possessives go")
    func apostrophes() {
        #expect(words("O'Leary met D’Souza") == ["O'Leary", "met", "D’Souza"])
        let tokens = Tokenizer.tokenize(Array("the Jobs’ house".utf8))
        #expect(tokens[1].has(.possessive))
        #expect(words("the Jobs’ house") == ["the", "Jobs", "house"])
    }

    @Test("numbers, letters with digits, and punctuation")
    func numbersAndPunctuation() {
        #expect(words("In the 1990s, Q3 rose 25%.") == ["In", "the", "1990s", ",", "Q3", "rose", "25", "%", "."])
        let tokens = Tokenizer.tokenize(Array("2024-02-22 02:58".utf8))
        #expect(tokens.map(\.kind) == [.number, .punct, .number, .punct, .number, .number, .punct, .number])
        #expect(tokens[1].has(.attached))
        #expect(!tokens[5].has(.attached))
    }

    @Test("case flags: capitalised, all caps, non-ASCII")
    func caseFlags() {
        let tokens = Tokenizer.tokenize(Array("DPRK leader Erdoğan ÉLYSÉE a".utf8))
        #expect(tokens[0].has(.allCaps))
        #expect(!tokens[1].isCapitalized)
        #expect(tokens[2].isCapitalized && !tokens[2].has(.allCaps))
        #expect(tokens[3].has(.allCaps))
        #expect(!tokens[4].has(.allCaps))
    }

    @Test("line starts are flagged")
    func lineStarts() {
        let tokens = Tokenizer.tokenize(Array("one two\nthree".utf8))
        #expect(tokens.map { $0.has(.lineStart) } == [true, false, true])
    }

    @Test("keys fold case, diacritics and periods")
    func keys() {
        let a = Tokenizer.tokenize(Array("Erdoğan U.S.".utf8)), b = Tokenizer.tokenize(Array("ERDOGAN US".utf8))
        #expect(a.map(\.key) == b.map(\.key))
        #expect(a[0].key == Normalizer.key("erdogan"))
    }
}
