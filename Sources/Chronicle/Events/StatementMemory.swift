/// The times of recent statements by speaker, so that a quotation's `he said` a sentence or two
/// later is placed with the statement it continues.
struct StatementMemory {
    /// How many sentences back a statement is still the same occasion.
    static let reach = 3

    /// Speakers are the entity numbers of one statement (`EntityIdNumbers`: equal ids, equal
    /// numbers): a handful, compared by a nested scan. A time is an index into the document's times.
    private var entries: [(speakers: [Int], time: Int, sentence: Int)] = []

    mutating func remember(_ speakers: [Int], _ time: Int, sentence: Int) {
        guard !speakers.isEmpty else { return }
        entries.append((speakers, time, sentence))
    }

    /// The time of the latest statement sharing a speaker, within `reach` sentences.
    func recall(_ speakers: [Int], before sentence: Int) -> Int? {
        guard !speakers.isEmpty else { return nil }
        return entries.last { entry in
            sentence - entry.sentence <= StatementMemory.reach && entry.speakers.contains { speakers.contains($0) }
        }?.time
    }
}
