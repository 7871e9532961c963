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
        for i in 0..<tokens.count where (!covered[i] || listWords[i] != nil) && tokens[i].kind == .word && tokens[i].isCapitalized {
            let key = tokens[i].key
            var entities = forms[key] ?? []
            if listWords[i] != nil { entities = entities.filter { typeOf[$0] == .person } }
            if let entity = choose(entities, at: i, in: result, sentenceOf: sentenceOf) {
                result.append(Mention(first: i, last: i, entity: entity, type: typeOf[entity]!,
                                      source: tokens[i].has(.allCaps) ? "alias:acronym" : "alias:short-form"))
            } else if let listed = listWords[i] {
                result.append(listed)
            } else if let known = knownSurnames[key], !context.cues.isNotAName(key), context.text(i, i) == known.spelling,
                      !isInsideLongerName(i) {
                result.append(Mention(first: i, last: i, entity: known.id, type: .person, source: "alias:known-surname"))
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
            let familyFirst = context.cues.surnameFirst.contains(tokens[words[0]].key)
            let family = familyFirst ? words[0] : words[words.count - 1]
            guard tokens[family].isCapitalized else { return [] }
            // `Kamala` after `Kamala Harris`: the known first name of a listed person is a short
            // form too (rule-made people are left out: `Mac App Store` would make every `Mac` one).
            let given = words[0]
            if !familyFirst, given != family, m.source.hasPrefix("list:"), context.cues.firstNames.contains(tokens[given].key),
               !isHyphenPart(given + 2) {
                return [tokens[family].key, tokens[given].key]
            }
            return [tokens[family].key]
        case .org:
            let head = words[0]
            let t = tokens[head]
            guard t.isCapitalized, !t.has(.allCaps), !context.cues.isNotAName(t.key),
                  !(m.first...m.last).contains(where: { context.isConnector($0) }),
                  context.cues.orgHeads.after.matches(in: tokens, bytes: context.bytes, at: head).isEmpty,
                  context.cues.placeKeywords.after.matches(in: tokens, bytes: context.bytes, at: head).isEmpty,
                  context.cues.demonyms.matches(in: tokens, bytes: context.bytes, at: head).isEmpty
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
            && context.cues.personTitles.matches(in: tokens, bytes: context.bytes, at: i - 1).isEmpty
        let after = i + 1 < tokens.count && !tokens[i + 1].has(.lineStart) && !tokens[i].has(.possessive) && context.isNameWord(i + 1)
        return before || after
    }

    private func isHyphenPart(_ i: Int) -> Bool {
        i > 0 && tokens[i].has(.attached) && context.isHyphen(i - 1)
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

    private func choose(_ entities: [String], at i: Int, in mentions: [Mention], sentenceOf: [Int]) -> String? {
        var best: (entity: String, position: Int)?
        var appositive: String?
        for entity in entities {
            guard let before = mentions.filter({ $0.entity == entity && $0.last < i }).max(by: { $0.last < $1.last }) else { continue }
            let isApposition = sentenceOf[before.last] == sentenceOf[i] && before.last + 2 == i
                && context.bytes[tokens[before.last + 1].start] == 0x2C
            if isApposition { appositive = entity; continue }
            if best == nil || before.last > best!.position { best = (entity, before.last) }
        }
        if let best { return best.entity }
        let after = entities.compactMap { entity in
            mentions.filter { $0.entity == entity && $0.first > i }.map(\.first).min().map { (entity, $0) }
        }.min { $0.1 < $1.1 }
        return after?.0 ?? appositive
    }
}
