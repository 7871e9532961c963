import Foundation
import Testing
@testable import Chronicle

/// Inputs that crashed the pipeline, found by the fuzzer (`Fuzz/`) or while preparing its
/// seeds. Each must now run through decoding and `Pipeline.extract` without a trap.
@Suite("Fuzz regressions")
struct FuzzRegressionTests {
    static let published = LocalDateTime(year: 2024, month: 3, day: 14, hour: 10)

    /// Decodes and annotates bytes as the fuzz target does.
    @discardableResult
    static func run(_ bytes: [UInt8]) throws -> Extraction? {
        guard let text = try? ArticleReader.decode(Data(bytes), name: "fuzz") else { return nil }
        let x = try Shared.pipeline().extract(raw: text, source: "fuzz", published: published)
        var json = ""
        ExtractionJSON.write(x, to: &json)
        return x
    }

    static func run(_ text: String) throws -> Extraction { try run(Array(text.utf8))! }

    @Test("fuzzer crash 54a37050: `99999999 years ago` overran the calendar (force-unwrap in CalendarDay.adding(months:))")
    func yearsBeyondTheCalendar() throws {
        let input = """
            VHdlbnR5LWZvdXIgcGVvcGxlLCAxLDUwMCB0cm9vcHMsIDIuNSBtaWxsaW9uIGRvbGxhcnMsIG9uZSBodW5kcmVkIGFuZCB0d28g\
            ZGF5cywgM3JkIG9mIE1heSwKbmluZXRlZW4gbmluZXR5LXVvdGX/OTk5OTk5OTk3OTk5OTk5OTk5OTk5OTk5OTk5OTk5OTk5OTkw\
            MDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDkxNjk2MTAzMTYzMDMwbWl0JiM4MjIxOy48L3A+CjxwPlRoZXkgd2lsbCBtZWV0\
            IGFnYWluIG5leHQgbW9udGgsIGEgc3Bva2VzcGVyc29uIHNhaW0gR2VuLiBVLlMuIFUuTi4gZS5nLiA/ISAiUXVvdGX/OTk5OTk5\
            OTk3OTk5OTk5OTk5OTk5OTk5OTk5OTk5OTk5OTkwMDAwMDAwMDAwMDAwMDAwMDAwMTAwMDAwMDAwMDkxNjk2MTAzMTYzMDMwbWl0\
            JiM4MjIxOy48L3A+CjxwPlRoZXkgd2lsbCBtZWV0IGFnYWluIG5leHQgbW9udGgsIGEgc3Bva2VzcGVyc29uIHNhaWQgb24gVGh1\
            cnNkYXkuPC9wPgo8IS1zaXgsIDk5OTk5OTk5PCEtLTk5OTk5OTk5IHllYXJzIGFnbywgLTUgZGF5cywgMCBvJ2Nsb2NrLCAzMSBG\
            ZWJydWFyeSAyMDIzLCAzMC8wMi8yMDI0LApkYXkgMCwgbW9udGggMTMsIDIwMjQtMTMtNDUsIDEwMDAwIEJDLCB5ZWFyIDIxOTkg\
            YW5kIDIyMDAsIDEyOjYxIHAubS4sIDI1OjAwLgo=
            """
        try Self.run(Array(try #require(Data(base64Encoded: input))))
    }

    @Test("shifts too far for the calendar or for an Int give no value; near ones still resolve", arguments: [
        "99999999 years ago", "999999999999999999 days ago", "99999999 centuries ago", "in 99999999 millennia",
        "999999999999999999 weeks from now", "99999999 months later",
    ])
    func hugeShifts(_ phrase: String) throws {
        let x = try Self.run("Talks\n\nThe mayor said on Monday that it happened \(phrase), officials said.\n")
        #expect(!x.times.contains { $0.value.hasPrefix("0001") || $0.value.hasPrefix("9999") })
        let near = try Self.run("Talks\n\nThe mayor said it happened three years ago, officials said.\n")
        #expect(near.times.map(\.value) == ["2021"])
    }

    @Test("a number token with an apostrophe (`1'000`, Swiss style) trapped in NumberReader.digitsValue")
    func apostropheInNumber() throws {
        let x = try Self.run("Talks\n\nThe mayor said on Monday that it cost 1'000 francs and ٣٤ dinars, officials said.\n")
        #expect(x.times.map(\.value) == ["2024-03-11"])
    }

    @Test("an ordinal of twenty digits overflowed", arguments: ["the 99999999999999999999th day", "on March 99999999999999999999th"])
    func hugeOrdinal(_ phrase: String) throws {
        _ = try Self.run("Talks\n\nThe mayor said that \(phrase) was near, officials said.\n")
    }

    @Test("fuzzer crash 27c2f345: a listed person's name as the last tokens of the text (index out of range in ShortFormResolver)")
    func nameAtTheEnd() throws {
        let input = "TXIuIHJELk4uIGUvLmcuID8hICI8IURPQzxodG1sPjxoZWFkLmcuID8hICJRdW8ydGUuIiA4UCZhbXA7YXJlbikgW2ZdIC0tICsrIFZsYWRpbWlyIFB1dGluCkZsIG8nIFZuLiBVLlMuIFUuTi5GZWIuIGUuZy4gPyEgIlF1bzJ0ZS4iIDhQJmFtcDthcmVuKSBbZl0gLS0gKysgVmxhZGltaXIgUHV0aW4KRmwgbycgVmxhZGltaXIgJmFtcDtNci4gRHJbZl0gLS0gKysgVmxhZGltaXIgUHVvLm5lTiA="
        try Self.run(Array(try #require(Data(base64Encoded: input))))
        // The plain form: an article whose last words are a listed full name, with no period.
        let x = try Self.run("Talks\n\nThe minister said on Monday that he had spoken to Vladimir Putin")
        #expect(x.entities.map(\.id).contains("person:vladimir-putin"))
    }

    @Test("`&#0;` in HTML becomes U+FFFD, not a NUL in the text")
    func nulReference() throws {
        let x = try Self.run("<html><body><p>The mayor met officials in Lyon on Monday &#0; and &#x0; said so.</p></body></html>")
        #expect(!x.document.text.unicodeScalars.contains("\u{0}"))
        #expect(x.document.text.contains("\u{FFFD}"))
    }
}
