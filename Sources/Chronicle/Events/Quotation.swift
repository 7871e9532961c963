/// Which tokens of a sentence stand inside double quotation marks (`"…"`, `“…”`).
///
/// One flag per token of the sentence: asked for each time expression near a speech verb, and
/// built for every sentence, so no hashing.
struct Quotation {
    private let firstToken: Int
    private let inside: [Bool]

    init(_ sentence: Sentence, tokens: [Token], bytes: [UInt8]) {
        firstToken = sentence.tokens.lowerBound
        var inside = [Bool](repeating: false, count: sentence.tokens.count)
        var open = false
        for i in sentence.tokens {
            let t = tokens[i]
            if t.kind == .punct {
                let b = bytes[t.start]
                let isStraight = t.end - t.start == 1 && b == 0x22
                let isCurly = t.end - t.start == 3 && b == 0xE2 && bytes[t.start + 1] == 0x80
                if isStraight { open.toggle(); continue }
                if isCurly && bytes[t.start + 2] == 0x9C { open = true; continue }  // “
                if isCurly && bytes[t.start + 2] == 0x9D { open = !open; continue }  // ” (some pages open with it)
            }
            if open { inside[i - firstToken] = true }
        }
        self.inside = inside
    }

    /// Whether token `i` (of the sentence) is inside quotation marks.
    func contains(_ i: Int) -> Bool {
        i >= firstToken && i - firstToken < inside.count && inside[i - firstToken]
    }
}
