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
        /// The entity's number in the document (`EntityNumbers`), set by `resolve`; -1 before.
        var number = -1
        /// The gazetteer index of the entity (`indexById` of its id), -1 for one in no list.
        var listed: Int32 = -1
    }

    let context: TokenContext
    /// Family names of list people who are known by surname alone (heads of state and
    /// government), used when the document never gives the full name.
    let knownSurnames: [UInt64: KnownSurname]
    /// Words a place follows (`in`, `at`, `near`), from `events/argument-cues.txt`.
    let placePrepositions: Set<UInt64>
    /// The gazetteer's entity indexes by id, for the ids of titled names (`Mr Smith`).
    var indexById: [String: Int32] = [:]
    /// Month and weekday names, and the words before them that make them dates.
    var calendarWords: Set<UInt64> = []
    var calendarPrepositions: Set<UInt64> = []

    private var tokens: [Token] { context.tokens }

    /// Adds short-form mentions for uncovered tokens. `sentenceOf` maps a token to its sentence;
    /// `titled` are single words after a title (`Mr Smith`), people even when unresolved.
    ///
    /// Entities are numbered on entry (one hash per mention, of a listed entity's index or of an
    /// unlisted one's id), so the per-word work below compares and indexes integers.
    /// Returns the mentions in text order, each with its entity number, and the numbers given.
    func resolve(_ mentions: [Mention], sentenceOf: [Int], titled: Set<Int>) -> (mentions: [Mention], entities: EntityNumbers) {
        var entities = EntityNumbers(capacity: mentions.count)
        var forms = ShortFormTable(keys: mentions.count)
        var covered = [Bool](repeating: false, count: tokens.count)
        var numbers = [Int]()
        numbers.reserveCapacity(mentions.count)
        for m in mentions {
            let n = entities.number(m.entity, listed: m.listed, type: m.type)
            numbers.append(n)
            for i in m.first...m.last { covered[i] = true }
            let keys = shortForms(of: m)
            if let key = keys.first { forms.register(key, n) }
            if let key = keys.second { forms.register(key, n) }
        }
        let definitions = acronymDefinitions(mentions, numbers)
        for (acronym, entity) in definitions { forms.register(acronym, entity) }

        // The document beats the lists: a definition `(RFA)` after `Regional Flood Agency` beats a
        // list acronym, and `Kim` after `Kim Jong-un` is the person, not a town called Kim. Such
        // list words are resolved in text order with the other short forms.
        var result = [Mention]()
        var resultNumbers = [Int]()
        result.reserveCapacity(mentions.count)
        // By token: the list word held back there, as an index into `heldBack` (-1 for none); an
        // array, since every capitalised word below asks.
        var heldBack = [(mention: Mention, number: Int)]()
        var listWordAt = [Int32]()
        for (m, n) in zip(mentions, numbers) {
            var m = m
            m.number = n
            guard m.first == m.last, m.source.hasPrefix("list:") else { result.append(m); resultNumbers.append(n); continue }
            let key = tokens[m.first].key
            if tokens[m.first].has(.allCaps), let defined = definitions.first(where: { $0.0 == key }), defined.1 != n {
                result.append(Mention(first: m.first, last: m.last, entity: entities.id(defined.1), type: entities.type(defined.1),
                                      source: "alias:acronym", number: defined.1))
                resultNumbers.append(defined.1)
            } else if m.type != .person, forms.contains(key, where: { entities.type($0) == .person }),
                      !(m.type == .place && m.first > 0 && placePrepositions.contains(tokens[m.first - 1].key)) {
                if listWordAt.isEmpty { listWordAt = [Int32](repeating: -1, count: tokens.count) }
                listWordAt[m.first] = Int32(heldBack.count)
                heldBack.append((m, n))
            } else {
                result.append(m)
                resultNumbers.append(n)
            }
        }
        // Only entities with a short form are looked up by position.
        var positions = MentionPositions(result, resultNumbers, tracked: forms.hasShortForm)
        let kept = result.count
        var candidates = [Int]()
        for i in 0..<tokens.count where tokens[i].kind == .word && tokens[i].isCapitalized
            && (!covered[i] || (!listWordAt.isEmpty && listWordAt[i] >= 0)) {
            let key = tokens[i].key
            if !calendarWords.isEmpty, calendarWords.contains(key), isCalendarUse(i) { continue }
            forms.entities(of: key, into: &candidates)
            let listed = listWordAt.isEmpty || listWordAt[i] < 0 ? nil : heldBack[Int(listWordAt[i])]
            if listed != nil { candidates = candidates.filter { entities.type($0) == .person } }
            if let n = choose(candidates, at: i, in: positions, sentenceOf: sentenceOf) {
                result.append(Mention(first: i, last: i, entity: entities.id(n), type: entities.type(n),
                                      source: tokens[i].has(.allCaps) ? "alias:acronym" : "alias:short-form", number: n))
                positions.insert(i, for: n)
            } else if let listed {
                result.append(listed.mention)
                positions.insert(i, for: listed.number)
            } else if let known = knownSurnames[key], !context.facts.has(i, .notAName), context.text(i, i) == known.spelling,
                      !isInsideLongerName(i) {
                let n = entities.number(known.id, listed: known.index, type: .person, keepingType: true)
                result.append(Mention(first: i, last: i, entity: known.id, type: .person, source: "alias:known-surname", number: n))
                positions.insert(i, for: n)
            } else if titled.contains(i) {
                let id = EntityId.make(type: .person, name: context.text(i, i))
                result.append(Mention(first: i, last: i, entity: id, type: .person, source: "rule:title-name",
                                      number: entities.number(id, listed: indexById[id] ?? -1, type: .person, keepingType: true)))
            }
        }
        // Both parts are in text order and start at different tokens: merge them.
        return (ShortFormResolver.merge(result[..<kept], result[kept...]), entities)
    }

    /// A month or weekday name used as a date: after a date preposition (`in May`, `since
    /// June`) or before a number (`May 5`, `May 2019`); `Mrs May`, `May said` stay names.
    private func isCalendarUse(_ i: Int) -> Bool {
        if i > 0, calendarPrepositions.contains(tokens[i - 1].key) { return true }
        return i + 1 < tokens.count && tokens[i + 1].kind == .number
    }

    /// Two runs of mentions, each in text order, as one.
    /// - Complexity: O(a + b), where sorting the whole was O((a + b) log(a + b)).
    static func merge(_ a: ArraySlice<Mention>, _ b: ArraySlice<Mention>) -> [Mention] {
        var out = [Mention]()
        out.reserveCapacity(a.count + b.count)
        var i = a.startIndex, j = b.startIndex
        while i < a.endIndex && j < b.endIndex {
            if b[j].first < a[i].first { out.append(b[j]); j += 1 } else { out.append(a[i]); i += 1 }
        }
        out.append(contentsOf: a[i...])
        out.append(contentsOf: b[j...])
        return out
    }

    /// The family name of a multi-word person (first word for East Asian order, else the last)
    /// and a listed person's known first name, and the distinctive first word of a multi-word organisation (`Lockheed` Martin).
    /// Returns the short-form keys, family name first.
    private func shortForms(of m: Mention) -> (first: UInt64?, second: UInt64?) {
        // The first and last words, less connectors and hyphenated parts, with no array built.
        var firstWord = -1, lastWord = -1, wordBeforeLast = -1, wordCount = 0
        for i in m.first...m.last where tokens[i].kind == .word && !context.isConnector(i) && !isHyphenPart(i) {
            if firstWord < 0 { firstWord = i }
            wordBeforeLast = lastWord
            lastWord = i
            wordCount += 1
        }
        // `Nimbus` after `phone maker Nimbus`: a one-word organisation found by a rule is its
        // own short form, so its other mentions (`Nimbus shares rose`) count; a listed one is
        // found everywhere already.
        guard wordCount >= 2 || m.type == .org && m.source.hasPrefix("rule:") else { return (nil, nil) }
        switch m.type {
        case .person:
            let familyFirst = context.facts.has(firstWord, .surnameFirst)
            // `Marcos` after `Ferdinand Marcos Jr.`: a closing word that is no name is a suffix.
            let closing = wordCount >= 3 && context.facts.has(lastWord, .notAName) ? wordBeforeLast : lastWord
            let family = familyFirst ? firstWord : closing
            guard tokens[family].isCapitalized else { return (nil, nil) }
            // `Kamala` after `Kamala Harris`: the known first name of a listed person is a short
            // form too (rule-made people are left out: `Mac App Store` would make every `Mac` one).
            let given = firstWord
            if !familyFirst, given != family, m.source.hasPrefix("list:"), context.facts.has(given, .firstName),
               !isHyphenPart(given + 2) {
                return (tokens[family].key, tokens[given].key)
            }
            return (tokens[family].key, nil)
        case .org:
            let head = firstWord
            let t = tokens[head]
            guard t.isCapitalized, !t.has(.allCaps), !context.facts.has(head, .notAName),
                  !(m.first...m.last).contains(where: { context.isConnector($0) }),
                  context.facts.orgHeadAfter(head) == nil,
                  context.facts.placeKeywordAfter(head) == nil,
                  context.facts.demonym(head) == nil
            else { return (nil, nil) }
            return (t.key, nil)
        case .place:
            return (nil, nil)
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
    /// Returns (acronym key, entity number), `numbers` being the mentions' entity numbers.
    private func acronymDefinitions(_ mentions: [Mention], _ numbers: [Int]) -> [(UInt64, Int)] {
        var found = [(UInt64, Int)]()
        for (m, n) in zip(mentions, numbers) where m.type != .person {
            let open = m.last + 1, acronym = m.last + 2, close = m.last + 3
            guard close < tokens.count, context.bytes[tokens[open].start] == 0x28,
                  tokens[acronym].has(.allCaps), context.bytes[tokens[close].start] == 0x29,
                  !isOtherName(acronym, after: m) else { continue }
            found.append((tokens[acronym].key, n))
        }
        return found
    }

    /// Is the acronym after mention `m` some other name's? When it does not start with the
    /// mention's initial, it is when the mention is a place (`NAIROBI, Kenya (AP)`: the news
    /// agency) or follows `of` or `for` as the tail of a longer name (`… Manufacturers of South
    /// Africa (NAAMSA)`). An organisation's acronym in another language still counts:
    /// `German Weather Service (DWD)`.
    private func isOtherName(_ acronym: Int, after m: Mention) -> Bool {
        guard m.type == .place || (m.first > 0 && context.facts.has(m.first - 1, .headLink)) else { return false }
        let a = context.bytes[tokens[acronym].start], w = context.bytes[tokens[m.first].start]
        return a < 0x80 && w < 0x80 && a | 0x20 != w | 0x20
    }

    private func choose(_ entities: [Int], at i: Int, in positions: MentionPositions, sentenceOf: [Int]) -> Int? {
        var best: (entity: Int, position: Int)?
        var appositive: Int?
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

/// The entities of one document numbered 0, 1, 2, … in order of first appearance, with the
/// type of each (the type of its latest mention).
///
/// A listed entity is found by its gazetteer index, an unlisted one by its id: hashing an
/// integer costs a fraction of hashing an id String, and most mentions are of listed entities.
struct EntityNumbers {
    private var numbers = [String: Int]()
    private var listedNumbers = [Int32: Int]()
    private var ids = [String]()
    private var types = [EntityType]()
    private var listed = [Int32]()

    init(capacity: Int) {
        listedNumbers.reserveCapacity(capacity)
        ids.reserveCapacity(capacity)
        types.reserveCapacity(capacity)
        listed.reserveCapacity(capacity)
    }

    var count: Int { ids.count }

    /// The number of entity `id`, a new one if unseen. `index` is its gazetteer index (the one
    /// `indexById` gives for `id`), -1 for an entity in no list. Records `type` as its type
    /// unless `keepingType` and the entity is already numbered.
    mutating func number(_ id: String, listed index: Int32 = -1, type: EntityType, keepingType: Bool = false) -> Int {
        if let n = index >= 0 ? listedNumbers[index] : numbers[id] {
            if !keepingType { types[n] = type }
            return n
        }
        if index >= 0 { listedNumbers[index] = ids.count } else { numbers[id] = ids.count }
        ids.append(id)
        types.append(type)
        listed.append(index)
        return ids.count - 1
    }

    func id(_ n: Int) -> String { ids[n] }
    /// The gazetteer index of entity `n`, nil for one in no list.
    func listedIndex(_ n: Int) -> Int32? { listed[n] >= 0 ? listed[n] : nil }
    func type(_ n: Int) -> EntityType { types[n] }
}

/// Where each entity is mentioned, as sorted token ranges, so the nearest mention before or
/// after a token is a binary search instead of a scan of every mention (mentions never overlap).
/// Entities are `EntityNumbers` numbers: one array per entity, found without hashing. Only the
/// entities asked about are tracked (those with a short form), which spares an array for each
/// of the many that have none; the others answer nil and ignore inserts.
struct MentionPositions {
    private var ranges: [[(first: Int, last: Int)]]
    private let tracked: [Bool]

    /// `mentions` in text order (so each entity's ranges come sorted), `numbers` their entity
    /// numbers; `tracked[n]` says whether to keep the positions of entity `n` (missing: no).
    init(_ mentions: [ShortFormResolver.Mention], _ numbers: [Int], tracked: [Bool]) {
        self.tracked = tracked
        ranges = Array(repeating: [], count: tracked.count)
        for (m, n) in zip(mentions, numbers) where n < tracked.count && tracked[n] { ranges[n].append((m.first, m.last)) }
    }

    /// Adds a one-token mention at `i`, in place.
    mutating func insert(_ i: Int, for entity: Int) {
        guard entity < tracked.count, tracked[entity] else { return }
        let k = firstIndex(in: ranges[entity], after: i - 1)
        ranges[entity].insert((i, i), at: k)
    }

    /// The last token of the entity's nearest mention ending before `i`.
    func last(before i: Int, for entity: Int) -> Int? {
        guard entity < ranges.count else { return nil }
        let list = ranges[entity]
        let k = firstIndex(in: list, after: i - 1)  // first mention starting at or after i
        return k > 0 ? list[k - 1].last : nil
    }

    /// The first token of the entity's nearest mention starting after `i`.
    func first(after i: Int, for entity: Int) -> Int? {
        guard entity < ranges.count else { return nil }
        let list = ranges[entity]
        let k = firstIndex(in: list, after: i)
        return k < list.count ? list[k].first : nil
    }

    /// Index of the first range starting after `i`.
    private func firstIndex(in list: [(first: Int, last: Int)], after i: Int) -> Int {
        list.partitionPoint { $0.first > i }
    }
}
