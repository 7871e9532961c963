/// Finds the events of one document: triggers from the lexicon, then participants, places and
/// time from the trigger's clause, then merges mentions of one happening.
///
/// Time comes from the trigger's own clause; a speech verb may also take the sentence's time
/// or, failing that, the time of the previous sentence (a quote's `he said` belongs to the
/// briefing just described). Any other event without a time in its clause stays undated:
/// never an invented date.
struct EventExtractor {
    let lexicon: TriggerLexicon
    /// The sex given names, titles and `he`/`she` point to (`cues/name-genders.txt`).
    let genders: [UInt64: PersonGender]

    /// Person id → the country that person acts for (`LeaderCountries`).
    let leaderCountries: [String: String]

    init(lexicon: TriggerLexicon, genders: [UInt64: PersonGender] = [:], leaderCountries: [String: String] = [:]) {
        self.lexicon = lexicon
        self.genders = genders
        self.leaderCountries = leaderCountries
    }

    /// What the extractor needs of a mention. `entity` numbers the entity id (equal ids, equal
    /// numbers): the per-trigger scans and the merger compare integers, not Strings.
    private struct MentionRef {
        let first: Int
        let last: Int
        let entity: Int
        let type: EntityType
        let isModifier: Bool
        let isPossessive: Bool
    }

    func extract(documentId: String, tokens: [Token], sentences: [Sentence], bytes: [UInt8],
                 entities: [DocumentEntity], times: [TimeExpression]) -> [Event] {
        // The mention starting at each token (index into `refs`, -1 for none): an array, not a
        // dictionary, since every token of every sentence is looked up.
        var refs = [MentionRef]()
        refs.reserveCapacity(entities.reduce(0) { $0 + $1.mentions.count })
        var mentionAtToken = [Int32](repeating: -1, count: tokens.count)
        var covered = [Bool](repeating: false, count: tokens.count)
        let ids = EntityIdNumbers(entities)
        for (k, e) in entities.enumerated() {
            for m in e.mentions {
                let ref = MentionRef(first: m.tokens.lowerBound, last: m.tokens.upperBound, entity: ids.numberOfEntity[k], type: m.type,
                                     isModifier: m.role == .modifier,
                                     isPossessive: tokens[m.tokens.upperBound].has(.possessive))
                mentionAtToken[ref.first] = Int32(refs.count)
                refs.append(ref)
                for i in m.tokens { covered[i] = true }
            }
        }
        // The mentions in text order (the one starting at each token), so that a sentence's
        // mentions are a slice of it, found by binary search, instead of a list built per sentence.
        var mentionsInOrder = [MentionRef]()
        mentionsInOrder.reserveCapacity(refs.count)
        for k in mentionAtToken where k >= 0 { mentionsInOrder.append(refs[Int(k)]) }
        let timeTokens = TimeTokens(times: times, tokens: tokens)
        for located in timeTokens.all { for i in located.first...located.last { covered[i] = true } }
        let placeCommas = PlaceCommas(tokenCount: tokens.count,
                                      places: refs.lazy.filter { $0.type == .place && !$0.isModifier }.map { $0.first...$0.last },
                                      times: timeTokens.all.lazy.map(\.first))

        let words = WordShape(tokens: tokens, bytes: bytes, covered: covered)
        let genderOf = personGenders(entities, ids: ids, tokens: tokens)
        let countryOf = leaderCountryNumbers(entities, ids: ids)
        var events = [Event]()
        var eventKeys = [EventKeys.Numbered]()  // parallel to `events`
        var lastPerson: Int?
        // The acting organisation of the last sentence that had one, and that sentence.
        var lastOrganisation: (entity: Int, sentence: Int)?
        var statements = StatementMemory()
        let documentClauses = DocumentClauses(sentences: sentences, tokens: tokens, bytes: bytes, lexicon: lexicon) {
            placeCommas.joins($0, tokens: tokens, bytes: bytes)
        }
        for (sentenceIndex, sentence) in sentences.enumerated() {
            let clauses = documentClauses.clauses(of: sentence)
            let triggers = findTriggers(sentence, tokens, bytes, covered, clauses, personAt: { k in
                let m = mentionAtToken[k]
                return m >= 0 && refs[Int(m)].type == .person
            })
            // A sentence without a trigger has no event and sets no acting person: nothing
            // below would read its mentions, times or quotation marks.
            if triggers.isEmpty { continue }
            // Quotation marks matter only to a speech verb, the sentence's subject only to a
            // trigger without a subject of its own: each is found when first asked for.
            var quotation: Quotation?
            var subjects: [MentionRef]?
            let mentions = mentionsInOrder[mentionsInOrder.partitionPoint { $0.first >= sentence.tokens.lowerBound }
                                           ..< mentionsInOrder.partitionPoint { $0.first >= sentence.tokens.upperBound }]
            let timesHere = timeTokens.dated(in: sentence.tokens)
            let assigned = assignTimes(timesHere, triggers: triggers, clauses: clauses, sentence: sentence, tokens: tokens, bytes: bytes)

            var previousPlaces = [Int]()  // the places of the sentence's previous trigger
            for (n, trigger) in triggers.enumerated() {
                let clause = clauses.clause(of: trigger.first)
                var participants = [Event.Participant]()
                var places = [String]()
                // The same, as entity numbers.
                var participantKeys = [EventKeys.Participant]()
                var placeNumbers = [Int]()
                func addParticipant(_ entity: Int, _ role: String) {
                    if !participantKeys.contains(where: { $0.entity == entity }) && !placeNumbers.contains(entity) {
                        let id = ids.id(entity)
                        participants.append(.init(entityId: id, role: role))
                        participantKeys.append(.init(entity: entity, role: EventKeys.Role(role), isPerson: EntityId.isPerson(id),
                                                     represents: countryOf[entity], isOrganisation: EntityId.isOrganisation(id)))
                    }
                }
                // The trigger's share of its clause: from the previous trigger to the next one.
                let previous = n > 0 && clauses.clause(of: triggers[n - 1].first) == clause ? triggers[n - 1].last : -1
                let next = n + 1 < triggers.count && clauses.clause(of: triggers[n + 1].first) == clause
                    ? triggers[n + 1].first : Int.max
                // `flew to Arequipa and declared`: the names before a verb coordinated with the
                // one before it are that verb's objects; the two verbs share the subject.
                // `met Ole Dahl on Monday and Jonas Berg visited Oslo`: the names before the
                // `and` are the first verb's.
                let earlier = previous >= 0 ? triggers[n - 1] : nil
                let coordinated = earlier.map { isCoordinated(trigger, after: $0, tokens: tokens) } ?? false
                let objectsEnd = earlier.map { earlierVerbsMentionsEnd(of: $0, before: trigger, coordinated: coordinated, tokens) } ?? -1
                for m in mentions where clauses.clause(of: m.first) == clause && m.first > previous && m.last < next {
                    if m.last < objectsEnd { continue }
                    if !m.isModifier && (m.type == .place && (isPlacePhrase(m, tokens, mentions) || isPlaceAfterVerb(m, of: trigger, tokens, bytes, mentions))
                                         || m.type == .org && isVenue(m, of: trigger, tokens, mentions)) {
                        if trigger.traits.isReporting && isReportedContent(m, after: trigger, tokens) { continue }
                        if !placeNumbers.contains(m.entity) {
                            placeNumbers.append(m.entity)
                            places.append(ids.id(m.entity))
                        }
                        continue
                    }
                    if m.isModifier || m.isPossessive, let person = describedPerson(m, mentions, tokens) {
                        // `China's foreign ministry spokeswoman Mao Ning criticised`: the possessive
                        // names the person's employer, not a second agent.
                        if m.isModifier || !isTriggerOrCueBetween(m, and: person, trigger, tokens) { continue }
                    }
                    guard let role = role(of: m, trigger: trigger, tokens: tokens) else { continue }
                    addParticipant(m.entity, role)
                }
                // `met in New Delhi and agreed`: the second verb happened where the first did.
                if coordinated {
                    for place in previousPlaces where !placeNumbers.contains(place) {
                        placeNumbers.append(place)
                        places.append(ids.id(place))
                    }
                }
                previousPlaces = placeNumbers
                let hasAgent = participantKeys.contains { $0.role == .agent || $0.role == .speaker }
                if !hasAgent {
                    let role = trigger.traits.isReporting ? "speaker" : "agent"
                    // `Kishida proposed the pact when he visited Manila`: `he` is the acting
                    // person of this sentence's earlier events, if any, else of the last sentence's.
                    if coordinated, let earlier = eventKeys.last {
                        for p in earlier.participants where p.role == .agent || p.role == .speaker { addParticipant(p.entity, role) }
                    } else if let pronoun = pronounSubject(before: trigger.first, sentence: sentence, tokens: tokens),
                              let acting = actingPerson(eventKeys.suffix(n), mentions) ?? lastPerson,
                              let person = referent(of: pronoun, acting: acting, genderOf: genderOf, mentions: mentionsInOrder,
                                                    since: sentenceIndex > 0 ? sentences[sentenceIndex - 1].tokens.lowerBound : 0,
                                                    tokens: tokens) {
                        addParticipant(person, role)
                    } else if hasItSubject(before: trigger.first, sentence: sentence, tokens: tokens),
                              let organisation = actingOrganisation(eventKeys.suffix(n), mentions)
                                ?? lastOrganisation.flatMap({ $0.sentence == sentenceIndex - 1 ? $0.entity : nil }) {
                        // `Siemens sold its stake. In March it opened a factory`: `it` is the acting
                        // organisation of this sentence's earlier events, else of the last sentence's.
                        addParticipant(organisation, role)
                    } else if let antecedent = relativeAntecedent(of: trigger, sentence: sentence, clauses: clauses, mentions: mentions, words: words) {
                        addParticipant(antecedent, role)
                    } else if sharesSubject(trigger, clauses: clauses, sentence: sentence, words: words) {
                        if subjects == nil {
                            subjects = mainSubject(mentions, triggers: triggers, clauses: clauses, sentence: sentence, words: words)
                        }
                        for s in subjects ?? [] { addParticipant(s.entity, role) }
                    }
                }
                if trigger.traits.isReporting, participantKeys.contains(where: { $0.role == .speaker && $0.isPerson }),
                   let voiced = voicedStatement(eventKeys.suffix(n), triggers: triggers.prefix(n), trigger: trigger, clauses: clauses, words: words) {
                    for p in voiced.participants where p.role == .speaker { addParticipant(p.entity, "speaker") }
                }
                // Times as indices into `times` until the event is made: a TimeExpression copy
                // retains three Strings.
                var time = assigned[n]?.time
                var source = assigned[n]?.source
                if time == nil, !trigger.traits.isReporting, let t = participleTime(trigger, timesHere, clauses: clauses, words: words) {
                    (time, source) = (t, .sentence)
                }
                if trigger.traits.isReporting {
                    let speakers = participantKeys.filter { $0.role == .speaker }.map(\.entity)
                    if quotation == nil { quotation = Quotation(sentence, tokens: tokens, bytes: bytes) }
                    (time, source) = statementTime(trigger, timesHere, clauses: clauses, quoted: quotation!, sentence: sentence,
                                                   words: words, triggers: triggers,
                                                   recalled: statements.recall(speakers, before: sentenceIndex))
                    if let time { statements.remember(speakers, time, sentence: sentenceIndex) }
                }
                let timeExpression = time.map { times[$0] }
                let span = Span(tokens[trigger.first].start, tokens[trigger.last].end)
                let entry = lexicon.entries[Int(trigger.traits.entry)]
                eventKeys.append(EventKeys.Numbered(family: trigger.traits.familyNumber, participants: participantKeys))
                events.append(Event(id: EventIdText.make(documentId: documentId, offset: span.start), type: entry.type,
                                    family: entry.family, trigger: span,
                                    mentions: [EventMention(trigger: span, sentence: sentence.span)],
                                    participants: participants, places: places, time: timeExpression, timeSource: source,
                                    source: entry.origin, isReporting: trigger.traits.isReporting,
                                    isBareNoun: isBareNoun(trigger, tokens: tokens, participants: participants, places: places,
                                                           isDated: time != nil),
                                    isDistinct: trigger.first > 0 && lexicon.argumentCue(tokens[trigger.first - 1].key) == .distinct))
            }
            // `he`/`she` later refer to this sentence's acting person, if it has one.
            if let person = actingPerson(eventKeys.suffix(triggers.count), mentions) { lastPerson = person }
            if let organisation = actingOrganisation(eventKeys.suffix(triggers.count), mentions) {
                lastOrganisation = (organisation, sentenceIndex)
            }
        }
        return EventMerger.merge(consume events, keys: eventKeys)
    }

