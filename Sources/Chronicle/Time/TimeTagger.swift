/// Finds and normalises time expressions in one document.
///
/// Three steps: (1) every rule is tried at the tokens that can start it and the longest
/// non-overlapping matches are kept; (2) composition rules (`early` + a date, a date + `night`)
/// wrap those matches, repeatedly; (3) the results are anchored in text order, so narrative
/// references (`the day before`) see the dates mentioned before them.
public struct TimeTagger: Sendable {
    let lexicon: TimeLexicon
    /// Per rule: the mask of what its first element accepts (see `RuleIndex`).
    let ruleMasks: [UInt64]
    let baseRules: [Int]
    let compositeRules: [Int]
    /// Per class bit of a start mask: the base rules whose first element accepts it, so a
    /// token is offered only the rules it can start instead of a test of every rule.
    let baseRulesByBit: FlatLists<Int32>
    /// The same for the composition rules.
    let compositeRulesByBit: FlatLists<Int32>
    /// What each rule needs at its first tokens, to skip starts it cannot match from.
    let openings: RuleOpenings
    /// What each rule needs on the rest of its line, to skip rules that cannot complete there.
    let needs: RuleNeeds
    /// Rules that can start with a literal word, by the word's key (asked at every token): the
    /// index gives a list of `literalRules`.
    private let literalRuleIndex: ListsByKey
    private let literalRules: FlatLists<Int32>
    let isComposite: [Bool]
    /// For rules opening with a literal (`the …`): what may follow it, to skip most `the`s.
    let afterLiteralMask: [UInt64]
    /// Per rule: the words that may follow its opening literal.
    let afterLiteralKeys: FlatLists<UInt64>
    /// Per list of `literalRules`: the union of its rules' `afterLiteralMask`s, and (in
    /// `literalFollowKeys`, node = list) their `afterLiteralKeys`. A token after `the` that shows
    /// none of them can follow no literal of the list: only `literalOptionalRules` are offered,
    /// without a test per rule.
    let literalFollowMask: [UInt64]
    private let literalFollowKeys: EdgeTable
    /// Per list of `literalRules`: its base rules whose first element is optional or that need
    /// nothing after it.
    let literalOptionalRules: FlatLists<Int32>
    /// Rules whose first element is optional: a literal they start with may be their second
    /// element, so what follows it says nothing.
    let firstIsOptional: [Bool]
    /// Rules that need nothing after their first element (`at weekends` after a context): a
    /// literal they start with may end the match, so what follows it says nothing either.
    let nothingRequiredAfterFirst: [Bool]
    /// Per rule: a word class it cannot match without (`UNIT` for `NUM UNIT ago`), 0 if none;
    /// a rule is only tried when such a word occurs within the next few tokens.
    let requiredMask: [UInt64]
    /// Per rule: whether it needs a word class or a literal word ahead at all (`requiredMask`
    /// non-zero, or literal words it cannot match without, such as `ago`), so most rules pass
    /// with one read.
    let hasRequirement: [Bool]
    /// The required words as bits: each word some rule requires gets one of 64 bits
    /// (`requiredWordBits`), so a document marks its tokens once and the test per rule is an
    /// AND; a rule needing a word past the 64th keeps a scan for those words
    /// (`requiredWordsOverflow`, `requiredOverflowKeys`: a few at most, a linear scan beats hashing).
    let requiredKeyBits: [UInt64]
    let requiredWordsOverflow: [Bool]
    let requiredOverflowKeys: FlatLists<UInt64>
    private let requiredWordBits: WordBits
    static let requiredWindow = 8
    /// Tokens after a bare clock time within which a day still names its day.
    static let clockDayWindow = 6

