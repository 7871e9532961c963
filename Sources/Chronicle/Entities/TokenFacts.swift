/// What the entity rules ask of every token, answered once per document into one flat array.
///
/// The cue rules look at each word several times (as a rule's start, inside name runs that
/// start at every capitalised word before it, as a short form): recomputing "is it a name
/// word", "is it a head word" (four trie walks), "where does its hyphenated group end" and
/// "which cue phrase starts here" each time cost most of the tagger. Here each is computed
/// once per token, in text order, so the rules read a few loads per question.
///
/// For each of the cue phrase lists the table keeps the last token of the longest phrase that
/// starts at the token, which is what the rules use (`PhraseTrie.matches(…).first`).
/// - Complexity: O(n + m) to build for n tokens and m tokens walked inside cue phrases;
///   two arrays of n (the facts, and hyphen-chain ends while building).
struct TokenFacts {
    /// Yes/no facts about one token.
    struct Bits: OptionSet {
        let rawValue: UInt32
        /// A capitalised word that is not a function word (`TokenContext.isNameWord`).
        static let nameWord = Bits(rawValue: 1 << 0)
        /// A lower-case connector inside names: `of`, `and`, `de` (`TokenContext.isConnector`).
        static let connector = Bits(rawValue: 1 << 1)
        /// A hyphen (`-`, U+2010, U+2011), not a period (`TokenContext.isHyphen`).
        static let hyphen = Bits(rawValue: 1 << 2)
        static let ampersand = Bits(rawValue: 1 << 3)
        /// Starts an organisation head, suffix or place keyword (`TokenContext.isHeadWord`).
        static let headWord = Bits(rawValue: 1 << 4)
        /// An acronym, head word or not-name word (`TokenContext.excludedFromPerson`).
        static let excludedFromPerson = Bits(rawValue: 1 << 5)
        /// In `not-names` or the function words (`CueLists.isNotAName`).
        static let notAName = Bits(rawValue: 1 << 6)
        static let firstName = Bits(rawValue: 1 << 7)
        static let surnameFirst = Bits(rawValue: 1 << 8)
        static let surname = Bits(rawValue: 1 << 9)
        static let webDomain = Bits(rawValue: 1 << 10)
        /// `of` or `for`: links a head to its name (`TokenContext.headLinks`).
        static let headLink = Bits(rawValue: 1 << 11)
        /// A lower-case `van`, `den`, `bin` inside a person's name (`cues/name-particles.txt`).
        static let nameParticle = Bits(rawValue: 1 << 12)
    }

    /// The facts of one token. Token positions are stored as `Int32`, -1 for none.
    struct Fact {
        var bits: Bits = []
        /// `TokenContext.nameGroupEnd`: the last token of the hyphenated name word starting here.
        var groupEnd: Int32 = -1
        /// Last token of the longest phrase of each cue list starting here.
        var personTitle: Int32 = -1
        var orgHeadAfter: Int32 = -1
        var orgHeadBefore: Int32 = -1
        var orgSuffix: Int32 = -1
        var placeKeywordAfter: Int32 = -1
        var placeKeywordBefore: Int32 = -1
        var orgDescriptor: Int32 = -1
        var demonym: Int32 = -1
        /// The place (entity index) of the longest demonym starting here (its first payload).
        var demonymPlace: Int32 = -1
    }

    private(set) var facts: [Fact]

    var count: Int { facts.count }

