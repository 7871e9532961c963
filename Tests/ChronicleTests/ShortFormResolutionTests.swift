import Testing
@testable import Chronicle

/// In-document resolution, with each mention marked inline as `[surface](entity id)`.
@Suite("Short-form resolution")
struct ShortFormResolutionTests {
    /// The document text with every mention (names and modifiers) marked by its entity id.
    func annotated(_ text: String) throws -> String {
        let x = try Shared.pipeline().extract(raw: text, source: "test")
        let marks = x.entities.flatMap { e in e.mentions.map { ($0.span, e.id) } }.sorted { $0.0.start < $1.0.start }
        var bytes = Array(x.document.text.utf8)
        for (span, id) in marks.reversed() {
            bytes.insert(contentsOf: Array("](\(id))".utf8), at: span.end)
            bytes.insert(UInt8(ascii: "["), at: span.start)
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    @Test("documented example: a surname after the full name, possessive included")
    func surname() throws {
        #expect(try annotated("Vladimir Putin arrived. Putin's car followed.")
                == "[Vladimir Putin](person:vladimir-putin) arrived. [Putin](person:vladimir-putin)'s car followed.")
    }

    @Test("empty text resolves nothing")
    func empty() throws {
        #expect(try annotated("") == "")
    }

    @Test("a listed person's first name after the full name; a rule-made person's is not taken")
    func firstName() throws {
        #expect(try annotated("Kamala Harris spoke. Kamala thanked the crowd.")
                == "[Kamala Harris](person:kamala-harris) spoke. [Kamala](person:kamala-harris) thanked the crowd.")
        #expect(try annotated("Olivia Brandt won the race. Olivia thanked her coach.")
                == "[Olivia Brandt](person:olivia-brandt) won the race. Olivia thanked her coach.")
    }

    @Test("a generational suffix is no surname: `Marcos` after `Ferdinand Marcos Jr.`")
    func generationalSuffix() throws {
        #expect(try annotated("The talks ended. Ferdinand Marcos Jr. arrived. Marcos thanked the crowd.")
                == "The talks ended. [Ferdinand Marcos Jr](person:ferdinand-marcos-jr). arrived. [Marcos](person:ferdinand-marcos-jr) thanked the crowd.")
    }

    @Test("a one-word organisation found by a rule stands for itself elsewhere, before and after")
    func oneWordRuleOrganisation() throws {
        #expect(try annotated("Kestrova unveils a phone. The phone maker Kestrova sold it on Monday. Kestrova shares rose.")
                == "[Kestrova](org:kestrova) unveils a phone. The phone maker [Kestrova](org:kestrova) sold it on Monday. [Kestrova](org:kestrova) shares rose.")
    }

    @Test("an acronym defined in brackets, then alone")
    func acronym() throws {
        #expect(try annotated("The Coastal Rescue Agency (CRA) left. The CRA returned.")
                == "The [Coastal Rescue Agency](org:coastal-rescue-agency) ([CRA](org:coastal-rescue-agency)) left. The [CRA](org:coastal-rescue-agency) returned.")
    }

    @Test("metonyms keep the type policy: the Kremlin is an organisation, Moscow a place")
    func metonyms() throws {
        #expect(try annotated("The Kremlin and Moscow denied it.")
                == "The [Kremlin](org:kremlin) and [Moscow](place:moscow) denied it.")
    }

    @Test("two people named Kim: the most recent full mention wins")
    func twoKims() throws {
        #expect(try annotated("Kim Jong-un spoke. Kim Yo-jong answered. Kim smiled.")
                == "[Kim Jong-un](person:kim-jong-un) spoke. [Kim Yo-jong](person:kim-yo-jong) answered. [Kim](person:kim-yo-jong) smiled.")
    }

    @Test("a surname that is a month: the person, except where the word is a date")
    func monthSurname() throws {
        #expect(try annotated("Theresa May met Emmanuel Macron. May said she will return in May, and on May 5. Mrs May agreed.")
                == "[Theresa May](person:theresa-may) met [Emmanuel Macron](person:emmanuel-macron). [May](person:theresa-may) said she will return in May, and on May 5. Mrs [May](person:theresa-may) agreed.")
    }

    @Test("Washington the person, and the city after a place preposition")
    func washington() throws {
        #expect(try annotated("George Washington crossed a river. Washington wrote home. Officials in Washington agreed.")
                == "[George Washington](person:george-washington) crossed a river. [Washington](person:george-washington) wrote home. Officials in [Washington](place:washington) agreed.")
    }

    @Test("a short form with no antecedent is no mention unless a title types it")
    func noAntecedent() throws {
        #expect(try annotated("Brandt said no. Mr Ivanov said yes.") == "Brandt said no. Mr [Ivanov](person:ivanov) said yes.")
    }
}
