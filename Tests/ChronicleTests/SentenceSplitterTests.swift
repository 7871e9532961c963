import Testing
@testable import Chronicle

@Suite("Sentence splitter")
struct SentenceSplitterTests {
    func sentences(_ text: String) -> [String] {
        let t = tokenize(text)
        return t.sentences.map { String(decoding: t.bytes[$0.span.start..<$0.span.end], as: UTF8.self) }
    }

    @Test("documented example: abbreviations and initials do not end sentences")
    func documentedExample() {
        #expect(sentences("Mr. Smith met John F. Kennedy. They talked.") == ["Mr. Smith met John F. Kennedy.", "They talked."])
    }

    @Test("empty text has no sentences")
    func empty() {
        #expect(sentences("").isEmpty)
    }

    @Test("a line break always ends a sentence")
    func lineBreaks() {
        #expect(sentences("A headline without a stop\nThe body starts here.") == ["A headline without a stop", "The body starts here."])
    }

    @Test("closing quotes stay with their sentence")
    func quotes() {
        #expect(sentences("He said “it is over.” Then he left.") == ["He said “it is over.”", "Then he left."])
    }

    @Test("a lower-case word after a period does not start a sentence")
    func lowerCase() {
        #expect(sentences("Prices rose 2.5 percent. in June") == ["Prices rose 2.5 percent. in June"])
    }

    @Test("sentence starts are flagged on tokens")
    func flags() {
        let t = tokenize("One two. Three four.")
        #expect(t.tokens.filter { $0.has(.sentenceStart) }.count == 2)
    }
}
