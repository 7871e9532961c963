/// Rules for names in no list, driven by the cue words in `gazetteer/cues/`.
///
/// Each rule proposes candidates; `ConflictResolver` decides. Rule names are the `source`
/// of the mentions they make:
/// - `rule:title-name` — a title or job title before capitalised words: `spokesman Matthew Miller`
/// - `rule:first-name` — a known first name before capitalised words: `Paul Nesbit`
/// - `rule:surname-first` — an East Asian family name before a given name: `Kim Yo-jong`
/// - `rule:surname` — an unknown given name before a common family name: `Olena Smith`
/// - `rule:org-suffix` — capitalised words before a legal suffix: `Kessler Bau GmbH`
/// - `rule:org-head` — `X Ministry`, `Ministry of X`
/// - `rule:place-keyword` — `Kherson region`, `Lake Baikal`
/// - `rule:org-descriptor` — a lower-case noun that introduces a company: `retailer Best Buy`
/// - `rule:name-title` — a name followed by a comma and a job title: `Jusman Djamal, minister of …`
/// - `rule:org-apposition` — a name followed by a comma and a described company: `Altair, a US software company,`
/// - `rule:web-name` — a capitalised name with a web domain: `Detik.com`
struct CueRules {
    let context: TokenContext
    let gazetteer: Gazetteer
    let traits: EntityTraits
    /// List candidates by first token, so rules can step around known names.
    let listCandidates: ListCandidates

    private var tokens: [Token] { context.tokens }
    private var cues: CueLists { gazetteer.cues }
    private var facts: TokenFacts { context.facts }

    /// All rule candidates, plus single-word titled names (`President Putin`) to resolve as short forms.
    func candidates() -> (candidates: [EntityCandidate], titledShortForms: [Int]) {
        var found = [EntityCandidate]()
        var titled = [Int]()
        for i in 0..<tokens.count where tokens[i].kind == .word && mayStartRule(i) {
            titledPerson(at: i, &found, &titled)
            namedPerson(at: i, &found)
            organisationAfterHead(at: i, &found)
            organisationBeforeHead(at: i, &found)
            organisationSuffix(at: i, &found)
            placeKeyword(at: i, &found)
            describedOrganisation(at: i, &found)
            personBeforeTitle(at: i, &found)
            organisationBeforeDescriptor(at: i, &found)
            webName(at: i, &found)
        }
        return (found, titled)
    }

    /// Whether any rule can propose something at word `i`. Every rule first asks for a capitalised
    /// word there (a dotted one for a suffix), or for a cue phrase a lower-case word may start: a
    /// title, an organisation descriptor, a place keyword after a name. Most words of a text are
    /// none of these and skip the nine calls, which would each return at their first test.
    @inline(__always)
    private func mayStartRule(_ i: Int) -> Bool {
        tokens[i].isCapitalized || tokens[i].has(.dotted) || facts.personTitle(i) != nil
            || facts.orgDescriptor(i) != nil || facts.placeKeywordAfter(i) != nil
    }

    /// Is a list place or organisation starting at `i` (so it is not a person's name)? A
    /// place that is also a family name (`ambiguous=yes`: George Washington) does not count.
    private func startsKnownPlaceOrOrg(_ i: Int) -> Bool {
        guard let c = listCandidates.summary(at: i), c.type != .person, !c.isWeak else { return false }
        if c.entity >= 0, c.type == .place, traits.isAmbiguous(c.entity) { return false }
        return true
    }

    private func titledPerson(at i: Int, _ found: inout [EntityCandidate], _ titled: inout [Int]) {
        guard let title = facts.personTitle(i) else { return }
        let start = title + 1
        guard start < tokens.count, !tokens[start].has(.lineStart), !tokens[title].has(.possessive),
              !startsKnownPlaceOrOrg(start), let run = context.nameRun(from: start, maxWords: 4, person: true) else { return }
        if run.words == 1 {
            if !facts.has(start, .notAName) { titled.append(start) }
        } else {
            found.append(EntityCandidate(first: start, last: run.last, referent: .new(type: .person), type: .person,
                                         priority: CandidatePriority.ruleTitledPerson, source: "rule:title-name"))
        }
    }

