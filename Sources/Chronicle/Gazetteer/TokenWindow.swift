/// The tokens of a text from one word on, read only as far as a phrase walk asks: what the
/// gazetteer matcher's scan looks at where a name may start, instead of a whole token array.
///
/// The buffers are kept from one start to the next, so a scan allocates only while they grow.
/// Caps lines are worked out on demand, once per line (`Tokenizer.capsLine(in:around:)`).
struct TokenWindow: PhraseTokens {
    let text: UnsafeBufferPointer<UInt8>
    /// The tokens read so far; `tokens[0]` is the word the window starts at.
    private(set) var tokens: [Token] = []
    /// Where the cursor stood after each token of `tokens`.
    private var resumePositions: [Int] = []
    private var cursor = TokenCursor()
    /// The last line whose caps-line verdict was asked: the byte range its tokens start in.
    private var capsLine: (range: Range<Int>, isCaps: Bool) = (0..<0, false)

    init(text: UnsafeBufferPointer<UInt8>) {
        self.text = text
        tokens.reserveCapacity(64)
        resumePositions.reserveCapacity(64)
    }

    /// Starts the window at `first`, the token `cursor` has just read.
    @inline(__always)
    mutating func restart(at first: Token, after cursor: TokenCursor) {
        tokens.removeAll(keepingCapacity: true)
        resumePositions.removeAll(keepingCapacity: true)
        tokens.append(first)
        resumePositions.append(cursor.position)
        self.cursor = cursor
    }

    /// A cursor just after token `i` (read already): where a scan goes on after a name ending there.
    @inline(__always)
    func cursor(after i: Int) -> TokenCursor { TokenCursor(after: resumePositions[i]) }

    @inline(__always)
    mutating func token(_ i: Int) -> Token? {
        while i >= tokens.count {
            guard let t = cursor.next(in: text) else { return nil }
            tokens.append(t)
            resumePositions.append(cursor.position)
        }
        return tokens[i]
    }

    @inline(__always)
    func isSkippable(_ token: Token) -> Bool { PhraseTrie.isSkippable(token, text) }

    mutating func isOnCapsLine(_ i: Int) -> Bool {
        let start = tokens[i].start
        if !capsLine.range.contains(start) { capsLine = Tokenizer.capsLine(in: text, around: start) }
        return capsLine.isCaps
    }
}
