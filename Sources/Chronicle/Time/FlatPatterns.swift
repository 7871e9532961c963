/// The rules' patterns and the lexicon's phrases as flat arrays of plain values, for the
/// pattern matcher's backtracking.
///
/// `PatternElement` and `LexiconEntry` hold arrays: every copy the matcher made of one (for
/// each element tried at each token) cost a retain and a release per array, most of the time
/// tagger's cost. Here an element is a few integers and ranges into shared arrays, read in place.
struct FlatPatterns: Sendable {
    /// One pattern element without arrays: its alternatives and literal first words are index
    /// ranges into `alternatives` and `literalKeys`.
    struct Element: Sendable {
        let isOptional: Bool
        let isAttached: Bool
        let acceptMask: UInt64
        let alternativeStart: Int32
        let alternativeEnd: Int32
        let literalKeyStart: Int32
        let literalKeyEnd: Int32
    }

    /// `ElementAlternative`, with a literal's words as a range of `phraseTokens`.
    enum Alternative: Sendable {
        case wordClass(Int)
        case builtin(Builtin)
        case literal(start: Int32, end: Int32)
        case timex(TimexType?)
    }

    /// Every element of every rule: the body in order, then the context elements.
    let elements: [Element]
    let alternatives: [Alternative]
    /// The binding name of each alternative (nil for literals).
    let alternativeNames: [String?]
    let literalKeys: [UInt64]
    /// Words of the literals, then of the lexicon entries.
    let phraseTokens: [PhraseToken]
    /// Per rule: its body is `elements[bodyStart[r]..<bodyEnd[r]]`; its context elements are at
    /// `before[r]` and `after[r]`, -1 for none.
    let bodyStart: [Int]
    let bodyEnd: [Int]
    let before: [Int]
    let after: [Int]
    /// Per lexicon entry: its class, and its words as `phraseTokens[entryStart[e]..<entryEnd[e]]`.
    let entryClass: [Int]
    let entryStart: [Int32]
    let entryEnd: [Int32]

    init(rules: [TimeRule], entries: [LexiconEntry]) {
        var elements = [Element](), alternatives = [Alternative](), names = [String?]()
        var keys = [UInt64](), tokens = [PhraseToken]()
        func add(_ element: PatternElement) -> Int {
            let alternativeStart = Int32(alternatives.count), keyStart = Int32(keys.count)
            for (alternative, name) in zip(element.alternatives, element.names) {
                switch alternative {
                case .wordClass(let id): alternatives.append(.wordClass(id))
                case .builtin(let b): alternatives.append(.builtin(b))
                case .timex(let type): alternatives.append(.timex(type))
                case .literal(let phrase):
                    alternatives.append(.literal(start: Int32(tokens.count), end: Int32(tokens.count + phrase.count)))
                    tokens.append(contentsOf: phrase)
                }
                names.append(name)
            }
            keys.append(contentsOf: element.literalFirstKeys)
            elements.append(Element(isOptional: element.isOptional, isAttached: element.isAttached, acceptMask: element.acceptMask,
                                    alternativeStart: alternativeStart, alternativeEnd: Int32(alternatives.count),
                                    literalKeyStart: keyStart, literalKeyEnd: Int32(keys.count)))
            return elements.count - 1
        }
        var bodyStart = [Int](), bodyEnd = [Int](), before = [Int](), after = [Int]()
        for rule in rules {
            bodyStart.append(elements.count)
            for element in rule.pattern.body { _ = add(element) }
            bodyEnd.append(elements.count)
            before.append(rule.pattern.before.map(add) ?? -1)
            after.append(rule.pattern.after.map(add) ?? -1)
        }
        var entryStart = [Int32](), entryEnd = [Int32]()
        for entry in entries {
            entryStart.append(Int32(tokens.count))
            tokens.append(contentsOf: entry.tokens)
            entryEnd.append(Int32(tokens.count))
        }
        self.elements = elements
        self.alternatives = alternatives
        alternativeNames = names
        literalKeys = keys
        phraseTokens = tokens
        self.bodyStart = bodyStart
        self.bodyEnd = bodyEnd
        self.before = before
        self.after = after
        entryClass = entries.map(\.wordClass)
        self.entryStart = entryStart
        self.entryEnd = entryEnd
    }
}
