/// One sentence: a range of tokens and the text span they cover.
public struct Sentence: Sendable, Equatable {
    public let tokens: Range<Int>
    public let span: Span
}

/// Finds sentence boundaries over tokens.
///
/// A line break always ends a sentence (scraped pages put one paragraph, caption or heading
/// per line). Inside a line, `.`, `!`, `?` or `…` (with any closing quotes after them) end a
/// sentence when white space and a capitalised word, a digit or an opening quote follow,
/// unless the period closes a known abbreviation (`Mr.`, `Gen.`, `Jan.`) or a single initial.
public struct SentenceSplitter: Sendable {
    /// Keys of words that a period never ends a sentence after (from `cues/abbreviations.txt`).
    let abbreviations: Set<UInt64>
    /// A run of text this long without a sentence end is cut: no sentence is that long, and the
    /// later stages look at every pair of words, triggers and times within a sentence, which on
    /// a page of megabytes with no periods (word soup, a lost newline) would be quadratic.
    static let maximumTokens = 400

    public init(abbreviations: Set<UInt64>) {
        self.abbreviations = abbreviations
    }

    /// Returns the sentences and marks each sentence's first token with `.sentenceStart`.
    public func split(_ tokens: inout [Token], bytes: [UInt8]) -> [Sentence] {
        var sentences = [Sentence]()
        guard !tokens.isEmpty else { return sentences }
        var first = 0
        func close(_ last: Int) {
            guard last >= first else { return }
            tokens[first].flags.insert(.sentenceStart)
            sentences.append(Sentence(tokens: first..<last + 1, span: Span(tokens[first].start, tokens[last].end)))
            first = last + 1
        }
        var i = 0
        while i < tokens.count {
            if i - first >= SentenceSplitter.maximumTokens {
                close(i - 1)
                continue
            }
            if i > first, tokens[i].has(.lineStart) {
                close(i - 1)
                continue
            }
            if tokens[i].kind == .punct, isTerminal(bytes, tokens[i]) {
                var last = i
                while last + 1 < tokens.count, tokens[last + 1].has(.attached), tokens[last + 1].kind == .punct,
                      isCloser(bytes, tokens[last + 1]) || isTerminal(bytes, tokens[last + 1]) {
                    last += 1
                }
                if last + 1 < tokens.count, !tokens[last + 1].has(.lineStart),
                   startsSentence(tokens[last + 1], bytes), !closesAbbreviation(tokens, i, bytes) {
                    close(last)
                    i = last + 1
                    continue
                }
                i = last + 1
                continue
            }
            i += 1
        }
        close(tokens.count - 1)
        return sentences
    }

    private func isTerminal(_ bytes: [UInt8], _ t: Token) -> Bool {
        let b = bytes[t.start]
        if t.end - t.start == 1 { return b == 0x2E || b == 0x21 || b == 0x3F }
        return t.end - t.start == 3 && b == 0xE2 && bytes[t.start + 1] == 0x80 && bytes[t.start + 2] == 0xA6  // …
    }

    private func isCloser(_ bytes: [UInt8], _ t: Token) -> Bool {
        let b = bytes[t.start]
        if t.end - t.start == 1 { return b == 0x22 || b == 0x27 || b == 0x29 || b == 0x5D }
        // ” ’ » in UTF-8
        return t.end - t.start >= 2 && ((b == 0xE2 && bytes[t.start + 1] == 0x80 && (bytes[t.start + 2] == 0x9D || bytes[t.start + 2] == 0x99))
            || (b == 0xC2 && bytes[t.start + 1] == 0xBB))
    }

    private func startsSentence(_ t: Token, _ bytes: [UInt8]) -> Bool {
        if t.has(.attached) { return false }
        switch t.kind {
        case .word: return t.isCapitalized
        case .number: return true
        case .punct:
            let b = bytes[t.start]
            return b == 0x22 || b == 0x27 || b == 0x28 || b == 0x2D || b >= 0x80  // quotes, brackets, dashes
        }
    }

    /// A period right after `Mr` or `J` (a single capital) is not the end of a sentence.
    private func closesAbbreviation(_ tokens: [Token], _ i: Int, _ bytes: [UInt8]) -> Bool {
        guard i > 0, bytes[tokens[i].start] == 0x2E, tokens[i].has(.attached) else { return false }
        let word = tokens[i - 1]
        guard word.kind == .word else { return false }
        if word.end - word.start == 1 && word.isCapitalized { return true }
        return abbreviations.contains(word.key)
    }
}