    /// Per entity number: the number of the country that entity leads or speaks for, when the
    /// document names that country too (-1 otherwise).
    private func leaderCountryNumbers(_ entities: [DocumentEntity], ids: EntityIdNumbers) -> [Int] {
        var countryOf = [Int](repeating: -1, count: entities.count)
        guard !leaderCountries.isEmpty else { return countryOf }
        var numberOfCountry = [String: Int]()
        for (k, e) in entities.enumerated() where e.type == .place { numberOfCountry[e.id] = ids.numberOfEntity[k] }
        guard !numberOfCountry.isEmpty else { return countryOf }
        for (k, e) in entities.enumerated() where e.type == .person {
            if let country = leaderCountries[e.id], let number = numberOfCountry[country] { countryOf[ids.numberOfEntity[k]] = number }
        }
        return countryOf
    }

    /// `Beijing said on Tuesday it opposed …, foreign ministry spokesperson Lin Jian told a
    /// briefing`: a person's speech verb in a clause that a comma opens, after a statement of
    /// the same sentence whose speakers are all organisations or places, gives that statement
    /// its voice: the earlier statement's keys, whose speakers the later one shares so that the
    /// two merge. `…, while Lin Jian said` opens with a clause word and stays apart.
    private func voicedStatement(_ earlier: ArraySlice<EventKeys.Numbered>, triggers: ArraySlice<Trigger>, trigger: Trigger,
                                 clauses: Clauses, words: WordShape) -> EventKeys.Numbered? {
        let clause = clauses.clause(of: trigger.first)
        guard Clauses.isComma(words.bytes, words.tokens[clauses.start(of: trigger.first)]),
              let k = triggers.lastIndex(where: { $0.traits.isReporting }),
              clauses.clause(of: triggers[k].first) < clause else { return nil }
        let keys = earlier[earlier.startIndex + (k - triggers.startIndex)]
        let speakers = keys.participants.filter { $0.role == .speaker }
        return !speakers.isEmpty && !speakers.contains(where: \.isPerson) ? keys : nil
    }

    /// The first agent or speaker of a sentence's events (in order) that is a person mentioned
    /// in it. A loop: asked once per sentence with a trigger, it builds no lists.
    private func actingPerson(_ events: ArraySlice<EventKeys.Numbered>, _ mentions: ArraySlice<MentionRef>) -> Int? {
        acting(.person, events, mentions)
    }

