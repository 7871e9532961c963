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
    /// Gives what `EntityNameIndex.match` gives at every such word of `Tokenizer.tokenize(text)`,
    /// skipping the words a match covers, without building that token array: see `forEachMatch`.
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
    ///
    /// One pass over the UTF-8 bytes with a `TokenCursor`. Names start only at capitalised words
    /// and numbers, so white space, ASCII punctuation and lower-case ASCII words are stepped over
    /// byte by byte with no token built (`skipWordsThatStartNoName`); a word that may start a
    /// name is tokenized and its key probed once in the name trie's first-word table; only when
    /// that probe hits are the following tokens read, into a reused `TokenWindow`, as far as
    /// the trie walk goes. Nothing is allocated per word.
    public func forEachMatch(in text: [UInt8], _ body: (NameMatch) -> Void) {
        text.withUnsafeBufferPointer { bytes in
            var cursor = TokenCursor()
            var window = TokenWindow(text: bytes)
            while true {
                cursor.skipWordsThatStartNoName(in: bytes)
                guard let t = cursor.next(in: bytes) else { break }
                guard t.kind != .punct, t.isCapitalized || t.kind == .number, names.startsName(t.key) else { continue }
                window.restart(at: t, after: cursor)
                if let m = names.match(in: &window, at: 0) {
                    body(NameMatch(span: Span(t.start, window.tokens[m.last].end), entity: Int(m.entity), isAlias: m.isAlias))
                    cursor = window.cursor(after: m.last)
                }
            }
        }
    }
}
