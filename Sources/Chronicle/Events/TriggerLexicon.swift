/// Event trigger words from `gazetteer/events/*.txt`: `type | form; form; … | key=value`.
///
/// Each line names an event type and the word forms (verb inflections and nouns) that signal
/// it. `class=reporting` marks speech verbs (`said`, `told`): a statement whose content is a
/// separate event; `class=movement` marks travel and visits (`flew to Arequipa`: a place).
/// `sense=noun` marks forms that are the event only as nouns (`deal`, `fire`); `sense=naming`
/// forms that also give a thing its name (`a company called Akamai`); `sense=intent` forms that
/// before `to` and another trigger only say what was meant (`agreed to buy`: the purchase).
/// `voice=…` and other attributes are kept for the argument finder.
struct TriggerLexicon: Sendable {
    struct Entry: Sendable {
        let type: String
        let attributes: [String: String]
        let origin: String
        /// Read from `attributes` once: the extractor asks for every trigger, several times.
        let isReporting: Bool
        /// Types of one family are mentions of the same happening (`gift` and `transfer`).
        let family: String
        /// `family` as a number, equal for equal families across the lexicon (`EventKeys`).
        let familyNumber: Int
        /// `sense=noun`: the forms name the event only as nouns (`a deal`, not `should deal with`).
        let isNounOnly: Bool
        /// `sense=naming`: the forms also give a thing its name (`a company called Akamai`).
        let isNaming: Bool
        /// `sense=intent`: before `to` and another trigger, that trigger is the event (`agreed
        /// to buy Altair` is a purchase; `agreed to a ceasefire` stays an agreement).
        let isIntent: Bool
        /// `class=movement` (`flew`, `visited`): a place after `to` or right after the verb is
        /// where the event went, a place, not a recipient or a participant.
        let isMovement: Bool
        /// A phrase of `events/not-triggers.txt` (`so-called`, `called off`): the longest match
        /// there, it hides the trigger inside it.
        let isBlocker: Bool

        init(type: String, attributes: [String: String], origin: String, isBlocker: Bool = false,
             familyNumbers: inout [String: Int]) {
            self.type = type
            self.attributes = attributes
            self.origin = origin
            isReporting = attributes["class"] == "reporting"
            family = attributes["family"] ?? type
            isNounOnly = attributes["sense"] == "noun"
            isNaming = attributes["sense"] == "naming"
            isIntent = attributes["sense"] == "intent"
            isMovement = attributes["class"] == "movement"
            self.isBlocker = isBlocker
            let next = familyNumbers.count
            familyNumber = familyNumbers[family, default: next]
            if familyNumber == next { familyNumbers[family] = next }
        }
    }

    /// What the extractor tests of an entry at every trigger, without its Strings: a copy of an
    /// `Entry` retains four of them (and releases them again), a copy of this retains nothing.
    struct Traits: Sendable {
        /// The entry's index in `entries`, for its type, family and origin when an event is made.
        let entry: Int32
        let isReporting: Bool
        let isNounOnly: Bool
        let isNaming: Bool
        let isIntent: Bool
        let isMovement: Bool
        let isBlocker: Bool
        let familyNumber: Int
        /// The entry's type as a number, equal for equal types (`isOtherSenseObject`).
        let typeNumber: Int32
    }

    /// Per event type number, words whose coming right after a trigger make it another sense
    /// (`meet expectations`, `met a cool reception`): `events/other-senses.txt`, as (type
    /// number, word key) edges, so a test is one probe instead of hashing the type String.
    private var otherSenseObjects = EdgeTable()
    /// By type number: whether the type has any such words.
    private var hasOtherSenses: [Bool] = []

    /// The number of each family seen so far (`Entry.familyNumber`).
    private var familyNumbers = [String: Int]()
    /// The number of each event type seen so far (`Traits.typeNumber`).
    private var typeNumbers = [String: Int32]()

