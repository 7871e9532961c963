/// Finds the people, places and organisations of one document.
///
/// Three passes over the tokens: list matches from the compiled gazetteer (longest match,
/// case policy of `EntityNameIndex`), cue-rule matches for names in no list (`CueRules`),
/// conflicts settled by `ConflictResolver`; then in-document short forms and acronyms
/// (`ShortFormResolver`). Every mention records the list or rule that made it.
public struct EntityTagger: Sendable {
    let gazetteer: Gazetteer
    let knownSurnames: [UInt64: KnownSurname]
    let placePrepositions: Set<UInt64>
    /// Month and weekday names (`time/calendar.txt`) and the words that mark them as dates
    /// (`CALENDARPREP` in `time/context.txt`): `in May` is no short form of Theresa May.
    let calendarWords: Set<UInt64>
    let calendarPrepositions: Set<UInt64>
    /// The cue word lists, merged for one probe per word (see `CueWordTable`).
    let cueWords: CueWordTable
    /// Type, ambiguity and origin of every gazetteer entity, without copying records.
    let traits: EntityTraits
    /// FNV hashes of the blocklist's normal forms: a mention's text is normalised into a String
    /// for the exact check only when its hash, taken straight from the text bytes, is one of them.
    /// An open-addressing table (node 0, hash): asked for every mention, a probe there is a
    /// multiply and a compare, where a `Set` ran `Hasher` over the hash again.
    let blocklistHashes: EdgeTable
    /// For each entity, the index `indexById` gives its id, when that is not always the entity
    /// itself (two records sharing an id, which a gazetteer built in code may have and the loader
    /// refuses); nil when every id is unique. Mentions are numbered by this index (`EntityNumbers`).
    let indexOfSharedId: [Int32]?

    /// Roles whose holders are named by surname alone in news (`Putin said`).
    static let surnameRoles: Set<String> = ["head-of-state", "head-of-government"]

    public init(gazetteer: Gazetteer) {
        self.gazetteer = gazetteer
        self.cueWords = CueWordTable(cues: gazetteer.cues)
        self.traits = EntityTraits(gazetteer.entities)
        var blocklistHashes = EdgeTable(capacity: gazetteer.cues.blocklist.count)
        for phrase in gazetteer.cues.blocklist {
            let hash = phrase.utf8.reduce(into: Normalizer.offsetBasis) { Normalizer.mix(&$0, $1) }
            if blocklistHashes.find(node: 0, key: hash) == nil { blocklistHashes.insert(node: 0, key: hash, next: 0) }
        }
        self.blocklistHashes = blocklistHashes
        self.placePrepositions = Set(gazetteer.triggers.argumentCues.filter { $0.value.introducesPlace }.map(\.key))
        self.calendarWords = gazetteer.time.oneWordKeys(of: "MONTH").union(gazetteer.time.oneWordKeys(of: "WEEKDAY"))
        self.calendarPrepositions = gazetteer.time.oneWordKeys(of: "CALENDARPREP")
        self.indexOfSharedId = gazetteer.indexById.count == gazetteer.entities.count
            ? nil : gazetteer.entities.map { gazetteer.indexById[$0.id] ?? -1 }
        var counts = [UInt64: Int]()
        var surnames = [UInt64: KnownSurname]()
        for entity in gazetteer.entities where entity.type == .person && EntityTagger.surnameRoles.contains(entity.attributes["role"] ?? "") {
            let bytes = Array(entity.name.utf8)
            let words = Tokenizer.tokenize(bytes).filter { $0.kind == .word && $0.isCapitalized }
            guard words.count >= 2 else { continue }
            let family = gazetteer.cues.surnameFirst.contains(words[0].key) ? words[0] : words[words.count - 1]
            // Regnal numbers (`Frederik X`) and short forms are no surnames.
            guard !family.has(.allCaps), family.end - family.start >= 3 else { continue }
            counts[family.key, default: 0] += 1
            surnames[family.key] = KnownSurname(id: entity.id, index: gazetteer.indexById[entity.id] ?? -1,
                                                spelling: String(decoding: bytes[family.start..<family.end], as: UTF8.self))
        }
        // A surname two leaders share names neither.
        self.knownSurnames = surnames.filter { counts[$0.key] == 1 }
    }

