/// What one pattern element captured.
enum BoundValue: Sendable {
    case number(Double)
    /// An unspecified quantity (`several`).
    case vague
    /// A lexicon value (`9` for September, `week`, `PRESENT_REF`).
    case word(String)
    /// An expression of an earlier pass (index into the tagger's working list).
    case timex(Int)
}

struct Binding: Sendable {
    let name: String
    let value: BoundValue
    /// Token range the element covered.
    let start: Int
    let end: Int
    /// The lexicon entry, when it came from one (for ambiguity checks).
    let entry: Int?
}

/// A rule matched at a token range [start, end).
struct RuleMatch: Sendable {
    let rule: Int
    let start: Int
    let end: Int
    let bindings: [Binding]
}

/// An expression of an earlier pass that composition rules (`@DATE`) can take whole.
struct PlacedSpec: Sendable {
    var start: Int
    var end: Int
    var spec: TimeSpec
    var rule: Int
}

/// Matches rule patterns over the token array by backtracking (patterns are a handful of
/// elements; the longest full match wins). Candidate rules per token are pre-filtered with a
/// bit mask of what can start there, so ordinary words cost one dictionary lookup.
final class PatternMatcher {
    /// Bits 0..<63 are word classes (built-ins first); 63 marks an expression of an earlier pass.
    static let maxClasses = 63
    static let timexBit: UInt64 = 1 << 63

    let lexicon: TimeLexicon
    /// The patterns and phrases, read in place (`lexicon.flat`).
    private let flat: FlatPatterns
    let tokens: [Token]
    let bytes: [UInt8]
    let numbers: NumberReader
    let classes: WordClasses
    /// Per token: the lexicon list (`TimeLexicon.entries(inList:)`) of the entries starting with its word,
    /// or -1. Looked up once per token here, so the rules, guards and tense cues that ask
    /// again and again index an array instead of hashing the word.
    let entryListOf: [Int32]
    /// Per token: the classes that list its word alone, as bits (see `isListed`).
    let oneWordClasses: [UInt64]
    // The four variables below are read at every element tried. A matcher belongs to one
    // `TimeTagger.tag` call and no access to them overlaps another, so they skip the run-time
    // exclusivity check (a `swift_beginAccess` per read cost about 2 % of `Pipeline.extract`).
    /// Per token: what could start there apart from an earlier expression (see `startMask`).
    @exclusivity(unchecked) private var baseMasks: [UInt64] = []
    /// Per token: the index in `placed` of the expression starting there, or -1.
    @exclusivity(unchecked) private var placedAt: [Int32]
    /// Expressions from earlier passes, in text order (set with `setPlaced`).
    @exclusivity(unchecked) private(set) var placed: [PlacedSpec] = []
    /// The bindings buffer of the last `match`, kept so each attempt does not allocate one.
    @exclusivity(unchecked) private var bindingBuffer: [Binding] = []

    /// - Complexity: O(n) in the tokens, one table probe each.
    init(lexicon: TimeLexicon, tokens: [Token], bytes: [UInt8]) {
        self.lexicon = lexicon
        flat = lexicon.flat
        self.tokens = tokens
        self.bytes = bytes
        var lists = [Int32](repeating: -1, count: tokens.count)
        var oneWord = [UInt64](repeating: 0, count: tokens.count)
        for t in tokens.indices {
            let list = lexicon.entryList(forKey: tokens[t].key)
            guard list >= 0 else { continue }
            lists[t] = list
            oneWord[t] = lexicon.oneWordClassesOfList[Int(list)]
        }
        entryListOf = lists
        oneWordClasses = oneWord
        placedAt = [Int32](repeating: -1, count: tokens.count)
        numbers = NumberReader(lexicon: lexicon, tokens: tokens, bytes: bytes, entryListOf: lists)
        classes = lexicon.classes
        baseMasks = tokens.indices.map { computeBaseMask($0) }
    }

