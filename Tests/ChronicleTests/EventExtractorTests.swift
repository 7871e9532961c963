import Testing
@testable import Chronicle

@Suite("Events")
struct EventExtractorTests {
    /// Published on Thursday 22 February 2024.
    static let thursday = LocalDateTime(year: 2024, month: 2, day: 22)

    func events(_ text: String) throws -> (events: [Event], extraction: Extraction) {
        let x = try Shared.pipeline().extract(raw: text, source: "test", published: Self.thursday)
        return (x.events, x)
    }

    func trigger(_ e: Event, _ x: Extraction) -> String { x.document.text(of: e.trigger) }

    @Test("documented example: type, participants with roles, place and time")
    func documentedExample() throws {
        let (events, x) = try events("President Anna Weber met Prime Minister Jonas Berg in Oslo on Tuesday.")
        let meeting = try #require(events.first { $0.type == "meeting" })
        #expect(trigger(meeting, x) == "met")
        #expect(meeting.participants.map(\.role) == ["agent", "participant"])
        #expect(meeting.participants.map(\.entityId) == ["person:anna-weber", "person:jonas-berg"])
        #expect(meeting.places == ["place:oslo"])
        #expect(meeting.time?.value == "2024-02-20")
        #expect(meeting.timeSource == .clause)
    }

    @Test("no text, no events")
    func empty() throws {
        #expect(try events("").events.isEmpty)
    }

    @Test("an event with no time in its clause stays undated")
    func undated() throws {
        let (events, _) = try events("Anna Weber visited Oslo. The talks went well.")
        let visit = try #require(events.first { $0.type == "visit" })
        #expect(visit.time == nil)
    }

    @Test("a statement takes the time of a fronted adverbial clause, its quote the same time")
    func statementTime() throws {
        let (events, x) = try events("""
            Asked about the plan during a Wednesday briefing, foreign ministry spokesman Ole Dahl said it was sound.
            "We stand by it," he said.
            """)
        let said = events.filter { $0.type == "statement" }
        #expect(said.count == 1)  // one speaker, one occasion
        #expect(said.first?.time?.value == "2024-02-21")
        #expect(said.first?.participants.first?.entityId == "person:ole-dahl")
        #expect(said.first?.mentions.count == 2)
        #expect(events.contains { $0.type == "briefing" && trigger($0, x) == "briefing" && $0.time?.value == "2024-02-21" })
    }

    @Test("a fronted time with a comma dates the first event after it, unless that clause has a time")
    func frontedTime() throws {
        let (events, _) = try events("Last month, Anna Weber postponed the trip. On Monday, Jonas Berg visited Oslo on Tuesday.")
        let trip = try #require(events.first { $0.type == "travel" })
        #expect(trip.time?.value == "2024-01" && trip.timeSource == .sentence)
        let visit = try #require(events.first { $0.type == "visit" })
        #expect(visit.time?.value == "2024-02-20" && visit.timeSource == .clause)
    }

    @Test("a participle after a comma takes the time of the clause before it")
    func participleTime() throws {
        let (events, _) = try events("Heavy rain fell on Oslo on Monday, flooding streets in Bergen. Jonas Berg toured Bergen, flooding the market.")
        let floods = events.filter { $0.type == "disaster" }
        #expect(floods.count == 2)
        #expect(floods.first?.time?.value == "2024-02-19" && floods.first?.timeSource == .sentence)
        #expect(floods.first?.places == ["place:bergen"])
        // No time in the clause before: the participle stays undated.
        #expect(floods.last?.time == nil && floods.last?.participants.map(\.entityId) == ["person:jonas-berg"])
    }


    @Test("a clause opened by as, while or when takes the time of an eventless clause before it")
    func simultaneousClause() throws {
        let (watched, _) = try events("Anna Weber watched on Monday as the two ministers signed an agreement in Oslo.")
        let signing = try #require(watched.first { $0.type == "agreement" })
        #expect(signing.time?.value == "2024-02-19" && signing.timeSource == .sentence)
        let (sold, _) = try events("The alliance came about in 2019 as Anna Weber sold the plant.")
        #expect(sold.first { $0.type == "sale" }?.time?.value == "2019")
        // `as an alternative to` is a preposition; `to sell` is a plan.
        for text in ["The alliance came about in 2019 as an alternative to Anna Weber selling the plant.",
                     "The plan was drawn up in 2019 as Jonas Berg prepared to sell the plant in Oslo."] {
            let sale = try #require(try self.events(text).events.first { $0.type == "sale" })
            #expect(sale.time == nil)
        }
    }

