import Foundation
import Testing
@testable import Chronicle

/// Scrapers produce pages that are one enormous line (minified HTML, text with its newlines
/// lost). The pipeline must stay linear in their size: a quadratic step that takes a second
/// on a few megabytes takes hours on fifty.
@Suite("Large input")
struct LargeInputTests {
    /// Seconds to read and annotate `text` as one article.
    static func seconds(_ text: String) throws -> Double {
        let pipeline = try Shared.pipeline()
        let start = Date()
        let raw = try ArticleReader.decode(Data(text.utf8), name: "big.txt")
        let x = pipeline.extract(raw: raw, source: "big.txt", published: LocalDateTime(year: 2024, month: 3, day: 14))
        #expect(!x.document.text.isEmpty)
        return Date().timeIntervalSince(start)
    }

    /// `unit` repeated to about `bytes` bytes, on one line.
    static func line(_ unit: String, bytes: Int) -> String {
        String(repeating: unit, count: max(1, bytes / unit.utf8.count))
    }

    static let prose = "Officials in Paris said on Monday that talks with Berlin would resume next week, and markets rose 2.5 percent. "
    /// No sentence end at all: one sentence of megabytes.
    static let wordSoup = "alpha Beta gamma Paris delta 12 Monday epsilon, zeta Ministry of Eta said met "

    @Test("a single line of most of a megabyte grows linearly", .timeLimit(.minutes(5)), arguments: [prose, wordSoup])
    func singleLine(_ unit: String) throws {
        _ = try Self.seconds(Self.line(unit, bytes: 20_000))  // warm up: the gazetteer loads once
        let small = try Self.seconds(Self.line(unit, bytes: 100_000))
        let large = try Self.seconds(Self.line(unit, bytes: 800_000))
        // Eight times the text: linear is about 8×, quadratic 64×. The bound leaves room for a
        // busy machine.
        #expect(large < max(small, 0.05) * 24, "100 kB: \(small) s, 800 kB: \(large) s")
    }

    @Test("megabytes of markup on one line, and of a tag that never closes")
    func htmlLine() throws {
        let html = "<html><body>" + Self.line("<div><p>Officials in Paris met on Monday &amp; said so.</p></div>", bytes: 500_000) + "</body></html>"
        #expect(try Self.seconds(html) < 60)
        let unclosed = "<html><body><p>Talks in Paris on Monday.</p><script " + Self.line("a=\"<p>x</p>\" ", bytes: 500_000)
        #expect(try Self.seconds(unclosed) < 60)
    }
}