    /// The lexicon entries whose first word is token `t`'s, or nil.
    @inline(__always)
    func entries(at t: Int) -> ArraySlice<Int>? {
        lexicon.entries(inList: entryListOf[t])
    }

    /// Makes `placed` (in text order) what `@DATE`-style elements match; ignored expressions
    /// stay out of reach.
    ///
    /// Reads the expressions' fields in place: a `PlacedSpec` copied whole retains every String
    /// of its spec.
    func setPlaced(_ expressions: [PlacedSpec]) {
        for i in placed.indices where placed[i].start < placedAt.count { placedAt[placed[i].start] = -1 }
        placed = expressions
        for i in expressions.indices where !expressions[i].spec.isIgnored { placedAt[expressions[i].start] = Int32(i) }
    }

    /// The index in `placed` of the expression starting at token `t`, if any.
    @inline(__always)
    func placedIndex(at t: Int) -> Int? {
        let i = placedAt[t]
        return i < 0 ? nil : Int(i)
    }

    // MARK: - Candidate filtering

    /// What could start at token `t`, as bits (see `RuleIndex.firstMask`).
    @inline(__always)
    func startMask(_ t: Int) -> UInt64 {
        placedAt[t] >= 0 ? baseMasks[t] | Self.timexBit : baseMasks[t]
    }

    private func computeBaseMask(_ t: Int) -> UInt64 {
        let token = tokens[t]
        // The classes of the one-word entries starting here, then those of the longer
        // entries whose whole phrase stands here.
        var mask = oneWordClasses[t]
        let list = Int(entryListOf[t])
        if list >= 0 {
            // An entry whose second word is not the next token's cannot match here.
            let nextKey = t + 1 < tokens.count ? tokens[t + 1].key : nil
            for k in lexicon.multiWordBounds[list]..<lexicon.multiWordBounds[list + 1] {
                if let second = lexicon.multiWordSecondKeys[k], second != nextKey { continue }
                let index = lexicon.multiWordEntries[k]
                let bit: UInt64 = 1 << UInt64(flat.entryClass[index])
                if mask & bit == 0, matchEntry(index, at: t) != nil { mask |= bit }
            }
        }
        if token.kind == .number {
            mask |= RuleIndex.numberBuiltins
            let n = token.end - token.start
            if n == 4 { mask |= RuleIndex.yearBuiltin }
            if n == 2 { mask |= RuleIndex.year2Builtin }
            if n <= 2 {
                mask |= RuleIndex.shortNumberBuiltins
                if numbers.isPunct(t + 1, 0x3A) { mask |= RuleIndex.clockBuiltin }
                if numbers.isPunct(t + 1, 0x3A) || numbers.isPunct(t + 1, 0x2E) {
                    mask |= RuleIndex.clockPartBuiltins
                }
            }
        } else if token.has(.hasDigit) {
            mask |= RuleIndex.digitWordBuiltins
        } else if token.kind == .punct, isApostrophe(t) {
            mask |= RuleIndex.apostropheBuiltins
        }
        return mask
    }

    /// `10pm`, `3am` (one token) or `10.30am`, `10:30pm` (hours, a point or colon, minutes with
    /// the suffix): the end token and the minutes of the day.
    private func attachedAMPMClock(_ t: Int) -> (end: Int, minutes: Int)? {
        var hour: Int, minute = 0, last = t
        if tokens[t].kind == .number {
            guard numbers.digitCount(t) <= 2, let h = numbers.digitsValue(t),
                  joinsNext(t + 1, by: 0x3A) || joinsNext(t + 1, by: 0x2E),
                  let (digits, m) = digitsBeforeAMPM(t + 2), digits == 2, m <= 59 else { return nil }
            hour = h
            minute = m
            last = t + 2
        } else {
            guard let (digits, h) = digitsBeforeAMPM(t), digits <= 2 else { return nil }
            hour = h
        }
        guard (1...12).contains(hour) else { return nil }
        let isPM = bytes[tokens[last].end - 2] | 0x20 == 0x70
        if hour == 12 { hour = 0 }
        if isPM { hour += 12 }
        return (last + 1, hour * 60 + minute)
    }