    /// The document's entities, each with its mentions, in order of first mention.
    public func tag(tokens: [Token], sentences: [Sentence], bytes: [UInt8]) -> [DocumentEntity] {
        let context = TokenContext(tokens: tokens, bytes: bytes, cues: gazetteer.cues, words: cueWords)
        let listCandidates = listMatches(context)
        let rules = CueRules(context: context, gazetteer: gazetteer, traits: traits,
                             listCandidates: ListCandidates(listCandidates, tokenCount: tokens.count)).candidates()
        let accepted = ConflictResolver.resolve(listCandidates + rules.candidates, tokenCount: tokens.count)

        let mentions = accepted.compactMap { mention(for: $0, context) }
        var sentenceOf = [Int](repeating: 0, count: tokens.count)
        for (n, s) in sentences.enumerated() { for i in s.tokens { sentenceOf[i] = n } }
        let resolved = ShortFormResolver(context: context, knownSurnames: knownSurnames, placePrepositions: placePrepositions,
                                         indexById: gazetteer.indexById,
                                         calendarWords: calendarWords, calendarPrepositions: calendarPrepositions)
            .resolve(mentions, sentenceOf: sentenceOf, titled: Set(rules.titledShortForms))
        return entities(from: resolved.mentions, numbers: resolved.entities, context)
    }

    private func listMatches(_ context: TokenContext) -> [EntityCandidate] {
        var found = [EntityCandidate]()
        let tokens = context.tokens
        for i in 0..<tokens.count {
            let t = tokens[i]
            guard t.kind != .punct, t.isCapitalized || t.kind == .number else { continue }
            if let m = gazetteer.names.match(in: tokens, bytes: context.bytes, at: i), !isCurrencyPrefix(m.last, context) {
                let isGenerated = traits.isGenerated(m.entity)
                // One word from a generated list is weak evidence: an alias (`Söder` for Södermalm)
                // or an ambiguous name needs place context there.
                let weak = m.last == i && isGenerated
                let bare = m.last == i && (traits.isAmbiguous(m.entity) || context.facts.has(i, .notAName) || weak && m.isAlias)
                // At a sentence start, or from a generated list, it needs place context (`Jackson,
                // Mississippi, voted`).
                let unsupported = bare && (t.has(.sentenceStart) || isGenerated) && !hasPlaceContext(i, m.last, context)
                if !unsupported {
                    found.append(EntityCandidate(first: i, last: m.last, referent: .known(m.entity), type: traits.type(m.entity),
                                                 priority: CandidatePriority.listName,
                                                 source: gazetteer.listSources[Int(m.entity)], isWeak: weak))
                }
            }
            if let d = context.facts.demonym(i) {
                found.append(EntityCandidate(first: i, last: d.last, referent: .known(d.place), type: .place,
                                             priority: CandidatePriority.demonym, source: EntityMention.demonymSource))
            }
        }
        return found
    }

    /// A place preposition before (`in Kim`, `to Angers`) or a comma and a place after
    /// (`Angers, France`): what an ambiguous name from a generated list needs to count.
    private func hasPlaceContext(_ first: Int, _ last: Int, _ context: TokenContext) -> Bool {
        if first > 0, let cue = gazetteer.triggers.argumentCues[context.tokens[first - 1].key], cue.introducesPlace || cue == .recipient {
            return true
        }
        let comma = last + 1
        guard comma + 1 < context.tokens.count, context.bytes[context.tokens[comma].start] == 0x2C,
              let next = gazetteer.names.match(in: context.tokens, bytes: context.bytes, at: comma + 1) else { return false }
        return traits.type(next.entity) == .place
    }

    /// `US$`, `HK $`: a country code before a currency sign names a currency, not the place.
    private func isCurrencyPrefix(_ last: Int, _ context: TokenContext) -> Bool {
        let next = last + 1
        guard next < context.tokens.count, context.tokens[next].kind == .punct else { return false }
        let b = context.bytes[context.tokens[next].start]
        return b == 0x24 || (b == 0xE2 && context.bytes[context.tokens[next].start + 2] == 0xAC) || b == 0xC2  // $ € £ ¥
    }

    /// `entities/people.txt` from `/path/gazetteer/entities/people.txt:12`.
    private func listName(_ origin: String) -> String {
        let path = origin.split(separator: ":").dropLast().joined(separator: ":")
        let parts = path.split(separator: "/")
        return parts.suffix(2).joined(separator: "/")
    }

    private func mention(for c: EntityCandidate, _ context: TokenContext) -> ShortFormResolver.Mention? {
        if isBlocked(c.first, c.last, context) { return nil }
        switch c.referent {
        case .known(let index):
            return .init(first: c.first, last: c.last, entity: gazetteer.entities[Int(index)].id, type: traits.type(index), source: c.source,
                         listed: indexOfSharedId?[Int(index)] ?? index)
        case .new(let type):
            let id = EntityId.make(type: type, name: context.text(c.first, c.last))
            // A rule that finds a listed name under another spelling keeps the list's type.
            let known = gazetteer.indexById[id]
            return .init(first: c.first, last: c.last, entity: id, type: known.map(traits.type) ?? type, source: c.source,
                         listed: known ?? -1)
        }
    }

