import Testing
@testable import Chronicle

@Suite("Entity ids")
struct EntityIdTests {
    @Test("documented example: the normalised name as a slug after the type")
    func documentedExample() {
        #expect(EntityId.make(type: .person, name: "Matthew Miller") == "person:matthew-miller")
        #expect(EntityId.make(type: .org, name: "Kessler Bau GmbH & Co.") == "org:kessler-bau-gmbh-co")
        #expect(EntityId.make(type: .person, name: "O’Leary") == "person:oleary")
    }

    @Test("a name with no letters or digits is unnamed")
    func empty() {
        #expect(EntityId.make(type: .place, name: "") == "place:unnamed")
        #expect(EntityId.make(type: .place, name: "— ,") == "place:unnamed")
    }

    @Test("the ASCII shortcut agrees with the Unicode property on every ASCII scalar, and letters beyond ASCII count")
    func slugCharacters() {
        for v in UInt32(0)..<0x80 {
            let ch = Unicode.Scalar(v)!
            #expect(EntityId.isSlugCharacter(ch) == (ch.properties.isAlphabetic || ("0"..."9").contains(ch)))
        }
        #expect(EntityId.isSlugCharacter("ğ") && EntityId.isSlugCharacter("λ") && !EntityId.isSlugCharacter("٣"))
        #expect(EntityId.make(type: .place, name: "Ελλάδα") == "place:ελλάδα")
    }
}