    /// The first organisation that is an agent or speaker of `events` and mentioned in `mentions`.
    private func actingOrganisation(_ events: ArraySlice<EventKeys.Numbered>, _ mentions: ArraySlice<MentionRef>) -> Int? {
        acting(.org, events, mentions)
    }

    private func acting(_ type: EntityType, _ events: ArraySlice<EventKeys.Numbered>, _ mentions: ArraySlice<MentionRef>) -> Int? {
        for keys in events {
            for p in keys.participants where p.role == .agent || p.role == .speaker {
                if mentions.contains(where: { $0.entity == p.entity && $0.type == type }) { return p.entity }
            }
        }
        return nil
    }

    /// A speech verb with no time in its clause takes, in order: a time before it in its clause
    /// or right after it (`said on Thursday`); a time early in the sentence (`On Tuesday, …`,
    /// `Asked … during a Wednesday briefing, Miller said`); a later time in its clause with no
    /// modal, auxiliary, subject pronoun nor other trigger between (`responding to allegations …
    /// on Tuesday`, not `said a team would visit next month`, `said it had revised the gains in
    /// December` nor `said the firm expected to sell two million units by the end of 2026`);
    /// else the time of the same speaker's last statement a few sentences back (`…," he said`). Times inside quotation marks are the content's, never the
    /// saying's.
    private func statementTime(_ trigger: Trigger, _ times: ArraySlice<TimeTokens.Located>, clauses: Clauses, quoted: Quotation,
                               sentence: Sentence, words: WordShape, triggers: [Trigger], recalled: Int?) -> (Int?, Event.TimeSource?) {
        let tokens = words.tokens
        let clause = clauses.clause(of: trigger.first)
        let unquoted = times.filter { !quoted.contains($0.first) }
        let inClause = unquoted.filter { clauses.clause(of: $0.first) == clause }
        if let t = inClause.last(where: { $0.last < trigger.first })
            ?? inClause.first(where: { $0.first > trigger.last && $0.first - trigger.last <= EventExtractor.adjacentTime
                                       && !isContentSubject($0, of: trigger, sentence, tokens) }) {
            return (t.time, .clause)
        }
        let opening = clauses.clause(of: sentence.tokens.lowerBound)
        if clause != opening, opensWithAdverbial(sentence, words: words, times: times),
           let t = unquoted.first(where: { $0.last < trigger.first && clauses.clause(of: $0.first) == opening }) {
            return (t.time, .sentence)
        }
        if let t = inClause.first(where: { t in
            t.first > trigger.last && !isContentSubject(t, of: trigger, sentence, tokens)
                && !(trigger.last + 1..<t.first).contains { startsContent(tokens[$0]) }
                && !triggers.contains { isContentTrigger($0, after: trigger, before: t, triggers: triggers, words: words) }
        }) {
            return (t.time, .clause)
        }
        // `criticised the plan on Wednesday, saying …`: the saying went with the clause before
        // (not `Rubio, who will travel … next month, called it`: a verb in `-ed` may be the
        // sentence's own).
        if !words.isPastParticiple(trigger.first), let t = participleTime(trigger, unquoted[...], clauses: clauses, words: words) {
            return (t, .sentence)
        }
        if let recalled { return (recalled, .narrative) }
        return (nil, nil)
    }

    /// Does this word, between a speech verb and a later time, show that the time is the reported
    /// content's: a modal (`said a team would visit next month`), an auxiliary (`said it had
    /// revised the figures in December`, `said there were 32 million by June`) or a subject
    /// pronoun (`said it expects growth in 2006`)?
    private func startsContent(_ token: Token) -> Bool {
        guard token.kind == .word, let cue = lexicon.argumentCue(token.key) else { return false }
        return cue == .modal || cue == .auxiliary || cue == .subject
    }

    /// `said 2005 should be the year`, `said voters now have`: after a speech verb, a time right
    /// before a modal or an auxiliary is part of the reported content, not when it was said. Not
    /// after a noun (`Comments by the bank at the end of last week have sparked`): there the
    /// verb is the sentence's own.
    private func isContentSubject(_ t: TimeTokens.Located, of trigger: Trigger, _ sentence: Sentence, _ tokens: [Token]) -> Bool {
        if trigger.traits.isNounOnly || trigger.first == sentence.tokens.lowerBound
            || TokenContext.isArticle(tokens[trigger.first - 1].key) { return false }
        let next = t.last + 1
        guard next < sentence.tokens.upperBound, tokens[next].kind == .word, let cue = lexicon.argumentCue(tokens[next].key)
        else { return false }
        return cue == .modal || cue == .auxiliary
    }

    /// Is `other`, between a speech verb and a later time, an event of the content that the
    /// time belongs to (`said the firm expected to sell … by the end of 2026`)? Not a noun after
    /// an article nor a participle right after a trigger: they tell how it was said (`argued in
    /// a report published on Tuesday`, `said in a statement released late on Thursday`).
    private func isContentTrigger(_ other: Trigger, after speech: Trigger, before t: TimeTokens.Located,
                                  triggers: [Trigger], words: WordShape) -> Bool {
        guard other.first > speech.last, other.last < t.first else { return false }
        let before = other.first - 1
        if TokenContext.isArticle(words.tokens[before].key) { return false }
        return !(words.isPastParticiple(other.first) && triggers.contains { $0.last == before })
    }

    /// How close (in tokens) a time must follow a speech verb to be its time.
    static let adjacentTime = 3

    /// The sentence opens with an adverbial clause: a participle (`Asked about …,`), a
    /// preposition or a time (`On Tuesday,`, `Late on Wednesday,`).
    private func opensWithAdverbial(_ sentence: Sentence, words: WordShape, times: ArraySlice<TimeTokens.Located>) -> Bool {
        let first = sentence.tokens.lowerBound
        if times.contains(where: { $0.first == first }) || words.isParticiple(first) { return true }
        guard let cue = lexicon.argumentCue(words.tokens[first].key) else { return false }
        return cue == .opener || cue.introducesPlace || cue.startsClause
    }

    /// A nominal trigger with nothing of its own (`the deal`, `the signing`): a reference back
    /// to an event told before, which the merger folds into it.
    private func isBareNoun(_ trigger: Trigger, tokens: [Token], participants: [Event.Participant], places: [String],
                            isDated: Bool) -> Bool {
        guard participants.isEmpty, places.isEmpty, !isDated, trigger.first > 0 else { return false }
        return TokenContext.determiners.contains(tokens[trigger.first - 1].key)
    }

    private struct Trigger {
        let first: Int
        let last: Int
        /// The lexicon entry's flags and numbers (its Strings are read only to make the event).
        let traits: TriggerLexicon.Traits
        /// The trigger ends on a verb that says only that it happened (`an earthquake struck`).
        var happened = false
    }