    public init(lexicon: TimeLexicon) {
        self.lexicon = lexicon
        ruleMasks = lexicon.rules.map { RuleIndex.firstMask($0.pattern, lexicon: lexicon) }
        baseRules = lexicon.rules.indices.filter { !lexicon.rules[$0].pattern.isComposite }
        compositeRules = lexicon.rules.indices.filter { lexicon.rules[$0].pattern.isComposite }
        let masks = ruleMasks
        func byBit(_ rules: [Int]) -> FlatLists<Int32> {
            var lists = [[Int32]](repeating: [], count: 64)
            for r in rules {
                for bit in 0..<64 where masks[r] & (1 << UInt64(bit)) != 0 { lists[bit].append(Int32(r)) }
            }
            return FlatLists(lists)
        }
        baseRulesByBit = byBit(baseRules)
        compositeRulesByBit = byBit(compositeRules)
        openings = RuleOpenings(lexicon: lexicon)
        needs = RuleNeeds(lexicon: lexicon)
        var literal = ListsByKey()
        for r in lexicon.rules.indices {
            for key in Set(RuleIndex.firstLiteralKeys(lexicon.rules[r].pattern)) { literal.append(r, forKey: key) }
        }
        literalRuleIndex = literal
        literalRules = FlatLists(literal.lists.map { $0.map { Int32($0) } })
        isComposite = lexicon.rules.map { $0.pattern.isComposite }
        let required = lexicon.rules.map { RuleIndex.requiredClassMask($0.pattern) }
        requiredMask = required.map(\.mask)
        hasRequirement = required.map { $0.mask != 0 || !$0.keys.isEmpty }
        var wordBits = WordBits()
        var keyBits = [UInt64](repeating: 0, count: required.count)
        var overflow = [Bool](repeating: false, count: required.count)
        var overflowKeys = [[UInt64]](repeating: [], count: required.count)
        for (r, spec) in required.enumerated() {
            for key in spec.keys {
                if let bit = wordBits.assign(key) {
                    keyBits[r] |= 1 << UInt64(bit)
                } else {
                    overflow[r] = true
                    overflowKeys[r].append(key)
                }
            }
        }
        requiredWordBits = wordBits
        requiredKeyBits = keyBits
        requiredWordsOverflow = overflow
        requiredOverflowKeys = FlatLists(overflowKeys)
        afterLiteralMask = lexicon.rules.map { RuleIndex.firstMask($0.pattern, lexicon: lexicon, from: 1) }
        firstIsOptional = lexicon.rules.map { $0.pattern.body.first?.isOptional ?? false }
        nothingRequiredAfterFirst = lexicon.rules.map { $0.pattern.body.dropFirst().allSatisfy(\.isOptional) }
        afterLiteralKeys = FlatLists(lexicon.rules.map { rule in
            // The second word of a multi-word opening literal (`the same`) counts as what follows,
            // and so does the word after an optional hyphen (`year-ago` written `year ago`).
            var keys = Set(RuleIndex.firstLiteralKeys(rule.pattern, from: 1))
            for case .literal(let phrase) in rule.pattern.body.first?.alternatives ?? [] where phrase.count > 1 {
                keys.insert(phrase[1].key)
                if phrase[1].isOptional, phrase.count > 2 { keys.insert(phrase[2].key) }
            }
            return Array(keys)
        })
        var followMask = [UInt64](), followKeys = EdgeTable(), optionalRules = [[Int32]]()
        let composite = isComposite, optionalFirst = firstIsOptional, standsAlone = nothingRequiredAfterFirst
        for (l, list) in literal.lists.enumerated() {
            var mask: UInt64 = 0
            for r in list {
                mask |= afterLiteralMask[r]
                for i in afterLiteralKeys.range(r) where followKeys.find(node: Int32(l), key: afterLiteralKeys.items[i]) == nil {
                    followKeys.insert(node: Int32(l), key: afterLiteralKeys.items[i], next: 0)
                }
            }
            followMask.append(mask)
            optionalRules.append(list.filter { !composite[$0] && (optionalFirst[$0] || standsAlone[$0]) }.map { Int32($0) })
        }
        literalFollowMask = followMask
        literalFollowKeys = followKeys
        literalOptionalRules = FlatLists(optionalRules)
    }

    /// Offers the rules listed under each bit of `mask` in `byBit`, each once per round: a rule
    /// reached through two bits of the mask is tried once.
    @inline(__always)
    private static func offer(_ mask: UInt64, from byBit: FlatLists<Int32>, to offers: RuleOffers) {
        var bits = mask
        while bits != 0 {
            let bit = bits.trailingZeroBitCount
            bits &= bits - 1
            for i in byBit.range(bit) { offers.offer(Int(byBit.items[i])) }
        }
    }

    /// The list (of `literalRules`) of the rules that can start with the word `key`, or -1.
    @inline(__always)
    private func literalRuleList(_ key: UInt64) -> Int {
        Int(literalRuleIndex.list(forKey: key))
    }

