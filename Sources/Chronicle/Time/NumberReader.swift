/// Reads quantities written in digits (`1,500`, `2.5`) or words (`twenty-four`, `a hundred`,
/// `nineteen ninety-six`) straight from the token array, without building strings.
struct NumberReader {
    let lexicon: TimeLexicon
    let tokens: [Token]
    let bytes: [UInt8]
    /// Per token: the lexicon list of the entries starting with its word (`TimeLexicon.entries(inList:)`), or -1.
    let entryListOf: [Int32]
    let numberWordClass: Int

    init(lexicon: TimeLexicon, tokens: [Token], bytes: [UInt8], entryListOf: [Int32]) {
        self.lexicon = lexicon
        self.tokens = tokens
        self.bytes = bytes
        self.entryListOf = entryListOf
        numberWordClass = lexicon.classes.numberWord ?? -1
    }

    /// The lexicon entries whose first word is token `t`'s, or nil.
    @inline(__always)
    func entries(at t: Int) -> ArraySlice<Int>? {
        lexicon.entries(inList: entryListOf[t])
    }

    /// The integer value of a token of ASCII digits (nil past 18 digits). A number token may
    /// hold other marks (`1'000`, Arabic-Indic digits): those have no value here.
    func digitsValue(_ t: Int) -> Int? {
        let token = tokens[t]
        guard token.kind == .number, token.end - token.start <= 18 else { return nil }
        var n = 0
        for i in token.start..<token.end {
            guard bytes[i] >= 0x30 && bytes[i] <= 0x39 else { return nil }
            n = n * 10 + Int(bytes[i] - 0x30)
        }
        return n
    }

    func digitCount(_ t: Int) -> Int { tokens[t].end - tokens[t].start }

    func isPunct(_ t: Int, _ byte: UInt8) -> Bool {
        t < tokens.count && tokens[t].kind == .punct && tokens[t].end - tokens[t].start == 1 && bytes[tokens[t].start] == byte
    }

    func isHyphen(_ t: Int) -> Bool { isPunct(t, 0x2D) }

    /// A number word of one token: its value and whether it is a scale (`hundred`).
    func numberWord(_ t: Int) -> (value: Int, isScale: Bool)? {
        guard t < tokens.count, tokens[t].kind == .word, let list = entries(at: t) else { return nil }
        for index in list where lexicon.entries[index].wordClass == numberWordClass && lexicon.oneWordClassBit[index] != 0 {
            if let v = lexicon.integerValue[index] { return (v, lexicon.entries[index].isScale) }
        }
        return nil
    }

    /// A quantity in digits starting at `t`: `(end token, value)`.
    func readDigits(_ t: Int) -> (end: Int, value: Double)? {
        guard var value = digitsValue(t).map(Double.init) else { return nil }
        var j = t + 1
        // Thousands separators: `1,500` (only groups of exactly three digits).
        while j + 1 < tokens.count, isPunct(j, 0x2C), tokens[j].has(.attached), tokens[j + 1].has(.attached),
              digitCount(j + 1) == 3, let group = digitsValue(j + 1) {
            value = value * 1000 + Double(group)
            j += 2
        }
        // Decimals: `2.5`.
        if j + 1 < tokens.count, isPunct(j, 0x2E), tokens[j].has(.attached), tokens[j + 1].has(.attached),
           let fraction = digitsValue(j + 1) {
            var scale = 1.0
            for _ in 0..<digitCount(j + 1) { scale *= 10 }
            value += Double(fraction) / scale
            j += 2
        }
        return (j, value)
    }

    /// A quantity in words starting at `t`: `twenty four`, `two hundred and fifty`, `a hundred`.
    func readWords(_ t: Int) -> (end: Int, value: Double)? {
        var total = 0, current = 0
        var j = t
        var consumed = false
        var lastWasSmall = false   // 1–19 or a tens word just read: another small word ends the number
        var lastWasTens = false
        // `a hundred`, `a dozen`
        if t + 1 < tokens.count, tokens[t].kind == .word, let w = numberWord(t + 1), w.isScale,
           let list = entries(at: t),
           list.contains(where: { lexicon.entries[$0].value == "1" && lexicon.oneWordClassBit[$0] != 0 }) {
            current = 1
            j = t + 1
        }
        while j < tokens.count {
            if j > t, tokens[j].has(.lineStart) { break }
            if consumed, isHyphen(j), lastWasTens, let w = numberWord(j + 1), !w.isScale, w.value < 10 {
                current += w.value
                j += 2
                lastWasTens = false
                continue
            }
            guard let w = numberWord(j) else {
                // `two hundred and fifty`
                if consumed, !lastWasSmall, j + 1 < tokens.count, isAnd(j), let next = numberWord(j + 1), !next.isScale {
                    j += 1
                    continue
                }
                break
            }
            if w.isScale {
                guard consumed || current > 0 else { break }
                if w.value >= 1000 {
                    total += max(current, 1) * w.value
                    current = 0
                } else {
                    current = max(current, 1) * w.value
                }
                lastWasSmall = false
                lastWasTens = false
            } else {
                if lastWasSmall && !(lastWasTens && w.value < 10) { break }
                current += w.value
                lastWasTens = w.value >= 20 && w.value < 100
                lastWasSmall = true
            }
            consumed = true
            j += 1
        }
        guard consumed else { return nil }
        return (j, Double(total + current))
    }

    private func isAnd(_ t: Int) -> Bool {
        tokens[t].kind == .word && tokens[t].key == Self.andKey
    }
    static let andKey = Normalizer.key("and")

    /// A year read in words: `nineteen ninety-six`, `two thousand`, `two thousand and eight`.
    func readYearWords(_ t: Int) -> (end: Int, value: Int)? {
        if let (end, value) = readWords(t), value >= 1000, value < 2200 { return (end, Int(value)) }
        guard let high = numberWord(t), !high.isScale, high.value >= 10, high.value <= 20, t + 1 < tokens.count,
              let (end, low) = readWords(t + 1), low >= 10, low < 100 else { return nil }
        return (end, high.value * 100 + Int(low))
    }
}
