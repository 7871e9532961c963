import Testing
@testable import Chronicle

@Suite("Renderers: one line for a terminal")
struct OneLineTests {
    /// What `oneLine` gave before its byte pre-check: every separator character, split on.
    static func splitOnBreaks(_ s: String) -> String {
        s.split(whereSeparator: { $0.isNewline || $0.unicodeScalars.first?.properties.generalCategory == .control })
            .joined(separator: " ")
    }

    @Test("documented example: line breaks and tabs become single spaces; plain text comes back as is")
    func example() {
        #expect(TimelineRenderer.oneLine("Macron met Scholz\r\nin Paris\tyesterday") == "Macron met Scholz in Paris yesterday")
        #expect(TimelineRenderer.oneLine("Olaf Scholz — Émilie Ørsted, 東京") == "Olaf Scholz — Émilie Ørsted, 東京")
        #expect(!TimelineRenderer.mayBreakLine("Olaf Scholz — Émilie Ørsted, 東京"))
    }

    @Test("empty text stays empty")
    func empty() {
        #expect(TimelineRenderer.oneLine("") == "")
        #expect(!TimelineRenderer.mayBreakLine(""))
    }

    @Test("every kind of break or control character is found, and the result is the same as splitting on it",
          arguments: ["\n", "\r", "\r\n", "\u{0B}", "\u{0C}", "\u{85}", "\u{2028}", "\u{2029}", "\u{0}", "\u{1B}", "\u{7F}", "\u{80}", "\u{9F}"])
    func breaks(_ separator: String) {
        for text in ["a\(separator)b", "\(separator)a", "a\(separator)", "\(separator)", "é\(separator)\(separator)ü"] {
            #expect(TimelineRenderer.mayBreakLine(text), "\(text.unicodeScalars.map { $0.value })")
            #expect(TimelineRenderer.oneLine(text) == Self.splitOnBreaks(text))
        }
    }

    @Test("look-alikes are not breaks: U+00A0, U+00C2, U+2027, U+202A and U+E280 keep the text whole",
          arguments: ["\u{A0}", "\u{C2}", "\u{2027}", "\u{202A}", "\u{E280}", "\u{1F600}"])
    func lookAlikes(_ scalar: String) {
        let text = "a\(scalar)b"
        #expect(!TimelineRenderer.mayBreakLine(text))
        #expect(TimelineRenderer.oneLine(text) == Self.splitOnBreaks(text))
    }
}
