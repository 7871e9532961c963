/// Whether a rule can start at a token, judged from that token and the one right after the
/// element the rule would open with there.
///
/// A rule offered at a token (see `TimeTagger`) usually fails on its second element: `the` opens
/// `the? DAY of MONTH` and a dozen other rules but is seldom followed by a day, and a composition
/// `@DATE DAYPART` is offered at every date. Trying such a rule costs the matcher's backtracking
/// set-up; this test costs a few array reads. It is derived from the loaded rules, so new rules and
/// word classes need nothing here, and it only refuses a start the matcher would refuse too: every
/// element the matcher takes must pass `PatternMatcher.accepts` at its first token and must not
/// start a new line, and an element known to take exactly one token (or exactly one earlier
/// expression) puts the next element at a known token.
struct RuleOpenings: Sendable {
    /// An element a rule can start with: its first, or a later one when all before it are optional.
    struct Opening: Sendable {
        /// How many tokens the element takes.
        enum Span: Sendable {
            /// Exactly one, whichever alternative matches (`the`, `MM`, a class of one-word phrases).
            case oneToken
            /// One whole expression of an earlier pass (`@DATE`): up to that expression's end.
            case expression
            /// Anything else (`NUM` reads `twenty four`, `MONTH` reads `Sept .`): no test past the start.
            case unknown
        }
        let span: Span
        /// What the element accepts at its first token: start-mask bits and literal first words
        /// (`keys[keyStart..<keyEnd]`), as in `FlatPatterns.Element`.
        let acceptMask: UInt64
        let keyStart: Int32
        let keyEnd: Int32
        /// For `.expression`: the expression types it takes, as `typeBit`s.
        let expressionTypes: UInt8
        /// The rule may end right after the element (nothing required follows): no test there.
        let followIsFree: Bool
        /// What the next element taken must accept at the token after this one: the union over the
        /// elements after it up to and including the first required one.
        let followMask: UInt64
        let followKeyStart: Int32
        let followKeyEnd: Int32
    }

    /// Per rule `r`: its openings are `openings[openingStart[r]..<openingStart[r + 1]]`.
    let openings: [Opening]
    let openingStart: [Int32]
    /// Literal first words, shared by the `Opening` ranges.
    let keys: [UInt64]

    init(lexicon: TimeLexicon) {
        // A word class is one token long when every phrase listed in it is one word.
        var classIsOneToken = [Bool](repeating: true, count: lexicon.classNames.count)
        for entry in lexicon.entries where entry.tokens.count != 1 { classIsOneToken[entry.wordClass] = false }
        var openings = [Opening](), openingStart: [Int32] = [0], keys = [UInt64]()
        func addKeys(_ new: [UInt64]) -> (Int32, Int32) {
            let start = Int32(keys.count)
            keys.append(contentsOf: new)
            return (start, Int32(keys.count))
        }
        for rule in lexicon.rules {
            let body = rule.pattern.body
            for i in body.indices {
                let element = body[i]
                var followMask: UInt64 = 0, followKeys = [UInt64](), followIsFree = true
                for next in body[(i + 1)...] {
                    followMask |= next.acceptMask
                    followKeys.append(contentsOf: next.literalFirstKeys)
                    if !next.isOptional { followIsFree = false; break }
                }
                let (keyStart, keyEnd) = addKeys(element.literalFirstKeys)
                let (followKeyStart, followKeyEnd) = addKeys(followKeys)
                openings.append(Opening(span: Self.span(of: element, classIsOneToken: classIsOneToken),
                                        acceptMask: element.acceptMask, keyStart: keyStart, keyEnd: keyEnd,
                                        expressionTypes: Self.expressionTypes(of: element),
                                        followIsFree: followIsFree, followMask: followMask,
                                        followKeyStart: followKeyStart, followKeyEnd: followKeyEnd))
                if !element.isOptional { break }
            }
            openingStart.append(Int32(openings.count))
        }
        self.openings = openings
        self.openingStart = openingStart
        self.keys = keys
    }

    /// Built-ins that always end at the token after their start (see `PatternMatcher.builtinOptions`);
    /// `DAY`, `ORD` and `NUM` also read listed phrases of several words, `YEAR` and `DECADE` `'98`.
    static let oneTokenBuiltins: Set<Builtin> = [.digits, .year2, .monthNumber, .dayNumber, .hour, .quarterName, .fiscalYear]

    static func span(of element: PatternElement, classIsOneToken: [Bool]) -> Opening.Span {
        let isExpression = element.alternatives.allSatisfy { if case .timex = $0 { true } else { false } }
        if isExpression { return .expression }
        let isOneToken = element.alternatives.allSatisfy { alternative in
            switch alternative {
            case .literal(let phrase): phrase.count == 1
            case .wordClass(let id): classIsOneToken[id]
            case .builtin(let builtin): oneTokenBuiltins.contains(builtin)
            case .timex: false
            }
        }
        return isOneToken ? .oneToken : .unknown
    }

    static func typeBit(_ type: TimexType?) -> UInt8 {
        switch type {
        case .date: 1
        case .time: 2
        case .duration: 4
        case .set: 8
        case nil: 15
        }
    }

    static func expressionTypes(of element: PatternElement) -> UInt8 {
        var bits: UInt8 = 0
        for case .timex(let type) in element.alternatives { bits |= typeBit(type) }
        return bits
    }

    /// False when rule `rule` cannot match from token `t` (expressions of an earlier pass as set
    /// in `matcher`); true when it may.
    func canStart(_ rule: Int, at t: Int, in matcher: PatternMatcher) -> Bool {
        let tokens = matcher.tokens
        for o in Int(openingStart[rule])..<Int(openingStart[rule + 1]) {
            let opening = openings[o]
            let next: Int
            switch opening.span {
            case .unknown:
                if accepts(opening.acceptMask, keyStart: opening.keyStart, keyEnd: opening.keyEnd, at: t, matcher) { return true }
                continue
            case .oneToken:
                guard accepts(opening.acceptMask, keyStart: opening.keyStart, keyEnd: opening.keyEnd, at: t, matcher) else { continue }
                next = t + 1
            case .expression:
                guard let index = matcher.placedIndex(at: t),
                      opening.expressionTypes & Self.typeBit(matcher.placed[index].spec.type) != 0 else { continue }
                next = matcher.placed[index].end
            }
            if opening.followIsFree { return true }
            if next < tokens.count, !tokens[next].has(.lineStart),
               accepts(opening.followMask, keyStart: opening.followKeyStart, keyEnd: opening.followKeyEnd, at: next, matcher) {
                return true
            }
        }
        return false
    }

    /// `PatternMatcher.accepts` for a mask and a range of `keys`.
    @inline(__always)
    private func accepts(_ mask: UInt64, keyStart: Int32, keyEnd: Int32, at t: Int, _ matcher: PatternMatcher) -> Bool {
        if mask & matcher.startMask(t) != 0 { return true }
        let key = matcher.tokens[t].key
        for k in Int(keyStart)..<Int(keyEnd) where keys[k] == key { return true }
        return false
    }
}
