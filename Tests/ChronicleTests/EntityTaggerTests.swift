import Testing
@testable import Chronicle

@Suite("Entity tagger")
struct EntityTaggerTests {
    /// (entity id, type, mention text, rule) for every mention, in text order.
    func mentions(_ text: String) throws -> [(id: String, type: EntityType, text: String, rule: String)] {
        let x = try Shared.pipeline().extract(raw: text, source: "test")
        return x.entities.flatMap { e in e.mentions.map { (start: $0.span.start, mention: (e.id, e.type, x.document.text(of: $0.span), $0.source)) } }
            .sorted { $0.start < $1.start }.map(\.mention)
    }

    func ids(_ text: String) throws -> [String] { try mentions(text).map(\.id) }

    @Test("documented example: list names, title rule, short forms and possessives")
    func documentedExample() throws {
        let found = try mentions("State Department spokesman Matthew Miller said Putin’s car went to Kim Jong Un. Miller joked about it.")
        #expect(found.map(\.text) == ["State Department", "Matthew Miller", "Putin", "Kim Jong Un", "Miller"])
        #expect(found[1].id == "person:matthew-miller" && found[1].type == .person)
        #expect(found[1].rule == "rule:title-name" || found[1].rule.hasPrefix("list:"))
        #expect(found[4].id == found[1].id && found[4].rule == "alias:short-form")
        #expect(found[2].id == "person:vladimir-putin")
    }

    @Test("empty text has no entities")
    func empty() throws {
        #expect(try mentions("").isEmpty)
        #expect(try mentions("nothing capitalised here at all.").isEmpty)
    }

    @Test("hyphen and space variants are one entity")
    func hyphenVariants() throws {
        let found = try ids("KIM JONG UN RETURNS HOME\nKim Jong-un spoke. Later Kim Jong Un left.")
        #expect(Set(found).count == 1)
        #expect(found.count == 3)
    }

    @Test("acronyms match only in capitals")
    func acronyms() throws {
        #expect(try ids("They told us the DPRK and the U.S. disagreed.") == ["place:north-korea", "place:united-states"])
    }

    @Test("a short form resolves to the most recent full name; an apposition is someone else")
    func ambiguousShortForms() throws {
        let found = try mentions("Kim Jong-un arrived first. Kim Yo-jong, Kim’s sister, followed. Kim Yo-jong spoke. Then Kim waved.")
        let kims = found.filter { $0.text == "Kim" }
        #expect(kims.count == 2)
        #expect(kims[0].id == "person:kim-jong-un")
        #expect(kims[1].id == found.first { $0.text == "Kim Yo-jong" }!.id)
    }

    @Test("a short form before its full name (a headline) resolves forward")
    func cataphora() throws {
        let found = try mentions("Weber wins the vote\nAnna Weber, a teacher from Graz, won the vote on Sunday.")
        #expect(found.first?.text == "Weber")
        #expect(found.first?.id == "person:anna-weber")
    }

    @Test("names in no list: first name, family name first, titles")
    func personRules() throws {
        let found = try mentions("Analyst Paul Nesbit met Chen Weiming and Dr. Ruth Okonkwo-Baines in Lagos.")
        let people = found.filter { $0.type == .person }.map(\.text)
        #expect(people == ["Paul Nesbit", "Chen Weiming", "Ruth Okonkwo-Baines"])
    }

    @Test("organisations by suffix and head, places by keyword")
    func organisationAndPlaceRules() throws {
        let found = try mentions("Rottal Pumpen GmbH and the Ministry of Water Resources sent crews to the Passau district and Lake Vänern.")
        #expect(found.contains { $0.text == "Rottal Pumpen GmbH" && $0.type == .org && $0.rule == "rule:org-suffix" })
        #expect(found.contains { $0.text == "Ministry of Water Resources" && $0.type == .org })
        #expect(found.contains { $0.text == "Passau district" && $0.type == .place })
        #expect(found.contains { $0.text == "Lake Vänern" && $0.type == .place })
    }