    private(set) var trie = PhraseTrie()
    private(set) var entries: [Entry] = []
    /// Parallel to `entries`.
    private(set) var traits: [Traits] = []
    /// Function words that shape arguments, by kind (`events/argument-cues.txt`).
    private(set) var argumentCues: [UInt64: ArgumentCue] = [:]
    /// `argumentCues` as an open-addressing table: asked for most tokens of a document, a
    /// lookup there is a multiply and a compare instead of a `Hasher` run.
    private var argumentCueIndex = EdgeTable()

    /// The kind of argument cue the word with `key` is, if any.
    @inline(__always)
    func argumentCue(_ key: UInt64) -> ArgumentCue? {
        argumentCueIndex.find(node: 0, key: key).map { ArgumentCue.allCases[Int($0)] }
    }

    /// Kinds of words that tell an argument's role or a clause's start.
    enum ArgumentCue: String, Sendable, CaseIterable {
        /// `in`, `near`: a place follows.
        case place
        /// `at`: a place follows, or an organisation standing for where it sits (`met at the
        /// Kremlin`, `spoke at the United Nations`).
        case venue
        /// `to`: the recipient follows.
        case recipient
        /// `with`: a co-participant follows.
        case with
        /// `which`, `who`, `because`: a new clause starts.
        case clause
        /// `as`, `while`, `when`: a new clause starts whose event goes with the clause before
        /// (`watched on Monday as the ministers signed`), so it may take that clause's time.
        case simultaneous
        /// `he`, `she`: a person mentioned before.
        case pronoun
        /// `it`, `they`, `we`: a subject pronoun that stands for no one person; after a speech
        /// verb it starts the content (`said it is to relocate plants in western Europe`).
        case subject
        /// `has`, `was`: may stand between a subject and its verb.
        case auxiliary
        /// `would`, `might`: what follows is planned or possible.
        case modal
        /// `not`, `never`: the verb after it (auxiliaries between) tells no event.
        case negation
        /// `on`, `during`: opens a fronted adverbial (`On Tuesday, …`).
        case opener
        /// `later`, `then`: this event came after the one told before.
        case sequel
        /// `off`, `out`: a phrasal verb's particle; hyphened to a trigger it makes the event's
        /// noun (`sell-off`, `buy-out`), not a modifier.
        case particle
        /// `southern`, `rural`: may stand between a place word and its place (`in southern Peru`).
        case region
        /// `struck`, `occurred`: right after an event's noun, says only that it happened (`an
        /// earthquake struck southern Peru`): one event, the noun's, placed where it struck.
        case happening
        /// `similar`, `another`, `separate`: right before an event's noun, says it is not the
        /// event told before (`similar agreements with Australia`): it merges into no other.
        case distinct

        /// Whether a place may follow this word.
        var introducesPlace: Bool { self == .place || self == .venue }

        /// Whether a subordinate clause starts at this word.
        var startsClause: Bool { self == .clause || self == .simultaneous }
    }

    mutating func loadArgumentCues(_ path: String) throws {
        for record in try DataFile(path: path, fieldCount: 2...2).records {
            guard let cue = ArgumentCue(rawValue: record.fields[1]) else {
                throw record.error("unknown cue kind '\(record.fields[1])': expected place, venue, recipient, with, clause, simultaneous, pronoun, subject, auxiliary, modal, negation, opener, sequel, particle, region, happening or distinct")
            }
            argumentCues[Normalizer.key(record.fields[0])] = cue
        }
        argumentCueIndex = EdgeTable(capacity: argumentCues.count)
        for (key, cue) in argumentCues {
            argumentCueIndex.insert(node: 0, key: key, next: Int32(ArgumentCue.allCases.firstIndex(of: cue)!))
        }
    }