    /// Triggers in text order. Two of one family close together in one clause are one
    /// trigger: `signed an agreement`, `held talks`.
    private func findTriggers(_ sentence: Sentence, _ tokens: [Token], _ bytes: [UInt8], _ covered: [Bool],
                              _ clauses: Clauses, personAt: (Int) -> Bool) -> [Trigger] {
        var found = [Trigger]()
        var i = sentence.tokens.lowerBound
        while i < sentence.tokens.upperBound {
            guard !covered[i], tokens[i].kind == .word, let m = lexicon.match(in: tokens, bytes: bytes, at: i),
                  m.last < sentence.tokens.upperBound,
                  !(m.traits.isNounOnly && i > sentence.tokens.lowerBound && isVerbSlot(after: i - 1, tokens)),
                  !hasOtherSenseObject(m.traits, after: m.last, sentence, tokens),
                  !(m.traits.isNaming && givesName(i, m.last, sentence, tokens, personAt: personAt)),
                  !isNegated(i, sentence, tokens),
                  !continuesName(i, sentence, tokens, bytes, covered) else {
                i += 1
                continue
            }
            // `agreed to buy Altair`: the purchase is the event; `agreed` says only that it is meant.
            if m.traits.isIntent, m.last + 2 < sentence.tokens.upperBound, lexicon.argumentCue(tokens[m.last + 1].key) == .recipient,
               let next = lexicon.match(in: tokens, bytes: bytes, at: m.last + 2), !next.traits.isBlocker, !next.traits.isNounOnly {
                i = m.last + 1
                continue
            }
            // `so-called`, `called off`: a listed phrase hides the trigger in it; `award-winning`,
            // `vote-rigging`, `value-added`: a trigger glued by a hyphen to a lower-case word
            // after it, or to any word before it, is part of a modifier.
            if m.traits.isBlocker || isCompoundModifier(after: m.last, tokens, bytes) || isCompoundEnd(i, tokens, bytes) {
                i = m.last + 1
                continue
            }
            if let last = found.last, last.traits.familyNumber == m.traits.familyNumber,
               i - last.last <= EventExtractor.lightVerbGap || isObject(first: i, of: last, tokens: tokens, bytes: bytes),
               clauses.clause(of: last.first) == clauses.clause(of: i),
               !(last.last + 1..<i).contains(where: { covered[$0] }) {
                found[found.count - 1] = Trigger(first: last.first, last: m.last, traits: last.traits)
            } else {
                found.append(Trigger(first: i, last: m.last, traits: m.traits))
            }
            i = m.last + 1
            // `an earthquake struck`, `the blast occurred`: the verb is part of the trigger,
            // whether or not it is a trigger of its own.
            if !m.traits.isReporting, i < sentence.tokens.upperBound, tokens[i].kind == .word, !covered[i],
               lexicon.argumentCue(tokens[i].key) == .happening {
                let last = found[found.count - 1]
                found[found.count - 1] = Trigger(first: last.first, last: i, traits: last.traits, happened: true)
                i += 1
            }
        }
        return found
    }

    /// `did not comment`, `has never visited`: `not` or `never` before the trigger (auxiliaries
    /// between) says the event did not happen.
    private func isNegated(_ i: Int, _ sentence: Sentence, _ tokens: [Token]) -> Bool {
        guard let k = wordBefore(i, floor: sentence.tokens.lowerBound, skipping: [.auxiliary, .modal], tokens) else { return false }
        return lexicon.argumentCue(tokens[k].key) == .negation
    }

    /// Words that may stand between a subject and its verb (`has`, `will`, `later`).
    static let verbChain: [TriggerLexicon.ArgumentCue] = [.auxiliary, .modal, .sequel]

    /// The word before token `i`, at or after `floor`, once words of the `skipped` cue kinds are
    /// passed over (`he has later said`: `he`); nil at punctuation or at `floor`.
    private func wordBefore(_ i: Int, floor: Int, skipping skipped: [TriggerLexicon.ArgumentCue], _ tokens: [Token]) -> Int? {
        var k = i - 1
        while k >= floor, tokens[k].kind == .word, let cue = lexicon.argumentCue(tokens[k].key), skipped.contains(cue) { k -= 1 }
        return k >= floor && tokens[k].kind == .word ? k : nil
    }

    /// `the Chevrolet Avalanche`, `North East Says No`: a capitalised trigger right after a name,
    /// inside a sentence that is no title-case headline, is part of a name.
    private func continuesName(_ i: Int, _ sentence: Sentence, _ tokens: [Token], _ bytes: [UInt8], _ covered: [Bool]) -> Bool {
        guard i > sentence.tokens.lowerBound, tokens[i].isCapitalized, !tokens[i].has(.lineStart),
              covered[i - 1], tokens[i - 1].kind == .word, tokens[i - 1].isCapitalized else { return false }
        return !TitleCaseLine.contains(i, tokens: tokens, bytes: bytes)
    }

    /// Does token `k` make the word after it a verb: `to` (the `recipient` cue), a modal or
    /// `he`/`she` (`should deal with`, `to contract`, `she fires`)?
    private func isVerbSlot(after k: Int, _ tokens: [Token]) -> Bool {
        guard tokens[k].kind == .word, let cue = lexicon.argumentCue(tokens[k].key) else { return false }
        return cue == .modal || cue == .pronoun || cue == .recipient
    }

    /// Is one of the next few tokens after a trigger, before punctuation or an argument cue, a
    /// word of `events/other-senses.txt` for its type (`meet its 2004 target`, not `meeting to
    /// discuss targets`)?
    private func hasOtherSenseObject(_ traits: TriggerLexicon.Traits, after last: Int, _ sentence: Sentence, _ tokens: [Token]) -> Bool {
        guard lexicon.hasOtherSenseObjects(ofType: traits.typeNumber) else { return false }
        var k = last + 1
        while k < sentence.tokens.upperBound && k <= last + EventExtractor.otherSenseReach {
            guard tokens[k].kind != .punct, lexicon.argumentCue(tokens[k].key) == nil else { return false }
            if lexicon.isOtherSenseObject(tokens[k].key, ofType: traits.typeNumber) { return true }
            k += 1
        }
        return false
    }

    /// `a company called Akamai`, `sometimes called Super Tuesday`: a naming verb (`sense=naming`)
    /// after a lower-case word that is no subject pronoun nor auxiliary, before a capitalised
    /// word that starts no person's name, gives a thing its name; not `he called the plan a
    /// disgrace`, nor `the minister called Howard a liar` (an article after the capitalised words:
    /// the verb names what someone is).
    private func givesName(_ first: Int, _ last: Int, _ sentence: Sentence, _ tokens: [Token], personAt: (Int) -> Bool) -> Bool {
        guard first > sentence.tokens.lowerBound, last + 1 < sentence.tokens.upperBound else { return false }
        let before = tokens[first - 1], next = tokens[last + 1]
        guard before.kind == .word, !before.isCapitalized, lexicon.argumentCue(before.key) == nil,
              next.kind == .word, next.isCapitalized, !next.has(.capsLine), !personAt(last + 1) else { return false }
        var k = last + 1
        while k < sentence.tokens.upperBound, tokens[k].kind == .word, tokens[k].isCapitalized { k += 1 }
        return k == sentence.tokens.upperBound || !TokenContext.isArticle(tokens[k].key)
    }

    /// Does a hyphen and a lower-case word follow token `k`, all written together (`-winning`)?
    /// A particle there makes the event's own noun instead (`sell-off`, `buy-out`).
    private func isCompoundModifier(after k: Int, _ tokens: [Token], _ bytes: [UInt8]) -> Bool {
        guard k + 2 < tokens.count else { return false }
        let word = tokens[k + 2]
        return Self.isGluedHyphen(tokens[k + 1], bytes)
            && word.kind == .word && word.has(.attached) && !word.isCapitalized
            && lexicon.argumentCue(word.key) != .particle
    }

    /// Is token `i` glued by a hyphen to the word before it (`value-added`, `much-criticised`)?
    /// Such a trigger ends a compound modifier; a listed form starting before the hyphen
    /// (`re-elected`, `co-founded`) is matched from its own first word.
    private func isCompoundEnd(_ i: Int, _ tokens: [Token], _ bytes: [UInt8]) -> Bool {
        guard i >= 2 else { return false }
        return tokens[i].has(.attached) && Self.isGluedHyphen(tokens[i - 1], bytes) && tokens[i - 2].kind == .word
    }

