/// Scalars that never join a neighbour in one `Character` (extended grapheme cluster).
///
/// The text front end reads bytes, but several of its rules were written against Swift
/// `Character`s (`split(separator: "\n")`, `prefix(2000)`, `drop(while: \.isWhitespace)`). The
/// two views agree wherever every scalar stands alone as a `Character`, which is true of the
/// set below (no combining marks, joiners, prepended or spacing marks, Hangul jamo or regional
/// indicators), except for CR LF, which is one `Character`. Byte code checks its input against
/// this set and falls back to the `Character` code where it fails (combining marks, emoji
/// sequences), so both always give the same answer.
enum SolitaryScalar {
    /// Latin (U+0000–U+02FF, the range the standard library itself treats as always breaking),
    /// general punctuation and spaces (quotes, dashes, `…`), currency signs, U+FEFF and U+FFFD.
    @inline(__always)
    static func contains(_ value: UInt32) -> Bool {
        value < 0x300 || (value >= 0x2000 && value <= 0x200B) || (value >= 0x2010 && value <= 0x2027)
            || (value >= 0x2030 && value <= 0x205F) || (value >= 0x20A0 && value <= 0x20C0)
            || value == 0xFEFF || value == 0xFFFD
    }

    /// Whether every scalar of `bytes[start..<end]` (valid UTF-8) is solitary; CR is rejected too
    /// when `allowCR` is false.
    /// - Complexity: O(n); ASCII bytes cost one compare.
    static func all(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, allowCR: Bool = true) -> Bool {
        var i = start
        while i < end {
            let b = bytes[i]
            if b < 0x80 {
                if b == 0x0D && !allowCR { return false }
                i += 1
                continue
            }
            let (scalar, length) = UTF8Scalar.decode(bytes, at: i)
            if !contains(scalar.value) { return false }
            i += length
        }
        return true
    }
}
