import Testing
@testable import Chronicle

/// The byte scans of the text front end against the `Character` definitions they replace, over
/// seeded random texts mixing ASCII, accented letters, quotes, combining marks, emoji joiners,
/// CR LF and HTML markup (where the two views of a text differ, the byte code must defer).
@Suite("Text front end: byte scans agree with Character definitions")
struct FrontEndCharacterEquivalenceTests {
    static let pieces = ["a", "Word", " ", "  ", "\t", "\n", "\r\n", "\r", "é", "e\u{301}", "\u{301}", "\u{A0}", "’", "“", "—",
                         "\u{1F468}\u{200D}\u{1F469}", "\u{1F1FA}\u{1F1F8}", "\u{FEFF}", "\u{600}", "İ", "K", "<", ">", "<p>",
                         "<P>", "<div", "<HTML", "<!DOCTYPE html>", "&amp;", "&#769;", "&nbsp;", "&", ";", ".", "|", "·", "☰"]

    /// A deterministic random text of about `count` pieces.
    static func text(_ seed: UInt64, _ count: Int) -> String {
        var state = seed &* 0x9E37_79B9_7F4A_7C15 | 1
        var out = ""
        for _ in 0..<count {
            state ^= state << 13; state ^= state >> 7; state ^= state << 17
            out += pieces[Int(state % UInt64(pieces.count))]
        }
        return out
    }

    @Test("looksLikeHTML on bytes equals the Character definition", arguments: 0..<200)
    func looksLikeHTML(seed: Int) {
        // Short texts test the start; long ones the 2,000-Character head boundary.
        for count in [3, 12, 40, 1_990, 2_010] {
            let text = (seed % 2 == 0 ? "<p>" : "") + Self.text(UInt64(seed), count) + "<p>"
            #expect(HTMLText.looksLikeHTML(text) == HTMLText.looksLikeHTMLByCharacters(text), "\(text.debugDescription)")
        }
    }

    @Test("HTML lines: decoding and space collapsing on bytes equal the String path", arguments: 0..<200)
    func htmlLines(seed: Int) {
        let converter = HTMLText(entities: ["amp": "&", "nbsp": "\u{A0}"])
        // No `<` or `>`: the whole text is one paragraph's line.
        let text = String(Self.text(UInt64(seed) + 1_000, 30).unicodeScalars.filter { $0 != "<" && $0 != ">" })
        let expected = converter.decodeEntities(text)
            .split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" || $0 == "\u{A0}" })
            .joined(separator: " ")
        #expect(converter.convert("<p>" + text + "</p>").text == expected, "\(text.debugDescription)")
    }

    @Test("a line is blank when every Character of it is white space", arguments: 0..<200)
    func blankLines(seed: Int) {
        let text = String(Self.text(UInt64(seed) + 5_000, 4).unicodeScalars.filter { $0 != "\n" && $0 != "\r" })
        let shape = LineShape(Substring(text))
        #expect(shape.isBlank == (shape.words == 0 && text.allSatisfy(\.isWhitespace)), "\(text.debugDescription)")
    }
}