    /// tokens/sentences come from `Tokenizer.tokenize(bytes)` and
    /// `SentenceSplitter(abbreviations: []).split(&tokens, bytes:)`.
    public func tag(bytes: [UInt8], tokens: [Token], sentences: [Sentence], anchor: LocalDateTime?) -> [TimeExpression] {
        guard !tokens.isEmpty else { return [] }
        let matcher = PatternMatcher(lexicon: lexicon, tokens: tokens, bytes: bytes)
        let guards = RuleGuards(matcher: matcher)
        let builder = SpecBuilder(lexicon: lexicon)

        // 1. Base rules.
        var matches = [RuleMatch]()
        // The rules offered at a token, each once; a round per token, stamped with its index.
        let candidates = RuleOffers(ruleCount: lexicon.rules.count)
        // What stands within `requiredWindow` tokens from each token on: start-mask bits and
        // required-word bits, so a rule's "needs a UNIT / `ago` ahead" test is one AND.
        var masksAhead = [UInt64](repeating: 0, count: tokens.count)
        var wordsAhead = [UInt64](repeating: 0, count: tokens.count)
        for t in tokens.indices {
            masksAhead[t] = matcher.startMask(t)
            if let bit = requiredWordBits.bit(tokens[t].key) { wordsAhead[t] = 1 << UInt64(bit) }
        }
        Self.orAhead(&masksAhead, window: Self.requiredWindow)
        Self.orAhead(&wordsAhead, window: Self.requiredWindow)
        let lineAhead = needs.lineAhead(matcher)
        for t in tokens.indices {
            let mask = matcher.startMask(t)
            let literalList = literalRuleList(tokens[t].key)
            if mask == 0 && literalList < 0 { continue }
            candidates.startRound(t)
            Self.offer(mask, from: baseRulesByBit, to: candidates)
            if literalList >= 0, t + 1 == tokens.count {
                // The last token: only a rule that needs nothing after its first word can match.
                for i in literalRules.range(literalList) where nothingRequiredAfterFirst[Int(literalRules.items[i])] {
                    let r = Int(literalRules.items[i])
                    if !isComposite[r] { candidates.offer(r) }
                }
            } else if literalList >= 0 {
                let next = matcher.startMask(t + 1), nextKey = tokens[t + 1].key
                if next & literalFollowMask[literalList] == 0,
                   literalFollowKeys.find(node: Int32(literalList), key: nextKey) == nil {
                    for i in literalOptionalRules.range(literalList) { candidates.offer(Int(literalOptionalRules.items[i])) }
                } else {
                    for i in literalRules.range(literalList) {
                        let r = Int(literalRules.items[i])
                        if !isComposite[r] && !candidates.contains(r)
                            && (firstIsOptional[r] || nothingRequiredAfterFirst[r] || afterLiteralMask[r] & next != 0
                                || afterLiteralKeys.list(r, contains: nextKey)) {
                            candidates.offer(r)
                        }
                    }
                }
            }
            for k in 0..<candidates.count {
                let r = candidates[k]
                if hasRequirement[r], masksAhead[t] & requiredMask[r] == 0, wordsAhead[t] & requiredKeyBits[r] == 0 {
                    guard requiredWordsOverflow[r] else { continue }
                    var present = false
                    // The keys with bits are known absent: only those without are looked for.
                    for u in t..<min(tokens.count, t + Self.requiredWindow) where requiredOverflowKeys.list(r, contains: tokens[u].key) {
                        present = true
                        break
                    }
                    if !present { continue }
                }
                guard needs.allPresent(r, at: t, lineAhead), openings.canStart(r, at: t, in: matcher) else { continue }
                let rule = lexicon.rules[r]
                guard let m = matcher.match(rule, index: r, at: t), guards.allow(m, rule: rule) else { continue }
                matches.append(m)
            }
        }
        // A spec is built only for a match that would be kept: one whose fields make no date
        // (February 30) is passed over as if it had never matched, so the result is the same
        // as building every spec first, without the work for the many matches a longer one covers.
        // The specs of the accepted matches in the order accepted, and per match the index of its
        // spec (-1 for none): an optional spec per match made a large array to fill for every document.
        var specs = [TimeSpec]()
        var specOf = [Int32](repeating: -1, count: matches.count)
        let survivors = Self.longestFirst(matches, tokenCount: tokens.count) { i in
            // Tested before it is stored: reading the stored optional back copied the whole spec.
            guard let spec = builder.spec(for: matches[i], rule: lexicon.rules[matches[i].rule], placed: []) else { return false }
            specOf[i] = Int32(specs.count)
            specs.append(spec)
            return true
        }
        // The kept matches never overlap, so their starts differ: sorting their indices by start
        // gives the text order without moving whole specs around.
        let kept = survivors.sorted { matches[$0].start < matches[$1].start }
        var placed = [PlacedSpec]()
        placed.reserveCapacity(kept.count)
        for i in kept {
            placed.append(PlacedSpec(start: matches[i].start, end: matches[i].end, spec: specs[Int(specOf[i])], rule: matches[i].rule))
        }
        // Compositions wrap expressions and anchoring places them: with none (most datelines and
        // menu lines the publication date finder asks about), there is nothing more to do.
        if placed.isEmpty { return [] }

        // 2. Compositions over whole expressions, until nothing changes.
        // Offers are stamped past the token indices of step 1, one stamp per start and pass.
        var stamp = tokens.count
        for _ in 0..<3 where !compositeRules.isEmpty && !placed.isEmpty {
            matcher.setPlaced(placed)
            // Compositions start at most five tokens before an expression.
            var starts = [Int]()
            // Fields read in place here and below: a `PlacedSpec` copied whole retains every
            // String of its spec.
            for i in placed.indices {
                let start = placed[i].start
                for s in max(starts.last.map { $0 + 1 } ?? 0, start - 5, 0)...start { starts.append(s) }
            }
            // Which expression owns each token, to refuse compositions that cut one in two.
            var owner = [Int](repeating: -1, count: tokens.count)
            for i in placed.indices { for t in placed[i].start..<placed[i].end { owner[t] = i } }
            func cutsThrough(_ m: RuleMatch) -> Bool {
                (m.start..<m.end).contains { t in
                    owner[t] >= 0 && (placed[owner[t]].start < m.start || placed[owner[t]].end > m.end)
                }
            }
            var found = [RuleMatch]()
            for t in starts {
                stamp += 1
                candidates.startRound(stamp)
                Self.offer(matcher.startMask(t), from: compositeRulesByBit, to: candidates)
                let literalList = literalRuleList(tokens[t].key)
                if literalList >= 0 {
                    for i in literalRules.range(literalList) where isComposite[Int(literalRules.items[i])] {
                        candidates.offer(Int(literalRules.items[i]))
                    }
                }
                for k in 0..<candidates.count {
                    let r = candidates[k]
                    guard openings.canStart(r, at: t, in: matcher) else { continue }
                    let rule = lexicon.rules[r]
                    if let m = matcher.match(rule, index: r, at: t), guards.allow(m, rule: rule), !cutsThrough(m) {
                        found.append(m)
                    }
                }
            }
            if found.isEmpty { break }
            var removed = [Bool](repeating: false, count: placed.count)
            var added = [PlacedSpec]()
            for m in Self.longestFirst(found, tokenCount: tokens.count).map({ found[$0] }) {
                guard let spec = builder.spec(for: m, rule: lexicon.rules[m.rule], placed: placed) else { continue }
                for t in m.start..<m.end where owner[t] >= 0 { removed[owner[t]] = true }
                added.append(PlacedSpec(start: m.start, end: m.end, spec: spec, rule: m.rule))
            }
            if added.isEmpty { break }
            placed = (placed.indices.filter { !removed[$0] }.map { placed[$0] } + added).sorted { $0.start < $1.start }
        }

        // 3. Anchoring in text order.
        let resolver = TimeResolver(lexicon: lexicon)
        let tenses = TenseCueFinder(matcher: matcher)
        var state = AnchorState(anchor: anchor)
        let deadline = lexicon.classes.deadline
        let tenseless = lexicon.classes.tenseless
        let startPoint = lexicon.classes.startPoint
        var results = [TimeExpression]()
        results.reserveCapacity(placed.count)
        var sentenceIndex = 0
        // Bare clock times with no day named before them in their sentence, and the day-level
        // dates placed, by result index: `at 10:35 a.m. (0735 GMT) Friday` is on that Friday.
        // (`placed` is an index into `placed`.)
        var pendingClocks = [(result: Int, placed: Int, sentence: Int)]()
        var placedDays = [(result: Int, day: CalendarDay, sentence: Int, start: Int)]()
        // By index, the fields read in place: copying each `PlacedSpec` out (and into a tuple)
        // retained and released every String of its spec.
        for index in placed.indices {
            let start = placed[index].start, end = placed[index].end
            while sentenceIndex + 1 < sentences.count, sentences[sentenceIndex].tokens.upperBound <= start { sentenceIndex += 1 }
            let sentence = sentences.isEmpty ? 0..<tokens.count : sentences[sentenceIndex].tokens
            let direction = placed[index].spec.direction
            let cue = direction == .tense || direction == .this
                ? tenses.cue(ofTokens: start..<end, in: Self.clause(sentence, start: start, end: end, sentences, sentenceIndex))
                : (tense: .unknown, distance: Int.max)
            var tense = cue.tense
            // `postponed until Tuesday`, `extended its deadline until 9 a.m. Tuesday`: a deadline
            // set in the past lies ahead. `Until Thursday, they had not …` opens its sentence
            // with no verb or noun to set a deadline: the state it bounds is past.
            if tense == .past, let deadline, start > 1, start - 2 >= sentence.lowerBound,
               tokens[start - 2].kind == .word, matcher.isListed(start - 1, in: deadline) { tense = .future }
            // `created an office, effective Feb. 1`: the date is when the change takes hold,
            // not when it was made; the nearest occurrence wins.
            if let tenseless, start > 0, start - 1 >= sentence.lowerBound, matcher.isListed(start - 1, in: tenseless) {
                tense = .unknown
            }
            let adjacentCue = tense == cue.tense && cue.distance <= TenseCueFinder.adjacentDistance
            // `the highest since May`, `rising since the summer`: a span reaching up to now
            // starts in the past, whatever the clause's tense.
            var spec = placed[index].spec
            if spec.direction == .tense, let startPoint, start > 0, start - 1 >= sentence.lowerBound,
               matcher.isListed(start - 1, in: startPoint) { spec.direction = .pastInclusive }
            if index + 1 < placed.count, let year = Self.sharedYear(spec, end: end, before: index + 1, in: placed, matcher) { spec.year = year }
            guard let resolved = resolver.resolve(spec, tense: tense, adjacentCue: adjacentCue, sentence: sentenceIndex, state: state)
            else { continue }
            if placed[index].spec.isBareClock, state.lastDay?.sentence != sentenceIndex {
                pendingClocks.append((results.count, index, sentenceIndex))
            }
            if let point = resolved.point, point.granularity == .day, !placed[index].spec.isBareClock {
                placedDays.append((results.count, point.start, sentenceIndex, start))
            }
            if let point = resolved.point, !placed[index].spec.isDerived { state.remember(point, sentence: sentenceIndex) }
            results.append(TimeExpression(span: Span(tokens[start].start, tokens[end - 1].end), type: resolved.type,
                                          value: resolved.value, range: resolved.range, mod: placed[index].spec.mod,
                                          rule: lexicon.rules[placed[index].rule].name))
        }
        var nextDay = 0
        for clock in pendingClocks {
            // The first day placed after the clock, in its sentence, or just after it when `a.m.`
            // ended the sentence (both lists are in text order: one pass).
            while nextDay < placedDays.count, placedDays[nextDay].result < clock.result { nextDay += 1 }
            guard nextDay < placedDays.count else { break }
            let day = placedDays[nextDay]
            guard day.sentence == clock.sentence || day.start - placed[clock.placed].end <= Self.clockDayWindow else { continue }
            var dayState = AnchorState(anchor: anchor)
            dayState.lastDay = (day.day, clock.sentence)
            guard let resolved = resolver.resolve(placed[clock.placed].spec, tense: .unknown, sentence: clock.sentence, state: dayState) else { continue }
            let old = results[clock.result]
            results[clock.result] = TimeExpression(span: old.span, type: resolved.type, value: resolved.value, range: resolved.range,
                                                   mod: old.mod, rule: old.rule)
        }
        return results
    }

