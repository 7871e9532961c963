/// What one line of a page looks like: the general signals the cleaner decides on.
///
/// No site-specific strings: word counts, punctuation, case, separators, icon symbols and
/// glued menu words say whether a line is prose, a heading, a menu or a row of icon names.
///
/// Measured on the line's UTF-8 bytes: ASCII is classified by value and only other scalars are
/// decoded and looked up in the Unicode tables, so a line costs one pass and no allocation
/// (iterating `Character`s ran at about 50 MB/s; this runs at several hundred).
struct LineShape {
    /// Length of the line in UTF-8 bytes.
    let byteCount: Int
    /// Words with at least one letter.
    let words: Int
    /// Ends like a sentence: `.`, `!`, `?`, `…`, possibly inside closing quotes or brackets.
    let endsLikeSentence: Bool
    /// Has any of `. , ; : ! ?` anywhere.
    let hasPunctuation: Bool
    /// Has a word with a capital inside after lower case (`HomeWorld`) and no word starting in
    /// lower case: menu items scraped without their separators.
    let hasGluedWords: Bool
    let hasDigits: Bool
    /// Every letter is upper case (and there are letters).
    let isAllCaps: Bool
    let hasUppercase: Bool
    /// Menu separators standing alone between words: `|`, `·`, `•`, `›`, `»`, `/`.
    let separators: Int
    /// Runs of two or more spaces between words: columns of a scraped menu bar.
    let columnGaps: Int
    /// Icon characters: symbols (`☰`, `✉`, `→`, `▾`) and short bracketed labels (`[f]`).
    let icons: Int
    /// Any character that is not a letter, digit or space (`(AP) --`, `_`, `:`).
    let hasMarks: Bool
    /// Only white space (every `Character` of the line is white space), or empty.
    let isBlank: Bool

    /// The shape of a line given as text (tests and one-off callers).
    init(_ text: Substring) {
        var copy = String(text)
        self = copy.withUTF8 { LineShape($0, from: 0, to: $0.count) }
    }

