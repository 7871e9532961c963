/// Read-only view of a tokenised document with the word tests every entity rule shares.
///
/// The tests read `facts`, computed once per document (see `TokenFacts`), rather than
/// looking words up in the cue lists at every call.
struct TokenContext {
    let tokens: [Token]
    let bytes: [UInt8]
    let facts: TokenFacts

    /// Computes the facts of `tokens` from the cue lists (see `TokenFacts` for the cost).
    init(tokens: [Token], bytes: [UInt8], cues: CueLists, words: CueWordTable) {
        self.tokens = tokens
        self.bytes = bytes
        self.facts = TokenFacts(tokens: tokens, bytes: bytes, cues: cues, words: words)
    }

    /// Lower-case words allowed inside multi-word names: `Bank of England`, `Lockheed and Co`.
    static let connectors: Set<UInt64> = Set(["of", "and", "&", "for", "the", "de", "del", "da", "der", "van", "von", "bin", "al", "el", "la", "le", "du", "dos", "y"].map(Normalizer.key))

    var count: Int { tokens.count }

    /// A capitalised word that is not a function word (so `The`, `Monday` are not).
    @inline(__always)
    func isNameWord(_ i: Int) -> Bool { facts.has(i, .nameWord) }

    @inline(__always)
    func isConnector(_ i: Int) -> Bool { facts.has(i, .connector) }

    @inline(__always)
    func isHyphen(_ i: Int) -> Bool { facts.has(i, .hyphen) }

    /// The last token of the name word at `i`, including parts glued on by hyphens
    /// (`Yo-jong`, `Jean-Pierre`), or nil when `i` is not a name word.
    @inline(__always)
    func nameGroupEnd(_ i: Int) -> Int? { facts.groupEnd(i) }

    /// A word that heads an organisation or place name (`Air`, `Ministry`, `Airport`), so it
    /// cannot be part of a person's name.
    @inline(__always)
    func isHeadWord(_ i: Int) -> Bool { facts.has(i, .headWord) }

    /// Head words, not-name words (`Regional`, `Breaking`) and acronyms (`OS`) are no part of a
    /// person's name.
    @inline(__always)
    func excludedFromPerson(_ i: Int) -> Bool { facts.has(i, .excludedFromPerson) }

    /// Consecutive name words from `i` on the same line, at most `maxWords`, allowing
    /// initials (`John F. Kennedy`). With `person`, words that head organisation or place
    /// names end the run, and lower-case particles may stand inside it (`Ursula von der Leyen`).
    /// Returns (last token, word count) or nil.
    func nameRun(from i: Int, maxWords: Int, person: Bool = false) -> (last: Int, words: Int)? {
        guard !(person && excludedFromPerson(i)), var last = nameGroupEnd(i) else { return nil }
        var words = 1
        // A leading initial: `R. Sridharan`.
        if maxWords > 1, last == i, isInitial(i), i + 2 < tokens.count, isNameWord(i + 2), !tokens[i + 2].has(.lineStart),
           !(person && excludedFromPerson(i + 2)) {
            last = i + 1
        }
        while words < maxWords, !tokens[last].has(.possessive) {
            var next = last + 1
            // An initial: `F.`
            if isInitial(next) {
                next += 2
                guard next < tokens.count, let end = nameGroupEnd(next), !tokens[next].has(.lineStart) else { break }
                last = end
                words += 2
                continue
            }
            // `Nick van den Brul`, `Ursula von der Leyen`: one or two particles, then the name goes on.
            if person, facts.has(next, .nameParticle) {
                let after = facts.has(next + 1, .nameParticle) ? next + 2 : next + 1
                guard after < tokens.count, !tokens[after].has(.lineStart), !excludedFromPerson(after),
                      let end = nameGroupEnd(after) else { break }
                last = end
                words += 1
                continue
            }
            guard next < tokens.count, !tokens[next].has(.lineStart), !(person && excludedFromPerson(next)),
                  let end = nameGroupEnd(next) else { break }
            last = end
            words += 1
        }
        return (last, words)
    }

    /// A one-letter name word with a period glued to it: the `F.` of `John F. Kennedy`.
    private func isInitial(_ i: Int) -> Bool {
        i + 1 < tokens.count && tokens[i].end - tokens[i].start == 1 && isNameWord(i)
            && bytes[tokens[i + 1].start] == 0x2E && tokens[i + 1].has(.attached)
    }

    /// Capitalised words (with connectors inside) ending right before `j`, on one line, at
    /// most `maxWords`: the `X` of `X Ministry`. Returns the first token, or nil.
    func nameRunBackward(before j: Int, maxWords: Int) -> Int? {
        var i = j - 1
        var first: Int?
        var words = 0
        if j < tokens.count, tokens[j].has(.lineStart) { return nil }
        while i >= 0, words < maxWords {
            if tokens[i].has(.possessive) { break }
            if isNameWord(i) {
                first = i
                words += 1
            } else if tokens[i].kind == .word && tokens[i].has(.attached) && isHyphen(i - 1) {
                // `Jong-un`: a lower-case part counts once a name word starts its group (not `month-old`).
                words += 1
            } else if isHyphen(i) && tokens[i].has(.attached) {
                // part of a hyphenated name word; keep going
            } else if (isConnector(i) || isAmpersand(i)), first != nil, i > 0, isNameWord(i - 1) {
                // inside the run only
            } else {
                break
            }
            if tokens[i].has(.lineStart) { break }
            i -= 1
        }
        return first
    }

    @inline(__always)
    func isAmpersand(_ i: Int) -> Bool { facts.has(i, .ampersand) }

    func text(_ first: Int, _ last: Int) -> String {
        String(decoding: bytes[tokens[first].start..<tokens[last].end], as: UTF8.self)
    }
}