    private func namedPerson(at i: Int, _ found: inout [EntityCandidate]) {
        let isFirstName = facts.has(i, .firstName), isFamilyFirst = facts.has(i, .surnameFirst)
        if !isFirstName && !isFamilyFirst {
            surnamedPerson(at: i, &found)
            return
        }
        guard context.isNameWord(i), !tokens[i].has(.possessive),
              !(tokens[i].has(.allCaps) && !tokens[i].has(.sentenceStart) && tokens[i].end - tokens[i].start > 3),
              let next = Optional(context.nameGroupEnd(i)! + 1), next < tokens.count,
              !tokens[next].has(.lineStart), !startsKnownPlaceOrOrg(next), !context.excludedFromPerson(next) else { return }
        // `Hong Kong-based`: a listed place that starts with a family name is no person.
        if isFamilyFirst, !startsKnownPlaceOrOrg(i), let given = context.nameGroupEnd(next) {
            // `Kim Yo-jong`, `Wang Yi`: a given name that is hyphenated or not itself a common first name.
            let hyphenated = given > next
            if hyphenated || !facts.has(next, .firstName) {
                found.append(EntityCandidate(first: i, last: given, referent: .new(type: .person), type: .person,
                                             priority: CandidatePriority.ruleNamedPerson, source: "rule:surname-first"))
                return
            }
        }
        // `Allied Irish Banks`: a demonym that is also a given name starts no person's name.
        guard isFirstName, facts.demonym(i) == nil,
              let run = context.nameRun(from: i, maxWords: 4, person: true), run.words >= 2 else { return }
        found.append(EntityCandidate(first: i, last: run.last, referent: .new(type: .person), type: .person,
                                     priority: CandidatePriority.ruleNamedPerson, source: "rule:first-name"))
    }

    /// `Olena Smith`: an unknown given name before a common family name, the pair standing
    /// alone (no capitalised word after it, which would make it part of a longer name). A
    /// title is no given name: `Judge Clark` is the titled short form `Clark`.
    private func surnamedPerson(at i: Int, _ found: inout [EntityCandidate]) {
        guard context.isNameWord(i), !tokens[i].has(.possessive), !tokens[i].has(.allCaps),
              !context.excludedFromPerson(i), !facts.has(i, .notAName), !listCandidates.startsAt(i),
              facts.personTitle(i) == nil,
              let given = context.nameGroupEnd(i), given + 1 < tokens.count, !tokens[given + 1].has(.lineStart),
              facts.has(given + 1, .surname), let family = context.nameGroupEnd(given + 1),
              !context.excludedFromPerson(given + 1), !listCandidates.startsAt(given + 1),
              family + 1 >= tokens.count || !context.isNameWord(family + 1) || tokens[family + 1].has(.lineStart) else { return }
        found.append(EntityCandidate(first: i, last: family, referent: .new(type: .person), type: .person,
                                     priority: CandidatePriority.ruleNamedPerson, source: "rule:surname"))
    }

    /// `State Department`, `Russian Foreign Ministry`: capitalised words before a head noun.
    private func organisationAfterHead(at i: Int, _ found: inout [EntityCandidate]) {
        guard tokens[i].isCapitalized, !context.isConnector(i),
              let head = facts.orgHeadAfter(i),
              var first = context.nameRunBackward(before: i, maxWords: 6) else { return }
        // `Hainan Airlines and Xiamen Airlines`, `JetBlue and AirTran Airways`: a connector right
        // after another head word or a listed organisation joins two names, so this one starts after it.
        // `Emily Blunt and Nathalie Press`: so does a connector after a given name and a family name,
        // and the name after it is a person's too when it has that shape.
        var afterPerson = false
        for k in stride(from: i - 1, to: first, by: -1) where context.isConnector(k) {
            afterPerson = endsPersonName(k - 1, from: first)
            guard afterPerson || endsWithHead(k - 1) || endsListedName(k - 1, from: first) else { continue }
            first = k + 1
            break
        }
        // `Orin Middleton of Barclays Capital`: a given name and a family name before `of` are a
        // person's, not the firm's (`Fraser of Allander Institute` stays whole).
        for k in stride(from: i - 1, to: first, by: -1) where tokens[k].key == TokenContext.ofKey && endsPersonName(k - 1, from: first) {
            first = k + 1
            break
        }
        first = skippingOpeningWord(first, before: i)
        guard first < i else { return }
        // `Jim Press, vice president`: a first name and a head word that is also a family name, or
        // that a comma and a person's title follow, or that follows a person and `and`, make a person.
        if first == i - 1, head == i, facts.has(first, .firstName), !startsKnownPlaceOrOrg(first),
           afterPerson || facts.has(head, .surname) || isCommaTitle(after: head, article: true) {
            found.append(EntityCandidate(first: first, last: head, referent: .new(type: .person), type: .person,
                                         priority: CandidatePriority.ruleNamedPerson, source: "rule:first-name"))
            return
        }
        found.append(candidate(first, head, type: .org, source: "rule:org-head"))
    }