    /// The shape of `bytes[start..<end]`, valid UTF-8 holding no line break.
    /// - Complexity: O(n) in the line's bytes; allocates nothing.
    init(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) {
        var words = 0, hasPunctuation = false, glued = false, digits = false, upper = 0, lower = 0, lowerWords = 0
        var separators = 0, gaps = 0, icons = 0, spaces = 0, marks = false
        var inWord = false, wordHasLetter = false, previousLower = false
        var previousIsSpace = true  // the line start counts as space for `standsAlone`
        var nonSpaceASCII = false, nonSpaceOther = false
        var i = start
        while i < end {
            let byte = bytes[i]
            // ASCII letters and spaces, nearly every byte of a prose line, take the general path's
            // steps for their traits directly: no separator, icon or punctuation is one of them.
            if byte >= 0x61, byte <= 0x7A {
                // Inside a word (so right after a non-space) only the letter counts.
                if !inWord {
                    if spaces >= 2 && words > 0 { gaps += 1 }
                    spaces = 0
                    lowerWords += 1
                    inWord = true
                }
                nonSpaceASCII = true
                wordHasLetter = true
                lower += 1
                previousLower = true
                previousIsSpace = false
                i += 1
                continue
            }
            if byte >= 0x41, byte <= 0x5A {
                nonSpaceASCII = true
                if spaces >= 2 && words > 0 { gaps += 1 }
                spaces = 0
                inWord = true
                wordHasLetter = true
                upper += 1
                if previousLower { glued = true }
                previousLower = false
                previousIsSpace = false
                i += 1
                continue
            }
            if byte == 0x20 {
                if inWord && wordHasLetter { words += 1 }
                inWord = false; wordHasLetter = false; previousLower = false
                spaces += 1
                previousIsSpace = true
                i += 1
                continue
            }
            let value: UInt32, length: Int, p: CharacterTraits
            if byte < 0x80 {
                value = UInt32(byte); length = 1; p = CharacterTraits(ascii: byte)
            } else {
                let (scalar, n) = UTF8Scalar.decode(bytes, at: i)
                value = scalar.value; length = n; p = CharacterTraits(scalar)
            }
            defer { i += length; previousIsSpace = p.isSpace }
            if p.isSpace {
                if inWord && wordHasLetter { words += 1 }
                inWord = false; wordHasLetter = false; previousLower = false
                spaces += 1
                continue
            }
            if byte < 0x80 { nonSpaceASCII = true } else { nonSpaceOther = true }
            if spaces >= 2 && words > 0 { gaps += 1 }
            spaces = 0
            if !inWord && p.isLower { lowerWords += 1 }
            inWord = true
            if p.isLetter {
                wordHasLetter = true
                if p.isUpper { upper += 1 } else if p.isLower { lower += 1 }
                if previousLower && p.isUpper { glued = true }
                previousLower = p.isLower
            } else {
                previousLower = false
                if p.isDigit { digits = true } else { marks = true }
            }
            if LineShape.isSeparator(value) && previousIsSpace && LineShape.spaceOrEnd(bytes, i + length, end) {
                separators += 1
            }
            if p.isIcon { icons += 1 }
            if value == 0x5B && LineShape.closesSoon(bytes, after: i + 1, end) { icons += 1 }
            if LineShape.isPunctuation(value) { hasPunctuation = true }
        }
        if inWord && wordHasLetter { words += 1 }
        self.byteCount = end - start
        self.words = words
        self.hasPunctuation = hasPunctuation
        // Menu items run together are title case throughout (`HomeWorld News`); a headline
        // naming an `iPod` has lower-case words too.
        self.hasGluedWords = glued && lowerWords == 0
        self.hasDigits = digits
        self.isAllCaps = upper > 0 && lower == 0
        self.hasUppercase = upper > 0
        self.separators = separators
        self.columnGaps = gaps
        self.icons = icons
        self.hasMarks = marks
        self.endsLikeSentence = LineShape.endsLikeSentence(bytes, start, end)
        if words > 0 || nonSpaceASCII {
            isBlank = false
        } else if !nonSpaceOther {
            isBlank = true
        } else {
            // Only non-ASCII marks besides white space: a combining mark after a space joins
            // the space's `Character`, which then counts as white space; ask the String.
            isBlank = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
                .allSatisfy(\.isWhitespace)
        }
    }

    /// Whether the scalar starting at `i` is white space, or the line ends there.
    @inline(__always)
    private static func spaceOrEnd(_ bytes: UnsafeBufferPointer<UInt8>, _ i: Int, _ end: Int) -> Bool {
        guard i < end else { return true }
        if bytes[i] < 0x80 { return CharacterTraits(ascii: bytes[i]).isSpace }
        return CharacterTraits(UTF8Scalar.decode(bytes, at: i).0).isSpace
    }

    /// Whether a `]` is among the ten scalars from `start` (a bracketed icon label like `[f]`).
    private static func closesSoon(_ bytes: UnsafeBufferPointer<UInt8>, after start: Int, _ end: Int) -> Bool {
        var scalars = 0, j = start
        while j < end {
            let b = bytes[j]
            if b & 0xC0 != 0x80 {  // the first byte of a scalar
                scalars += 1
                if scalars > 10 { return false }
                if b == 0x5D { return true }
            }
            j += 1
        }
        return false
    }