    /// A word token of digits followed by `am` or `pm` (any case): how many digits and their value.
    private func digitsBeforeAMPM(_ t: Int) -> (digits: Int, value: Int)? {
        let token = tokens[t]
        let n = token.end - token.start
        guard token.kind == .word, n >= 3, bytes[token.end - 1] | 0x20 == 0x6D else { return nil }
        let marker = bytes[token.end - 2] | 0x20
        guard marker == 0x61 || marker == 0x70 else { return nil }
        var value = 0
        for i in token.start..<(token.end - 2) {
            let b = bytes[i]
            guard b >= 0x30 && b <= 0x39 else { return nil }
            value = value * 10 + Int(b - 0x30)
        }
        return (n - 2, value)
    }

    // MARK: - Matching

    /// The longest match of `rule` (number `index`) starting at token `start`, or nil.
    ///
    /// The pattern is read from `flat` by index: nothing holding an array is copied while
    /// the elements are tried.
    func match(_ rule: TimeRule, index: Int, at start: Int) -> RuleMatch? {
        let first = flat.bodyStart[index], end = flat.bodyEnd[index]
        // Most offered rules fail on their first element: answer those before anything else.
        if !flat.elements[first].isOptional, !accepts(first, at: start) { return nil }
        let before = flat.before[index]
        if before >= 0 {
            var found = false
            var p = start - 1
            while p >= 0 && p >= start - 3 && !found {
                forEachOption(before, at: p) { end, _, _ in if end == start { found = true } }
                p -= 1
            }
            if !found { return nil }
        }
        var bindings = [Binding]()
        swap(&bindings, &bindingBuffer)
        // Every append in `matchBody` is undone before it returns, so the buffer comes back
        // empty: emptying it again only in case.
        if !bindings.isEmpty { bindings.removeAll(keepingCapacity: true) }
        var best: RuleMatch?
        matchBody(index, first, end, start, start, &bindings, &best)
        swap(&bindings, &bindingBuffer)
        return best
    }

    /// Whether token `t` shows something element `e` (of `flat`) could match (its start mask
    /// or a literal's first word); false rules the element out there, true still needs the full test.
    @inline(__always)
    private func accepts(_ e: Int, at t: Int) -> Bool {
        let element = flat.elements[e]
        if element.acceptMask & startMask(t) != 0 { return true }
        let key = tokens[t].key
        for k in Int(element.literalKeyStart)..<Int(element.literalKeyEnd) where flat.literalKeys[k] == key { return true }
        return false
    }

    /// Element `e` of rule `ruleIndex`'s body (ending at element `end`) onwards, from token `t`.
    private func matchBody(_ ruleIndex: Int, _ e: Int, _ end: Int, _ t: Int, _ start: Int,
                           _ bindings: inout [Binding], _ best: inout RuleMatch?) {
        if e == end {
            guard t > start, best == nil || t > best!.end else { return }
            let after = flat.after[ruleIndex]
            if after >= 0 {
                guard t < tokens.count, !tokens[t].has(.lineStart) else { return }
                var found = false
                forEachOption(after, at: t) { _, _, _ in found = true }
                if !found { return }
            }
            // The match gets a copy of its own: sharing the working buffer made the next
            // `removeLast` (and the next match's first append) copy the buffer anyway, each time.
            best = RuleMatch(rule: ruleIndex, start: start, end: t, bindings: bindings.withUnsafeBufferPointer { Array($0) })
            return
        }
        let element = flat.elements[e]
        if element.isOptional { matchBody(ruleIndex, e + 1, end, t, start, &bindings, &best) }
        guard t < tokens.count else { return }
        if t > start, tokens[t].has(.lineStart) { return }
        // One test rules out most tokens before any alternative is tried.
        if !accepts(e, at: t) { return }
        if element.isAttached, !tokens[t].has(.attached) { return }
        for a in Int(element.alternativeStart)..<Int(element.alternativeEnd) {
            options(a, at: t) { next, value, entry in
                if let name = flat.alternativeNames[a] {
                    bindings.append(Binding(name: name, value: value, start: t, end: next, entry: entry))
                    matchBody(ruleIndex, e + 1, end, next, start, &bindings, &best)
                    bindings.removeLast()
                } else {
                    matchBody(ruleIndex, e + 1, end, next, start, &bindings, &best)
                }
            }
        }
    }

