import Testing
@testable import Chronicle

@Suite("Normalizer")
struct NormalizerTests {
    @Test("documented example: Erdoğan = Erdogan, U.S. = US")
    func documentedExample() {
        #expect(Normalizer.normalized("Erdoğan") == "erdogan")
        #expect(Normalizer.key("U.S.") == Normalizer.key("us"))
    }

    @Test("empty string")
    func empty() {
        #expect(Normalizer.normalized("") == "")
        #expect(Normalizer.lookupForm("") == "")
    }

    @Test("special letters and curly apostrophes")
    func specialLetters() {
        #expect(Normalizer.normalized("Straße Øresund Łódź") == "strasse oresund lodz")
        #expect(Normalizer.normalized("O’Leary") == "o'leary")
        #expect(Normalizer.normalized("Москва") == "москва")
    }

    @Test("lookup form: hyphens and spaces alike, possessive dropped")
    func lookupForm() {
        #expect(Normalizer.lookupForm("Kim Jong-un's") == "kim jong un")
        #expect(Normalizer.lookupForm("  Kim   Jong Un ") == "kim jong un")
        #expect(Normalizer.lookupForm("Jobs’") == "jobs")
    }
}
