/// The tense around a time expression, which decides whether `Friday` or `in March` means
/// the last or the next one.
enum ClauseTense: Sendable, Equatable {
    case past, future, present, unknown
}

/// Finds the tense cue (`tense.txt`) nearest to an expression within its sentence: the verb
/// closest to a date is usually the one it modifies (`said Tuesday`, `will meet Friday`).
/// A cue after the expression counts as `laterCuePenalty` tokens further away, since a time
/// adverbial usually follows its verb (`arrived on Tuesday evening and was due to leave`).
struct TenseCueFinder {
    static let laterCuePenalty = 3
    /// Far beyond any clause: only bounds the work on text without sentence ends.
    static let maximumCueDistance = 200

    /// The values a `TENSE` cue may have. `scheduled` marks a present-tense verb of a planned
    /// happening (`The leaders meet Monday`): future, unless a `NONFINITE` word stands right
    /// before it (`due to expire Friday`, `did not meet`), where it is no cue at all.
    static let tenseValues: Set<String> = ["future", "past", "present", "scheduled"]

    let matcher: PatternMatcher
    let tenseClass: Int?
    let determinerClass: Int?
    let nonFiniteClass: Int?

    init(matcher: PatternMatcher) {
        self.matcher = matcher
        tenseClass = matcher.classes.tense
        determinerClass = matcher.classes.determiner
        nonFiniteClass = matcher.classes.nonFinite
    }

    /// A word ending in `-ed` right after a determiner, or after a determiner and an `-ly`
    /// adverb or `still`, is an adjective, not a verb (`a still unspecified date`, `the
    /// recently passed law`, `its planned merger`).
    private func isAttributive(_ t: Int) -> Bool {
        guard let determinerClass, t > 0 else { return false }
        if matcher.isListed(t - 1, in: determinerClass) { return true }
        guard t > 1, matcher.isListed(t - 2, in: determinerClass) else { return false }
        let previous = matcher.tokens[t - 1]
        guard previous.kind == .word else { return false }
        let bytes = matcher.bytes
        if previous.key == Self.stillKey { return true }
        return previous.end - previous.start > 3 && bytes[previous.end - 2] | 0x20 == 0x6C && bytes[previous.end - 1] | 0x20 == 0x79
    }
    private static let stillKey = Normalizer.key("still")
    private static let toKey = Normalizer.key("to")

    /// Cues this close (`said in March`, `stepped down in March`) govern the expression itself.
    static let adjacentDistance = 3

    /// The tense of the nearest cue and its distance in tokens (`Int.max` without a cue).
    func cue(ofTokens range: Range<Int>, in sentence: Range<Int>) -> (tense: ClauseTense, distance: Int) {
        guard let tenseClass else { return (.unknown, .max) }
        var best: (distance: Int, tense: ClauseTense)?
        func consider(_ value: String, distance: Int) {
            let tense: ClauseTense = value == "future" ? .future : value == "past" ? .past : value == "present" ? .present : .unknown
            if best == nil || distance < best!.distance { best = (distance, tense) }
        }
        let tokens = matcher.tokens
        let lexicon = matcher.lexicon
        // Cues further than `maximumCueDistance` tokens are not looked at: a page that is one
        // huge sentence would otherwise be rescanned for every time in it (quadratic).
        var t = max(sentence.lowerBound, range.lowerBound - TenseCueFinder.maximumCueDistance)
        while t < sentence.upperBound {
            if range.contains(t) { t = range.upperBound; continue }
            let distance = t < range.lowerBound ? range.lowerBound - t : t - range.upperBound + 1 + TenseCueFinder.laterCuePenalty
            if distance > TenseCueFinder.maximumCueDistance && t > range.upperBound { break }
            if let best, distance >= best.distance, t > range.upperBound { break }
            var matched = false
            if let list = matcher.entries(at: t) {
                for index in list where lexicon.entries[index].wordClass == tenseClass {
                    if let end = matcher.matchPhrase(lexicon.entries[index].tokens, at: t), end <= sentence.upperBound,
                       end <= range.lowerBound || t >= range.upperBound {
                        let value = lexicon.entries[index].value
                        // `agreed to a buyout`, `plans to the board`: `to` before a determiner
                        // is a preposition, no infinitive of a plan; the verb speaks for itself.
                        if value == "future", lexicon.entries[index].tokens.last?.key == Self.toKey,
                           end < sentence.upperBound, let determinerClass, matcher.isListed(end, in: determinerClass) { continue }
                        matched = true
                        // `In October, Mr Straw agreed to establish …`: a plan made in the past,
                        // after the time, dates the plan's making, not what it plans.
                        if value == "future", t >= range.upperBound, suffixCue(t) == "past", auxiliaryTense(before: t) == nil,
                           lexicon.entries[index].tokens.last?.key == Self.toKey {
                            consider("past", distance: distance)
                            break
                        }
                        if value == "scheduled" {
                            if t > 0, let nonFiniteClass, matcher.isListed(t - 1, in: nonFiniteClass) { break }
                            consider("future", distance: distance)
                            break
                        }
                        // `was signed`, `would be`, `might be allowed`: the auxiliary decides.
                        consider(value != "future" ? auxiliaryTense(before: t) ?? value : value, distance: distance)
                        break
                    }
                }
            }
            if !matched, tokens[t].kind == .word, !tokens[t].isCapitalized, !isAttributive(t), let value = suffixCue(t) {
                // A participle takes the tense of its auxiliary (`is held`, `will be signed`).
                consider(auxiliaryTense(before: t) ?? value, distance: distance)
            }
            t += 1
        }
        return best.map { ($0.tense, $0.distance) } ?? (.unknown, .max)
    }

    /// The tense of a listed single-word cue right before `t` (`is`, `will`), if any; a present
    /// auxiliary after a modal takes the modal's tense (`will be signed`, `might be allowed`).
    private func auxiliaryTense(before t: Int, depth: Int = 0) -> String? {
        guard t > 0, let tenseClass, let list = matcher.entries(at: t - 1) else { return nil }
        for index in list {
            let entry = matcher.lexicon.entries[index]
            if entry.wordClass == tenseClass, entry.tokens.count == 1, entry.value != "past" {
                if entry.value == "present", depth == 0, auxiliaryTense(before: t - 1, depth: 1) == "future" { return "future" }
                return entry.value
            }
        }
        return nil
    }

    /// A cue by word ending (`*ed`), for words longer than the ending by three letters or more;
    /// capitalised words are skipped (`United States` is a name, not a past tense).
    private func suffixCue(_ t: Int) -> String? {
        let token = matcher.tokens[t]
        let bytes = matcher.bytes
        // Read in place: a `SuffixCue` copied out retains its array and its String.
        let cues = matcher.lexicon.suffixCues
        for c in cues.indices where cues[c].wordClass == tenseClass {
            let n = cues[c].suffix.count
            guard token.end - token.start >= n + 3 else { continue }
            var ok = true
            for k in 0..<n {
                var b = bytes[token.end - n + k]
                if b >= 0x41 && b <= 0x5A { b |= 0x20 }
                if b != cues[c].suffix[k] { ok = false; break }
            }
            if ok { return cues[c].value }
        }
        return nil
    }
}
