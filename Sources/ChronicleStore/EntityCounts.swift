import Chronicle
import GRDB

extension ChronicleStore {
    /// Mentions per entity id, over every stored document (kept by ingest in `entity_windows`).
    public func mentionCounts() throws -> [String: Int] {
        try db.read { db in
            var counts = [String: Int]()
            for row in try Row.fetchAll(db, sql: "SELECT e.id, w.mentions FROM entity_windows w JOIN entity e ON e.number = w.entity WHERE w.mentions > 0") {
                counts[row[0]] = row[1]
            }
            return counts
        }
    }

    /// Where each source's trigger sits in its sentence, keyed by `HTMLRenderer.key(_:)`: the
    /// trigger's text (the document text between the source's code point offsets; SQLite's
    /// `substr` and `instr` count characters, i.e. code points) and its offset in the sentence
    /// when the sentence is found in the document text (its first occurrence).
    public func triggerLocations(for entries: [TimelineEntry]) throws -> [String: TriggerLocation] {
        let ids = entries.map(\.id)
        return try db.read { db in
            var found = [String: TriggerLocation]()
            for chunk in stride(from: 0, to: ids.count, by: 500).map({ Array(ids[$0..<min($0 + 500, ids.count)]) }) {
                let marks = Array(repeating: "?", count: chunk.count).joined(separator: ", ")
                for row in try Row.fetchAll(db, sql: """
                    SELECT d.id AS document_id, m.trigger_start, m.trigger_end,
                           substr(d.text, m.trigger_start + 1, m.trigger_end - m.trigger_start) AS trigger,
                           instr(d.text, m.sentence) AS at
                    FROM event_mention m JOIN document d ON d.number = m.document
                    WHERE m.event IN (SELECT number FROM event WHERE id IN (\(marks)))
                    """, arguments: StatementArguments(chunk)) {
                    let start: Int = row["trigger_start"]
                    let at: Int = row["at"] ?? 0
                    let text: String = row["trigger"] ?? ""
                    found[HTMLRenderer.key(document: row["document_id"], start: start)] =
                        TriggerLocation(text: text, offsetInSentence: at > 0 ? start - (at - 1) : nil)
                }
            }
            return found
        }
    }
}
