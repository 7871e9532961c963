/// In-document short forms: `Putin` after `Vladimir Putin`, `Kim` after `Kim Jong-un`,
/// `NAMI` after `National Automobile … Institute (NAMI)`.
///
/// A short form resolves to the entity with the most recent compatible full mention before
/// it; with none before (a headline before the body), to the first one after. A full name
/// followed by a comma and the short form (`Kim Yo-jong, Kim's sister`) is an apposition
/// about someone else, so that entity is passed over when another candidate exists. A listed
/// place after a place preposition (`in Washington`) is no person's short form.
struct ShortFormResolver {
    struct Mention {
        var first: Int
        var last: Int
        var entity: String
        var type: EntityType
        var source: String
    }

    let context: TokenContext
    /// Family names of list people who are known by surname alone (heads of state and
    /// government), used when the document never gives the full name.
    let knownSurnames: [UInt64: KnownSurname]
    /// Words a place follows (`in`, `at`, `near`), from `events/argument-cues.txt`.
    let placePrepositions: Set<UInt64>

    private var tokens: [Token] { context.tokens }

    /// Adds short-form mentions for uncovered tokens. `sentenceOf` maps a token to its sentence;
    /// `titled` are single words after a title (`Mr Smith`), people even when unresolved.
    func resolve(_ mentions: [Mention], sentenceOf: [Int], titled: Set<Int>) -> [Mention] {
        var forms = [UInt64: [String]]()  // key → entity ids, in first-registration order
        var typeOf = [String: EntityType]()
        func register(_ key: UInt64, _ entity: String) {
            if !forms[key, default: []].contains(entity) { forms[key, default: []].append(entity) }
        }
        var covered = [Bool](repeating: false, count: tokens.count)
        for m in mentions {
            typeOf[m.entity] = m.type
            for i in m.first...m.last { covered[i] = true }
            for key in shortForms(of: m) { register(key, m.entity) }
        }
        let definitions = acronymDefinitions(mentions)
        for (acronym, entity) in definitions { register(acronym, entity) }

        // The document beats the lists: a definition `(RFA)` after `Regional Flood Agency` beats a
        // list acronym, and `Kim` after `Kim Jong-un` is the person, not a town called Kim. Such
        // list words are resolved in text order with the other short forms.
        var result = [Mention]()
        var listWords = [Int: Mention]()
        for m in mentions {
            guard m.first == m.last, m.source.hasPrefix("list:") else { result.append(m); continue }
            let key = tokens[m.first].key
            if tokens[m.first].has(.allCaps), let defined = definitions.first(where: { $0.0 == key }), defined.1 != m.entity {
                result.append(Mention(first: m.first, last: m.last, entity: defined.1, type: typeOf[defined.1]!, source: "alias:acronym"))
            } else if m.type != .person, (forms[key] ?? []).contains(where: { typeOf[$0] == .person }),
                      !(m.type == .place && m.first > 0 && placePrepositions.contains(tokens[m.first - 1].key)) {
                listWords[m.first] = m
            } else {
                result.append(m)
            }
        }
        var positions = MentionPositions(result)
        for i in 0..<tokens.count where (!covered[i] || listWords[i] != nil) && tokens[i].kind == .word && tokens[i].isCapitalized {
            let key = tokens[i].key
            var entities = forms[key] ?? []
            if listWords[i] != nil { entities = entities.filter { typeOf[$0] == .person } }
            if let entity = choose(entities, at: i, in: positions, sentenceOf: sentenceOf) {
                result.append(Mention(first: i, last: i, entity: entity, type: typeOf[entity]!,
                                      source: tokens[i].has(.allCaps) ? "alias:acronym" : "alias:short-form"))
                positions.insert(i, for: entity)
            } else if let listed = listWords[i] {
                result.append(listed)
                positions.insert(i, for: listed.entity)
            } else if let known = knownSurnames[key], !context.facts.has(i, .notAName), context.text(i, i) == known.spelling,
                      !isInsideLongerName(i) {
                result.append(Mention(first: i, last: i, entity: known.id, type: .person, source: "alias:known-surname"))
                positions.insert(i, for: known.id)
            } else if titled.contains(i) {
                let name = context.text(i, i)
                result.append(Mention(first: i, last: i, entity: EntityId.make(type: .person, name: name), type: .person,
                                      source: "rule:title-name"))
            }
        }
        return result.sorted { $0.first < $1.first }
    }

