import Foundation
import Testing
import TestSupport
@testable import Chronicle

/// `Gazetteer.forEachMatch(in:)`: the matcher alone, scanning bytes with a `TokenCursor` and
/// reading tokens into a `TokenWindow` only where a name can start. It must find exactly what
/// `EntityNameIndex.match` finds over the whole token array (`reference` below).
@Suite("Name matcher", .temporaryFiles)
struct NameMatcherTests {
    /// A gazetteer of the given names only (one PLACE each, `place:nK` for the K-th name).
    static func gazetteer(_ names: [String]) throws -> Gazetteer {
        let folder = try temporaryDirectory()
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("entities"), withIntermediateDirectories: true)
        let records = names.enumerated().map { "place:n\($0.offset) | PLACE | \($0.element)\n" }.joined()
        try records.write(to: folder.appendingPathComponent("entities/names.txt"), atomically: false, encoding: .utf8)
        return try Gazetteer.load(directories: [folder.path])
    }

    /// The matcher as it was written over the whole token array: every capitalised or numeric
    /// word, leftmost-longest, skipping the words a match covers.
    static func reference(_ gazetteer: Gazetteer, _ text: [UInt8]) -> [NameMatch] {
        let tokens = Tokenizer.tokenize(text)
        var found = [NameMatch]()
        var i = 0
        while i < tokens.count {
            let t = tokens[i]
            if t.kind != .punct, t.isCapitalized || t.kind == .number,
               let m = gazetteer.names.match(in: tokens, bytes: text, at: i) {
                found.append(NameMatch(span: Span(t.start, tokens[m.last].end), entity: Int(m.entity), isAlias: m.isAlias))
                i = m.last + 1
            } else {
                i += 1
            }
        }
        return found
    }

    /// The matched texts, in order.
    static func texts(_ gazetteer: Gazetteer, _ text: String) -> [String] {
        let bytes = Array(text.utf8)
        return gazetteer.matches(in: bytes).map { String(decoding: bytes[$0.span.start..<$0.span.end], as: UTF8.self) }
    }

    static let names = ["China", "Kim Jong Un", "New York", "New York City", "York", "DPRK", "U.S.", "Gao",
                        "Erdoğan", "São Paulo", "Bank of England", "AT&T", "Time Warner", "O'Leary", "7-Eleven",
                        "Jobs", "Russia", "Far East", "Zürich", "2024 Summit"]

    @Test("documented example: whole words, possessives dropped, hyphens and case folded by policy")
    func documentedExample() throws {
        let g = try Self.gazetteer(Self.names)
        #expect(Self.texts(g, "China's envoy met Kim Jong-un in New York City, not in york.")
                == ["China", "Kim Jong-un", "New York City"])
        #expect(Self.texts(g, "Chinatown and DPRK, dprk, U.S. and US") == ["DPRK", "U.S.", "US"])
    }

    @Test("empty and blank texts match nothing")
    func empty() throws {
        let g = try Self.gazetteer(Self.names)
        #expect(g.matches(in: []).isEmpty)
        #expect(g.matches(in: Array(" \n\t\u{00A0}\n".utf8)).isEmpty)
        #expect(try Self.gazetteer([]).matches(in: Array("China".utf8)).isEmpty)
    }

    @Test("names at the start and the end of the text, and the whole text")
    func textEdges() throws {
        let g = try Self.gazetteer(Self.names)
        #expect(Self.texts(g, "China") == ["China"])
        #expect(Self.texts(g, "Zürich") == ["Zürich"])
        #expect(Self.texts(g, "in New York") == ["New York"])
        #expect(Self.texts(g, "Russia’s") == ["Russia"])
        #expect(Self.texts(g, "the Jobs’") == ["Jobs"])
    }

    @Test("possessives end a name; apostrophes inside a word keep it whole")
    func possessives() throws {
        let g = try Self.gazetteer(Self.names)
        #expect(Self.texts(g, "Russia's Far East") == ["Russia", "Far East"])
        #expect(Self.texts(g, "O'Leary and O’Leary's dog, don't China") == ["O'Leary", "O’Leary", "China"])
        #expect(Self.texts(g, "China'sX") == [])
    }

    @Test("hyphens and periods: glued ones are spelling, loose ones are not")
    func hyphens() throws {
        let g = try Self.gazetteer(Self.names)
        #expect(Self.texts(g, "7-Eleven and 7 - Eleven, Kim Jong - Un") == ["7-Eleven"])
        #expect(Self.texts(g, "the U.S. envoy, the U.S.A") == ["U.S."])
    }

    @Test("non-ASCII names and folded spellings")
    func nonASCII() throws {
        let g = try Self.gazetteer(Self.names)
        #expect(Self.texts(g, "Erdoğan, ERDOGAN and Erdogan in Sao Paulo and São Paulo") == ["Erdoğan", "Erdogan", "Sao Paulo", "São Paulo"])
        #expect(Self.texts(g, "café Zürich") == ["Zürich"])
    }

    @Test("overlapping names: longest first, then the words after a failed start")
    func overlapping() throws {
        let g = try Self.gazetteer(Self.names)
        #expect(Self.texts(g, "New York City and New York and New Jersey York") == ["New York City", "New York", "York"])
        #expect(Self.texts(g, "Bank of England and Bank of France") == ["Bank of England"])
        #expect(Self.texts(g, "New\nYork") == ["York"])
    }

    @Test("caps lines: capitalised names match all-caps words only in a shouted line")
    func capsLines() throws {
        let g = try Self.gazetteer(Self.names)
        #expect(Self.texts(g, "GAO said") == [])
        #expect(Self.texts(g, "GAO SAYS TIME WARNER WINS\nthen GAO") == ["GAO", "TIME WARNER"])
        // A line opening with a no-break space stays part of the line before (as tokens flag it).
        #expect(Self.texts(g, "GAO SAYS ALL\n\u{00A0}GAO") == ["GAO", "GAO"])
        #expect(Self.texts(g, "Quiet line here\n\u{00A0}GAO SAYS ALL") == [])
    }

    @Test("the scan finds what the token-array matcher finds, on the worked examples")
    func sameAsTokenArrayOnExamples() throws {
        let g = try Shared.gazetteer.get()
        let folder = Repository.root.appendingPathComponent("timelines")
        let files = FileManager.default.enumerator(atPath: folder.path)?.compactMap { $0 as? String } ?? []
        var checked = 0
        for file in files where file.hasSuffix(".txt") || file.hasSuffix(".html") {
            let bytes = [UInt8](try Data(contentsOf: folder.appendingPathComponent(file)))
            #expect(g.matches(in: bytes) == Self.reference(g, bytes), "\(file)")
            checked += 1
        }
        #expect(checked > 0)
    }

    @Test("the scan finds what the token-array matcher finds, on random texts of tricky pieces")
    func sameAsTokenArrayOnRandomTexts() throws {
        let g = try Self.gazetteer(Self.names)
        let pieces = ["China", "china", "CHINA", "Kim", "Jong", "-", "un", "Un", "New", "York", "City", "the", "of", "Bank",
                      "England", "AT", "&", "T", "'s", "’s", "’", "'", "s", "O'Leary", "DPRK", "U.S.", "U.S.A", "US", "Gao",
                      "GAO", "Erdoğan", "ERDOĞAN", "São", "Sao", "Paulo", "Zürich", "7", "Eleven", "2024", "Summit", "Far",
                      "East", "Russia", "Jobs", ".", ",", "“", "”", "—", "‐", " ", " ", " ", "\n", "\n\n", "\u{00A0}", "\t",
                      "café", "don't", "X", "a1", "1990s", "Ünal", "ÉLYSÉE"]
        var rng = SystemRandomNumberGenerator()
        for _ in 0..<2_000 {
            var text = ""
            for _ in 0..<Int.random(in: 0...30, using: &rng) { text += pieces.randomElement(using: &rng)! }
            let bytes = Array(text.utf8)
            #expect(g.matches(in: bytes) == Self.reference(g, bytes), "\(text.debugDescription)")
        }
    }
}
