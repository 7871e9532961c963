import Testing
@testable import Chronicle

/// `EntityIdNumbers` and the merger's numbered keys: integers that stand for Strings exactly.
@Suite("Entity id numbers")
struct EntityIdNumbersTests {
    func entity(_ id: String) -> DocumentEntity {
        DocumentEntity(id: id, name: id, type: .person, mentions: [])
    }

    @Test("documented example: equal ids get equal numbers, in order of first appearance")
    func documentedExample() {
        let numbers = EntityIdNumbers([entity("person:a"), entity("org:b"), entity("person:a")])
        #expect(numbers.numberOfEntity == [0, 1, 0])
        #expect(numbers.id(0) == "person:a" && numbers.id(1) == "org:b")
    }

    @Test("no entities: no numbers")
    func empty() {
        #expect(EntityIdNumbers([]).numberOfEntity.isEmpty)
    }

    @Test("merging with any one-to-one numbering of families and ids gives what merging by Strings gives")
    func mergeEquivalence() {
        var random = SystemRandomNumberGenerator()
        let families = ["gift", "meeting", "statement"], ids = (0..<6).map { $0 < 4 ? "person:p\($0)" : "org:o\($0)" }
        let roles = ["agent", "speaker", "participant", "recipient"]
        for _ in 0..<200 {
            let events = (0..<Int.random(in: 0..<12, using: &random)).map { n -> Event in
                var seen = Set<String>()
                let participants = (0..<Int.random(in: 0..<3, using: &random)).compactMap { _ -> Event.Participant? in
                    let id = ids.randomElement(using: &random)!
                    return seen.insert(id).inserted ? Event.Participant(entityId: id, role: roles.randomElement(using: &random)!) : nil
                }
                let day = Int.random(in: 1...3, using: &random)
                let time = Bool.random(using: &random) ? nil
                    : TimeExpression(span: Span(0, 1), type: .date, value: "2024-02-0\(day)",
                                     range: TimeRange(begin: LocalDateTime(iso: "2024-02-0\(day)")!, end: LocalDateTime(iso: "2024-02-0\(day + 1)")!),
                                     mod: nil, rule: "test")
                let family = families.randomElement(using: &random)!
                return Event(id: "d-\(n)", type: family, family: family, trigger: Span(n, n + 1), mentions: [],
                             participants: participants, places: [], time: time, timeSource: nil, source: "test",
                             isReporting: family == "statement", isBareNoun: participants.isEmpty && Bool.random(using: &random))
            }
            // Numbers unrelated to first appearance: a shuffled assignment, as the lexicon's family
            // numbers and a document's entity numbers are.
            let familyNumber = Dictionary(uniqueKeysWithValues: zip(families, (0..<families.count).shuffled(using: &random)))
            let idNumber = Dictionary(uniqueKeysWithValues: zip(ids, (0..<ids.count).shuffled(using: &random)))
            let keys = events.map { e in
                EventKeys.Numbered(family: familyNumber[e.family]!,
                                   participants: e.participants.map {
                                       .init(entity: idNumber[$0.entityId]!, role: EventKeys.Role($0.role), isPerson: EntityId.isPerson($0.entityId),
                                             isOrganisation: EntityId.isOrganisation($0.entityId))
                                   })
            }
            #expect(EventMerger.merge(events, keys: keys) == EventMerger.merge(events))
        }
    }
}
