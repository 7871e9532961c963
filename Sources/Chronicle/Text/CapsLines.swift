/// Lines written in capitals (shouted headlines, `BREAKING NEWS: ...`), where a word's case
/// says nothing about whether it is a name: three words or more, at least 60% of them all caps.
///
/// A line is what lies between two tokens flagged `lineStart`: usually a line of the text, but
/// a line that opens with a non-ASCII space (`\n\u{A0}Text`) stays part of the one before, as
/// `TokenCursor` flags it.
extension Tokenizer {
    /// Whether a line of `words` words, `caps` of them all caps, is written in capitals.
    @inline(__always)
    static func isCapsLine(words: Int, caps: Int) -> Bool {
        words >= 3 && caps * 5 >= words * 3
    }

    /// Flags every token of a caps line with `capsLine` (for a whole text's token array).
    /// - Complexity: O(n) in the number of tokens.
    static func markCapsLines(_ tokens: inout [Token]) {
        var lineStart = 0
        func close(_ end: Int) {
            var words = 0, caps = 0
            for k in lineStart..<end where tokens[k].kind == .word {
                words += 1
                if tokens[k].has(.allCaps) { caps += 1 }
            }
            if isCapsLine(words: words, caps: caps) {
                for k in lineStart..<end { tokens[k].flags.insert(.capsLine) }
            }
        }
        for k in tokens.indices where k > 0 && tokens[k].has(.lineStart) {
            close(k)
            lineStart = k
        }
        if !tokens.isEmpty { close(tokens.count) }
    }

    /// The line holding the token that starts at byte `position`, as the byte range its tokens
    /// start in, and whether it is a caps line: what `markCapsLines` says of that token, worked
    /// out from the bytes around it alone (for the matcher, which keeps no token array).
    /// - Complexity: O(k) in the bytes of the line.
    static func capsLine(in text: UnsafeBufferPointer<UInt8>, around position: Int) -> (range: Range<Int>, isCaps: Bool) {
        let n = text.count
        /// Whether the first token after the line break at `newline` starts a new line; nil if
        /// no token follows.
        func opensLine(after newline: Int) -> Bool? {
            var cursor = TokenCursor()
            cursor.position = newline + 1
            return cursor.next(in: text).map { $0.has(.lineStart) }
        }
        func lastNewline(before i: Int) -> Int {
            var k = i - 1
            while k >= 0 && text[k] != 0x0A { k -= 1 }
            return k
        }
        func nextNewline(from i: Int) -> Int {
            var k = i
            while k < n && text[k] != 0x0A { k += 1 }
            return k
        }
        var start = lastNewline(before: position)
        while start >= 0, opensLine(after: start) == false { start = lastNewline(before: start) }
        var end = nextNewline(from: position)
        while end < n, opensLine(after: end) == false { end = nextNewline(from: end + 1) }

        var cursor = TokenCursor()
        cursor.position = start + 1
        var words = 0, caps = 0
        while let t = cursor.next(in: text), t.start < end {
            guard t.kind == .word else { continue }
            words += 1
            if t.has(.allCaps) { caps += 1 }
        }
        return (start + 1..<end, isCapsLine(words: words, caps: caps))
    }
}
