import Testing
@testable import Chronicle

@Suite("Line shape")
struct LineShapeTests {
    @Test("documented example: prose, menu, label and word soup")
    func documentedExample() {
        #expect(LineShape("The harbour at Porthleven reopened on Saturday after three days.").isProse)
        #expect(LineShape("Home | World | Business").isMenu)
        #expect(LineShape("HomeSport News").isMenu)
        #expect(LineShape("World   Business   Markets   Tech").isMenu)
        #expect(LineShape("REUTERS").isLabel)
        #expect(LineShape("menu searchicon shareicon closeicon chevron downicon upicon mailicon").isWordSoup)
    }

    @Test("ASCII letters and spaces: words, column gaps, glued words and capitals")
    func asciiLettersAndSpaces() {
        let columns = LineShape("World   Business   Markets   Tech")
        #expect(columns.words == 4)
        #expect(columns.columnGaps == 3)
        #expect(!columns.hasMarks && !columns.hasPunctuation)
        // Spaces before the first word open no gap.
        #expect(LineShape("   leading spaces  then  words").columnGaps == 2)
        #expect(LineShape("   leading spaces  then  words").words == 4)
        // A capital after lower case inside a word glues menu items, unless a word starts lower case.
        #expect(LineShape("HomeWorld News").hasGluedWords)
        #expect(!LineShape("New iPod sales").hasGluedWords)
        #expect(!LineShape("Home World News").hasGluedWords)
        #expect(LineShape("ALL CAPS HERE").isAllCaps)
        #expect(!LineShape("ALL CAPS Here").isAllCaps)
        #expect(LineShape("ALL CAPS Here").hasUppercase)
        #expect(!LineShape("no capitals at all").hasUppercase)
        #expect(LineShape("a b c").words == 3)
    }

    @Test("empty and blank lines")
    func blank() {
        #expect(LineShape("").isBlank)
        #expect(LineShape(" \t ").isBlank)
        #expect(LineShape("\u{A0}\u{3000}").isBlank)
        #expect(!LineShape("x").isBlank)
        // A combining mark after a space is part of the space's Character, which is white space.
        #expect(LineShape(" \u{301}").isBlank)
        #expect(!LineShape("\u{301}").isBlank)
    }

    @Test("multi-byte letters, spaces and marks are classified by scalar")
    func multiByte() {
        let shape = LineShape("Café Ødegaard\u{A0}spoke in Zürich – “we agree”.")
        #expect(shape.words == 7)  // `–` is no word; `“we` is
        #expect(shape.endsLikeSentence)
        #expect(shape.hasPunctuation)
        #expect(shape.hasMarks)
        #expect(LineShape("ΑΘΗΝΑ ΣΗΜΕΡΑ").isAllCaps)
        #expect(LineShape("Price ½ off").hasDigits)  // a numeric scalar counts as a digit
    }

    @Test("sentence ends inside closing quotes and brackets, and after trailing spaces")
    func sentenceEnds() {
        #expect(LineShape("He said it was over.”").endsLikeSentence)
        #expect(LineShape("It was over…  ").endsLikeSentence)
        #expect(LineShape("(It was over.)").endsLikeSentence)
        #expect(!LineShape("It was over. \" x").endsLikeSentence)
        #expect(!LineShape("It was over").endsLikeSentence)
    }

    @Test("separators count only standing alone; icons and bracketed labels count")
    func separatorsAndIcons() {
        #expect(LineShape("News · Sport » Weather").separators == 2)
        #expect(LineShape("either/or · ").separators == 1)
        #expect(LineShape("☰ Menu").icons == 1)
        #expect(LineShape("[f] [in] [a very long label here]").icons == 2)
        #expect(LineShape("© 2024 Example").icons == 0)
    }
}
