import Testing
@testable import Chronicle

/// Names that head a noun phrase versus names that modify another noun. In the marked texts
/// `[…]` is a name mention and `{…}` a modifier mention.
@Suite("Mention roles")
struct MentionRoleTests {
    /// The text with every entity mention marked by its role.
    func marked(_ text: String) throws -> String {
        let x = try Shared.pipeline().extract(raw: text, source: "test")
        let spans = x.entities.flatMap(\.mentions).sorted { $0.span.start < $1.span.start }
        var bytes = Array(x.document.text.utf8)
        for m in spans.reversed() {
            let (open, close) = m.role == .name ? ("[", "]") : ("{", "}")
            bytes.insert(contentsOf: close.utf8, at: m.span.end)
            bytes.insert(contentsOf: open.utf8, at: m.span.start)
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    @Test("documented example: a name before a listed noun modifies it")
    func documentedExample() throws {
        #expect(try marked("Microsoft engineers met Google in Paris.") == "{Microsoft} engineers met [Google] in [Paris].")
    }

    @Test("empty text has no mentions")
    func empty() throws {
        #expect(try marked("") == "")
    }

    @Test("a demonym is always a modifier")
    func demonyms() throws {
        #expect(try marked("A German airline flew to France.") == "A {German} airline flew to [France].")
    }

    @Test("a maker's name before a model designation names the product")
    func modelDesignations() throws {
        #expect(try marked("Lufthansa bought ten Boeing 787 jets and an Airbus A380.")
                == "[Lufthansa] bought ten {Boeing} 787 jets and an {Airbus} A380.")
        // A year or a quantity after a name is no model.
        #expect(try marked("Google 2024 results were shared.") == "[Google] 2024 results were shared.")
    }

    @Test("hyphenated and spaced `based`")
    func based() throws {
        #expect(try marked("An Intel-based laptop came from a Paris based firm.")
                == "An {Intel}-based laptop came from a {Paris} based firm.")
    }

    @Test("verbs, possessives, punctuation and person titles leave a name a name")
    func staysName() throws {
        #expect(try marked("Google plans a launch. Google's engineers agreed, Google said.")
                == "[Google] plans a launch. [Google]'s engineers agreed, [Google] said.")
        // The organisation before a title is the person's affiliation.
        #expect(try marked("Google spokesman Matthew Miller spoke.") == "[Google] spokesman [Matthew Miller] spoke.")
    }

    @Test("a capitalised word after a name is no listed noun")
    func capitalisedNext() throws {
        #expect(try marked("Google Maps opened.").contains("Google"))
        #expect(try !marked("Google Maps opened.").contains("{Google}"))
    }
}