    /// Every way element `e` (of `flat`) can match at token `t`.
    private func forEachOption(_ e: Int, at t: Int, _ body: (Int, BoundValue, Int?) -> Void) {
        guard t >= 0, t < tokens.count else { return }
        let element = flat.elements[e]
        for a in Int(element.alternativeStart)..<Int(element.alternativeEnd) { options(a, at: t, body) }
    }

    /// Calls `body(end, value, entry)` for every way alternative `a` (of `flat`) can match at token `t`.
    private func options(_ a: Int, at t: Int, _ body: (Int, BoundValue, Int?) -> Void) {
        switch flat.alternatives[a] {
        case .wordClass(let id):
            forEachEntry(of: id, at: t) { end, entry in body(end, .word(lexicon.entries[entry].value), entry) }
        case .literal(let first, let last):
            if let end = matchPhrase(flat.phraseTokens, from: Int(first), to: Int(last), at: t) { body(end, .word(""), nil) }
        case .timex(let type):
            if let index = placedIndex(at: t), type == nil || placed[index].spec.type == type {
                body(placed[index].end, .timex(index), nil)
            }
        case .builtin(let builtin):
            builtinOptions(builtin, at: t, body)
        }
    }

    /// Calls `body(end, entry)` for every entry of `wordClass` whose phrase stands at token `t`.
    ///
    /// The token's start mask has the class's bit exactly when one does (`computeBaseMask`):
    /// without it the token's list, dozens of entries for `the`, is not read at all.
    private func forEachEntry(of wordClass: Int, at t: Int, _ body: (Int, Int) -> Void) {
        guard baseMasks[t] & (1 << UInt64(wordClass)) != 0 else { return }
        let list = Int(entryListOf[t])
        guard list >= 0 else { return }
        for k in lexicon.listBounds[list]..<lexicon.listBounds[list + 1] {
            let index = lexicon.listedEntries[k]
            if flat.entryClass[index] == wordClass, let end = matchEntry(index, at: t) { body(end, index) }
        }
    }

    /// The end of lexicon entry `index`'s phrase matched at `t`, or nil.
    @inline(__always)
    private func matchEntry(_ index: Int, at t: Int) -> Int? {
        matchPhrase(flat.phraseTokens, from: Int(flat.entryStart[index]), to: Int(flat.entryEnd[index]), at: t)
    }

    /// The end of a phrase matched at `t`; optional tokens (hyphens, a final period) are taken
    /// when present and attached.
    func matchPhrase(_ phrase: [PhraseToken], at t: Int) -> Int? {
        matchPhrase(phrase, from: 0, to: phrase.count, at: t)
    }

    /// `matchPhrase(_:at:)` for the phrase `phrases[from..<to]`.
    private func matchPhrase(_ phrases: [PhraseToken], from: Int, to: Int, at t: Int) -> Int? {
        var j = t
        for k in from..<to {
            let p = phrases[k]
            if j < tokens.count, tokens[j].key == p.key, k == from || !tokens[j].has(.lineStart),
               !p.isOptional || tokens[j].has(.attached) || !isPeriod(j) {
                j += 1
            } else if !p.isOptional {
                return nil
            }
        }
        return j
    }

    // MARK: - Built-in classes

