import Testing
@testable import Chronicle

/// `Quotation`: which tokens of a sentence stand inside double quotation marks.
@Suite("Quotation")
struct QuotationTests {
    func quoted(_ text: String) -> [String] {
        let bytes = Array(text.utf8)
        var tokens = Tokenizer.tokenize(bytes)
        let sentences = SentenceSplitter(abbreviations: []).split(&tokens, bytes: bytes)
        var words = [String]()
        for sentence in sentences {
            let quotation = Quotation(sentence, tokens: tokens, bytes: bytes)
            for i in sentence.tokens where quotation.contains(i) {
                words.append(String(decoding: bytes[tokens[i].start..<tokens[i].end], as: UTF8.self))
            }
        }
        return words
    }

    @Test("documented example: straight and curly quotes")
    func example() {
        #expect(quoted("He said \"we will win\" on Tuesday.") == ["we", "will", "win"])
        #expect(quoted("She said “not now” and left.") == ["not", "now"])
    }

    @Test("no quotes, and positions outside the sentence: nothing inside")
    func empty() {
        #expect(quoted("Nothing is quoted here.").isEmpty)
        let bytes = Array("\"a\"".utf8)
        var tokens = Tokenizer.tokenize(bytes)
        let sentence = SentenceSplitter(abbreviations: []).split(&tokens, bytes: bytes)[0]
        let quotation = Quotation(sentence, tokens: tokens, bytes: bytes)
        #expect(!quotation.contains(-1) && !quotation.contains(99))
    }

    @Test("a closing curly quote opening a page's quotation toggles")
    func closingOpens() {
        #expect(quoted("He said ”yes” again.") == ["yes"])
    }
}