    /// A `-` written with no space before it (`award-winning`, `value-added`).
    static func isGluedHyphen(_ t: Token, _ bytes: [UInt8]) -> Bool {
        t.kind == .punct && t.has(.attached) && bytes[t.start] == 0x2D
    }

    /// How many tokens after a trigger `hasOtherSenseObject` looks.
    static let otherSenseReach = 4

    /// At most this many tokens from one trigger to the next of its family for them to be one.
    static let lightVerbGap = 3

    /// Each time expression goes to the nearest trigger before it in its clause (`met … last
    /// September`), else the nearest after it in the clause (`on Tuesday Lula visited`). A
    /// sentence that opens with a time alone before a comma (`Last month,`, `In 2001,`) dates the
    /// first trigger after it, when that trigger's clause has no time (`TimeSource.sentence`).
    private func assignTimes(_ times: ArraySlice<TimeTokens.Located>, triggers: [Trigger], clauses: Clauses,
                             sentence: Sentence, tokens: [Token], bytes: [UInt8]) -> [(time: Int, source: Event.TimeSource)?] {
        var assigned = [(time: Int, source: Event.TimeSource)?](repeating: nil, count: triggers.count)
        if let t = frontedTime(times, sentence: sentence, tokens: tokens, bytes: bytes),
           let k = triggers.firstIndex(where: { $0.first > t.last }) {
            let clause = clauses.clause(of: triggers[k].first)
            if !times.contains(where: { clauses.clause(of: $0.first) == clause }) { assigned[k] = (t.time, .sentence) }
        }
        // In order, each to a trigger still without a time: a time written just before its
        // trigger (`the 1988 Lockerbie crash`, `In December the Lords rejected`); a placeable time
        // to the trigger before it in its clause (`crashes in 2018`); one with no trigger before
        // it to the first after it; last, vague times (`current`, `now`). So `pleaded guilty on
        // July 24 to a charge over two crashes in 2018` dates the crashes 2018.
        for pass in 0..<4 {
            for t in times where !t.isPlaceable == (pass == 3) {
                let clause = clauses.clause(of: t.first)
                // One pass over the clause's triggers, no list of them built: the last ending
                // before the time and the first starting after it.
                var before: Int?, after: Int?
                for k in triggers.indices where clauses.clause(of: triggers[k].first) == clause {
                    if triggers[k].last < t.first { before = k }
                    if after == nil && triggers[k].first > t.last { after = k }
                }
                let target: Int?
                switch pass {
                case 0: target = after.flatMap { isWrittenBefore(t, triggers[$0], tokens: tokens) ? $0 : nil }
                case 1: target = before
                default: target = before ?? after
                }
                if let target, assigned[target] == nil {
                    // `announced its approval of the text two weeks ago`: a verb whose object
                    // is the trigger dated by a time after it happened then too; `criticised
                    // the agreement on Wednesday`: an object that refers back to an event told
                    // before (`the`, `this`, and no `of` phrase saying which) keeps its own
                    // time, the verb alone takes this one.
                    let verb = target - 1
                    if target > 0, clauses.clause(of: triggers[verb].first) == clause,
                       isObject(first: triggers[target].first, of: triggers[verb], tokens: tokens, bytes: bytes) {
                        if pass == 1, assigned[verb] == nil { assigned[verb] = (t.time, .clause) }
                        if refersBack(triggers[target], object: triggers[verb], tokens, bytes) { continue }
                    }
                    assigned[target] = (t.time, .clause)
                }
            }
        }
        // `Kishida watched on Monday as the ministers signed an agreement`: a time in a clause
        // with no event goes with the event of the next clause when that one opens with `as`,
        // `while` or `when` and has no time of its own. Not `as a way of …` (a preposition),
        // nor a plan (`to deliver`) or a noun-only form (`when awarding contracts`).
        for opener in clauses.simultaneous {
            let next = clauses.clause(of: opener)
            guard opener + 1 < sentence.tokens.upperBound,
                  tokens[opener].key != TokenContext.asKey || !TokenContext.indefiniteArticles.contains(tokens[opener + 1].key),
                  let t = times.last(where: { clauses.clause(of: $0.first) == next - 1 }),
                  !times.contains(where: { clauses.clause(of: $0.first) == next }),
                  !triggers.contains(where: { clauses.clause(of: $0.first) == next - 1 }),
                  let k = triggers.firstIndex(where: { clauses.clause(of: $0.first) == next }), assigned[k] == nil,
                  !triggers[k].traits.isNounOnly,
                  lexicon.argumentCue(tokens[triggers[k].first - 1].key) != .recipient else { continue }
            assigned[k] = (t.time, .sentence)
        }
        // `A man died when his car was swept away on Tuesday evening`: the other way round, an
        // event with no time in its clause takes the time of an eventless clause right after it
        // that opens with `when`, `as` or `while`.
        for opener in clauses.simultaneous {
            let next = clauses.clause(of: opener)
            guard next > 0, opener + 1 < sentence.tokens.upperBound,
                  tokens[opener].key != TokenContext.asKey || !TokenContext.indefiniteArticles.contains(tokens[opener + 1].key),
                  let t = times.first(where: { clauses.clause(of: $0.first) == next }), t.isPlaceable,
                  !triggers.contains(where: { clauses.clause(of: $0.first) == next }),
                  !times.contains(where: { clauses.clause(of: $0.first) == next - 1 }),
                  let k = triggers.lastIndex(where: { clauses.clause(of: $0.first) == next - 1 }), assigned[k] == nil,
                  !triggers[k].traits.isReporting else { continue }
            assigned[k] = (t.time, .sentence)
        }
        return assigned
    }

    /// `said he expected the Senate in Manila to approve it`, `said it is to relocate plants in
    /// western Europe`: a place after a speech verb with a pronoun subject or a modal between is
    /// where the content happens, not the saying.
    private func isReportedContent(_ m: MentionRef, after trigger: Trigger, _ tokens: [Token]) -> Bool {
        guard m.first > trigger.last else { return false }
        return (trigger.last + 1..<m.first).contains { i in
            tokens[i].kind == .word && [.pronoun, .subject, .modal].contains(lexicon.argumentCue(tokens[i].key))
        }
    }

    /// `announced its approval`, `confirmed the sale`, `signed a reciprocal access agreement`:
    /// the noun trigger starting at token `first` follows the verb trigger after a determiner or
    /// article and at most `objectModifierWords` other words (no punctuation, no argument cue);
    /// a hyphened compound is one word (`signed a defence co-operation agreement`).
    private func isObject(first: Int, of verb: Trigger, tokens: [Token], bytes: [UInt8]) -> Bool {
        let article = verb.last + 1
        guard first > article, TokenContext.isArticle(tokens[article].key) else { return false }
        var words = 0
        var t = article + 1
        while t < first {
            guard tokens[t].kind == .word, lexicon.argumentCue(tokens[t].key) == nil else { return false }
            words += 1
            t += 1
            while t + 1 < first, Self.isGluedHyphen(tokens[t], bytes), tokens[t + 1].kind == .word, tokens[t + 1].has(.attached) {
                t += 2
            }
        }
        return words <= EventExtractor.objectModifierWords
    }

    /// `criticised the agreement`, not `approved the sell-off of the depot`: an object after a
    /// referring determiner with no `of`/`from`/`into` phrase after it names an event told before.
    private func refersBack(_ noun: Trigger, object verb: Trigger, _ tokens: [Token], _ bytes: [UInt8]) -> Bool {
        guard TokenContext.referringDeterminers.contains(tokens[verb.last + 1].key) else { return false }
        // Past the rest of a hyphened noun (`the sell-off of …`), not past other punctuation.
        var next = noun.last + 1
        while next + 1 < tokens.count, Self.isGluedHyphen(tokens[next], bytes), tokens[next + 1].kind == .word, tokens[next + 1].has(.attached) {
            next += 2
        }
        return !(next < tokens.count && TokenContext.nounPrepositions.contains(tokens[next].key))
    }

