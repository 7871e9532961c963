/// A one-line summary of an event from its parts: `Vladimir Putin met Kim Jong-un (Far East)`.
///
/// Agents and speakers first, then the trigger as written, then the other participants, then
/// the places; the sentence itself stays available in the event's sources.
public enum EventSummary {
    public static func make(_ event: Event, names: [String: String], trigger: String) -> String {
        func name(_ id: String) -> String { names[id] ?? id }
        let actors = event.participants.filter { $0.role == "agent" || $0.role == "speaker" }.map { name($0.entityId) }
        let others = event.participants.filter { $0.role != "agent" && $0.role != "speaker" }.map { name($0.entityId) }
        var parts = [String]()
        if !actors.isEmpty { parts.append(list(actors)) }
        parts.append(trigger)
        if !others.isEmpty { parts.append(list(others)) }
        var summary = parts.joined(separator: " ")
        if !event.places.isEmpty { summary += " (" + event.places.map(name).joined(separator: ", ") + ")" }
        return summary
    }

    private static func list(_ names: [String]) -> String {
        switch names.count {
        case 1: return names[0]
        case 2: return names[0] + " and " + names[1]
        default: return names.dropLast().joined(separator: ", ") + " and " + names.last!
        }
    }
}
