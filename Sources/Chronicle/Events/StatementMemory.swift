/// The times of recent statements by speaker, so that a quotation's `he said` a sentence or two
/// later is placed with the statement it continues.
struct StatementMemory {
    /// How many sentences back a statement is still the same occasion.
    static let reach = 3

    private var entries: [(speakers: Set<String>, time: TimeExpression, sentence: Int)] = []

    mutating func remember(_ speakers: Set<String>, _ time: TimeExpression, sentence: Int) {
        guard !speakers.isEmpty else { return }
        entries.append((speakers, time, sentence))
    }

    /// The time of the latest statement sharing a speaker, within `reach` sentences.
    func recall(_ speakers: Set<String>, before sentence: Int) -> TimeExpression? {
        guard !speakers.isEmpty else { return nil }
        return entries.last { sentence - $0.sentence <= StatementMemory.reach && !$0.speakers.isDisjoint(with: speakers) }?.time
    }
}