    /// At most this many words between an object's article and its noun (`a reciprocal access agreement`).
    static let objectModifierWords = 3

    /// At most this many words between a time and the trigger it is written before.
    static let writtenBeforeGap = 2

    /// `the 1988 Lockerbie air crash`, `In December the Lords rejected`: a time at most two
    /// words before the trigger, no punctuation, argument cue (`would`, `that`) or `and` between
    /// (`convicted in January and sentenced`: January is the conviction's).
    private func isWrittenBefore(_ t: TimeTokens.Located, _ trigger: Trigger, tokens: [Token]) -> Bool {
        let gap = t.last + 1..<trigger.first
        return gap.count <= EventExtractor.writtenBeforeGap
            && !gap.contains { tokens[$0].kind != .word || lexicon.argumentCue(tokens[$0].key) != nil || tokens[$0].key == TokenContext.andKey }
    }

    /// `Heavy rain swept across Spain on Wednesday, flooding streets`: a participle that opens
    /// the clause after a comma tells what went with the clause before, so it takes that
    /// clause's last time.
    private func participleTime(_ trigger: Trigger, _ times: ArraySlice<TimeTokens.Located>, clauses: Clauses, words: WordShape) -> Int? {
        let tokens = words.tokens
        let clause = clauses.clause(of: trigger.first)
        guard clause > 0, words.isParticiple(trigger.first), trigger.first > clauses.firstToken,
              Clauses.isComma(words.bytes, tokens[trigger.first - 1]),
              clauses.clause(of: trigger.first - 1) == clause else { return nil }
        return times.last { clauses.clause(of: $0.first) == clause - 1 }?.time
    }

    /// The time a sentence opens with, alone in its clause but for opening prepositions, before
    /// a comma: `Last month,`, `In 2001,`, `On Monday,`.
    private func frontedTime(_ times: ArraySlice<TimeTokens.Located>, sentence: Sentence, tokens: [Token], bytes: [UInt8]) -> TimeTokens.Located? {
        let start = sentence.tokens.lowerBound
        var i = start
        while i < sentence.tokens.upperBound, tokens[i].kind == .word,
              let cue = lexicon.argumentCue(tokens[i].key), cue == .opener || cue.introducesPlace {
            i += 1
        }
        // The time may take in an opening word (`Earlier this month,` is one expression).
        guard let t = times.first(where: { $0.first >= start && $0.first <= i }), t.last + 1 < sentence.tokens.upperBound else { return nil }
        return Clauses.isComma(bytes, tokens[t.last + 1]) ? t : nil
    }

    /// The people and organisations that are the sentence's subject: those before its first
    /// trigger outside a participial clause (`Asked about …, State Department spokesman Matthew
    /// Miller said`; `Bavaria's premier, Markus Söder, visited`), possessives aside (`Kim's
    /// sister` is not Kim).
    private func mainSubject(_ mentions: ArraySlice<MentionRef>, triggers: [Trigger], clauses: Clauses, sentence: Sentence,
                             words: WordShape) -> [MentionRef] {
        // By clause index (clauses are numbered from 0 in the sentence): flags, not sets.
        var participial = [Bool](repeating: false, count: clauses.count)
        var seen = [Bool](repeating: false, count: clauses.count)
        for i in sentence.tokens where words.tokens[i].kind == .word {
            let clause = clauses.clause(of: i)
            if !seen[clause] {
                seen[clause] = true
                if words.isParticiple(i) { participial[clause] = true }
            }
        }
        guard let main = triggers.first(where: { !participial[clauses.clause(of: $0.first)] }) else { return [] }
        return mentions.filter {
            $0.last < main.first && !participial[clauses.clause(of: $0.first)] && !$0.isPossessive
                && ($0.type == .person || $0.type == .org)
        }
    }

    /// A trigger without a subject of its own shares the sentence's: it opens its clause
    /// (`…, and said`, `…, responding to`), or its clause opens with a participle (`Asked about
    /// the move during a … briefing, Miller said`).
    private func sharesSubject(_ trigger: Trigger, clauses: Clauses, sentence: Sentence, words: WordShape) -> Bool {
        let tokens = words.tokens
        let clause = clauses.clause(of: trigger.first)
        guard let first = sentence.tokens.first(where: { clauses.clause(of: $0) == clause && tokens[$0].kind == .word }) else {
            return false
        }
        if words.isParticiple(first) { return true }
        var i = first
        while i < trigger.first, tokens[i].kind == .word,
              tokens[i].key == TokenContext.andKey || [.auxiliary, .modal, .sequel].contains(lexicon.argumentCue(tokens[i].key)) {
            i += 1
        }
        return i == trigger.first
    }

    /// The role of a mention in the trigger's share of the clause, or nil when it is no
    /// participant: what follows a speech verb is its content, another event (`said Miller`
    /// aside), a demonym before the trigger is a modifier, not an actor, and a name after `to`
    /// before a speech verb is whom something was sent, not the speaker.
    private func role(of m: MentionRef, trigger: Trigger, tokens: [Token]) -> String? {
        if m.last < trigger.first {
            // `A former mayor of Riverton was sentenced`: a place after `of` belongs to a noun.
            if m.isModifier || m.type == .place && m.first > 0 && tokens[m.first - 1].key == TokenContext.ofKey { return "participant" }
            guard trigger.traits.isReporting else { return "agent" }
            // `A letter sent to Martin Mubanga said`: whom something went to did not say it.
            if m.first > 0, lexicon.argumentCue(tokens[m.first - 1].key) == .recipient { return nil }
            return "speaker"
        }
        if trigger.traits.isReporting {
            // `"…," said Miller`: the speaker right after a verb that follows a quote or comma.
            let inverted = m.first == trigger.last + 1 && m.type == .person && !tokens[m.last].has(.possessive)
                && trigger.first > 0 && tokens[trigger.first - 1].kind == .punct
            return inverted ? "speaker" : nil
        }
        if m.first > 0, let cue = lexicon.argumentCue(tokens[m.first - 1].key) {
            switch cue {
            case .recipient: return "recipient"
            case .with: return "participant"
            default: break
            }
        }
        return "participant"
    }

    /// The person modifier or possessive `m` describes (`Chinese foreign ministry spokesman Wang
    /// Wenbin`, `Brazilian President Lula`, `China's spokeswoman Mao Ning`): the next mention, at
    /// most `describedPersonGap` tokens on with no punctuation between, if it is a person; else nil.
    /// Such a nationality is no participant.
    private func describedPerson(_ m: MentionRef, _ mentions: ArraySlice<MentionRef>, _ tokens: [Token]) -> MentionRef? {
        guard let next = mentions.first(where: { $0.first > m.last }), next.type == .person,
              next.first - m.last <= EventExtractor.describedPersonGap,
              !(m.last + 1..<next.first).contains(where: { tokens[$0].kind == .punct }) else { return nil }
        return next
    }

    /// Whether the trigger or an argument cue stands between a name and the person after it
    /// (`Putin's meeting with Kim`: Putin is no employer of Kim).
    private func isTriggerOrCueBetween(_ m: MentionRef, and person: MentionRef, _ trigger: Trigger, _ tokens: [Token]) -> Bool {
        if trigger.first > m.last && trigger.first < person.first { return true }
        return (m.last + 1..<person.first).contains { lexicon.argumentCue(tokens[$0].key) != nil }
    }