    /// `Members of Riverton City Council`, `Fans of Crystal Palace`: a sentence's first word
    /// before `of` and more name words, when it is no head word and no part of a person's
    /// name, is the phrase around the name, which starts after `of` (`Fraser of Allander
    /// Institute` inside a sentence stays whole).
    private func skippingOpeningWord(_ first: Int, before i: Int) -> Int {
        guard first + 2 < i, tokens[first].has(.sentenceStart), tokens[first + 1].key == TokenContext.ofKey,
              !context.isHeadWord(first), !facts.has(first, .firstName), !facts.has(first, .surname) else { return first }
        return first + 2
    }

    /// Do a comma and a person's title follow token `k` (`…, vice president of`)? With
    /// `article`, an article may stand between them (`…, a trustee`, `…, the chairman`).
    private func isCommaTitle(after k: Int, article: Bool = false) -> Bool {
        guard k + 2 < tokens.count, tokens[k + 1].kind == .punct, context.bytes[tokens[k + 1].start] == 0x2C else { return false }
        let title = article && TokenContext.articles.contains(tokens[k + 2].key) ? k + 3 : k + 2
        return facts.personTitle(title) != nil
    }

    /// Does a person's title (`correspondent`, `Foreign Minister`) end right before token `k`?
    private func titleEnds(before k: Int) -> Bool {
        (max(0, k - 3)..<k).contains { facts.personTitle($0) == k - 1 }
    }

    /// Does a listed organisation or place that starts at or after `first` end at token `k`?
    private func endsListedName(_ k: Int, from first: Int) -> Bool {
        (first...k).contains { listCandidates.summary(at: $0).map { $0.last == k && $0.type != .person && !$0.isWeak } ?? false }
    }

    /// Do tokens `first…k` make a person's name: a known given name and one or two more name words?
    private func endsPersonName(_ k: Int, from first: Int) -> Bool {
        facts.has(first, .firstName)
            && context.nameRun(from: first, maxWords: 3, person: true).map { $0.words >= 2 && $0.last == k } == true
    }

    /// Does an organisation head word (`Airlines`, `Bank`) end at token `k`?
    private func endsWithHead(_ k: Int) -> Bool {
        for start in max(0, k - 2)...max(0, k) where cues.orgHeads.after.matches(in: tokens, bytes: context.bytes, at: start).contains(where: { $0.last == k }) {
            return true
        }
        return false
    }

    /// `electronics retailer Best Buy`, `engine maker Europrop`: a lower-case noun from
    /// `cues/org-descriptors.txt`, then capitalised words that are no person or place.
    private func describedOrganisation(at i: Int, _ found: inout [EntityCandidate]) {
        guard !tokens[i].isCapitalized,
              let descriptor = facts.orgDescriptor(i) else { return }
        let start = descriptor + 1
        guard start < tokens.count, !tokens[start].has(.lineStart), !tokens[descriptor].has(.possessive),
              facts.personTitle(start) == nil,
              let run = context.nameRun(from: start, maxWords: 4) else { return }
        if let known = listCandidates.summary(at: start), known.type != .org, !known.isWeak { return }
        // `firm Morgan Stanley` is a company, `airline boss Anna Smith` is not reached: a known
        // first name before a known family name makes a person.
        if run.words >= 2, facts.has(start, .firstName),
           let given = context.nameGroupEnd(start), facts.has(given + 1, .surname) { return }
        found.append(candidate(start, run.last, type: .org, source: "rule:org-descriptor"))
    }

