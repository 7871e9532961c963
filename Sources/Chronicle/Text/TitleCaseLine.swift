/// A short line without a closing period whose longer words are nearly all capitalised
/// (`Talks Resume This Week After Deadlock`): a title-case headline, where a capital marks no
/// name. A sentence ends with a period (`She won for Suddenly Last Summer.`).
enum TitleCaseLine {
    /// The longest line read as a headline, in tokens: a title is short.
    static let maxTokens = 40

    /// Is the line holding token `t` a title-case headline?
    /// - Complexity: O(`maxTokens`).
    static func contains(_ t: Int, tokens: [Token], bytes: [UInt8]) -> Bool {
        var start = t
        while start > 0, !tokens[start].has(.lineStart) {
            start -= 1
            if t - start > maxTokens { return false }
        }
        var end = t + 1
        while end < tokens.count, !tokens[end].has(.lineStart) {
            end += 1
            if end - start > maxTokens { return false }
        }
        let closing = tokens[end - 1]
        if closing.kind == .punct, closing.end - closing.start == 1, bytes[closing.start] == UInt8(ascii: ".") { return false }
        var words = 0, capitalised = 0
        for k in start..<end where tokens[k].kind == .word && tokens[k].end - tokens[k].start > 3 {
            words += 1
            if tokens[k].isCapitalized { capitalised += 1 }
        }
        return words >= 3 && capitalised * 5 >= words * 4
    }
}
