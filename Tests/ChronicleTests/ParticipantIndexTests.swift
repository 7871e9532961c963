import Testing
@testable import Chronicle

/// The merger's index of merged events by (family, participant).
@Suite("Participant index")
struct ParticipantIndexTests {
    func events(_ index: ParticipantIndex, family: Int, entity: Int) -> [Int] {
        var found = [Int]()
        index.append(family: family, entity: entity, to: &found)
        return found
    }

    @Test("documented example: each pair lists its events, latest first; family and entity do not collide")
    func lists() {
        var index = ParticipantIndex()
        index.add(0, family: 0, entity: 1)
        index.add(1, family: 1, entity: 0)
        index.add(2, family: 0, entity: 1)
        index.add(2, family: 0, entity: 5)
        #expect(events(index, family: 0, entity: 1) == [2, 0])
        #expect(events(index, family: 1, entity: 0) == [1])
        #expect(events(index, family: 0, entity: 5) == [2])
        #expect(events(index, family: 1, entity: 1).isEmpty)
        #expect(events(index, family: 0, entity: 0).isEmpty)
    }

    @Test("appends to what the list holds already")
    func appends() {
        var index = ParticipantIndex()
        index.add(3, family: 2, entity: 7)
        var found = [9]
        index.append(family: 2, entity: 7, to: &found)
        #expect(found == [9, 3])
    }

    @Test("many pairs: the table grows and every list stays whole")
    func growth() {
        var index = ParticipantIndex()
        for event in 0..<200 { index.add(event, family: event % 3, entity: event % 50) }
        for family in 0..<3 {
            for entity in 0..<50 {
                let expected = (0..<200).filter { $0 % 3 == family && $0 % 50 == entity }.reversed()
                #expect(events(index, family: family, entity: entity) == Array(expected))
            }
        }
    }
}
