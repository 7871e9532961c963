import Testing
@testable import Chronicle

@Suite("Empty input")
struct EmptyTextTests {
    @Test("no text, no expressions", arguments: ["", " ", "\n\n", "…"])
    func empty(_ text: String) {
        #expect(tagTimes(text).isEmpty)
        #expect(tagTimes(text, anchor: nil).isEmpty)
    }
}
