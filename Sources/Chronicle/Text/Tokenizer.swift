/// Splits clean text into words, numbers and punctuation in one pass over UTF-8 bytes.
///
/// Rules: letters and digits run together (`1990s`, `Q3`); an apostrophe between letters stays
/// inside a word (`O'Leary`) except a final possessive `'s`, which is dropped from the token and
/// flagged; `U.S.`-style initialisms are one token; every other scalar is one punctuation token.
/// Hyphens split words (`Jong-un` is `Jong`, `-`, `un`) so that spelling variants meet.
/// - Complexity: O(n) in the text length; ASCII bytes take no decoding.
public enum Tokenizer {
    public static func tokenize(_ bytes: [UInt8]) -> [Token] {
        bytes.withUnsafeBufferPointer { tokenize($0) }
    }

    public static func tokenize(_ text: UnsafeBufferPointer<UInt8>) -> [Token] {
        var tokens = [Token]()
        tokens.reserveCapacity(text.count / 5)
        var cursor = TokenCursor()
        while let token = cursor.next(in: text) { tokens.append(token) }
        markCapsLines(&tokens)
        return tokens
    }

    /// The token of a word at `i` that `asciiWord` does not take (non-ASCII letters, inner
    /// apostrophes, a possessive ending), and where scanning resumes: after the word and the
    /// possessive `'s` / `’s` / `’` it drops.
    static func generalWord(_ text: UnsafeBufferPointer<UInt8>, _ i: Int, _ initial: Token.Flags) -> (token: Token, resume: Int) {
        // A run of letters and digits, with apostrophes between letters.
        let n = text.count
        var flags = initial
        var j = i
        var letters = 0, upper = 0, lower = 0, digits = 0
        var firstIsUpper = false
        while j < n {
            let (s, len) = UTF8Scalar.decode(text, at: j)
            if isWordScalar(s) {
                if s.value >= 0x30 && s.value <= 0x39 {
                    digits += 1
                } else {
                    letters += 1
                    let isUpper = s.value < 0x80 ? (s.value >= 0x41 && s.value <= 0x5A) : s.properties.isUppercase
                    if isUpper { upper += 1 } else { lower += 1 }
                    if letters == 1 && j == i { firstIsUpper = isUpper }
                }
                j += len
                continue
            }
            if isApostrophe(s), j + len < n {
                let (next, nextLen) = UTF8Scalar.decode(text, at: j + len)
                if isWordScalar(next) {
                    // `'s` / `’s` closing the word is a possessive, not part of the name.
                    let afterS = j + len + nextLen
                    if (next == "s" || next == "S"), afterS >= n || !isWordScalar(UTF8Scalar.decode(text, at: afterS).0) {
                        flags.insert(.possessive)
                        break
                    }
                    j += len
                    continue
                }
            }
            break
        }
        var end = j
        if isApostropheAt(text, j), !flags.contains(.possessive), j > i, text[j - 1] == 0x73 || text[j - 1] == 0x53 {
            // Plural possessive: `Jobs’ company`
            let (_, len) = UTF8Scalar.decode(text, at: j)
            if j + len >= n || !isWordScalar(UTF8Scalar.decode(text, at: j + len).0) { flags.insert(.possessive) }
        }
        let kind: Token.Kind = letters == 0 ? .number : .word
        if digits > 0 { flags.insert(.hasDigit) }
        if firstIsUpper { flags.insert(.capitalized) }
        if upper >= 2 && lower == 0 { flags.insert(.allCaps) }
        var hash = Normalizer.offsetBasis
        Normalizer.appendNormalized(text, i, end, into: &hash)
        let token = Token(start: i, end: end, kind: kind, flags: flags, key: hash)
        // Skip the possessive ending so it makes no token of its own.
        if flags.contains(.possessive) {
            end += isApostropheAt(text, end) ? UTF8Scalar.decode(text, at: end).1 : 0
            if end < n, text[end] == 0x73 || text[end] == 0x53 { end += 1 }
        }
        return (token, end)
    }

    /// The token of a word made of ASCII letters and digits only, followed by an ASCII byte other
    /// than an apostrophe or by the end of the text; nil for any other word. Gives the same
    /// token as the general loop (kind, flags, key) in one pass with no scalar decoding.
    @inline(__always)
    static func asciiWord(_ text: UnsafeBufferPointer<UInt8>, _ i: Int, _ initial: Token.Flags) -> Token? {
        let n = text.count
        var j = i
        var letters = 0, upper = 0, lower = 0, digits = 0
        var hash = Normalizer.offsetBasis
        while j < n {
            let b = text[j]
            if b >= 0x61 && b <= 0x7A {
                letters += 1; lower += 1
            } else if b >= 0x41 && b <= 0x5A {
                letters += 1; upper += 1
            } else if b >= 0x30 && b <= 0x39 {
                digits += 1
            } else {
                if b >= 0x80 || b == 0x27 { return nil }
                break
            }
            Normalizer.mix(&hash, (b >= 0x41 && b <= 0x5A) ? b | 0x20 : b)
            j += 1
        }
        var flags = initial
        let first = text[i]
        if digits > 0 { flags.insert(.hasDigit) }
        if first >= 0x41 && first <= 0x5A { flags.insert(.capitalized) }
        if upper >= 2 && lower == 0 { flags.insert(.allCaps) }
        return Token(start: i, end: j, kind: letters == 0 ? .number : .word, flags: flags, key: hash)
    }

    @inline(__always)
    static func isWordScalar(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v < 0x80 {
            return (v >= 0x30 && v <= 0x39) || (v >= 0x41 && v <= 0x5A) || (v >= 0x61 && v <= 0x7A)
        }
        return s.properties.isAlphabetic || s.properties.numericType != nil
    }

    @inline(__always)
    static func isApostrophe(_ s: Unicode.Scalar) -> Bool {
        s == "'" || s == "\u{2019}"
    }

    static func isApostropheAt(_ text: UnsafeBufferPointer<UInt8>, _ i: Int) -> Bool {
        i < text.count && isApostrophe(UTF8Scalar.decode(text, at: i).0)
    }

    static func isSpace(_ s: Unicode.Scalar) -> Bool {
        s.properties.isWhitespace || s == "\u{FEFF}" || s == "\u{200B}"
    }

    /// `U.S.`, `U.N.`, `E.U.`: single capital letters each followed by a period, two or more.
    static func initialismEnd(_ text: UnsafeBufferPointer<UInt8>, _ i: Int) -> Int? {
        var j = i
        var letters = 0
        while j + 1 < text.count, text[j] >= 0x41, text[j] <= 0x5A, text[j + 1] == 0x2E {
            letters += 1
            j += 2
        }
        guard letters >= 2 else { return nil }
        // Not followed by a letter (`U.S.A` keeps going, `U.Sx` is not one).
        if j < text.count, isWordScalar(UTF8Scalar.decode(text, at: j).0) { return nil }
        return j
    }
}
