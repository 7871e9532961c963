/// What one line of a page looks like: the general signals the cleaner decides on.
///
/// No site-specific strings: word counts, punctuation, case and glued menu words say whether
/// a line is prose, a heading, a menu or a row of icon names.
struct LineShape {
    let text: Substring
    /// Words with at least one letter.
    let words: Int
    /// Ends like a sentence: `.`, `!`, `?`, `…`, possibly inside closing quotes or brackets.
    let endsLikeSentence: Bool
    /// Has any of `. , ; : ! ?` anywhere.
    let hasPunctuation: Bool
    /// Has a word with a capital inside after lower case (`HomeWorld`): menu items scraped
    /// without their separators.
    let hasGluedWords: Bool
    let lowercased: String

    init(_ text: Substring) {
        self.text = text
        var words = 0, hasPunctuation = false, glued = false
        var inWord = false, wordHasLetter = false, previousLower = false
        for scalar in text.unicodeScalars {
            let isLetter = scalar.properties.isAlphabetic
            let isSpace = scalar.properties.isWhitespace
            if isSpace {
                if inWord && wordHasLetter { words += 1 }
                inWord = false; wordHasLetter = false; previousLower = false
                continue
            }
            inWord = true
            if isLetter {
                wordHasLetter = true
                if previousLower && scalar.properties.isUppercase { glued = true }
                previousLower = scalar.properties.isLowercase
            } else {
                previousLower = false
            }
            if ".,;:!?".unicodeScalars.contains(scalar) { hasPunctuation = true }
        }
        if inWord && wordHasLetter { words += 1 }
        self.words = words
        self.hasPunctuation = hasPunctuation
        self.hasGluedWords = glued
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

    /// A paragraph of running text.
    var isProse: Bool { words >= 6 && endsLikeSentence }

    /// A long run of words with no punctuation at all: icon names, tag clouds, menus.
    var isWordSoup: Bool { words >= 12 && !hasPunctuation }

    /// A short menu line such as `HomeWorld News`.
    var isMenu: Bool { hasGluedWords && words <= 4 && !endsLikeSentence }

    var isBlank: Bool { words == 0 && text.allSatisfy(\.isWhitespace) }
}
