import Testing
@testable import Chronicle

@Suite("Seen lines (repeated-line test of the cleaner)")
struct SeenLinesTests {
    /// Inserts each line in turn; true where the line was new.
    func insert(_ lines: [String]) -> [Bool] {
        var seen = SeenLines()
        var page = lines.joined(separator: "\n")
        return page.withUTF8 { bytes in
            var start = 0
            return lines.map { line in
                defer { start += line.utf8.count + 1 }
                return seen.insert(bytes, start, start + line.utf8.count)
            }
        }
    }

    @Test("documented example: equal as Strings means seen, canonical equivalents included")
    func documentedExample() {
        #expect(insert(["Top stories", "Ferry timetable", "Top stories"]) == [true, true, false])
        #expect(insert(["Café crème", "Cafe\u{301} cre\u{300}me", "Café creme"]) == [true, false, true])
        #expect(insert(["\u{2000}wide", "\u{2002}wide"]) == [true, false])  // U+2000 is canonically U+2002
    }

    @Test("empty lines and prefixes")
    func empty() {
        #expect(insert(["", ""]) == [true, false])
        #expect(insert(["News", "News in brief", "News"]) == [true, true, false])
    }

    @Test("normal form C is recognised without normalising")
    func normalForm() {
        var ascii = "Plain text – with “quotes”, € and ©"
        #expect(ascii.withUTF8 { SeenLines.isNormal($0, 0, $0.count) })
        var combining = "Cafe\u{301}"
        #expect(!combining.withUTF8 { SeenLines.isNormal($0, 0, $0.count) })
    }
}
