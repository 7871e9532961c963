/// The tokens a phrase walk reads, by index: a whole text's token array (`TokenArray`), or a
/// window the gazetteer matcher fills only as far as a walk reads (`TokenWindow`).
///
/// `PhraseTrie.walk` and `EntityNameIndex.match` are written once against this protocol, so
/// the entity tagger (which has every token already) and the matcher's scan (which tokenizes a
/// word only where a name can start) compare names by one piece of code.
protocol PhraseTokens {
    /// Token `i`, or nil past the end of the text. A walk asks for indices in increasing order.
    mutating func token(_ i: Int) -> Token?
    /// Whether `token` (one of these) is a hyphen or a period, which a name may have or not.
    func isSkippable(_ token: Token) -> Bool
    /// Whether token `i`, already read, is on a line written in capitals (`Token.Flags.capsLine`).
    mutating func isOnCapsLine(_ i: Int) -> Bool
}

/// A text's whole token array (from `Tokenizer.tokenize`, caps lines marked) and its bytes.
struct TokenArray: PhraseTokens {
    let tokens: [Token]
    let bytes: [UInt8]

    @inline(__always)
    func token(_ i: Int) -> Token? { i < tokens.count ? tokens[i] : nil }

    @inline(__always)
    func isSkippable(_ token: Token) -> Bool { PhraseTrie.isSkippable(token, bytes) }

    @inline(__always)
    func isOnCapsLine(_ i: Int) -> Bool { tokens[i].has(.capsLine) }
}
