/// How a name stands in its noun phrase.
///
/// A name may head a noun phrase (`Apple said`, `in Germany`) or modify another noun
/// (`Apple engineers`, `Airbus jets`, `Boeing 787`, `German airline`, `Intel-based`).
/// ACE and MEANTIME call the second kind a pre-modifying name (PRE.NAM): it mentions the
/// entity without the entity taking part as itself. `extract --json` lists the two kinds
/// apart (`mentions`, `modifiers`), and events do not make a modifier an actor.
///
/// One deliberate exception: a name before a person's title (`Kremlin spokesman Dmitry
/// Peskov`, `Apple CEO Steve Jobs`) stays a name, because it states the person's
/// organisation — the affiliation a timeline graph is for.
public enum MentionRole: String, Sendable {
    case name
    case modifier
}

/// Decides the role of a mention from the tokens right after it, using
/// `cues/modifier-words.txt`.
struct MentionRoleClassifier {
    let context: TokenContext
    let modifierWords: PhraseTrie

    private var tokens: [Token] { context.tokens }

    func role(first: Int, last: Int, type: EntityType, isDemonym: Bool) -> MentionRole {
        // `German airline`, `Russian officials`: an adjective names the country, never as itself.
        if isDemonym { return .modifier }
        // `Apple's iPod`: a possessive is a determiner; the name still heads its own phrase.
        if tokens[last].has(.possessive) { return .name }
        let next = last + 1
        guard next < tokens.count, !tokens[next].has(.lineStart) else { return .name }
        // `Intel-based`, `Boeing-built`
        if context.isHyphen(next), tokens[next].has(.attached), next + 1 < tokens.count,
           tokens[next + 1].kind == .word, tokens[next + 1].has(.attached), !tokens[next + 1].isCapitalized {
            return .modifier
        }
        // `Boeing 787`, `Airbus A380`: a maker's name before a model designation names the product.
        if type == .org && isModelDesignation(next) { return .modifier }
        guard tokens[next].kind == .word else { return .name }
        // `Apple engineers`, `US markets`, `Los Angeles based`: listed head nouns in lower case.
        if !tokens[next].isCapitalized, !modifierWords.matches(in: tokens, bytes: context.bytes, at: next).isEmpty {
            return .modifier
        }
        return .name
    }

    /// `787`, `A380`, `A400M`, `737-800`, `737s`: three or more digits, or a capitalised word with
    /// digits, written right after the name.
    private func isModelDesignation(_ i: Int) -> Bool {
        let t = tokens[i]
        guard !t.has(.attached), t.has(.hasDigit) else { return false }
        if t.kind == .number {
            guard t.end - t.start >= 3 else { return false }
            // `Apple 2010` is a year after a name, not a model; a comma or period after a
            // number (`Boeing 1,000`) makes it a quantity.
            let b = context.bytes[t.start]
            if t.end - t.start == 4 && (b == 0x31 || b == 0x32) { return false }
            return !(i + 1 < tokens.count && tokens[i + 1].has(.attached) && tokens[i + 1].kind == .punct
                     && (context.bytes[tokens[i + 1].start] == 0x2C || context.bytes[tokens[i + 1].start] == 0x2E)
                     && i + 2 < tokens.count && tokens[i + 2].kind == .number && tokens[i + 2].has(.attached))
        }
        guard t.kind == .word else { return false }
        var digits = 0
        for b in context.bytes[t.start..<t.end] { if b >= 0x30 && b <= 0x39 { digits += 1 } else { break } }
        return digits >= 3 || (digits == 0 && t.isCapitalized)
    }
}