    /// `between March and April 2004`, `June-August 2003`: a month without a year joined to a
    /// month with one shares its year, or takes the year before when the span crosses New Year
    /// (`from November to January 2006`).
    private static func sharedYear(_ spec: TimeSpec, end: Int, before next: Int, in placed: [PlacedSpec],
                                   _ matcher: PatternMatcher) -> Int? {
        guard spec.year == nil, let month = spec.month, spec.unit == nil, spec.weekday == nil, spec.holiday == nil,
              let nextYear = placed[next].spec.year, let nextMonth = placed[next].spec.month, nextMonth != month,
              placed[next].spec.unit == nil, placed[next].start - end == 1 else { return nil }
        let year = nextMonth > month ? nextYear : nextYear - 1
        let link = end
        if matcher.numbers.isHyphen(link) || matcher.numbers.isPunct(link, UInt8(ascii: "/")) { return year }
        if let rangeLink = matcher.classes.rangeLink, matcher.isListed(link, in: rangeLink) { return year }
        return nil
    }

    /// The sentence of an expression; a sentence split right after an abbreviation
    /// (`Feb. 22`) is joined back to the next one so the cue search sees the whole clause.
    private static func clause(_ sentence: Range<Int>, start: Int, end: Int, _ sentences: [Sentence], _ index: Int) -> Range<Int> {
        var lower = sentence.lowerBound, upper = max(sentence.upperBound, end)
        if index + 1 < sentences.count, sentences[index + 1].tokens.lowerBound < end {
            upper = max(upper, sentences[index + 1].tokens.upperBound)
        }
        if index > 0, lower == start { lower = sentences[index - 1].tokens.lowerBound }
        return lower..<upper
    }