    private func builtinOptions(_ builtin: Builtin, at t: Int, _ body: (Int, BoundValue, Int?) -> Void) {
        let token = tokens[t]
        switch builtin {
        case .number:
            if let id = classes.number {
                forEachEntry(of: id, at: t) { end, entry in
                    let value = lexicon.entries[entry].value
                    if let x = Double(value) { body(end, .number(x), entry) } else { body(end, .vague, entry) }
                }
            }
            if token.kind == .number, !isNotATime(t), let (end, value) = numbers.readDigits(t) {
                body(end, .number(value), nil)
            } else if token.kind == .word, let (end, value) = numbers.readWords(t) {
                body(end, .number(value), nil)
            }
        case .digits:
            if let v = numbers.digitsValue(t) { body(t + 1, .number(Double(v)), nil) }
        case .year:
            if token.kind == .number, numbers.digitCount(t) == 4, let v = numbers.digitsValue(t), v >= 1000, v < 2200, !isInDecimal(t) {
                body(t + 1, .number(Double(v)), nil)
            } else if isApostrophe(t), t + 1 < tokens.count, tokens[t + 1].has(.attached), numbers.digitCount(t + 1) == 2,
                      tokens[t + 1].kind == .number, let v = numbers.digitsValue(t + 1) {
                body(t + 2, .number(Double(v < 40 ? 2000 + v : 1900 + v)), nil)
            } else if token.kind == .word, let (end, v) = numbers.readYearWords(t) {
                body(end, .number(Double(v)), nil)
            }
        case .year2:
            if token.kind == .number, numbers.digitCount(t) == 2, let v = numbers.digitsValue(t) {
                body(t + 1, .number(Double(v)), nil)
            }
        case .day:
            if token.kind == .number, numbers.digitCount(t) <= 2, let v = numbers.digitsValue(t), v >= 1, v <= 31, !isInDecimal(t),
               !(t + 1 < tokens.count && tokens[t + 1].has(.attached) && (isClockColon(t + 1) || numbers.isPunct(t + 1, 0x25))) {
                body(t + 1, .number(Double(v)), nil)
            } else if let v = ordinalValue(t), v >= 1, v <= 31 {
                body(t + 1, .number(Double(v)), nil)
            }
            if let id = classes.ordinal {
                forEachEntry(of: id, at: t) { end, entry in
                    if let v = Int(lexicon.entries[entry].value), v <= 31 { body(end, .number(Double(v)), entry) }
                }
            }
        case .ordinal:
            if let v = ordinalValue(t) { body(t + 1, .number(Double(v)), nil) }
            if let id = classes.ordinal {
                forEachEntry(of: id, at: t) { end, entry in
                    if let v = Double(lexicon.entries[entry].value) { body(end, .number(v), entry) }
                }
            }
        case .monthNumber:
            if token.kind == .number, numbers.digitCount(t) <= 2, let v = numbers.digitsValue(t), v >= 1, v <= 12 {
                body(t + 1, .number(Double(v)), nil)
            }
        case .dayNumber:
            if token.kind == .number, numbers.digitCount(t) <= 2, let v = numbers.digitsValue(t), v >= 1, v <= 31 {
                body(t + 1, .number(Double(v)), nil)
            }
        case .clock:
            guard token.kind == .number, numbers.digitCount(t) <= 2, let h = numbers.digitsValue(t), h <= 24,
                  joinsNext(t + 1, by: 0x3A), numbers.digitCount(t + 2) == 2, let m = numbers.digitsValue(t + 2), m <= 59 else { return }
            var end = t + 3
            // Seconds: `14:30:05`
            if joinsNext(end, by: 0x3A), numbers.digitCount(end + 1) == 2 { end += 2 }
            body(end, .number(Double(h * 60 + m)), nil)
        case .attachedAMPM:
            if let (end, minutes) = attachedAMPMClock(t) { body(end, .number(Double(minutes)), nil) }
        case .dottedClock:
            guard token.kind == .number, numbers.digitCount(t) <= 2, let h = numbers.digitsValue(t), h <= 23,
                  joinsNext(t + 1, by: 0x2E),
                  tokens[t + 2].kind == .number, numbers.digitCount(t + 2) == 2, let m = numbers.digitsValue(t + 2), m <= 59
            else { return }
            body(t + 3, .number(Double(h * 60 + m)), nil)
        case .hour:
            // `Radio Four's PM programme`: a possessive is no hour.
            if token.has(.possessive) { return }
            if token.kind == .number, numbers.digitCount(t) <= 2, let v = numbers.digitsValue(t), v >= 1, v <= 12,
               !isInDecimal(t), !(t + 1 < tokens.count && isClockColon(t + 1)) {
                body(t + 1, .number(Double(v)), nil)
            } else if let w = numbers.numberWord(t), !w.isScale, w.value >= 1, w.value <= 12 {
                body(t + 1, .number(Double(w.value)), nil)
            }
        case .decade:
            var w = t
            if isApostrophe(t), t + 1 < tokens.count, tokens[t + 1].has(.attached) { w = t + 1 }
            if let v = decadeValue(w) { body(w + 1, .number(Double(v)), nil) }
            if let id = classes.decadeWord {
                forEachEntry(of: id, at: t) { end, entry in
                    if let v = Double(lexicon.entries[entry].value) { body(end, .number(v), entry) }
                }
            }
        case .quarterName:
            let n = token.end - token.start
            if token.kind == .word, n == 2, bytes[token.start] | 0x20 == 0x71, bytes[token.start + 1] >= 0x31, bytes[token.start + 1] <= 0x34 {
                body(t + 1, .number(Double(bytes[token.start + 1] - 0x30)), nil)
            }
        case .fiscalYear:
            let n = token.end - token.start
            guard token.kind == .word, n == 4 || n == 6, bytes[token.start] | 0x20 == 0x66, bytes[token.start + 1] | 0x20 == 0x79 else { return }
            var v = 0
            for i in token.start + 2..<token.end {
                guard bytes[i] >= 0x30, bytes[i] <= 0x39 else { return }
                v = v * 10 + Int(bytes[i] - 0x30)
            }
            body(t + 1, .number(Double(n == 4 ? 2000 + v : v)), nil)
        case .dayClock:
            if let (end, value) = isoDayClock(t) { body(end, .word(value), nil) }
        }
    }