    init(tokens: [Token], bytes: [UInt8], cues: CueLists, words: CueWordTable) {
        let n = tokens.count
        var facts = [Fact]()
        facts.reserveCapacity(n)
        for i in 0..<n {
            let t = tokens[i]
            var f = Fact()
            let lists = words.lists(of: t.key)
            var bits: Bits = []
            if t.kind == .punct {
                if PhraseTrie.isSkippable(t, bytes) && bytes[t.start] != 0x2E { bits.insert(.hyphen) }
                if bytes[t.start] == 0x26 { bits.insert(.ampersand) }
            }
            // Most tokens are in no cue list: only their shape counts, and no list test below can hold.
            if lists.isEmpty {
                if t.kind == .word && t.isCapitalized { bits.insert(.nameWord) }
                if t.has(.allCaps) && !t.has(.capsLine) { bits.insert(.excludedFromPerson) }
                f.bits = bits
                facts.append(f)
                continue
            }
            if t.kind == .word && t.isCapitalized && !lists.contains(.functionWord) { bits.insert(.nameWord) }
            if t.kind != .number && !t.isCapitalized && lists.contains(.connector) { bits.insert(.connector) }
            if lists.contains(.notName) || lists.contains(.functionWord) { bits.insert(.notAName) }
            if lists.contains(.firstName) { bits.insert(.firstName) }
            if lists.contains(.surnameFirst) { bits.insert(.surnameFirst) }
            if lists.contains(.surname) { bits.insert(.surname) }
            if lists.contains(.webDomain) { bits.insert(.webDomain) }
            if lists.contains(.headLink) { bits.insert(.headLink) }
            if t.kind == .word && !t.isCapitalized && lists.contains(.nameParticle) { bits.insert(.nameParticle) }

            // Most tokens start no cue phrase: the table says which tries to walk.
            if lists.contains(.startsPersonTitle) { f.personTitle = TokenFacts.longest(cues.personTitles, tokens, bytes, i)?.last ?? -1 }
            if lists.contains(.startsOrgHeadAfter) { f.orgHeadAfter = TokenFacts.longest(cues.orgHeads.after, tokens, bytes, i)?.last ?? -1 }
            if lists.contains(.startsOrgHeadBefore) { f.orgHeadBefore = TokenFacts.longest(cues.orgHeads.before, tokens, bytes, i)?.last ?? -1 }
            if lists.contains(.startsOrgSuffix) { f.orgSuffix = TokenFacts.longest(cues.orgSuffixes, tokens, bytes, i)?.last ?? -1 }
            if lists.contains(.startsPlaceKeywordAfter) {
                f.placeKeywordAfter = TokenFacts.longest(cues.placeKeywords.after, tokens, bytes, i)?.last ?? -1
            }
            if lists.contains(.startsPlaceKeywordBefore) {
                f.placeKeywordBefore = TokenFacts.longest(cues.placeKeywords.before, tokens, bytes, i)?.last ?? -1
            }
            if lists.contains(.startsOrgDescriptor) { f.orgDescriptor = TokenFacts.longest(cues.orgDescriptors, tokens, bytes, i)?.last ?? -1 }
            if lists.contains(.startsDemonym), let d = TokenFacts.longest(cues.demonyms, tokens, bytes, i) {
                f.demonym = d.last
                f.demonymPlace = cues.demonyms.payloads(d.node)[0]
            }
            if f.orgHeadAfter >= 0 || f.orgHeadBefore >= 0 || f.orgSuffix >= 0 || f.placeKeywordAfter >= 0 {
                bits.insert(.headWord)
            }
            if (t.has(.allCaps) && !t.has(.capsLine)) || bits.contains(.headWord) || lists.contains(.notName) {
                bits.insert(.excludedFromPerson)
            }
            f.bits = bits
            facts.append(f)
        }
        // Hyphenated groups, from the end so that each link is followed once: a word whose
        // next two tokens are an attached hyphen and an attached word ends where that word ends.
        var chainEnd = [Int32](repeating: 0, count: n)
        for i in stride(from: n - 1, through: 0, by: -1) {
            let joined = !tokens[i].has(.possessive) && i + 2 < n && facts[i + 1].bits.contains(.hyphen)
                && tokens[i + 1].has(.attached) && tokens[i + 2].kind == .word && tokens[i + 2].has(.attached)
            chainEnd[i] = joined ? chainEnd[i + 2] : Int32(i)
            if facts[i].bits.contains(.nameWord) { facts[i].groupEnd = chainEnd[i] }
        }
        self.facts = facts
    }

    /// The last token and trie node of the longest phrase of `trie` starting at `start`.
    @inline(__always)
    private static func longest(_ trie: PhraseTrie, _ tokens: [Token], _ bytes: [UInt8], _ start: Int) -> (last: Int32, node: Int32)? {
        guard trie.hasEdge(from: start, in: tokens) else { return nil }
        var found: (last: Int32, node: Int32)?
        trie.walk(tokens, bytes, from: start) { last, node in
            found = (Int32(last), node)
            return true
        }
        return found
    }

    /// Whether token `i` has `bit`; false for a position outside the text.
    @inline(__always)
    func has(_ i: Int, _ bit: Bits) -> Bool {
        i >= 0 && i < facts.count && facts[i].bits.contains(bit)
    }

    /// `TokenContext.nameGroupEnd`: the last token of the name word at `i` with its hyphenated parts.
    @inline(__always) func groupEnd(_ i: Int) -> Int? { at(i)?.groupEnd.position }
    /// The last token of the longest person title (`spokesman`, `Prime Minister`) at `i`.
    @inline(__always) func personTitle(_ i: Int) -> Int? { at(i)?.personTitle.position }
    @inline(__always) func orgHeadAfter(_ i: Int) -> Int? { at(i)?.orgHeadAfter.position }
    @inline(__always) func orgHeadBefore(_ i: Int) -> Int? { at(i)?.orgHeadBefore.position }
    @inline(__always) func orgSuffix(_ i: Int) -> Int? { at(i)?.orgSuffix.position }
    @inline(__always) func placeKeywordAfter(_ i: Int) -> Int? { at(i)?.placeKeywordAfter.position }
    @inline(__always) func placeKeywordBefore(_ i: Int) -> Int? { at(i)?.placeKeywordBefore.position }
    @inline(__always) func orgDescriptor(_ i: Int) -> Int? { at(i)?.orgDescriptor.position }
    /// The last token of the longest demonym at `i` and the place it names.
    @inline(__always) func demonym(_ i: Int) -> (last: Int, place: Int32)? {
        guard let f = at(i), let last = f.demonym.position else { return nil }
        return (last, f.demonymPlace)
    }

    @inline(__always)
    private func at(_ i: Int) -> Fact? {
        i >= 0 && i < facts.count ? facts[i] : nil
    }
}

private extension Int32 {
    /// A stored token position, nil for -1.
    @inline(__always) var position: Int? { self < 0 ? nil : Int(self) }
}
