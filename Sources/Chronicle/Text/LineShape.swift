/// What one line of a page looks like: the general signals the cleaner decides on.
///
/// No site-specific strings: word counts, punctuation, case, separators, icon symbols and
/// glued menu words say whether a line is prose, a heading, a menu or a row of icon names.
struct LineShape {
    let text: Substring
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
    let lowercased: String

    init(_ text: Substring) {
        self.text = text
        var words = 0, hasPunctuation = false, glued = false, digits = false, upper = 0, lower = 0, lowerWords = 0
        var separators = 0, gaps = 0, icons = 0, spaces = 0, marks = false
        var inWord = false, wordHasLetter = false, previousLower = false
        let scalars = Array(text.unicodeScalars)
        let traits = scalars.map(CharacterTraits.init)
        for (k, scalar) in scalars.enumerated() {
            let p = traits[k]
            if p.isSpace {
                if inWord && wordHasLetter { words += 1 }
                inWord = false; wordHasLetter = false; previousLower = false
                spaces += 1
                continue
            }
            if spaces >= 2 && words > 0 { gaps += 1 }
            let standsAlone = (k == 0 || traits[k - 1].isSpace) && (k + 1 == scalars.count || traits[k + 1].isSpace)
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
            if LineShape.isSeparator(scalar) && standsAlone { separators += 1 }
            if p.isIcon { icons += 1 }
            if scalar == "[" && k + 1 < scalars.count, let close = scalars[(k + 1)...].prefix(12).firstIndex(of: "]"), close - k <= 10 {
                icons += 1
            }
            if LineShape.isPunctuation(scalar) { hasPunctuation = true }
        }
        if inWord && wordHasLetter { words += 1 }
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
        self.lowercased = text.lowercased()
        var end = text.unicodeScalars.reversed().drop { $0.properties.isWhitespace }.makeIterator()
        var sentenceEnd = false
        while let s = end.next() {
            if ".!?…".unicodeScalars.contains(s) { sentenceEnd = true; break }
            if "\"'”’»)]".unicodeScalars.contains(s) { continue }
            break
        }
        self.endsLikeSentence = sentenceEnd
    }

    /// `|`, `·`, `•`, `›`, `»`, `/` (a switch on the value: testing membership in a string
    /// literal's scalars per character cost more than the rest of the line scan).
    @inline(__always)
    static func isSeparator(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x7C, 0xB7, 0x2022, 0x203A, 0xBB, 0x2F: return true
        default: return false
        }
    }

    /// `.`, `,`, `;`, `:`, `!`, `?`
    @inline(__always)
    static func isPunctuation(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
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

    var isBlank: Bool { words == 0 && text.allSatisfy(\.isWhitespace) }
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

    init(_ s: Unicode.Scalar) {
        let v = s.value
        if v < 0x80 {
            isSpace = v == 0x20 || (v >= 0x09 && v <= 0x0D)
            isUpper = v >= 0x41 && v <= 0x5A
            isLower = v >= 0x61 && v <= 0x7A
            isLetter = isUpper || isLower
            isDigit = v >= 0x30 && v <= 0x39
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