    /// `22T14:05`, `22T14:05:30`, `22T14:05:30Z`: the word of day, `T` and hour, then minutes
    /// and seconds after colons; the end token and `day:hour:minute` (`:Z` added for UTC).
    private func isoDayClock(_ t: Int) -> (end: Int, value: String)? {
        let token = tokens[t]
        guard token.kind == .word, token.end - token.start <= 5 else { return nil }
        var i = token.start
        var day = 0, hour = 0
        while i < token.end, bytes[i] >= 0x30, bytes[i] <= 0x39 { day = day * 10 + Int(bytes[i] - 0x30); i += 1 }
        guard i - token.start == 2, i < token.end, bytes[i] | 0x20 == 0x74 else { return nil }
        i += 1
        let hourStart = i
        while i < token.end, bytes[i] >= 0x30, bytes[i] <= 0x39 { hour = hour * 10 + Int(bytes[i] - 0x30); i += 1 }
        guard i == token.end, i - hourStart == 2, (1...31).contains(day), hour <= 24 else { return nil }
        // Minutes, then optional seconds; either may carry the `Z` of UTC.
        var end = t + 1, minute = -1, utc = false
        for part in 0..<2 {
            guard joinsNext(end, by: 0x3A) else { break }
            let field = tokens[end + 1]
            guard field.end - field.start >= 2, bytes[field.start] >= 0x30, bytes[field.start] <= 0x35,
                  bytes[field.start + 1] >= 0x30, bytes[field.start + 1] <= 0x39 else { break }
            let rest = field.end - field.start - 2
            let zulu = rest == 1 && bytes[field.start + 2] | 0x20 == 0x7A
            guard rest == 0 || zulu else { break }
            if part == 0 { minute = Int(bytes[field.start] - 0x30) * 10 + Int(bytes[field.start + 1] - 0x30) }
            end += 2
            utc = zulu
            if zulu { break }
        }
        guard minute >= 0 else { return nil }
        return (end, "\(day):\(hour):\(minute)" + (utc ? ":Z" : ""))
    }