    @Test("an event with no time takes the time of an eventless when, as or while clause after it")
    func simultaneousClauseAfter() throws {
        let (died, _) = try events("Jonas Berg died when his boat capsized near Bergen on Tuesday evening.")
        let death = try #require(died.first { $0.type == "death" })
        #expect(death.time?.value == "2024-02-20TEV" && death.timeSource == .sentence)
        // A clause with an event of its own keeps its time; a speech verb is dated by its own rules.
        let (two, _) = try events("Jonas Berg died when storms hit Bergen on Tuesday.")
        #expect(two.first { $0.type == "death" }?.time == nil)
        #expect(two.first { $0.type == "disaster" }?.time?.value == "2024-02-20")
    }

    @Test("a time opening a sentence with its own opening word dates the first event after it")
    func frontedOpeningWord() throws {
        let (events, _) = try events("Earlier this month, Northwind agreed to buy Oslo Energy.")
        #expect(events.first { $0.type == "acquisition" }?.time?.value == "2024-02")
    }

    @Test("a time written before its trigger, then one after it, beat a time far before")
    func timeOrder() throws {
        let (events, _) = try events("""
            Anna Weber pleaded guilty on July 24 to a charge over two fatal crashes in 2018.             The 2019 Oslo crash was settled in May. In December the Senate rejected a plea by current governor Jonas Berg.
            """)
        let crashes = events.filter { $0.type == "disaster" }
        #expect(crashes.compactMap(\.time?.value) == ["2018", "2019"])
        #expect(events.first { $0.type == "denial" }?.time?.value == "2023-12")
    }

    @Test("the commas of a place and its region before a time close no clause; before a verb they do")
    func placeCommas() throws {
        let (met, _) = try events("Anna Weber met Jonas Berg in Bergen, Norway, last week to discuss the handover.")
        let meeting = try #require(met.first { $0.type == "meeting" })
        #expect(meeting.time?.value == "2024-W07")
        #expect(meeting.places == ["place:bergen", "place:norway"])
        let (said, _) = try events("Jonas Berg, 32, from Bergen, Norway, said he was fine.")
        #expect(said.first { $0.type == "statement" }?.participants.map(\.entityId) == ["person:jonas-berg"])
    }

    @Test("who or which after a name, a comma between, makes the name the subject of its clause")
    func relativeAntecedent() throws {
        let (events, _) = try events("The board thanked Jonas Berg, who announced in March that he would step down.")
        let announced = try #require(events.first { $0.type == "announcement" })
        #expect(announced.participants.map(\.entityId) == ["person:jonas-berg"])
        #expect(announced.time?.value == "2023-03")
        // A name between `who` and the verb is its subject (`who Anna Weber met`).
        let (object, _) = try self.events("They praised Jonas Berg, who Anna Weber met in Oslo.")
        #expect(object.first { $0.type == "meeting" }?.participants.map(\.entityId) == ["person:anna-weber"])
    }

    @Test("a place in what a speaker says is not where the saying was")
    func reportedPlace() throws {
        let (content, _) = try events("Jonas Berg said he expected the senate in Oslo to approve the plan.")
        #expect(content.first { $0.type == "statement" }?.places == [])
        let (saying, _) = try events("Jonas Berg said in Oslo that the senate would approve the plan.")
        #expect(saying.first { $0.type == "statement" }?.places == ["place:oslo"])
    }

    @Test("take over as is an appointment, not an acquisition")
    func takeOverAs() throws {
        let (events, _) = try events("Anna Weber will take over as chief executive of Northwind.")
        #expect(events.contains { $0.type == "appointment" } && !events.contains { $0.type == "acquisition" })
    }