    /// Whether the normal form of tokens `first...last` is in `cues/blocklist.txt`. The hash of
    /// the normal form, computed from the bytes, equals the hash of `Normalizer.normalized`'s
    /// UTF-8, so a text whose hash is not listed is not listed; the String is built only on a hit.
    private func isBlocked(_ first: Int, _ last: Int, _ context: TokenContext) -> Bool {
        var hash = Normalizer.offsetBasis
        Normalizer.appendNormalized(context.bytes, context.tokens[first].start, context.tokens[last].end, into: &hash)
        guard blocklistHashes.find(node: 0, key: hash) != nil else { return false }
        return gazetteer.cues.blocklist.contains(Normalizer.normalized(context.text(first, last)))
    }

    /// Groups the mentions by entity, in order of first mention, with each mention's role.
    /// Mentions carry their entity's number (`numbers`), so finding the entity is an array read;
    /// a listed entity is named once, from the gazetteer, a rule-made one by its longest rule mention.
    private func entities(from mentions: [ShortFormResolver.Mention], numbers: EntityNumbers, _ context: TokenContext) -> [DocumentEntity] {
        var slot = [Int](repeating: -1, count: numbers.count)
        // Each entity's mention array is made at its final size instead of growing by doubling.
        var counts = [Int](repeating: 0, count: numbers.count)
        for m in mentions { counts[m.number] += 1 }
        var found = [DocumentEntity]()
        var listed = [Bool]()
        found.reserveCapacity(numbers.count)
        listed.reserveCapacity(numbers.count)
        let roles = MentionRoleClassifier(context: context, modifierWords: gazetteer.cues.modifierWords)
        for m in mentions {
            let span = Span(context.tokens[m.first].start, context.tokens[m.last].end)
            let role = roles.role(first: m.first, last: m.last, type: m.type, isDemonym: m.source == EntityMention.demonymSource)
            let mention = EntityMention(span: span, entityId: m.entity, type: m.type, source: m.source, role: role,
                                        tokens: m.first...m.last)
            let k = slot[m.number]
            if k >= 0 {
                found[k].mentions.append(mention)
                continue
            }
            slot[m.number] = found.count
            let index = numbers.listedIndex(m.number)
            let name = index.map { gazetteer.entities[Int($0)].name } ?? context.text(m.first, m.last)
            var entityMentions = [EntityMention]()
            entityMentions.reserveCapacity(counts[m.number])
            entityMentions.append(mention)
            found.append(DocumentEntity(id: m.entity, name: name, type: m.type, mentions: entityMentions))
            listed.append(index != nil)
        }
        // A rule-made entity is named by its longest mention.
        for k in found.indices where !listed[k] {
            if let longest = found[k].mentions.filter({ $0.source.hasPrefix("rule:") }).max(by: { $0.span.length < $1.span.length }) {
                let e = found[k]
                found[k] = DocumentEntity(id: e.id, name: String(decoding: context.bytes[longest.span.start..<longest.span.end], as: UTF8.self),
                                          type: e.type, mentions: e.mentions)
            }
        }
        return found
    }
}

/// The family name of a list person known by surname alone, spelled as in the list: the
/// text must match it exactly (`Støre`, not the word `Store`).
struct KnownSurname {
    let id: String
    /// The entity's index in the gazetteer (`indexById`).
    let index: Int32
    let spelling: String
}

/// Ids for entities in no list: `person:matthew-miller`, from the normalised name.
public enum EntityId {
    /// Whether the id names a person (every id starts with its type).
    public static func isPerson(_ id: String) -> Bool { id.hasPrefix("person:") }

    /// Whether the id names an organisation.
    public static func isOrganisation(_ id: String) -> Bool { id.hasPrefix("org:") }

    public static func make(type: EntityType, name: String) -> String {
        let prefix: String
        switch type {
        case .person: prefix = "person:"
        case .place: prefix = "place:"
        case .org: prefix = "org:"
        }
        var slug = ""
        var dash = false
        for ch in Normalizer.normalized(name).unicodeScalars {
            if isSlugCharacter(ch) {
                if dash && !slug.isEmpty { slug.append("-") }
                slug.unicodeScalars.append(ch)
                dash = false
            } else if ch != "'" {
                dash = true
            }
        }
        return prefix + (slug.isEmpty ? "unnamed" : slug)
    }

    /// A letter (Unicode `Alphabetic`) or an ASCII digit. ASCII, nearly every scalar of a name, is
    /// answered by comparisons: the Unicode property lookup cost more than the rest of the id.
    @inline(__always)
    static func isSlugCharacter(_ ch: Unicode.Scalar) -> Bool {
        guard ch.isASCII else { return ch.properties.isAlphabetic }
        let v = ch.value | 0x20  // ASCII letters in lower case; digits are unchanged by the bit
        return (v >= 0x61 && v <= 0x7A) || (ch.value >= 0x30 && ch.value <= 0x39)
    }
}