    /// Makes each value the OR of itself and the `window - 1` values after it (none past the
    /// end), by doubling the span covered: three passes over the array for a window of eight
    /// instead of eight reads per value.
    /// - Complexity: O(n log window).
    static func orAhead(_ values: inout [UInt64], window: Int) {
        var span = 1
        // Ascending, in place: `values[t + shift]` still covers `span` when `values[t]` reads it.
        func widen(by shift: Int) {
            for t in 0..<max(values.count - shift, 0) { values[t] |= values[t + shift] }
        }
        while span * 2 <= window {
            widen(by: span)
            span *= 2
        }
        // Two overlapping spans cover a window that is no power of two.
        if span < window { widen(by: window - span) }
    }

    /// Indices of non-overlapping matches, longest first, then earlier rule, then earlier start.
    /// `accept` is asked about each match that overlaps none taken before it; one it refuses
    /// is skipped and takes no tokens.
    ///
    /// The order is decided on `MatchOrderKey`s (plain integers): comparing the matches
    /// themselves copied their bindings arrays, a retain and a release per comparison.
    static func longestFirst(_ matches: [RuleMatch], tokenCount: Int, accept: (Int) -> Bool = { _ in true }) -> [Int] {
        var keys = [MatchOrderKey]()
        keys.reserveCapacity(matches.count)
        for (i, m) in matches.enumerated() { keys.append(MatchOrderKey(length: m.end - m.start, rule: m.rule, start: m.start, index: i)) }
        keys.sort(by: MatchOrderKey.precedes)
        var taken = [Bool](repeating: false, count: tokenCount)
        var out = [Int]()
        for key in keys {
            let start = key.start, end = key.start + key.length
            if (start..<end).contains(where: { taken[$0] }) { continue }
            guard accept(key.index) else { continue }
            for t in start..<end { taken[t] = true }
            out.append(key.index)
        }
        return out
    }

}