    @Test("he or she is the acting person of the sentence's earlier event, else of the last sentence")
    func pronoun() throws {
        let (proposed, _) = try events("Jonas Berg arrived in Oslo. Anna Weber proposed the pact when she visited Bergen in March.")
        let visit = try #require(proposed.first { $0.type == "visit" })
        #expect(visit.participants.first { $0.role == "agent" }?.entityId == "person:anna-weber")
        #expect(visit.time?.value == "2023-03")
        let (later, _) = try events("Jonas Berg arrived in Oslo. He visited Bergen.")
        let second = try #require(later.first { $0.type == "visit" })
        #expect(second.participants.first { $0.role == "agent" }?.entityId == "person:jonas-berg")
    }

    @Test("a time in the reported content is not the time of the saying")
    func contentTime() throws {
        let (events, _) = try events("Spokesman Ole Dahl said a team would visit Oslo next month.")
        let said = try #require(events.first { $0.type == "statement" })
        #expect(said.time == nil)
        let visit = try #require(events.first { $0.type == "visit" })
        #expect(visit.time?.value == "2024-03")
    }

    @Test("a later time after an auxiliary or a subject pronoun is the content's, not the saying's")
    func contentTimeAfterAuxiliary() throws {
        let (events, _) = try events("""
            Jonas Berg said it had revised the figures in December 2023. Anna Weber said there were ten \
            stores by June 2023. Ole Dahl said on Monday that sales rose.
            """)
        let said = events.filter { $0.type == "statement" }
        #expect(said.map { $0.time?.value } == [nil, nil, "2024-02-19"])
    }

    @Test("a time right before a modal or an auxiliary after a speech verb is the content's subject")
    func contentSubjectTime() throws {
        let (events, _) = try events("""
            Jonas Berg said 2024 should be a better year. Anna Weber said on Monday that sales rose. \
            Ole Dahl said 2023 had been hard. Comments by the bank at the end of last week have upset traders.
            """)
        let said = events.filter { $0.type == "statement" }
        #expect(said.map { $0.time?.value } == [nil, "2024-02-19", nil, "2024-W07"])
    }

