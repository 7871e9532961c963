/// The times of recent statements by speaker, so that a quotation's `he said` a sentence or two
/// later is placed with the statement it continues.
struct StatementMemory {
    /// How many sentences back a statement is still the same occasion.
    static let reach = 3

    /// Speakers are the entity ids of one statement: a handful, compared by a nested scan.
    private var entries: [(speakers: [String], time: TimeExpression, sentence: Int)] = []

    mutating func remember(_ speakers: [String], _ time: TimeExpression, sentence: Int) {
        guard !speakers.isEmpty else { return }
        entries.append((speakers, time, sentence))
    }

    /// The time of the latest statement sharing a speaker, within `reach` sentences.
    func recall(_ speakers: [String], before sentence: Int) -> TimeExpression? {
        guard !speakers.isEmpty else { return nil }
        return entries.last { entry in
            sentence - entry.sentence <= StatementMemory.reach && entry.speakers.contains { speakers.contains($0) }
        }?.time
    }
}