    @Test("a country before a listed organisation keeps the organisation's identity")
    func modifierAbsorption() throws {
        let found = try mentions("The US State Department and the Russian Foreign Ministry disagreed.")
        #expect(found.map(\.text) == ["US State Department", "Russian Foreign Ministry"])
        #expect(found[0].type == .org && found[1].type == .org)
    }

    @Test("an acronym defined in brackets refers back")
    func acronymDefinition() throws {
        let found = try mentions("The Regional Flood Agency (RFA) warned on Friday. Later the RFA lifted the warning.")
        let agency = try #require(found.first)
        #expect(agency.type == .org)
        #expect(found.filter { $0.id == agency.id }.count == 3)
    }

    @Test("an unknown given name before a common family name is a person")
    func surnameRule() throws {
        let found = try mentions("The report was written by Olenka Smith for the council.")
        #expect(found.map(\.text) == ["Olenka Smith"])
        #expect(found.first?.rule == "rule:surname")
    }

    @Test("a generated list's one-word alias needs place context; a person named in full wins")
    func generatedNames() throws {
        let found = try mentions("Premier Markus Söder visited the town. Söder said the town would cope. He flew to Kim later.")
        #expect(found.filter { $0.text == "Söder" }.allSatisfy { $0.id == "person:markus-soder" })
        #expect(found.contains { $0.text == "Kim" && $0.type == .place })  // `to Kim`: the town, in place context
    }

    @Test("not names: sentence starts, months, currency codes, regnal numbers")
    func falseAlarms() throws {
        #expect(try ids("However, prices rose in March. The fee was US$5 for the App Store and Mac OS X.").isEmpty)
    }

    @Test("an honour is no person: the name before Prize or Award is the person it is named after")
    func honours() throws {
        #expect(try ids("She won the Booker Prize in 2002. The Prize came with money.").isEmpty)
        #expect(try ids("He took the Marta Kellerman Award for comedy.") == ["person:marta-kellerman"])
    }

    @Test("a lower-case descriptor introduces an organisation; a person after it is no company")
    func describedOrganisations() throws {
        let found = try mentions("Shoppers left electronics retailer Kestrel Mart for engine maker Vantor. The firm Maria Lopez joined grew.")
        #expect(found.contains { $0.text == "Kestrel Mart" && $0.type == .org && $0.rule == "rule:org-descriptor" })
        #expect(found.contains { $0.text == "Vantor" && $0.type == .org })
        #expect(found.contains { $0.text == "Maria Lopez" && $0.type == .person })
    }

    @Test("two headed names joined by `and` stay two")
    func joinedHeadedNames() throws {
        let found = try mentions("Jets went to Kestrel Airlines and Vantor Airlines last year.")
        #expect(found.map(\.text) == ["Kestrel Airlines", "Vantor Airlines"])
        #expect(try mentions("Jets went to Lufthansa and Vantor Airlines.").map(\.text) == ["Lufthansa", "Vantor Airlines"])
    }

    @Test("a head word after a person and `and` is a family name")
    func personAndPersonWithHeadWord() throws {
        let found = try mentions("The play stars Maria Lopez and Nadia Press in the main roles.")
        #expect(found.map(\.text) == ["Maria Lopez", "Nadia Press"])
        #expect(found.allSatisfy { $0.type == .person })
        #expect(try mentions("Maria Lopez and Kestrel Press signed a deal.").map(\.text) == ["Maria Lopez", "Kestrel Press"])
    }

    @Test("a name before a comma and a job title is a person")
    func nameBeforeTitle() throws {
        let found = try mentions("Ondra Kessler Vranek, minister of transport for the region, spoke. Vranek left.")
        let person = try #require(found.first)
        #expect(person.text == "Ondra Kessler Vranek" && person.type == .person && person.rule == "rule:name-title")
        #expect(found.last?.id == found.first?.id)
    }