    /// The family name of a multi-word person (first word for East Asian order, else the last)
    /// and a listed person's known first name, and the distinctive first word of a multi-word organisation (`Lockheed` Martin).
    private func shortForms(of m: Mention) -> [UInt64] {
        let words = (m.first...m.last).filter { tokens[$0].kind == .word && !context.isConnector($0) && !isHyphenPart($0) }
        guard words.count >= 2 else { return [] }
        switch m.type {
        case .person:
            let familyFirst = context.facts.has(words[0], .surnameFirst)
            let family = familyFirst ? words[0] : words[words.count - 1]
            guard tokens[family].isCapitalized else { return [] }
            // `Kamala` after `Kamala Harris`: the known first name of a listed person is a short
            // form too (rule-made people are left out: `Mac App Store` would make every `Mac` one).
            let given = words[0]
            if !familyFirst, given != family, m.source.hasPrefix("list:"), context.facts.has(given, .firstName),
               !isHyphenPart(given + 2) {
                return [tokens[family].key, tokens[given].key]
            }
            return [tokens[family].key]
        case .org:
            let head = words[0]
            let t = tokens[head]
            guard t.isCapitalized, !t.has(.allCaps), !context.facts.has(head, .notAName),
                  !(m.first...m.last).contains(where: { context.isConnector($0) }),
                  context.facts.orgHeadAfter(head) == nil,
                  context.facts.placeKeywordAfter(head) == nil,
                  context.facts.demonym(head) == nil
            else { return [] }
            return [t.key]
        case .place:
            return []
        }
    }

    /// `Nuwan Silva` is not Lula da Silva: a capitalised name word next to it on the line
    /// (other than a title before it) makes it part of another name.
    private func isInsideLongerName(_ i: Int) -> Bool {
        let before = i > 0 && !tokens[i].has(.lineStart) && context.isNameWord(i - 1) && !tokens[i - 1].has(.possessive)
            && context.facts.personTitle(i - 1) == nil
        let after = i + 1 < tokens.count && !tokens[i + 1].has(.lineStart) && !tokens[i].has(.possessive) && context.isNameWord(i + 1)
        return before || after
    }

    /// A word glued by a hyphen to the one before (`Jong-un`); callers may ask past the last token.
    private func isHyphenPart(_ i: Int) -> Bool {
        i > 0 && i < tokens.count && tokens[i].has(.attached) && context.isHyphen(i - 1)
    }

    /// `Full Name (ACR)`: an all-caps word in brackets right after a mention names it.
    private func acronymDefinitions(_ mentions: [Mention]) -> [(UInt64, String)] {
        var found = [(UInt64, String)]()
        for m in mentions where m.type != .person {
            let open = m.last + 1, acronym = m.last + 2, close = m.last + 3
            guard close < tokens.count, context.bytes[tokens[open].start] == 0x28,
                  tokens[acronym].has(.allCaps), context.bytes[tokens[close].start] == 0x29 else { continue }
            found.append((tokens[acronym].key, m.entity))
        }
        return found
    }

    private func choose(_ entities: [String], at i: Int, in positions: MentionPositions, sentenceOf: [Int]) -> String? {
        var best: (entity: String, position: Int)?
        var appositive: String?
        for entity in entities {
            guard let before = positions.last(before: i, for: entity) else { continue }
            let isApposition = sentenceOf[before] == sentenceOf[i] && before + 2 == i
                && context.bytes[tokens[before + 1].start] == 0x2C
            if isApposition { appositive = entity; continue }
            if best == nil || before > best!.position { best = (entity, before) }
        }
        if let best { return best.entity }
        let after = entities.compactMap { entity in positions.first(after: i, for: entity).map { (entity, $0) } }.min { $0.1 < $1.1 }
        return after?.0 ?? appositive
    }
}

/// Where each entity is mentioned, as sorted token ranges, so the nearest mention before or
/// after a token is a binary search instead of a scan of every mention (mentions never overlap).
struct MentionPositions {
    private var ranges: [String: [(first: Int, last: Int)]] = [:]

    init(_ mentions: [ShortFormResolver.Mention]) {
        for m in mentions { ranges[m.entity, default: []].append((m.first, m.last)) }
        for key in ranges.keys { ranges[key]!.sort { $0.first < $1.first } }
    }

    /// Adds a one-token mention at `i`, in place.
    mutating func insert(_ i: Int, for entity: String) {
        let k = ranges[entity].map { firstIndex(in: $0, after: i - 1) } ?? 0
        ranges[entity, default: []].insert((i, i), at: k)
    }

    /// The last token of the entity's nearest mention ending before `i`.
    func last(before i: Int, for entity: String) -> Int? {
        guard let list = ranges[entity] else { return nil }
        let k = firstIndex(in: list, after: i - 1)  // first mention starting at or after i
        return k > 0 ? list[k - 1].last : nil
    }

    /// The first token of the entity's nearest mention starting after `i`.
    func first(after i: Int, for entity: String) -> Int? {
        guard let list = ranges[entity] else { return nil }
        let k = firstIndex(in: list, after: i)
        return k < list.count ? list[k].first : nil
    }

    /// Index of the first range starting after `i`.
    private func firstIndex(in list: [(first: Int, last: Int)], after i: Int) -> Int {
        list.partitionPoint { $0.first > i }
    }
}