/// Named checks a rule can ask for (`guard=` in `rules.txt`), plus the ones every match gets:
/// numbers after `No.`/`$`/`©` and before `%` are not times.
struct RuleGuards {
    let matcher: PatternMatcher
    let copyright: Int?
    let datePrep: Int?
    let yearDeterminer: Int?
    let yearFollower: Int?
    let sportCue: Int?
    let unitLink: Int?
    let countWord: Int?
    /// How many tokens on each side `notsport` looks at for a word of a game.
    static let sportWindow = 40

    static let theKey = Normalizer.key("the")
    static let ofKey = Normalizer.key("of")
    static let inKey = Normalizer.key("in")

    init(matcher: PatternMatcher) {
        self.matcher = matcher
        copyright = matcher.classes.copyright
        datePrep = matcher.classes.datePrep
        yearDeterminer = matcher.classes.yearDeterminer
        yearFollower = matcher.classes.yearFollower
        sportCue = matcher.classes.sportCue
        unitLink = matcher.classes.unitLink
        countWord = matcher.classes.countWord
    }

    func allow(_ m: RuleMatch, rule: TimeRule) -> Bool {
        let tokens = matcher.tokens
        let first = tokens[m.start]
        if first.kind == .number || first.has(.hasDigit) {
            if matcher.isNotATime(m.start) { return false }
            if m.end < tokens.count, tokens[m.end].has(.attached), matcher.numbers.isPunct(m.end, 0x25) { return false }
            if afterCopyright(m.start) { return false }
        }
        // `555-1234`: the end of a telephone number, not a year.
        if m.start >= 2, first.kind == .number, first.has(.attached), matcher.numbers.isHyphen(m.start - 1),
           tokens[m.start - 1].has(.attached), tokens[m.start - 2].kind == .number,
           tokens[m.start - 2].end - tokens[m.start - 2].start == 3 { return false }
        // `quarter-to-quarter`, `year-on-year`, `day-to-day`: a comparison, not a time.
        if let unitLink, m.end + 1 < tokens.count, tokens[m.end].has(.attached), matcher.numbers.isHyphen(m.end),
           tokens[m.end + 1].has(.attached), matcher.isListed(m.end + 1, in: unitLink) { return false }
        if tokens[m.end - 1].kind == .number, isTimestampPrefix(from: m.end) { return false }
        if isDoubleBarrelledName(m) { return false }
        for check in rule.normalisation.guards {
            switch check {
            case .capitalized:
                // The token test first: a name's prefix costs more than a flag.
                for b in m.bindings where !tokens[b.start].isCapitalized {
                    if b.name.hasPrefix("MONTH") || b.name.hasPrefix("WEEKDAY") { return false }
                }
            case .unambiguous:
                for b in m.bindings { if let e = b.entry, matcher.lexicon.entries[e].isAmbiguous { return false } }
            case .year:
                if !yearIsLikely(m) { return false }
            case .notcount:
                // `In January 25 people died`: after `in`, a number followed by a lower-case word
                // counts that word; the month alone is the date.
                if m.start > 0, tokens[m.start - 1].key == Self.inKey, m.end < tokens.count, tokens[m.end].kind == .word,
                   !tokens[m.end].isCapitalized, !tokens[m.end].has(.lineStart) { return false }
            case .beforeword:
                // `the day before authorities issued a warrant`: before a happening, not a date.
                guard m.end < tokens.count, tokens[m.end].kind == .word, !tokens[m.end].has(.lineStart) else { return false }
            case .beforedate:
                // `the year to March`, `the year ended 31 July`, `the year ending tomorrow`: the
                // word after the one that follows is a number, a name (a month, a weekday) or a day
                // word; `the year to £198m`, `the year to a record` are no span that ends on a date.
                guard m.end + 1 < tokens.count, !tokens[m.end + 1].has(.lineStart) else { return false }
                let next = tokens[m.end + 1]
                guard next.kind == .number || (next.kind == .word && next.isCapitalized)
                        || matcher.classes.dayWord.map({ matcher.isListed(m.end + 1, in: $0) }) == true else { return false }
            case .yearspan:
                // `2023-24`, `1999-00`: the second year follows the first by one to nine years;
                // `2024-02` is a month. `2003-4`, `2003/4`: one digit, the next year only.
                guard let first = m.bindings.first(where: { $0.name == "YEAR" }), case .number(let from) = first.value
                else { return false }
                if let second = m.bindings.first(where: { $0.name == "YEAR2DIGIT" }), case .number(let to) = second.value {
                    if !(1...9).contains((Int(to) - Int(from) % 100 + 100) % 100) { return false }
                } else if let second = m.bindings.first(where: { $0.name == "NUMBER" }), case .number(let to) = second.value,
                          matcher.numbers.digitCount(second.start) == 1 {
                    if (Int(to) - Int(from) % 10 + 10) % 10 != 1 { return false }
                } else {
                    return false
                }
            case .isomonth:
                // `2024-02` is a month; `2003-4` is a span of two years.
                guard let month = m.bindings.first(where: { $0.name == "MM" }), matcher.numbers.digitCount(month.start) == 2
                else { return false }
            case .notname:
                // `Jan Kavan`, `May Day`: an ambiguous name right before a capitalised word;
                // `the Sunday Telegraph`: any name between `the` and a capitalised word (but
                // `his Sunday Mass` is a day).
                let beforeName = m.end < tokens.count && tokens[m.end].kind == .word && tokens[m.end].isCapitalized
                    && !tokens[m.end].has(.lineStart) && !tokens[m.end].has(.capsLine)
                if beforeName, m.bindings.contains(where: { $0.entry.map { matcher.lexicon.entries[$0].isAmbiguous } ?? false }) {
                    return false
                }
                if beforeName, m.start > 0, tokens[m.start - 1].key == Self.theKey { return false }
            case .lowercase:
                if hasNameCapital(m) { return false }
                // `Summer of Sam`, `Spring of Life`: a capitalised word, `of` and a name make a title.
                if tokens[m.start].isCapitalized, !tokens[m.start].has(.capsLine), m.end + 1 < tokens.count,
                   tokens[m.end].key == Self.ofKey, tokens[m.end + 1].kind == .word, tokens[m.end + 1].isCapitalized,
                   !isTitleCaseLine(around: m.start) { return false }
            case .notsport:
                // `the second half` of a match is no half-year: a word of a game nearby decides.
                if let sportCue, isNearSport(m, cue: sportCue) { return false }
            case .nameprefix:
                // `Holocaust Memorial Day`: a capitalised word right before makes a longer name.
                if m.start > 0, !first.has(.sentenceStart), !first.has(.lineStart), !first.has(.capsLine) {
                    let previous = tokens[m.start - 1]
                    if previous.kind == .word, previous.isCapitalized, !previous.has(.sentenceStart), !previous.has(.lineStart) { return false }
                }
            case .plural, .singular:
                // The unit decides (`the past few years`); without one, the last listed word
                // (`Tuesday nights`, `Mondays`).
                guard let b = m.bindings.first(where: { $0.name.hasPrefix("UNIT") }) ?? m.bindings.last(where: { $0.entry != nil })
                else { return false }
                let last = tokens[b.end - 1]
                let isPlural = matcher.bytes[last.end - 1] | 0x20 == 0x73
                if isPlural != (check == .plural) { return false }
            }
        }
        return true
    }