    @Test("a name, a comma and a described company make an organisation; a person's job does not")
    func organisationInApposition() throws {
        let found = try mentions("""
            Brenner Kolt, a Boston-based software company, was sold. Last year, a bank, which lost money, closed. \
            Dario Weber, a bank employee, left.
            """)
        #expect(found.map(\.text) == ["Brenner Kolt", "Boston", "Dario Weber"])
        #expect(found.first?.type == .org && found.first?.rule == "rule:org-apposition")
        #expect(found.last?.type == .person)
    }

    @Test("a capitalised word with a web domain is a site's organisation")
    func webNames() throws {
        let found = try mentions("The report, quoted by Kabarnews.com on Monday, was denied.")
        #expect(found.map(\.text) == ["Kabarnews.com"])
        #expect(found.first?.type == .org)
    }

    @Test("an ambiguous listed place at a sentence start counts with a place after it")
    func ambiguousPlaceAtSentenceStart() throws {
        #expect(try mentions("Jackson, Mississippi, voted first.").map(\.text) == ["Jackson", "Mississippi"])
        #expect(try mentions("Jackson voted first.").isEmpty)
    }

    @Test("lower-case particles stay inside a person's name")
    func nameParticles() throws {
        let found = try mentions("Broker Anna van den Berg met Paulo da Costa in Lisbon.")
        #expect(found.filter { $0.type == .person }.map(\.text) == ["Anna van den Berg", "Paulo da Costa"])
        // A particle with no capitalised word after it ends the name.
        #expect(try mentions("Analyst Paulo Costa de facto ran the desk.").filter { $0.type == .person }.map(\.text) == ["Paulo Costa"])
    }

    @Test("a title and a family name that is also a place keyword make no place")
    func titleBeforePlaceKeyword() throws {
        let found = try mentions("Governor Park Min-jae spoke on Monday. Mr Park said rates would hold.")
        #expect(found.map(\.text) == ["Park Min-jae", "Park"])
        #expect(found.allSatisfy { $0.type == .person })
    }

    @Test("a given name and a place keyword make a person after a title or before a comma and a title")
    func givenNameAndPlaceKeyword() throws {
        let found = try mentions("Radio correspondent Maria Hall said the roads were shut. Colin Lake, a spokesman, agreed.")
        #expect(found.map(\.text) == ["Maria Hall", "Colin Lake"])
        #expect(found.allSatisfy { $0.type == .person && $0.rule == "rule:title-name" })
        // Without a title the keyword still makes a place, and a longer name stays a place.
        #expect(try mentions("Crowds gathered in Maria Hall.").map(\.type) == [.place])
        #expect(try mentions("Reporter Anna Weber walked to the Royal Albert Hall.").map(\.type) == [.person, .place])
    }

    @Test("`Former` at a sentence start is no part of the name after it")
    func formerStartsNoName() throws {
        let found = try mentions("Former Kestrel Street press chief Ann Lowe said little.")
        #expect(!found.contains { $0.text.hasPrefix("Former") })
    }

    @Test("a leading initial belongs to the name; a lower-case word glued by a hyphen starts no name")
    func initialsAndHyphens() throws {
        let found = try mentions("\"The cables are in,\" said Mr K. Raghavan, head of networks.")
        #expect(found.map(\.text) == ["K. Raghavan"])
        #expect(try mentions("The week-old Committee for Open Rivers met.").map(\.text) == ["Committee for Open Rivers"])
    }

    @Test("a title that starts a sentence is no part of the name before a comma and a title")
    func sentenceInitialTitle() throws {
        let person = try mentions("Conductor Elena Varga, director of the city orchestra, has died.")
        #expect(person.map(\.text) == ["Elena Varga"])
    }

    @Test("a demonym that is also a given name starts no person's name")
    func demonymIsNoGivenName() throws {
        #expect(!(try mentions("Shares in Allied Irish Lenders rose on Friday.")).contains { $0.type == .person })
    }

    @Test("a listed place that starts with a family name is no person")
    func placeStartingWithFamilyName() throws {
        let found = try mentions("The deal went to a Hong Kong-based trader on Tuesday.")
        #expect(!found.contains { $0.type == .person })
    }