    /// At most this many tokens from a modifier to the person it describes.
    static let describedPersonGap = 4

    /// A place after `at`/`in`/`near`, or chained to such a place (`in Russia's Far East`).
    private func isPlacePhrase(_ m: MentionRef, _ tokens: [Token], _ mentions: ArraySlice<MentionRef>) -> Bool {
        var i = m.first - 1
        // Region words (`in southern Peru`, `in north-east London`) do not count towards the window.
        var window = m.first - 3
        while i >= 0 && i >= window {
            if tokens[i].kind == .word, let cue = lexicon.argumentCue(tokens[i].key) {
                guard cue == .region else { return cue.introducesPlace }
                window -= 1
                i -= 1
                continue
            }
            if let previous = mentions.first(where: { $0.last == i }), previous.type == .place { i = previous.first - 1; continue }
            if tokens[i].kind == .word && !tokens[i].isCapitalized && tokens[i].key != TokenContext.theKey { return false }
            i -= 1
        }
        return false
    }

    /// `met at the Kremlin`: an organisation right after `at` (or `at the`) after the trigger
    /// stands for where it sits, unless a person stands between: `Anais Faraj, an analyst at
    /// Nomura, told`, `said analyst Alex Potter at Lehman`, `the first employees at Apple` name
    /// an employer.
    private func isVenue(_ m: MentionRef, of trigger: Trigger, _ tokens: [Token], _ mentions: ArraySlice<MentionRef>) -> Bool {
        var at = m.first - 1
        if at >= 0, tokens[at].key == TokenContext.theKey { at -= 1 }
        guard at > trigger.last, tokens[at].kind == .word, lexicon.argumentCue(tokens[at].key) == .venue else { return false }
        return !mentions.contains { $0.type == .person && $0.first > trigger.last && $0.last < at }
    }

    /// `flew to Arequipa`, `visited southern Peru`, `an earthquake struck southern Peru`: a
    /// place right after a movement verb or a happening verb, or after a movement verb's `to`
    /// (region words and `the` between), and the places listed after it.
    private func isPlaceAfterVerb(_ m: MentionRef, of trigger: Trigger, _ tokens: [Token], _ bytes: [UInt8], _ mentions: ArraySlice<MentionRef>) -> Bool {
        guard trigger.traits.isMovement || trigger.happened, m.first > trigger.last else { return false }
        var i = m.first - 1
        // `to London, Singapore and Kuala Lumpur`: a place listed after another takes its part.
        if i > trigger.last, Clauses.isComma(bytes, tokens[i]) || tokens[i].key == TokenContext.andKey,
           let listed = mentions.last(where: { $0.last == i - 1 }), listed.type == .place {
            return isPlaceAfterVerb(listed, of: trigger, tokens, bytes, mentions)
        }
        while i > trigger.last, tokens[i].kind == .word,
              tokens[i].key == TokenContext.theKey || lexicon.argumentCue(tokens[i].key) == .region {
            i -= 1
        }
        return i == trigger.last
            || (trigger.traits.isMovement && tokens[i].kind == .word && lexicon.argumentCue(tokens[i].key) == .recipient)
    }

    /// `Dave Calhoun, who announced in March …`, `Boeing, which said …`: the name right before
    /// `who` (a person) or `which` (any other), a comma between, is the subject of the verb of
    /// the clause `who` or `which` opens, unless another name stands between (`who Putin met`).
    /// So is a person's or organisation's name before a comma and a trigger in `-ed` that a
    /// later comma sets off (`Mr Saakashvili, elected president in January after …, has urged`);
    /// otherwise the trigger takes the sentence's first name (`Söder, … premier, visited`).
    private func relativeAntecedent(of trigger: Trigger, sentence: Sentence, clauses: Clauses, mentions: ArraySlice<MentionRef>, words: WordShape) -> Int? {
        let tokens = words.tokens
        let start = clauses.start(of: trigger.first)
        let pronoun = tokens[start].key
        let isRelative = pronoun == TokenContext.whoKey || pronoun == TokenContext.whichKey
        // A participle's clause opens with the comma before it. Only one in `-ed`: one in `-ing`
        // tells what the sentence's subject did (`Police criticised Berg, accusing him …`).
        let isParticiple = Clauses.isComma(words.bytes, tokens[start]) && start + 1 == trigger.first
            && words.isPastParticiple(trigger.first)
        // Unless a later comma sets it off before the sentence's verb (`…, has urged`, `…, said`),
        // it is the sentence's own verb after an apposition (`Ortberg, a former head of Rockwell,
        // visited`; `Cable, for the Liberal Democrats, called on Brown …, to see`): its subject is
        // the sentence's first name.
        if isParticiple, !isSetOff(trigger, sentence: sentence, words: words) {
            return mentions.first {
                $0.last < start && !$0.isPossessive && !$0.isModifier && ($0.type == .person || $0.type == .org)
            }?.entity
        }
        guard isRelative || isParticiple, start > clauses.firstToken,
              !mentions.contains(where: { $0.first > start && $0.first < trigger.first }) else { return nil }
        var end = start - 1
        if !isParticiple && Clauses.isComma(words.bytes, tokens[end]) { end -= 1 }
        guard let antecedent = mentions.last(where: { $0.last == end }), !antecedent.isModifier else { return nil }
        if isParticiple { return antecedent.type == .place ? nil : antecedent.entity }
        return (antecedent.type == .person) == (pronoun == TokenContext.whoKey) ? antecedent.entity : nil
    }

    /// `elected president in January, has urged`: the first comma after the trigger comes
    /// before an auxiliary, a modal or a trigger, the verb of the sentence the trigger's clause
    /// interrupts.
    private func isSetOff(_ trigger: Trigger, sentence: Sentence, words: WordShape) -> Bool {
        let tokens = words.tokens
        guard let comma = (trigger.last + 1..<sentence.tokens.upperBound).first(where: { Clauses.isComma(words.bytes, tokens[$0]) }),
              comma + 1 < sentence.tokens.upperBound, tokens[comma + 1].kind == .word else { return false }
        let cue = lexicon.argumentCue(tokens[comma + 1].key)
        return cue == .auxiliary || cue == .modal || lexicon.match(in: tokens, bytes: words.bytes, at: comma + 1) != nil
    }

    /// `the joint report from the FAO and the WFP said`, `reports from the Treasury and the
    /// bank have said`: a trigger with an article or determiner just before it, or `of`, `from`
    /// or `into` just after it, is a noun, whose `and` joins names, not clauses.
    private func isNounLike(_ trigger: Trigger, _ tokens: [Token]) -> Bool {
        let before = (max(0, trigger.first - 2)..<trigger.first).contains { TokenContext.isArticle(tokens[$0].key) }
        return before || (trigger.last + 1 < tokens.count && TokenContext.nounPrepositions.contains(tokens[trigger.last + 1].key))
    }

    /// `flew to Arequipa and declared`, `met Kim and has signed`: the trigger follows `and`
    /// (auxiliaries between), after another trigger of its clause.
    private func isCoordinated(_ trigger: Trigger, after earlier: Trigger, tokens: [Token]) -> Bool {
        guard let k = wordBefore(trigger.first, floor: earlier.last + 1, skipping: Self.verbChain, tokens) else { return false }
        return tokens[k].key == TokenContext.andKey
    }

