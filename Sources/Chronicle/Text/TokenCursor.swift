/// The tokenizer's place in a text: where the next token is looked for, and whether white space
/// or a line break came since the last token (which give the `attached` and `lineStart` flags).
///
/// `Tokenizer.tokenize` drives one cursor over the whole text into an array; the gazetteer
/// matcher drives one itself, so that it can step over words that start no name without
/// building their tokens (`skipWordsThatStartNoName`). Both get the same tokens, flag for flag,
/// except `capsLine`, which needs the whole line and is set by `Tokenizer.markCapsLines`.
struct TokenCursor {
    /// UTF-8 offset where the next token is looked for.
    var position = 0
    var sawSpace = true
    var sawNewline = true

    init() {}

    /// A cursor just after a token ending its scan at `position` (a possessive ending included).
    init(after position: Int) {
        self.position = position
        sawSpace = false
        sawNewline = false
    }

    /// Notes a white-space byte (a line break also starts a line); false for any other byte.
    @inline(__always)
    private mutating func noteSpace(_ b: UInt8) -> Bool {
        guard b == 0x20 || b == 0x09 || b == 0x0D || b == 0x0A else { return false }
        sawSpace = true
        if b == 0x0A { sawNewline = true }
        return true
    }

    /// The next token, with the cursor moved past it (and past a possessive `'s` it drops);
    /// nil at the end of the text.
    /// - Complexity: O(k) in the bytes of the token and the white space before it.
    @inline(__always)
    mutating func next(in text: UnsafeBufferPointer<UInt8>) -> Token? {
        let n = text.count
        var i = position
        defer { position = i }
        while i < n {
            let b = text[i]
            if noteSpace(b) { i += 1; continue }
            var flags: Token.Flags = []
            if !sawSpace { flags.insert(.attached) }
            if sawNewline { flags.insert(.lineStart) }

            if b < 0x80 {
                // ASCII fast paths, giving the tokens the general code below gives.
                let isAlnum = (b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A)
                if !isAlnum {
                    sawSpace = false
                    sawNewline = false
                    var hash = Normalizer.offsetBasis
                    Normalizer.mix(&hash, b)
                    i += 1
                    return Token(start: i - 1, end: i, kind: .punct, flags: flags, key: hash)
                }
                // `U.S.` starts with a capital and a period: left to the general code.
                let mayBeInitialism = b >= 0x41 && b <= 0x5A && i + 1 < n && text[i + 1] == 0x2E
                if !mayBeInitialism, let token = Tokenizer.asciiWord(text, i, flags) {
                    sawSpace = false
                    sawNewline = false
                    i = token.end
                    return token
                }
            }

            let (scalar, length) = UTF8Scalar.decode(text, at: i)
            sawSpace = false
            sawNewline = false
            // A non-ASCII space (no-break, thin, zero-width) ends a line start too: the token
            // after `\n\u{A0}` carries no `lineStart` flag and stays on the line before.
            if b >= 0x80, Tokenizer.isSpace(scalar) { i += length; sawSpace = true; continue }
            guard Tokenizer.isWordScalar(scalar) else {
                var hash = Normalizer.offsetBasis
                for k in i..<i + length { Normalizer.mix(&hash, text[k]) }
                i += length
                return Token(start: i - length, end: i, kind: .punct, flags: flags, key: hash)
            }
            if let end = Tokenizer.initialismEnd(text, i) {
                flags.formUnion([.dotted, .capitalized, .allCaps])
                var hash = Normalizer.offsetBasis
                Normalizer.appendNormalized(text, i, end, into: &hash)
                let token = Token(start: i, end: end, kind: .word, flags: flags, key: hash)
                i = end
                return token
            }
            // Fast path: a run of ASCII letters and digits ending at an ASCII byte that is not an
            // apostrophe (or at the end of the text), hashed as it is scanned. Anything else
            // (an apostrophe, a non-ASCII letter) takes the general word below from the start.
            if let token = Tokenizer.asciiWord(text, i, flags) {
                i = token.end
                return token
            }
            let (token, resume) = Tokenizer.generalWord(text, i, flags)
            i = resume
            return token
        }
        return nil
    }

    /// Steps over white space, ASCII punctuation and lower-case ASCII words (the tokens a
    /// gazetteer name cannot start with: names start at capitalised words and numbers), and
    /// stops before any other token, or before a lower-case word that `next` must read in full
    /// (one running into an apostrophe or a non-ASCII letter, as `don't` or `café`).
    ///
    /// Leaves the cursor as `next` would have left it after those tokens, so the tokens read
    /// afterwards carry the same flags. No token is built and no hash is computed.
    /// - Complexity: O(k) in the bytes stepped over; a few compares a byte.
    @inline(__always)
    mutating func skipWordsThatStartNoName(in text: UnsafeBufferPointer<UInt8>) {
        let n = text.count
        var i = position
        defer { position = i }
        while i < n {
            let b = text[i]
            if noteSpace(b) { i += 1; continue }
            if b &- 0x61 < 26 {
                // A lower-case ASCII word: letters and digits up to an ASCII byte.
                var j = i + 1
                while j < n {
                    let c = text[j]
                    guard c &- 0x61 < 26 || c &- 0x41 < 26 || c &- 0x30 < 10 else { break }
                    j += 1
                }
                if j < n, text[j] >= 0x80 || text[j] == 0x27 { return }
                i = j
            } else if b >= 0x80 || b &- 0x41 < 26 || b &- 0x30 < 10 {
                return
            } else {
                i += 1  // one ASCII punctuation token
            }
            sawSpace = false
            sawNewline = false
        }
    }
}