    @Test("a title before a family name is no given name")
    func titleBeforeFamilyName() throws {
        let found = try mentions("Lena Clark ruled on Monday. \"The claim fails,\" Judge Clark wrote.")
        #expect(found.map(\.text) == ["Lena Clark", "Clark"])
        #expect(found[1].id == found[0].id)
    }

    @Test("a person before `of` is not part of the firm after it")
    func personOfFirm() throws {
        let found = try mentions("\"Rates will hold,\" said John Mercer of Halvard Capital.")
        #expect(found.map(\.text) == ["John Mercer", "Halvard Capital"])
        #expect(found.map(\.type) == [.person, .org])
        // One given name before `of` is part of the organisation's name.
        #expect(try mentions("Students at the Maxwell of Kestrel Institute met.").map(\.text) == ["Maxwell of Kestrel Institute"])
    }

    @Test("a sentence's first word before `of` is the phrase around a headed name, not part of it")
    func openingWordBeforeOf() throws {
        #expect(try mentions("Members of Riverton City Council cheered.").map(\.text) == ["Riverton City Council"])
        #expect(try mentions("Residents of Lake Tahoe City fled.").map(\.text) == ["Lake Tahoe City"])
        #expect(try mentions("Fans of Crystal Palace sang.").map(\.text) == ["Crystal Palace"])
        // Inside a sentence the word may be the name's own.
        #expect(try mentions("They met the Maxwell of Kestrel Institute.").map(\.text) == ["Maxwell of Kestrel Institute"])
    }

    @Test("a first name and a head word before a comma and a title make a person")
    func firstNameAndHeadWord() throws {
        let found = try mentions("\"Sales will grow,\" Tom Press, vice president of the group, said. Tom Press, the chairman, agreed.")
        #expect(found.map(\.text) == ["Tom Press", "Tom Press"])
        #expect(found.allSatisfy { $0.type == .person })
        // Without that evidence the head word still makes an organisation.
        #expect(try mentions("Shares of Lumen Press rose.").map(\.type) == [.org])
    }

    @Test("an organisation named after a head word runs on through `of` and a listed place")
    func organisationOfPlace() throws {
        let found = try mentions("The Association of Boat Builders of South Africa (ABBSA) said sales rose. ABBSA expects more.")
        let org = try #require(found.first)
        #expect(org.text == "Association of Boat Builders of South Africa" && org.type == .org)
        #expect(found.filter { $0.text == "ABBSA" }.allSatisfy { $0.id == org.id })
        #expect(found.filter { $0.text == "ABBSA" }.count == 2)
        // A demonym, or a place that goes on into a longer name, does not end it.
        #expect(try mentions("The Association of Boat Builders of Kenya Ports met.").map(\.text).first == "Association of Boat Builders")
        #expect(try mentions("The Association of Boat Builders of British descent met.").map(\.text).first == "Association of Boat Builders")
    }

    @Test("an acronym after a place, with another initial, is not that place's")
    func acronymAfterTrailingPlace() throws {
        // `Guild of Makers of South Africa` is no organisation by rule (`Guild` is no head word), so
        // the mention before the brackets is the country alone.
        let found = try mentions("The Guild of Makers of South Africa (GMSA) said sales rose.")
        #expect(!found.contains { $0.text == "GMSA" && $0.id == "place:south-africa" })
        #expect(try mentions("The German Flood Service (DHD) warned. The DHD said more rain was due.")
            .filter { $0.text == "DHD" }.count == 2)
        // A dateline's agency is not the place before it.
        let dateline = try mentions("VALMORA, Kenya (TNX) _ Rescuers dug through the night. TNX said more help was coming.")
        #expect(!dateline.contains { $0.text == "TNX" && $0.id == "place:kenya" })
    }

    @Test("Korea alone is a place of its own, not one of the two states")
    func korea() throws {
        let found = try mentions("Exports to Korea rose, and South Korea bought more.")
        #expect(found.map(\.id) == ["place:korea", "place:south-korea"])
    }
}