    /// `.`, `!`, `?` or `…` last, before any white space and closing quotes or brackets.
    private static func endsLikeSentence(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Bool {
        var i = end
        var skippingSpace = true
        while i > start {
            var first = i - 1
            while first > start, bytes[first] & 0xC0 == 0x80 { first -= 1 }
            let value = bytes[first] < 0x80 ? UInt32(bytes[first]) : UTF8Scalar.decode(bytes, at: first).0.value
            i = first
            if skippingSpace {
                let isSpace = bytes[first] < 0x80 ? CharacterTraits(ascii: bytes[first]).isSpace
                    : Unicode.Scalar(value)?.properties.isWhitespace ?? false
                if isSpace { continue }
                skippingSpace = false
            }
            switch value {
            case 0x2E, 0x21, 0x3F, 0x2026: return true  // . ! ? …
            case 0x22, 0x27, 0x201D, 0x2019, 0xBB, 0x29, 0x5D: continue  // " ' ” ’ » ) ]
            default: return false
            }
        }
        return false
    }

    /// `|`, `·`, `•`, `›`, `»`, `/` (a switch on the value: testing membership in a string
    /// literal's scalars per character cost more than the rest of the line scan).
    @inline(__always)
    static func isSeparator(_ value: UInt32) -> Bool {
        switch value {
        case 0x7C, 0xB7, 0x2022, 0x203A, 0xBB, 0x2F: return true
        default: return false
        }
    }

    /// `.`, `,`, `;`, `:`, `!`, `?`
    @inline(__always)
    static func isPunctuation(_ value: UInt32) -> Bool {
        switch value {
        case 0x2E, 0x2C, 0x3B, 0x3A, 0x21, 0x3F: return true
        default: return false
        }
    }

    /// A paragraph of running text.
    var isProse: Bool { words >= 6 && endsLikeSentence }

    /// A run of words with no punctuation at all, long or all lower case: icon names, tag
    /// clouds, menus (a headline has capitals and is shorter).
    var isWordSoup: Bool { !hasPunctuation && (words >= 20 || words >= 8 && !hasUppercase) }

    /// A menu, breadcrumb or tool bar: glued menu words, separators or column gaps between
    /// short items, or icons on a short line. Lines with digits (datelines) are never menus.
    var isMenu: Bool {
        if endsLikeSentence && words >= 6 { return false }
        if icons > 0 && words <= 8 { return true }
        if hasDigits { return false }
        return (hasGluedWords && words <= 4) || separators >= 1 && words <= 12 || columnGaps >= 2 && words <= 12
            || columnGaps >= 3 && words <= 25 && !hasPunctuation
    }

    /// A section label or masthead: one or two bare words, or a short all-capitals line, with no
    /// digits or punctuation (a dateline such as `WASHINGTON (AP) --` is no label).
    var isLabel: Bool { !hasDigits && !hasMarks && (words <= 2 || isAllCaps && words <= 4) }
}

/// The character properties the line tests need; ASCII is classified by value, other scalars
/// through the Unicode tables (which cost far more per call).
struct CharacterTraits {
    let isSpace: Bool
    let isLetter: Bool
    let isUpper: Bool
    let isLower: Bool
    let isDigit: Bool
    /// A symbol drawn as an icon: `☰`, `✉`, `→`, `▾`, mathematical letters (`𝕏`); not `©`.
    let isIcon: Bool

    @inline(__always)
    init(ascii v: UInt8) {
        isSpace = v == 0x20 || (v >= 0x09 && v <= 0x0D)
        isUpper = v >= 0x41 && v <= 0x5A
        isLower = v >= 0x61 && v <= 0x7A
        isLetter = isUpper || isLower
        isDigit = v >= 0x30 && v <= 0x39
        isIcon = false
    }

    init(_ s: Unicode.Scalar) {
        let v = s.value
        if v < 0x80 {
            let b = UInt8(v)
            isSpace = b == 0x20 || (b >= 0x09 && b <= 0x0D)
            isUpper = b >= 0x41 && b <= 0x5A
            isLower = b >= 0x61 && b <= 0x7A
            isLetter = isUpper || isLower
            isDigit = b >= 0x30 && b <= 0x39
            isIcon = false
            return
        }
        let p = s.properties
        isSpace = p.isWhitespace
        isLetter = p.isAlphabetic
        isUpper = p.isUppercase
        isLower = p.isLowercase
        isDigit = p.numericType != nil
        let category = p.generalCategory
        isIcon = category == .otherSymbol && s != "©" || category == .mathSymbol || (v >= 0x1D400 && v <= 0x1D7FF)
    }
}
