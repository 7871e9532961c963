import Testing
@testable import Chronicle

@Suite("Title-case line")
struct TitleCaseLineTests {
    func isTitleCase(_ text: String, at word: String) -> Bool {
        let (tokens, _, bytes) = tokenize(text)
        let t = tokens.firstIndex { String(decoding: bytes[$0.start..<$0.end], as: UTF8.self) == word }!
        return TitleCaseLine.contains(t, tokens: tokens, bytes: bytes)
    }

    @Test("documented example: a headline whose longer words are capitalised")
    func documentedExample() {
        #expect(isTitleCase("Talks Resume This Week After Deadlock", at: "Resume"))
        #expect(!isTitleCase("Talks resumed this week after a deadlock in Oslo.", at: "resumed"))
    }

    @Test("a line of one word is no headline")
    func oneWord() {
        #expect(!isTitleCase("Talks", at: "Talks"))
    }

    @Test("a closing period makes a sentence; only the token's own line counts")
    func edges() {
        #expect(!isTitleCase("She Won For Suddenly Last Summer.", at: "Won"))
        #expect(isTitleCase("the talks went on.\nTalks Resume This Week After Deadlock\nthe talks went on.", at: "Resume"))
    }
}
