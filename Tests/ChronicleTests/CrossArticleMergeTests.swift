import Testing
@testable import Chronicle

/// When two articles tell one event: `CrossArticleMerge.score` on sketches of their events.
@Suite("Cross-article merge")
struct CrossArticleMergeTests {
    /// Tuesday 20 February 2024, one day.
    static let tuesday = TimeRange(begin: LocalDateTime(iso: "2024-02-20")!, end: LocalDateTime(iso: "2024-02-21")!)

    func statement(_ speakers: Set<String>, range: TimeRange? = tuesday) -> CrossArticleMerge.Sketch {
        .init(isReporting: true, speakers: speakers, participants: speakers, places: [], range: range)
    }

    @Test("documented example: one spokesman's Tuesday statement in two articles is one event")
    func sameSpeaker() {
        let a = statement(["org:kremlin", "person:dmitry-peskov"]), b = statement(["person:dmitry-peskov"])
        #expect(CrossArticleMerge.score(a, b) == 1)
    }

    @Test("two people who share only their employer made two statements")
    func affiliationOnly() {
        let a = statement(["org:kremlin", "person:dmitry-peskov"]), b = statement(["org:kremlin", "person:yuri-ushakov"])
        #expect(CrossArticleMerge.score(a, b) == nil)
    }

    @Test("with no person named on one side, any shared speaker will do")
    func organisationSpeaker() {
        #expect(CrossArticleMerge.score(statement(["org:kremlin"]), statement(["org:kremlin", "person:dmitry-peskov"])) == 1)
        #expect(CrossArticleMerge.score(statement(["org:kremlin"]), statement(["org:kremlin"])) == 1)
    }

    @Test("edge cases: no speakers, no shared speaker, undated statements")
    func edges() {
        #expect(CrossArticleMerge.score(statement([]), statement([])) == nil)
        #expect(CrossArticleMerge.score(statement(["person:a"]), statement(["person:b"])) == nil)
        #expect(CrossArticleMerge.score(statement(["person:a"], range: nil), statement(["person:a"], range: nil)) == nil)
    }
}