    /// `Jusman Syafii Djamal, minister of transport`: two to four capitalised words that start
    /// a phrase, then a comma and a person title.
    private func personBeforeTitle(at i: Int, _ found: inout [EntityCandidate]) {
        guard !context.isNameWord(i - 1) || tokens[i].has(.lineStart), !startsKnownPlaceOrOrg(i), facts.personTitle(i) == nil,
              let run = context.nameRun(from: i, maxWords: 4, person: true), run.words >= 2,
              !tokens[run.last].has(.possessive), run.last + 2 < tokens.count,
              isCommaTitle(after: run.last), let title = facts.personTitle(run.last + 2),
              !context.isNameWord(title + 1) else { return }
        found.append(EntityCandidate(first: i, last: run.last, referent: .new(type: .person), type: .person,
                                     priority: CandidatePriority.ruleNamedPerson, source: "rule:name-title"))
    }

    /// `Altair Engineering, a US software company, …`: capitalised words that start a phrase and
    /// are in no list, a comma, `a`/`an`, and at most `appositionWords` words (hyphened ones
    /// count as one) ending on an organisation descriptor (`cues/org-descriptors.txt`) right
    /// before punctuation (`a bank employee` describes a person). A single word starting a
    /// sentence is left alone: `Last year, a bank, which …`.
    private func organisationBeforeDescriptor(at i: Int, _ found: inout [EntityCandidate]) {
        guard tokens[i].isCapitalized, !context.isNameWord(i - 1) || tokens[i].has(.lineStart), facts.personTitle(i) == nil,
              let run = context.nameRun(from: i, maxWords: 4), !tokens[run.last].has(.possessive),
              run.words >= 2 || !tokens[i].has(.sentenceStart),
              run.last + 3 < tokens.count, tokens[run.last + 1].kind == .punct, context.bytes[tokens[run.last + 1].start] == 0x2C,
              TokenContext.articles.contains(tokens[run.last + 2].key), listCandidates.summary(at: i) == nil else { return }
        // `Anna Weber, a retailer,`: a known first name before a known family name makes a person.
        if run.words >= 2, facts.has(i, .firstName), let given = context.nameGroupEnd(i), facts.has(given + 1, .surname) { return }
        var k = run.last + 3
        var words = 0
        while k < tokens.count, words < Self.appositionWords {
            if let end = facts.orgDescriptor(k) {
                if end + 1 < tokens.count, tokens[end + 1].kind == .punct, !context.isHyphen(end + 1) {
                    found.append(candidate(i, run.last, type: .org, source: "rule:org-apposition"))
                }
                return
            }
            guard tokens[k].kind == .word, !tokens[k].has(.lineStart) else { return }
            k = context.nameGroupEnd(k).map { $0 + 1 } ?? k + 1
            // `a Boston-based retailer`: a hyphened word is one.
            while k + 1 < tokens.count, context.isHyphen(k), tokens[k + 1].kind == .word, tokens[k + 1].has(.attached) { k += 2 }
            words += 1
        }
    }

    /// At most this many words between `a` and the descriptor of `rule:org-apposition`.
    static let appositionWords = 3

    /// `Detik.com`, `Politico.eu`: a capitalised word, a period and a domain, written together.
    private func webName(at i: Int, _ found: inout [EntityCandidate]) {
        guard tokens[i].isCapitalized, i + 2 < tokens.count, tokens[i + 1].has(.attached), tokens[i + 2].has(.attached),
              tokens[i + 1].kind == .punct, context.bytes[tokens[i + 1].start] == 0x2E,
              facts.has(i + 2, .webDomain), !tokens[i + 2].isCapitalized else { return }
        found.append(candidate(i, i + 2, type: .org, source: "rule:web-name"))
    }