    /// A bare four-digit number is a year unless a lower-case word follows it without a date
    /// preposition or determiner before it (`2019 people`, `1,500 workers` are counts; `in
    /// 2019 people …`, `the 1991 settlement` are years).
    private func yearIsLikely(_ m: RuleMatch) -> Bool {
        let tokens = matcher.tokens
        guard m.end < tokens.count, !tokens[m.end].has(.lineStart) else { return true }
        let next = tokens[m.end]
        // `at 1218 pence`, `a crowd of 2000 people`: a count, even after a date preposition.
        if let countWord, matcher.isListed(m.end, in: countWord) { return false }
        if next.kind == .punct || next.isCapitalized || next.kind == .number { return true }
        if let yearFollower, matcher.isListed(m.end, in: yearFollower) { return true }
        // Each class tested on its own: a list of the two made an array per bare year.
        if let datePrep, matcher.isListed(m.start - 1, in: datePrep) { return true }
        if let yearDeterminer, matcher.isListed(m.start - 1, in: yearDeterminer) { return true }
        // `the company's 1989 results`, `2003's deficit`
        if m.start > 0, tokens[m.start - 1].has(.possessive) { return true }
        if tokens[m.end - 1].has(.possessive) { return true }
        return false
    }

    /// Names written with capitals anyway: their capital says nothing about the phrase.
    private static let capitalisedBindings = ["MONTH", "WEEKDAY", "HOLIDAY", "ZONE", "AMPM", "@"]