    /// `3rd`, `21st`, `13th` → 3, 21, 13.
    func ordinalValue(_ t: Int) -> Int? {
        let token = tokens[t]
        guard token.kind == .word, token.has(.hasDigit), token.end - token.start >= 3, token.end - token.start <= 12 else { return nil }  // no overflow on `99…9th`
        var i = token.start
        var v = 0
        while i < token.end, bytes[i] >= 0x30, bytes[i] <= 0x39 { v = v * 10 + Int(bytes[i] - 0x30); i += 1 }
        guard i > token.start, token.end - i == 2 else { return nil }
        let a = bytes[i] | 0x20, b = bytes[i + 1] | 0x20
        let ok = (a == 0x73 && b == 0x74) || (a == 0x6E && b == 0x64) || (a == 0x72 && b == 0x64) || (a == 0x74 && b == 0x68)
        return ok ? v : nil
    }

    /// `1990s` → 199, `90s` → 199, `2000s` → 200.
    private func decadeValue(_ t: Int) -> Int? {
        let token = tokens[t]
        guard token.kind == .word, token.has(.hasDigit) else { return nil }
        let n = token.end - token.start
        guard n == 5 || n == 3, bytes[token.end - 1] | 0x20 == 0x73 else { return nil }
        var v = 0
        for i in token.start..<token.end - 1 {
            guard bytes[i] >= 0x30, bytes[i] <= 0x39 else { return nil }
            v = v * 10 + Int(bytes[i] - 0x30)
        }
        guard v % 10 == 0 else { return nil }
        if n == 5 { return v / 10 }
        return v / 10 + (v >= 30 ? 190 : 200)
    }

    func isApostrophe(_ t: Int) -> Bool {
        let token = tokens[t]
        guard token.kind == .punct else { return false }
        if token.end - token.start == 1 { return bytes[token.start] == 0x27 }
        return token.end - token.start == 3 && bytes[token.start] == 0xE2 && bytes[token.start + 1] == 0x80 && bytes[token.start + 2] == 0x99
    }

    func isPeriod(_ t: Int) -> Bool { numbers.isPunct(t, 0x2E) }

    /// A colon inside a clock time (`14:30`), not one ending a phrase (`on Saturday, April 25: …`).
    /// Whether token `t` is the punctuation `byte` written between two tokens with no space
    /// (`10.30`, `14:30`), a token following it.
    func joinsNext(_ t: Int, by byte: UInt8) -> Bool {
        t + 1 < tokens.count && numbers.isPunct(t, byte) && tokens[t].has(.attached) && tokens[t + 1].has(.attached)
    }

    func isClockColon(_ t: Int) -> Bool {
        numbers.isPunct(t, 0x3A) && t + 1 < tokens.count && tokens[t + 1].has(.attached) && tokens[t + 1].kind == .number
    }

    /// Whether the number token `t` is part of a decimal (`2082.1`, `0.2082`): then it is no year
    /// or day.
    func isInDecimal(_ t: Int) -> Bool {
        guard t < tokens.count, tokens[t].kind == .number else { return false }
        if t + 2 < tokens.count, tokens[t + 1].has(.attached), numbers.isPunct(t + 1, 0x2E),
           tokens[t + 2].has(.attached), tokens[t + 2].kind == .number { return true }
        if t >= 2, tokens[t].has(.attached), numbers.isPunct(t - 1, 0x2E), tokens[t - 1].has(.attached),
           tokens[t - 2].kind == .number { return true }
        return false
    }

    /// A number right after `No.`, `$`, `©` … is an identifier or an amount, not a time.
    func isNotATime(_ t: Int) -> Bool {
        guard let notTime = classes.notTime, t > 0 else { return false }
        var p = t - 1
        if isPeriod(p), p > 0 { p -= 1 }
        if isListed(p, in: notTime) { return true }
        return false
    }

