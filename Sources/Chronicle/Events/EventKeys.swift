/// Numbers for the Strings the event merger compares (families, entity ids, roles), given
/// once per event, so merging a document hashes each String once and then works on integers.
struct EventKeys {
    /// The roles the merge rules tell apart; every other role is `.other`.
    enum Role: UInt8 {
        case speaker, agent, other

        init(_ name: String) {
            switch name {
            case "speaker": self = .speaker
            case "agent": self = .agent
            default: self = .other
            }
        }
    }

    struct Participant: Equatable {
        let entity: Int
        let role: Role
        /// A person's id (`EntityId.isPerson`): which speakers say who made a statement.
        let isPerson: Bool
        /// The number of the country a leader acts for (`LeaderCountries`), when the document
        /// names it; -1 otherwise.
        var represents: Int = -1
        /// An organisation's id (`EntityId.isOrganisation`): which deals tell two purchases apart.
        var isOrganisation = false
    }

    /// An event's family and participants (in the event's order) as numbers.
    struct Numbered {
        let family: Int
        var participants: [Participant]

        func has(_ role: Role) -> Bool { participants.contains { $0.role == role } }
        var hasPersonSpeaker: Bool { participants.contains { $0.role == .speaker && $0.isPerson } }
    }

    private var families = [String: Int]()
    private var entities = [String: Int]()

    /// Numbers `event`'s family and participants; equal Strings get equal numbers.
    mutating func number(_ event: Event) -> Numbered {
        let family = Self.number(event.family, in: &families)
        var participants = [Participant]()
        participants.reserveCapacity(event.participants.count)
        for p in event.participants {
            participants.append(Participant(entity: Self.number(p.entityId, in: &entities), role: Role(p.role),
                                            isPerson: EntityId.isPerson(p.entityId),
                                            isOrganisation: EntityId.isOrganisation(p.entityId)))
        }
        return Numbered(family: family, participants: participants)
    }

    private static func number(_ s: String, in table: inout [String: Int]) -> Int {
        let next = table.count
        let n = table[s, default: next]
        if n == next { table[s] = n }
        return n
    }
}
