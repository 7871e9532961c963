/// What a rule cannot match without on the rest of the line: every required element of its
/// pattern must find a token it accepts there (`NUM -? UNIT ago` needs a `UNIT` and an `ago`).
///
/// A match never crosses a line break and the matcher tries an element only at a token that
/// passes `PatternMatcher.accepts`, so a rule one of whose required elements no token from here
/// to the end of the line accepts cannot match here. Per document the start-mask bits and the
/// needed words still ahead on each line are ORed up once; the test per rule is then a few ANDs.
/// Derived from the loaded rules: a new rule or class needs nothing here.
struct RuleNeeds: Sendable {
    /// One required element: the start-mask bits and needed-word bits it accepts; `anyWord` when
    /// one of its words got no bit (more than 64 distinct words): it then always counts as present.
    struct Need: Sendable {
        let mask: UInt64
        let words: UInt64
        let anyWord: Bool
    }

    /// Per rule `r`: its needs are `needs[needStart[r]..<needStart[r + 1]]`.
    let needs: [Need]
    let needStart: [Int32]
    /// The bit of each needed word (the first words of required literals), up to 64 words.
    private let wordBits: WordBits

    init(lexicon: TimeLexicon) {
        // The first element is what offered the rule at its token: the required ones after it decide.
        let required = lexicon.rules.map { rule in rule.pattern.body.dropFirst().filter { !$0.isOptional } }
        // 64 bits for words: elements with the fewest words get theirs first (`ago` tells more
        // than `in|of|from|to|on|at|for|back`); the words of the rest count as always present.
        var wordBits = WordBits()
        var bitCount = 0
        let byWordCount = required.joined().map(\.literalFirstKeys).filter { !$0.isEmpty }.sorted { $0.count < $1.count }
        for keys in byWordCount where bitCount + Set(keys).count <= 64 {
            for key in keys where wordBits.bit(key) == nil {
                _ = wordBits.assign(key)
                bitCount += 1
            }
        }
        var needs = [Need](), needStart: [Int32] = [0]
        for elements in required {
            for element in elements {
                var words: UInt64 = 0, anyWord = false
                for key in element.literalFirstKeys {
                    if let bit = wordBits.bit(key) { words |= 1 << UInt64(bit) } else { anyWord = true }
                }
                needs.append(Need(mask: element.acceptMask, words: words, anyWord: anyWord))
            }
            needStart.append(Int32(needs.count))
        }
        self.needs = needs
        self.needStart = needStart
        self.wordBits = wordBits
    }

    /// Per token: the start-mask bits and needed-word bits of the tokens from it to the end of
    /// its line.
    func lineAhead(_ matcher: PatternMatcher) -> (masks: [UInt64], words: [UInt64]) {
        let tokens = matcher.tokens
        var masks = [UInt64](repeating: 0, count: tokens.count)
        var words = [UInt64](repeating: 0, count: tokens.count)
        var maskAhead: UInt64 = 0, wordsAhead: UInt64 = 0
        for t in tokens.indices.reversed() {
            maskAhead |= matcher.startMask(t)
            if let bit = wordBits.bit(tokens[t].key) { wordsAhead |= 1 << UInt64(bit) }
            masks[t] = maskAhead
            words[t] = wordsAhead
            if tokens[t].has(.lineStart) {
                maskAhead = 0
                wordsAhead = 0
            }
        }
        return (masks, words)
    }

    /// Whether every required element of rule `rule` finds a token it accepts between `t` and
    /// the end of the line (`ahead` from `lineAhead`).
    @inline(__always)
    func allPresent(_ rule: Int, at t: Int, _ ahead: (masks: [UInt64], words: [UInt64])) -> Bool {
        let masks = ahead.masks[t], words = ahead.words[t]
        for n in Int(needStart[rule])..<Int(needStart[rule + 1]) {
            let need = needs[n]
            if need.mask & masks == 0, need.words & words == 0, !need.anyWord { return false }
        }
        return true
    }
}