    @Test("a leader and the country the leader acts for are one agent: headline and body merge")
    func leaderStandsForCountry() throws {
        let (events, _) = try events("""
            France and Germany sign energy pact

            Emmanuel Macron and Olaf Scholz signed a joint energy co-operation agreement in Paris on Monday.
            Russia held talks with the World Trade Organization. A delegation is due to meet Vladimir Putin.
            """)
        let agreements = events.filter { $0.type == "agreement" }
        #expect(agreements.count == 1)
        #expect(agreements.first?.time?.value == "2024-02-19")
        #expect(Set(agreements.first?.participants.map(\.entityId) ?? []) == [
            "place:france", "place:germany", "person:emmanuel-macron", "person:olaf-scholz"])
        // A leader who is only a participant joins no event of the leader's country.
        #expect(events.filter { $0.type == "meeting" }.map { $0.participants.map(\.entityId) } == [
            ["place:russia", "org:wto"], ["person:vladimir-putin"]])
    }

    @Test("agreed to and a trigger: that trigger is the event; agreed to a noun stays an agreement")
    func agreedToBuy() throws {
        let (events, x) = try events("""
            Unilever has agreed to buy Vantor Software, a Dutch software company. \
            Unilever agreed to a truce with Heineken on Monday.
            """)
        #expect(events.map { "\($0.type) \(trigger($0, x))" } == ["acquisition buy", "agreement agreed"])
        #expect(events.first?.participants.map(\.entityId) == ["org:unilever", "org:vantor-software"])
    }

    @Test("one agent dealing with two other organisations: two events, not one")
    func twoDeals() throws {
        let (events, _) = try events("""
            Unilever has agreed to buy Vantor Software, a Dutch software company. \
            Unilever last year sold its stake in Brenner Kolt, a German retailer.
            """)
        #expect(events.map { $0.time?.value } == [nil, "2023"])
    }

    @Test("it as the subject of an active verb is the acting organisation of this or the last sentence")
    func itIsTheCompany() throws {
        let (events, _) = try events("""
            Unilever sold its stake in Brenner Kolt, a German retailer, last year. In March it opened a plant in Oslo. \
            The plant was built by a contractor. It was opened in Bergen.
            """)
        let openings = events.filter { $0.type == "launch" }
        #expect(openings.map { $0.participants.map(\.entityId) } == [["org:unilever"], []])
    }

    @Test("two mentions of one happening merge, keeping the dated one's time")
    func merging() throws {
        let (events, _) = try events("""
            Anna Weber gave a painting to the museum director Jonas Berg.
            Weber's gift was reported on Tuesday; the painting was handed over to Berg last weekend.
            """)
        let gifts = events.filter { $0.type == "gift" || $0.type == "transfer" }
        #expect(gifts.count == 1)
        #expect(gifts.first?.mentions.count == 3)
        #expect(gifts.first?.time?.value == "2024-W07-WE")
        #expect(gifts.first?.timeSource == .merged)
    }

    @Test("statements of two people stay apart though both name the same employer")
    func affiliatedSpeakers() throws {
        let (events, _) = try events("""
            BBC correspondent Anna Weber said the crowd was large. Jonas Berg, a BBC reporter, said the rules held.
            Weber later said the crowd went home.
            """)
        let said = events.filter { $0.type == "statement" }
        #expect(said.count == 2)
        #expect(said.map { $0.participants.map(\.entityId) } == [["org:bbc", "person:anna-weber"], ["person:jonas-berg", "org:bbc"]])
        #expect(said.map(\.mentions.count) == [2, 1])
        // With no person named, the organisation is the speaker, and its statements are one.
        let (corporate, _) = try self.events("The BBC said the crowd was large. The BBC also said the rules held.")
        #expect(corporate.filter { $0.type == "statement" }.count == 1)
    }

    @Test("a person speaking after a comma gives an organisation's statement of the same sentence its voice")
    func voicedStatement() throws {
        let (events, _) = try events("""
            Norway said on Tuesday it opposed the plan, foreign ministry spokesperson Anna Weber told a news briefing.
            """)
        let said = events.filter { $0.type == "statement" }
        #expect(said.count == 1)
        #expect(said.first?.participants.map(\.entityId) == ["place:norway", "person:anna-weber"])
        #expect(said.first?.time?.value == "2024-02-20")
        // A clause word after the comma makes it a second statement.
        let (apart, _) = try self.events("Norway said on Tuesday it opposed the plan, while Anna Weber said it was fair.")
        #expect(apart.filter { $0.type == "statement" }.count == 2)
    }

    @Test("a form that is the event only as a noun is another verb after to, a modal or he/she")
    func nounOnlySense() throws {
        let (events, x) = try events("""
            Officials should deal with the backlog. Anna Weber agreed a deal with Jonas Berg on Monday.
            The economy will contract next year. He fires staff often. A fire destroyed the Oslo depot.
            """)
        #expect(events.map { "\($0.type) \(trigger($0, x))" } == ["agreement agreed a deal", "disaster fire"])
    }

    @Test("a meeting verb with a goal after it is another sense; a goal after `to` is not its object")
    func otherSense() throws {
        let (events, x) = try events("""
            Anna Weber failed to meet her 2024 target. Jonas Berg met a cool reception in Oslo.
            Anna Weber met Jonas Berg on Monday to discuss targets.
            """)
        #expect(events.map { "\($0.type) \(trigger($0, x))" } == ["meeting met"])
        #expect(events.first?.time?.value == "2024-02-19")
    }

    @Test("a listed phrase or a hyphenated modifier hides the trigger in it")
    func notTriggers() throws {
        let (events, x) = try events("""
            The so-called reform stalled. Unions called off the strike. The award-winning film and the \
            vote-rigging claims faded. The value-added services and the much-criticised plan grew. \
            Anna Weber called the plan sound.
            """)
        #expect(events.map { "\($0.type) \(trigger($0, x))" } == ["statement called"])
        // A particle after the hyphen makes the event's noun: `sell-off`, `buy-out`.
        let (sales, y) = try self.events("Anna Weber approved the sell-off of the depot on Monday. The big write-off came later.")
        #expect(sales.map { "\($0.type) \(trigger($0, y))" } == ["approval approved", "sale sell"])
    }

    @Test("a phrase such as `signs of` or `given up`, or a light-verb object such as `gave interviews`, is no event")
    func lightVerbSenses() throws {
        let (events, x) = try events("""
            Prices fell amid signs of a slowdown. Jonas Berg has given up his seat. Rates stayed high given that \
            demand was weak. Anna Weber gave interviews to the Oslo Times. Berg delivered a lecture in Bergen. \
            Ole Dahl shot hoops with pupils in Bergen. There is no sign of a pact. Jonas Berg gave those figures. \
            The ministry came under fire. Bars kept their opening hours. Anna Weber gave a painting to Jonas Berg \
            on Monday. Police opened fire in Bergen.
            """)
        #expect(events.map { "\($0.type) \(trigger($0, x))" } == ["gift gave", "attack opened fire"])
    }

    @Test("he or she passes over an acting person of the other sex to the nearest person of its own")
    func pronounSex() throws {
        let (events, _) = try events("""
            Anna Weber met Jonas Berg in Oslo on Monday. He said the talks went well.
            Jonas Berg met Mrs Dahl in Bergen on Friday. She said the port was busy.
            """)
        let said = events.filter { $0.type == "statement" }
        #expect(said.map { $0.participants.map(\.entityId) } == [["person:jonas-berg"], ["person:dahl"]])
    }

    @Test("a name after `to` before a speech verb is whom something was sent, not the speaker")
    func recipientIsNoSpeaker() throws {
        let (events, _) = try events("A letter sent to Jonas Berg said his permit would lapse. Anna Weber said on Monday that it would.")
        let said = events.filter { $0.type == "statement" }
        #expect(said.map { $0.participants.map(\.entityId) } == [["person:anna-weber"]])
    }

    @Test("a naming verb after a noun gives a thing its name; after a subject it tells what someone said")
    func namingVerb() throws {
        let (events, x) = try events("""
            Anna Weber runs a network called Fjordnet. The firm sells a phone sometimes called Skarv.
            The minister called Berg a liar on Monday. Jonas Berg called for calm.
            """)
        #expect(events.map { "\($0.type) \(trigger($0, x))" } == ["statement called", "statement called"])
        #expect(events.first?.time?.value == "2024-02-19")
    }

    @Test("a nationality describing a person is no participant; one standing for its country is")
    func describedPerson() throws {
        let (events, _) = try events("""
            Norwegian foreign ministry spokesman Ole Dahl told reporters on Monday that talks went well.
            German President Anna Weber met Jonas Berg in Oslo on Tuesday. Russian officials visited Oslo on Friday.
            """)
        #expect(events.map { $0.participants.map(\.entityId) } == [
            ["person:ole-dahl"], ["person:anna-weber", "person:jonas-berg"], ["place:russia"],
        ])
        #expect(events.map(\.places) == [[], ["place:oslo"], ["place:oslo"]])
    }

    @Test("events with no participant merge through a shared place, if their times allow")
    func sharedPlace() throws {
        let (events, _) = try events("""
            Flooding in Bergen forces hundreds from homes
            Heavy rain fell on Monday, flooding streets in Bergen. Flooding in Oslo closed roads.
            The worst flooding in Bergen came in 1953.
            """)
        let floods = events.filter { $0.type == "disaster" }
        #expect(floods.map(\.places) == [["place:bergen"], ["place:oslo"], ["place:bergen"]])
        #expect(floods.map(\.mentions.count) == [2, 1, 1])
        #expect(floods.map { $0.time?.value } == ["2024-02-19", nil, "1953"])
    }

    @Test("a bare definite noun folds into the event it names")
    func bareNoun() throws {
        let (events, _) = try events("Anna Weber signed an agreement with Jonas Berg on Monday. The agreement runs for five years.")
        let agreements = events.filter { $0.type == "agreement" }
        #expect(agreements.count == 1)
        #expect(agreements.first?.mentions.count == 2)
    }

    @Test("links: a statement reports what follows it; `later` puts an event after the one before")
    func links() throws {
        let (events, x) = try events("Anna Weber met Jonas Berg in Oslo on Monday. Berg later visited Bergen.")
        let meeting = try #require(events.first { $0.type == "meeting" })
        let visit = try #require(events.first { $0.type == "visit" })
        #expect(x.links.contains(EventLink(from: meeting.id, to: visit.id, relation: .before)))
        let (reported, y) = try self.events("Spokesman Ole Dahl said Anna Weber visited Oslo.")
        let said = try #require(reported.first { $0.type == "statement" })
        let content = try #require(reported.first { $0.type == "visit" })
        #expect(y.links == [EventLink(from: said.id, to: content.id, relation: .reports)])
    }

    @Test("a region word may stand between a place word and its place")
    func regionWord() throws {
        let (events, _) = try events("Floods hit homes in northern Norway on Monday.")
        #expect(events.first { $0.type == "disaster" }?.places == ["place:norway"])
        let (plain, _) = try self.events("Anna Weber met Jonas Berg in the north-east of Oslo on Monday.")
        #expect(plain.first?.places == [])
    }

    @Test("where a journey or visit went is a place, after to or right after the verb")
    func destination() throws {
        let (events, _) = try events("Anna Weber flew to Oslo on Monday. Jonas Berg visited southern Norway on Tuesday.")
        let flight = try #require(events.first { $0.type == "travel" })
        #expect(flight.places == ["place:oslo"])
        #expect(flight.participants.map(\.entityId) == ["person:anna-weber"])
        let visit = try #require(events.first { $0.type == "visit" })
        #expect(visit.places == ["place:norway"])
        // Not for other events: `to` keeps its recipient.
        let (gifts, _) = try self.events("Anna Weber gave a car to Jonas Berg on Monday.")
        #expect(gifts.first?.participants.map(\.role) == ["agent", "recipient"])
    }

    @Test("a verb after `and` shares the subject and place of the verb before it, not its objects")
    func coordinatedVerbs() throws {
        let (events, _) = try events("Anna Weber met Jonas Berg in Oslo on Monday and signed a pact.")
        let signed = try #require(events.first { $0.type == "agreement" })
        #expect(signed.participants.map(\.entityId) == ["person:anna-weber"])
        #expect(signed.places == ["place:oslo"])
        let (flown, _) = try self.events("Anna Weber flew to Bergen on Monday and declared an emergency.")
        let declared = try #require(flown.first { $0.type == "statement" })
        #expect(declared.participants.map(\.entityId) == ["person:anna-weber"])
        #expect(declared.places == ["place:bergen"])
        // Two subjects, each with its verb: no sharing.
        let (two, _) = try self.events("Anna Weber met Ole Dahl on Monday and Jonas Berg visited Oslo.")
        #expect(two.first { $0.type == "visit" }?.participants.map(\.entityId) == ["person:jonas-berg"])
    }

    @Test("a verb that only says an event's noun happened is part of its trigger; a place after it is the event's")
    func happeningVerb() throws {
        let (events, x) = try events("A strong earthquake struck southern Norway early on Monday, officials said.")
        let quake = try #require(events.first { $0.type == "disaster" })
        #expect(trigger(quake, x) == "earthquake struck")
        #expect(quake.places == ["place:norway"])
        #expect(quake.time?.value == "2024-02-19")
        #expect(!events.contains { $0.type == "attack" })
        // Without an event noun before it, the verb keeps its own sense.
        let (strikes, _) = try self.events("Jets struck Bergen on Monday.")
        #expect(strikes.map(\.type) == ["attack"])
    }

    @Test("a place after `of` before the verb belongs to a noun: no agent")
    func placeAfterOf() throws {
        let (events, _) = try events("The former mayor of Bergen was arrested on Monday.")
        #expect(events.first?.participants.map(\.role) == ["participant"])
    }

    @Test("courts: a trial, a sentencing and an investigation are events of their own")
    func courtEvents() throws {
        let (events, _) = try events("Jonas Berg was convicted in January and sentenced on Monday. The investigation began in 2021.")
        #expect(events.map(\.type) == ["trial", "sentencing", "investigation"])
        #expect(events.map { $0.time?.value } == ["2024-01", "2024-02-19", "2021"])
        #expect(events.dropLast().map { $0.participants.map(\.entityId) } == [["person:jonas-berg"], ["person:jonas-berg"]])
    }

    @Test("reactions: criticism and praise are events of their own; `welcomes` a guest is no praise")
    func reactions() throws {
        let (events, _) = try events("Jonas Berg condemned the strikes on Monday. Ole Dahl praised the police. Ole Dahl welcomes Jonas Berg in Oslo.")
        // `the strikes` is an attack of its own.
        #expect(events.map(\.type).filter { $0 != "attack" } == ["criticism", "praise"])
        #expect(events.first { $0.type == "criticism" }?.participants.map(\.entityId) == ["person:jonas-berg"])
        #expect(events.first { $0.type == "criticism" }?.time?.value == "2024-02-19")
    }

    @Test("a labour strike is a protest, not an attack")
    func labourStrike() throws {
        let (events, _) = try events("Dock workers in Oslo went on strike on Monday.")
        #expect(events.map(\.type) == ["protest"])
    }

    @Test("a time after another trigger in a speech verb's clause is the content's, not the saying's")
    func contentTimeAfterTrigger() throws {
        let (events, _) = try events("Ole Dahl said the firm expected to sell two million units by the end of 2026.")
        #expect(events.map(\.type) == ["statement", "sale"])
        #expect(events.map { $0.time?.value } == [nil, "2026"])
        // A report or statement it was said in, and a participle describing it, keep the time the saying's.
        let (argued, _) = try self.events("The agency, which argued in a report published on Tuesday that rents would rise, was right.")
        #expect(argued.first { $0.type == "statement" }?.time?.value == "2024-02-20")
    }

    @Test("a speech participle after a comma takes the time of the clause before")
    func speechParticiple() throws {
        let (events, _) = try events("Ole Dahl criticised the plan on Wednesday, saying it would fail.")
        #expect(events.map(\.type) == ["criticism", "statement"])
        #expect(events.map { $0.time?.value } == ["2024-02-21", "2024-02-21"])
        // A verb in `-ed` after a relative clause is the sentence's own: no time from the clause.
        let (called, _) = try self.events("Ole Dahl, who will travel to Oslo next month, called it a step forward.")
        #expect(called.first { $0.type == "statement" }?.time == nil)
    }

    @Test("a verb and its object of one family are one event, dated and placed after the object")
    func verbAndObject() throws {
        let (events, _) = try events("Ole Dahl and Jonas Berg signed a new border agreement in Oslo on Tuesday.")
        #expect(events.count == 1)
        #expect(events.first?.type == "agreement")
        #expect(events.first?.time?.value == "2024-02-20")
        #expect(events.first?.places == ["place:oslo"])
    }

    @Test("an object that refers back (`the agreement`) does not take the verb's time; a new one (`its approval`) does")
    func referringObject() throws {
        let (events, _) = try events("Ole Dahl criticised the agreement on Wednesday. Jonas Berg announced its approval two weeks ago.")
        #expect(events.map(\.type) == ["criticism", "announcement", "approval"])
        #expect(events.map { $0.time?.value } == ["2024-02-21", "2024-W06", "2024-W06"])
    }

    @Test("an organisation after `at` is where it happened, not after a person's job; after `in` it is a participant")
    func venue() throws {
        let (events, _) = try events("Ole Dahl spoke at the United Nations on Monday. Jonas Berg bought shares in Apple on Tuesday.")
        #expect(events.first?.places == ["org:united-nations"])
        #expect(events.last?.places == [])
        #expect(events.last?.participants.map(\.entityId) == ["person:jonas-berg", "org:apple"])
        // After a person and their job, `at` names the employer.
        let (told, _) = try self.events("Ole Dahl, an analyst at Apple, told reporters the plan failed.")
        #expect(told.first?.places == [])
    }

    @Test("a possessive name before a title and a person is the person's employer, not an agent")
    func possessiveEmployer() throws {
        let (events, _) = try events("Norway's foreign minister Ole Dahl criticised the plan. Norway's meeting with Jonas Berg ended.")
        #expect(events.first?.participants.map(\.entityId) == ["person:ole-dahl"])
        #expect(events.last?.participants.map(\.entityId) == ["place:norway", "person:jonas-berg"])
    }

    @Test("`similar`, `another`: an event marked as another joins no earlier one")
    func distinctEvents() throws {
        let (events, _) = try events("Norway signed a pact with Sweden. Norway already has similar agreements with Denmark.")
        #expect(events.count == 2)
        #expect(events.last?.participants.map(\.entityId) == ["place:norway", "place:denmark"])
    }

    @Test("adverbs and be-forms may stand between a subject after an apposition and its verb")
    func auxiliariesAfterApposition() throws {
        let (events, _) = try events("Jonas Berg won the vote. Berg, a former mayor, will be formally sworn in on Friday.")
        let sworn = try #require(events.first { $0.type == "appointment" })
        #expect(sworn.participants.map(\.entityId) == ["person:jonas-berg"])
    }

    @Test("not or never before a trigger: no event")
    func negated() throws {
        let (events, _) = try events("Anna Weber did not comment on Monday. Jonas Berg has never visited Oslo. Ole Dahl met Berg.")
        #expect(events.map(\.type) == ["meeting"])
    }

    @Test("a capitalised trigger right after a name is part of the name, except in a title-case headline")
    func triggerInsideName() throws {
        let (events, _) = try events("Norway Talks Resume In Oslo\n\nThe recall covers the Chevrolet Avalanche and two vans.")
        #expect(events.map(\.type) == ["meeting"])
    }

    @Test("names joined by and after a noun trigger stay that noun's speakers")
    func andAfterNoun() throws {
        let (events, _) = try events("The joint report from the World Bank and the International Monetary Fund said exports rose.")
        let said = try #require(events.first { $0.type == "statement" })
        #expect(said.participants.count == 2)
        let (plural, _) = try self.events("Reports from the World Bank and the International Monetary Fund have said exports rose.")
        #expect(plural.first { $0.type == "statement" }?.participants.count == 2)
    }

    @Test("after a speech verb, it or they starts the content: a place there is not where the saying was")
    func subjectPronounContent() throws {
        let (events, _) = try events("Anna Weber said on Monday it would close plants in northern Norway.")
        #expect(events.first { $0.type == "statement" }?.places == [])
    }

    @Test("a verb whose object is a dated trigger takes its time too")
    func objectTime() throws {
        let (events, _) = try events("Anna Weber announced her approval of the plan on Monday.")
        #expect(events.map(\.type) == ["announcement", "approval"])
        #expect(events.map { $0.time?.value } == ["2024-02-19", "2024-02-19"])
    }

    @Test("a name before a comma and a participle trigger is that trigger's subject")
    func participleAntecedent() throws {
        let (events, _) = try events("Jonas Berg, elected mayor in January after Ole Dahl resigned, has urged the Oslo council to act.")
        let elected = try #require(events.first { $0.type == "election" })
        #expect(elected.participants.map(\.entityId) == ["person:jonas-berg"])
        // Without a comma after it, the verb may be the sentence's own, after an apposition.
        let (visited, _) = try self.events("Anna Weber, a former head of the Oslo Group, visited Bergen on Monday.")
        #expect(visited.first?.participants.contains { $0.entityId == "person:anna-weber" } == true)
        // A later comma before no verb does not set it off.
        let (called, _) = try self.events("Anna Weber, for the Oslo Group, called on Ole Dahl to act, to see if he agreed.")
        #expect(called.first { $0.type == "statement" }?.participants.map(\.entityId) == ["person:anna-weber"])
        // A participle in -ing tells what the sentence's subject did: no antecedent.
        let (accusing, _) = try self.events("Anna Weber criticised Ole Dahl, accusing him of lying.")
        #expect(!accusing.contains { $0.participants.contains { $0.entityId == "person:ole-dahl" && $0.role == "agent" } })
    }

    @Test("a place listed after a destination is a destination too")
    func destinationList() throws {
        let (events, _) = try events("Anna Weber will fly to Oslo, Bergen and Stockholm next week.")
        #expect(events.first?.places == ["place:oslo", "place:bergen", "place:stockholm"])
    }

    @Test("a light verb and its noun are one trigger")
    func lightVerb() throws {
        let (events, x) = try events("Anna Weber signed an agreement with Jonas Berg on Monday.")
        #expect(events.map { trigger($0, x) } == ["signed an agreement"])
    }
}