    /// `type | word; word; …`: a trigger of `type` followed by one of the words, before any
    /// punctuation or argument cue, is no event of that type.
    mutating func loadOtherSenses(_ path: String) throws {
        for record in try DataFile(path: path, fieldCount: 2...2).records {
            let type = record.fields[0]
            guard entries.contains(where: { $0.type == type }), let number = typeNumbers[type] else {
                throw record.error("unknown event type '\(type)': expected a type from triggers.txt")
            }
            let words = record.list(1)
            guard !words.isEmpty else { throw record.error("no words") }
            hasOtherSenses[Int(number)] = true
            for key in words.map(Normalizer.key) where otherSenseObjects.find(node: number, key: key) == nil {
                otherSenseObjects.insert(node: number, key: key, next: 0)
            }
        }
    }

    /// Whether the word with `key` right after a trigger of type number `type` makes it another
    /// sense (`events/other-senses.txt`).
    @inline(__always)
    func isOtherSenseObject(_ key: UInt64, ofType type: Int32) -> Bool {
        otherSenseObjects.find(node: type, key: key) != nil
    }

    /// Whether type number `type` has any other-sense words at all.
    @inline(__always)
    func hasOtherSenseObjects(ofType type: Int32) -> Bool { hasOtherSenses[Int(type)] }

    /// Adds an entry and its traits, numbering its type.
    private mutating func append(_ entry: Entry) {
        let next = Int32(typeNumbers.count)
        let typeNumber = typeNumbers[entry.type, default: next]
        if typeNumber == next {
            typeNumbers[entry.type] = next
            hasOtherSenses.append(false)
        }
        traits.append(Traits(entry: Int32(entries.count), isReporting: entry.isReporting, isNounOnly: entry.isNounOnly,
                             isNaming: entry.isNaming, isIntent: entry.isIntent, isMovement: entry.isMovement, isBlocker: entry.isBlocker, familyNumber: entry.familyNumber,
                             typeNumber: typeNumber))
        entries.append(entry)
    }

    /// One phrase a line that is no event though a trigger is in it (`so-called`, `called off`).
    /// The phrases go into the trigger trie, so the longest match decides, as between triggers.
    mutating func loadNotTriggers(_ path: String) throws {
        let payload = Int32(entries.count)
        append(Entry(type: "none", attributes: [:], origin: path, isBlocker: true, familyNumbers: &familyNumbers))
        for record in try DataFile(path: path, fieldCount: 1...1).records {
            let keys = PhraseTrie.keys(of: record.fields[0])
            guard !keys.isEmpty else { throw record.error("no words") }
            trie.insert(keys, payload: payload)
        }
    }

    mutating func load(_ path: String) throws {
        for record in try DataFile(path: path, fieldCount: 2...3).records {
            let type = record.fields[0]
            guard type.allSatisfy({ $0.isLowercase || $0 == "-" || $0 == "/" }) else {
                throw record.error("bad event type '\(type)': expected lower-case words joined by '-'")
            }
            let forms = record.list(1)
            guard !forms.isEmpty else { throw record.error("no trigger forms") }
            var attributes = [String: String]()
            for item in record.list(2) {
                let parts = item.split(separator: "=", maxSplits: 1)
                guard parts.count == 2 else { throw record.error("bad attribute '\(item)': expected key=value") }
                attributes[String(parts[0])] = String(parts[1])
            }
            let payload = Int32(entries.count)
            append(Entry(type: type, attributes: attributes, origin: "\(record.file):\(record.line)",
                         familyNumbers: &familyNumbers))
            for form in forms { trie.insert(PhraseTrie.keys(of: form), payload: payload) }
        }
    }

    /// The longest trigger starting at token `i`, as (last token, the entry's traits).
    /// - Complexity: O(k), k the length of the longest trigger there; no allocation.
    func match(in tokens: [Token], bytes: [UInt8], at i: Int) -> (last: Int, traits: Traits)? {
        guard trie.hasEdge(from: i, in: tokens) else { return nil }
        var longest: (last: Int, node: Int32)?
        trie.walk(tokens, bytes, from: i) { last, node in
            longest = (last, node)
            return true
        }
        guard let longest else { return nil }
        var first: Int32 = 0
        trie.forEachPayload(longest.node) { first = $0; return false }
        return (longest.last, traits[Int(first)])
    }
}
