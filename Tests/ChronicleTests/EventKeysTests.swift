import Testing
@testable import Chronicle

/// The integer keys behind `EventMerger`: families and entity ids numbered per document.
@Suite("Event keys")
struct EventKeysTests {
    func event(_ family: String, _ participants: [(String, String)]) -> Event {
        Event(id: "d-0", type: family, family: family, trigger: Span(0, 1), mentions: [],
              participants: participants.map { Event.Participant(entityId: $0.0, role: $0.1) }, places: [],
              time: nil, timeSource: nil, source: "test", isReporting: false, isBareNoun: false)
    }

    @Test("documented example: equal Strings get equal numbers, in order of first appearance; roles by name")
    func numbers() {
        var keys = EventKeys()
        let a = keys.number(event("meeting", [("person:a", "agent"), ("org:b", "participant")]))
        let b = keys.number(event("statement", [("org:b", "speaker"), ("person:a", "recipient")]))
        let c = keys.number(event("meeting", [("person:c", "agent")]))
        #expect(a.family == 0 && b.family == 1 && c.family == 0)
        #expect(a.participants == [.init(entity: 0, role: .agent, isPerson: true),
                                   .init(entity: 1, role: .other, isPerson: false, isOrganisation: true)])
        #expect(b.participants == [.init(entity: 1, role: .speaker, isPerson: false, isOrganisation: true),
                                   .init(entity: 0, role: .other, isPerson: true)])
        #expect(c.participants == [.init(entity: 2, role: .agent, isPerson: true)])
        #expect(a.has(.agent) && !a.has(.speaker) && b.has(.speaker))
        // `org:b` speaks in `b`, `person:a` does not: no person speaker.
        #expect(!b.hasPersonSpeaker)
    }

    @Test("no participants: a family number and nothing else")
    func empty() {
        var keys = EventKeys()
        let a = keys.number(event("gift", []))
        #expect(a.family == 0 && a.participants.isEmpty && !a.has(.agent))
    }
}