    /// `Ministry of Foreign Affairs`, `Agency for Technical Relief`, with modifiers before
    /// (`Russian Ministry of …`, `Federal Agency for …`).
    private func organisationBeforeHead(at i: Int, _ found: inout [EntityCandidate]) {
        guard tokens[i].isCapitalized,
              let head = facts.orgHeadBefore(i),
              head + 2 < tokens.count, facts.has(head + 1, .headLink),
              let run = context.nameRun(from: head + 2, maxWords: 4) else { return }
        var last = run.last
        // `Ministry of Foreign Affairs and Trade`
        while last + 2 < tokens.count, context.isConnector(last + 1), tokens[last + 1].key != TokenContext.ofKey,
              let more = context.nameRun(from: last + 2, maxWords: 3) {
            last = more.last
        }
        // `Association of Automobile Manufacturers of South Africa`: `of` and a listed place end the name.
        // Not a demonym (`Board of Deputies of British Jews`), and nothing capitalised after the place.
        if last + 2 < tokens.count, tokens[last + 1].key == TokenContext.ofKey, !tokens[last + 2].has(.lineStart),
           let place = listCandidates.summary(at: last + 2), place.type == .place, !place.isWeak,
           facts.demonym(last + 2) == nil, !context.isNameWord(place.last + 1) || tokens[place.last + 1].has(.lineStart) {
            last = place.last
        }
        let first = context.nameRunBackward(before: i, maxWords: 3) ?? i
        found.append(candidate(first, last, type: .org, source: "rule:org-head"))
    }

    /// `Kessler Bau GmbH`, `Apple Inc.`
    private func organisationSuffix(at i: Int, _ found: inout [EntityCandidate]) {
        guard tokens[i].isCapitalized || tokens[i].has(.dotted),
              let suffix = facts.orgSuffix(i),
              let first = context.nameRunBackward(before: i, maxWords: 6) else { return }
        found.append(candidate(first, suffix, type: .org, source: "rule:org-suffix"))
    }

    /// `Kherson region`, `Vostochny Cosmodrome` (keyword after); `Lake Baikal` (keyword before).
    /// Before the keyword there must be a word that is neither a demonym nor a title (`Mr Park`).
    /// A given name and a one-word keyword make a person's name when a person's title stands
    /// before them or after a comma (`correspondent Simon Hall`, `Simon Hall, a lawyer`).
    private func placeKeyword(at i: Int, _ found: inout [EntityCandidate]) {
        if let keyword = facts.placeKeywordAfter(i),
           let run = context.nameRunBackward(before: i, maxWords: 4),
           case let first = skippingOpeningWord(run, before: i),
           (first..<i).contains(where: { facts.demonym($0) == nil && facts.personTitle($0) == nil && context.isNameWord($0) }) {
            if first == i - 1, keyword == i, facts.has(first, .firstName),
               titleEnds(before: first) || isCommaTitle(after: keyword, article: true) {
                found.append(EntityCandidate(first: first, last: keyword, referent: .new(type: .person), type: .person,
                                             priority: CandidatePriority.ruleTitledPerson, source: "rule:title-name"))
            } else {
                found.append(candidate(first, keyword, type: .place, source: "rule:place-keyword"))
            }
        }
        if tokens[i].isCapitalized,
           let keyword = facts.placeKeywordBefore(i),
           keyword + 1 < tokens.count, !tokens[keyword + 1].has(.lineStart),
           let run = context.nameRun(from: keyword + 1, maxWords: 3) {
            found.append(candidate(i, run.last, type: .place, source: "rule:place-keyword"))
        }
    }

    /// A rule candidate; when its words, less leading modifiers, are a known name of the same
    /// type (`US` + `State Department`), it keeps that entity's identity over the wider span.
    private func candidate(_ first: Int, _ last: Int, type: EntityType, source: String) -> EntityCandidate {
        let priority = type == .org ? CandidatePriority.ruleOrganization : CandidatePriority.rulePlace
        for start in first...last {
            if let known = gazetteer.names.match(in: tokens, bytes: context.bytes, at: start), known.last == last,
               traits.type(known.entity) == type {
                return EntityCandidate(first: first, last: last, referent: .known(known.entity), type: type,
                                       priority: priority, source: source + "+list")
            }
        }
        return EntityCandidate(first: first, last: last, referent: .new(type: type), type: type,
                               priority: priority, source: source)
    }
}

extension TokenContext {
    static let ofKey = Normalizer.key("of")
    /// `a`, `an`, `the`: an article before a title in an apposition (`Anna Bank, a trustee`).
    static let articles: Set<UInt64> = [Normalizer.key("a"), Normalizer.key("an"), Normalizer.key("the")]
    /// What links a head to its name: `Ministry of Defence`, `Agency for Technical Relief`.
    static let headLinks: Set<UInt64> = [Normalizer.key("of"), Normalizer.key("for")]
}
