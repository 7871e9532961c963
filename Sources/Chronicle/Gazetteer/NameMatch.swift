/// One gazetteer name found in a text by `Gazetteer.matches(in:)`.
public struct NameMatch: Sendable, Equatable {
    /// UTF-8 byte offsets of the name in the text (a possessive `'s` excluded).
    public let span: Span
    /// The entity's index in `Gazetteer.entities`.
    public let entity: Int
    /// Whether the text matched one of the entity's aliases rather than its name.
    public let isAlias: Bool
}

extension Gazetteer {
    /// Every gazetteer name in `text`: the matcher alone, without cue rules, conflict rules or
    /// short forms (what `EntityTagger` adds on top). Leftmost-longest and non-overlapping, as a
    /// keyword matcher counts; names are compared case-, diacritic-, hyphen- and period-folded
    /// under the list case policy (`EntityNameIndex`), starting at capitalised or numeric words.
    ///
    /// One pass of `Tokenizer` over the bytes, then one walk of the name trie per candidate
    /// word: one open-addressing probe per token, nothing allocated per token.
    /// - Complexity: O(n) in the text length (times the longest name, in words).
    public func matches(in text: [UInt8]) -> [NameMatch] {
        var found = [NameMatch]()
        forEachMatch(in: text) { found.append($0) }
        return found
    }

    /// The number of names `matches(in:)` finds, without building the array.
    public func matchCount(in text: [UInt8]) -> Int {
        var n = 0
        forEachMatch(in: text) { _ in n += 1 }
        return n
    }

    /// Calls `body` with every match of `matches(in:)`, in text order.
    public func forEachMatch(in text: [UInt8], _ body: (NameMatch) -> Void) {
        let tokens = Tokenizer.tokenize(text)
        var i = 0
        let count = tokens.count
        while i < count {
            let t = tokens[i]
            if t.kind != .punct, t.isCapitalized || t.kind == .number, let m = names.match(in: tokens, bytes: text, at: i) {
                body(NameMatch(span: Span(t.start, tokens[m.last].end), entity: Int(m.entity), isAlias: m.isAlias))
                i = m.last + 1
            } else {
                i += 1
            }
        }
    }
}