    /// Mentions ending before the token returned belong to the verb before the trigger, not to
    /// the trigger: all of them after `and` + verb (`flew to Arequipa and declared`), those
    /// before a clause-joining `and` (`met Ole Dahl on Monday and Jonas Berg visited`); none
    /// after a noun, whose `and` joins names (`the report from the FAO and the WFP said`).
    private func earlierVerbsMentionsEnd(of earlier: Trigger, before trigger: Trigger, coordinated: Bool, _ tokens: [Token]) -> Int {
        if coordinated { return trigger.first }
        if isNounLike(earlier, tokens) { return -1 }
        return (earlier.last + 1..<trigger.first).last { tokens[$0].key == TokenContext.andKey } ?? -1
    }

    /// `he said`, `she has dismissed`: a pronoun subject right before the verb (auxiliaries between).
    /// `In March it opened a factory`: `it` is the subject of the trigger, with nothing but
    /// auxiliaries or modals between and no form of `be` (`it was signed` is done to a thing).
    private func hasItSubject(before trigger: Int, sentence: Sentence, tokens: [Token]) -> Bool {
        guard let k = wordBefore(trigger, floor: sentence.tokens.lowerBound, skipping: Self.verbChain, tokens),
              tokens[k].key == TokenContext.itKey else { return false }
        return !(k + 1..<trigger).contains { TokenContext.beForms.contains(tokens[$0].key) }
    }

    private func pronounSubject(before trigger: Int, sentence: Sentence, tokens: [Token]) -> Int? {
        guard let k = wordBefore(trigger, floor: sentence.tokens.lowerBound, skipping: Self.verbChain, tokens),
              lexicon.argumentCue(tokens[k].key) == .pronoun else { return nil }
        return k
    }

    /// Whom the pronoun at token `pronoun` refers to: the acting person, unless the name or
    /// title says that person is of the other sex (`Anna Weber met Jonas Berg. He said …`); then
    /// the nearest person of the pronoun's sex mentioned before it since token `since` (the
    /// previous sentence's start), else no one.
    private func referent(of pronoun: Int, acting: Int, genderOf: [PersonGender?], mentions: [MentionRef], since: Int,
                          tokens: [Token]) -> Int? {
        guard let wanted = genders[tokens[pronoun].key], let actual = genderOf[acting], actual != wanted else { return acting }
        var k = mentions.partitionPoint { $0.first >= pronoun }
        while k > 0 {
            k -= 1
            let m = mentions[k]
            if m.first < since { break }
            if m.type == .person, genderOf[m.entity] == wanted { return m.entity }
        }
        return nil
    }

    /// The sex of each person entity (by id number; nil for other entities and for persons whose
    /// first name and titles say nothing): its name's first word (`Anna Weber`), else a title
    /// right before one of its mentions (`Mrs Quinn`).
    private func personGenders(_ entities: [DocumentEntity], ids: EntityIdNumbers, tokens: [Token]) -> [PersonGender?] {
        var genderOf = [PersonGender?](repeating: nil, count: entities.count)
        guard !genders.isEmpty else { return genderOf }
        for (k, e) in entities.enumerated() where e.type == .person {
            if let first = e.name.split(separator: " ").first, let gender = genders[Normalizer.key(String(first))] {
                genderOf[ids.numberOfEntity[k]] = gender
                continue
            }
            for m in e.mentions where m.tokens.lowerBound > 0 {
                if let gender = genders[tokens[m.tokens.lowerBound - 1].key] {
                    genderOf[ids.numberOfEntity[k]] = gender
                    break
                }
            }
        }
        return genderOf
    }
}

extension TokenContext {
    static let theKey = Normalizer.key("the")
    static let andKey = Normalizer.key("and")
    static let asKey = Normalizer.key("as")
    static let whoKey = Normalizer.key("who")
    static let whichKey = Normalizer.key("which")
    /// `it`: a company's pronoun (`In March it opened a factory`).
    static let itKey = Normalizer.key("it")
    /// Forms of `be`: between `it` and a verb they make it passive (`it was signed`).
    static let beForms: Set<UInt64> = Set(["be", "is", "was", "were", "are", "been", "being"].map(Normalizer.key))
    /// `of`, `from`, `into`: right after a trigger they make it a noun (`reports from`).
    static let nounPrepositions: Set<UInt64> = Set(["of", "from", "into"].map(Normalizer.key))
    /// `a`, `an`: after `as` they make it a preposition (`as a way of`), no clause opener.
    static let indefiniteArticles: Set<UInt64> = [Normalizer.key("a"), Normalizer.key("an")]
    /// `the`, `its`, `an`: a determiner or an indefinite article, so a noun follows.
    static func isArticle(_ key: UInt64) -> Bool { determiners.contains(key) || indefiniteArticles.contains(key) }
    /// Determiners before a noun that names an event already told (`the deal`, `this
    /// agreement`), not a new one (`its approval`).
    static let referringDeterminers: Set<UInt64> = Set(["the", "this", "that", "these", "those"].map(Normalizer.key))
    /// Words before a noun that refers back (`the deal`, `this agreement`).
    static let determiners: Set<UInt64> = Set(["the", "this", "that", "these", "those", "its", "their", "his", "her"].map(Normalizer.key))
}

/// Shape tests on words that are not part of a name or a time expression.
struct WordShape {
    let tokens: [Token]
    let bytes: [UInt8]
    let covered: [Bool]

    /// A lower-case-looking word ending in `-ing` or `-ed` (`Asked`, `responding`): a
    /// participle by its shape. Names (`United`) are covered and never count.
    func isParticiple(_ i: Int) -> Bool {
        let t = tokens[i]
        guard t.kind == .word, !covered[i], !t.has(.allCaps), t.end - t.start >= 5 else { return false }
        let a = bytes[t.end - 3] | 0x20, b = bytes[t.end - 2] | 0x20, c = bytes[t.end - 1] | 0x20
        return (a == 0x69 && b == 0x6E && c == 0x67) || (b == 0x65 && c == 0x64)  // ing, ed
    }

    /// A participle by its shape (`isParticiple`) that ends in `-ed` (`elected`, `Asked`).
    func isPastParticiple(_ i: Int) -> Bool {
        isParticiple(i) && bytes[tokens[i].end - 2] | 0x20 == 0x65 && bytes[tokens[i].end - 1] | 0x20 == 0x64
    }
}

/// Time expressions located on tokens, for clause-level assignment.
///
/// A located expression names its time by index: the extractor passes times around for every
/// trigger and sentence, and a `TimeExpression` copy retains three Strings.
struct TimeTokens {
    struct Located {
        let first: Int
        let last: Int
        /// Index into the `times` the table was made from.
        let time: Int
        /// The expression has an interval (`TimeExpression.range`).
        let isPlaceable: Bool
    }

    /// In token order (`first` never decreases).
    private(set) var all: [Located] = []
    /// The dated (placeable) dates and times of `all`, in order: what a sentence asks for.
    private var dated: [Located] = []

    init(times: [TimeExpression], tokens: [Token]) {
        var k = 0
        for (index, time) in times.enumerated() {
            while k < tokens.count && tokens[k].end <= time.span.start { k += 1 }
            var last = k
            while last + 1 < tokens.count && tokens[last + 1].start < time.span.end { last += 1 }
            guard k < tokens.count else { break }
            let located = Located(first: k, last: last, time: index, isPlaceable: time.range != nil)
            all.append(located)
            if located.isPlaceable && (time.type == .date || time.type == .time) { dated.append(located) }
        }
    }

    /// The dated (placeable) expressions within a token range, in order.
    /// - Complexity: O(log n), a slice (they are sorted by token); no allocation.
    func dated(in range: Range<Int>) -> ArraySlice<Located> {
        dated[dated.partitionPoint { $0.first >= range.lowerBound } ..< dated.partitionPoint { $0.first >= range.upperBound }]
    }
}
