/// An event row as the timeline queries read it: its number (the key its mention and
/// participant rows are found by, see `EventNumberMigration`) and what an entry prints.
struct StoredEvent {
    let number: Int
    let id: String, type: String, summary: String

    /// The event of a row of `number, id, type, summary`; nil when a text column is NULL.
    init?(_ row: OpaquePointer) {
        guard let id = BoundStatement.text(row, 1), let type = BoundStatement.text(row, 2),
              let summary = BoundStatement.text(row, 3) else { return nil }
        (number, self.id, self.type, self.summary) = (BoundStatement.int(row, 0), id, type, summary)
    }
}
