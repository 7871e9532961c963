/// Which tokens of a sentence stand inside double quotation marks (`"…"`, `“…”`).
enum Quotation {
    static func insideQuotes(_ sentence: Sentence, tokens: [Token], bytes: [UInt8]) -> Set<Int> {
        var inside = Set<Int>()
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
            if open { inside.insert(i) }
        }
        return inside
    }
}