    /// `The Daily Mail`, `Radio 4's Today programme`, `Suddenly Last Summer`, `Book of the Year`:
    /// a capital inside a sentence makes a word part of a name. The first word may start a
    /// sentence or follow punctuation (`said: "Today we …`); months, weekdays and expressions
    /// found before carry their own capitals.
    private func hasNameCapital(_ m: RuleMatch) -> Bool {
        let tokens = matcher.tokens
        for t in m.start..<m.end where tokens[t].kind == .word && tokens[t].isCapitalized && !tokens[t].has(.capsLine) {
            if t == m.start, t == 0 || tokens[t].has(.sentenceStart) || tokens[t].has(.lineStart) || tokens[t - 1].kind == .punct {
                continue
            }
            let isCalendarName = m.bindings.contains { b in
                b.start <= t && t < b.end && Self.capitalisedBindings.contains { b.name.hasPrefix($0) }
            }
            if !isCalendarName { return !isTitleCaseLine(around: t) }
        }
        return false
    }

    /// `Mark Dornford-May's first film`: a month or weekday name hyphened to a capitalised word
    /// inside a sentence ends a double-barrelled name (`mid-May`, `pre-Christmas` stay dates).
    private func isDoubleBarrelledName(_ m: RuleMatch) -> Bool {
        let tokens = matcher.tokens
        // Asked of every match: the token tests come before the binding's name, which
        // costs more and rarely matters (few bindings are hyphened on).
        for b in m.bindings {
            guard b.start >= 2, tokens[b.start].has(.attached), matcher.numbers.isHyphen(b.start - 1),
                  tokens[b.start - 1].has(.attached), b.name.hasPrefix("MONTH") || b.name.hasPrefix("WEEKDAY") else { continue }
            let before = tokens[b.start - 2]
            if before.kind == .word, before.isCapitalized, !before.has(.sentenceStart), !before.has(.lineStart),
               !before.has(.capsLine), !isCalendarName(b.start - 2) { return true }
        }
        return false
    }

    /// A month or weekday name (`July-September` is a span of months, not a name).
    private func isCalendarName(_ t: Int) -> Bool {
        [matcher.classes.month, matcher.classes.weekday].contains { id in id.map { matcher.isListed(t, in: $0) } ?? false }
    }

    /// A title-case headline (`Talks Resume This Week After Deadlock`): see `TitleCaseLine`.
    private func isTitleCaseLine(around t: Int) -> Bool {
        TitleCaseLine.contains(t, tokens: matcher.tokens, bytes: matcher.numbers.bytes)
    }

    /// `2024-02-22T1015`: numbers joined by hyphens that run into a word with digits (`22T10`)
    /// make one timestamp, which `date-iso-t` reads whole when it can; `2024` or `2024-02` is
    /// only its start.
    private func isTimestampPrefix(from t: Int) -> Bool {
        let tokens = matcher.tokens
        var p = t
        while p + 1 < tokens.count, tokens[p].has(.attached), matcher.numbers.isHyphen(p), tokens[p + 1].has(.attached) {
            let next = tokens[p + 1]
            if next.kind == .word { return next.has(.hasDigit) }
            guard next.kind == .number else { return false }
            p += 2
        }
        return false
    }

    /// A `SPORTCUE` word within `sportWindow` tokens of the match.
    private func isNearSport(_ m: RuleMatch, cue: Int) -> Bool {
        let lower = max(0, m.start - Self.sportWindow), upper = min(matcher.tokens.count, m.end + Self.sportWindow)
        for t in lower..<upper where matcher.isListed(t, in: cue) { return true }
        return false
    }

    /// Years in a copyright line (`© … 2005–2024`) are boilerplate.
    private func afterCopyright(_ t: Int) -> Bool {
        guard let copyright else { return false }
        var p = t - 1
        while p >= 0 && p >= t - 20 {
            if matcher.isListed(p, in: copyright) { return true }
            if matcher.tokens[p].has(.lineStart) { break }
            p -= 1
        }
        return false
    }
}