    /// Whether a one-token phrase of `wordClass` stands at token `t`.
    func isListed(_ t: Int, in wordClass: Int) -> Bool {
        t >= 0 && t < tokens.count && oneWordClasses[t] & (1 << UInt64(wordClass)) != 0
    }
}

/// Which rules can start at a token: a bit mask per rule over what its first element accepts.
enum RuleIndex {
    static func bit(_ b: Builtin) -> UInt64 { 1 << UInt64(Builtin.allCases.firstIndex(of: b)!) }
    static let digitWordBuiltins: UInt64 = [Builtin.day, .ordinal, .decade, .quarterName, .fiscalYear, .attachedAMPM, .dayClock].reduce(0) { $0 | bit($1) }
    static let apostropheBuiltins: UInt64 = bit(.year) | bit(.decade)
    // The built-ins a number token may start, as constants: `bit` searches `allCases`, and
    // every number token of a document asked for up to ten of them.
    static let numberBuiltins: UInt64 = bit(.number) | bit(.digits)
    static let yearBuiltin: UInt64 = bit(.year)
    static let year2Builtin: UInt64 = bit(.year2)
    /// One or two digits: a day, a month or day number, an hour.
    static let shortNumberBuiltins: UInt64 = bit(.day) | bit(.monthNumber) | bit(.dayNumber) | bit(.hour)
    static let clockBuiltin: UInt64 = bit(.clock)
    /// Hours before a colon or point: `10.30am`, `10.30`.
    static let clockPartBuiltins: UInt64 = bit(.attachedAMPM) | bit(.dottedClock)

    /// What the first required element after the first needs to see at a token (mask bits
    /// and literal first words): a cheap test that a match is possible at all.
    static func requiredClassMask(_ pattern: TimePattern) -> (mask: UInt64, keys: [UInt64]) {
        guard let element = pattern.body.dropFirst().first(where: { !$0.isOptional }) else { return (0, []) }
        return (element.acceptMask, element.literalFirstKeys)
    }

    /// The keys of literal words a rule may start with (up to its first required element).
    static func firstLiteralKeys(_ pattern: TimePattern, from first: Int = 0) -> [UInt64] {
        var keys = [UInt64]()
        for element in pattern.body.dropFirst(first) {
            for case .literal(let phrase) in element.alternatives { if let k = phrase.first?.key { keys.append(k) } }
            if !element.isOptional { break }
        }
        return keys
    }

    /// The mask of tokens a rule may start at: the first elements up to the first required one.
    static func firstMask(_ pattern: TimePattern, lexicon: TimeLexicon, from first: Int = 0) -> UInt64 {
        var mask: UInt64 = 0
        for element in pattern.body.dropFirst(first) {
            mask |= self.mask(of: element, classID: lexicon.classID)
            if !element.isOptional { break }
        }
        return mask
    }

    /// The start-mask bits of the tokens where some non-literal alternative of `element` can
    /// match (literals are indexed by key: see `firstLiteralKeys`).
    static func mask(of element: PatternElement, classID: (String) -> Int?) -> UInt64 {
        var mask: UInt64 = 0
        for alternative in element.alternatives {
            switch alternative {
            case .wordClass(let id): mask |= 1 << UInt64(id)
            case .literal: break
            case .timex: mask |= PatternMatcher.timexBit
            case .builtin(let b):
                mask |= bit(b)
                // Built-ins that also read listed words.
                let extra: [String]
                switch b {
                case .number: extra = ["NUMPHRASE", "NUMWORD"]
                case .year, .hour: extra = ["NUMWORD"]
                case .day, .ordinal: extra = ["ORDWORD"]
                case .decade: extra = ["DECADEWORD"]
                default: extra = []
                }
                for name in extra { if let id = classID(name) { mask |= 1 << UInt64(id) } }
            }
        }
        return mask
    }
}
