import GRDB

/// Migration `v6-event-numbers`: events get an integer key (`event.number`, the rowid they
/// already had), and the event-keyed tables (`event_mention`, `participant`, `event_link`)
/// key on it instead of the text id.
///
/// Why: an event's text id is its document's hash and a trigger offset (`d3f…-712`), so each
/// new event's rows went into those three tables (about 80 rows per article, each holding the
/// 20-byte id in its key) at random places: as the store grew, nearly every row changed a
/// page of its own, and each such page was found, changed and written to the WAL again. A new
/// event's number is the largest so far plus one: its rows are appended at the end of their
/// tables' keys, and the key takes 1–4 bytes. Only `event`'s own unique index on the text id
/// is still written at a random place (once per new event).
///
/// The text id stays the public identity (`event.id`, unique): queries name events by it and
/// order ties by it as the text keys did, so every output is unchanged.
enum EventNumberMigration {
    static let identifier = "v6-event-numbers"

    /// Rebuilds the event-keyed tables (SQLite cannot change a column's meaning in place).
    /// Rows are copied in their new key order; `event` keeps its rowids as numbers, so the
    /// storage order queries read events in is unchanged.
    static func apply(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE event_v6 (
                number INTEGER PRIMARY KEY,
                id TEXT NOT NULL UNIQUE,
                type TEXT NOT NULL,
                family TEXT NOT NULL,
                reporting INTEGER NOT NULL,
                summary TEXT NOT NULL
            );
            INSERT INTO event_v6 (number, id, type, family, reporting, summary)
            SELECT rowid, id, type, family, reporting, summary FROM event ORDER BY rowid;

            CREATE TABLE event_mention_v6 (
                event INTEGER NOT NULL,
                document INTEGER NOT NULL,
                trigger_start INTEGER NOT NULL,
                trigger_end INTEGER NOT NULL,
                sentence TEXT NOT NULL,
                time_value TEXT,
                time_begin TEXT,
                time_end TEXT,
                time_mod TEXT,
                time_from TEXT,
                rule TEXT NOT NULL,
                PRIMARY KEY (event, document, trigger_start)
            ) WITHOUT ROWID;
            INSERT INTO event_mention_v6 (event, document, trigger_start, trigger_end, sentence, time_value, time_begin, time_end,
                                          time_mod, time_from, rule)
            SELECT v.number, m.document, m.trigger_start, m.trigger_end, m.sentence, m.time_value, m.time_begin, m.time_end,
                   m.time_mod, m.time_from, m.rule
            FROM event_mention m JOIN event_v6 v ON v.id = m.event_id ORDER BY v.number, m.document, m.trigger_start;

            CREATE TABLE participant_v6 (
                event INTEGER NOT NULL,
                entity INTEGER NOT NULL,
                document INTEGER NOT NULL,
                role TEXT NOT NULL,
                position INTEGER NOT NULL,
                family TEXT NOT NULL,
                span_begin TEXT,
                span_end TEXT,
                PRIMARY KEY (event, entity, document)
            ) WITHOUT ROWID;
            INSERT INTO participant_v6 (event, entity, document, role, position, family, span_begin, span_end)
            SELECT v.number, p.entity, p.document, p.role, p.position, p.family, p.span_begin, p.span_end
            FROM participant p JOIN event_v6 v ON v.id = p.event_id ORDER BY v.number, p.entity, p.document;

            CREATE TABLE event_link_v6 (
                from_event INTEGER NOT NULL,
                to_event INTEGER NOT NULL,
                relation TEXT NOT NULL CHECK (relation IN ('before', 'after', 'overlap', 'same', 'reports')),
                document INTEGER NOT NULL,
                PRIMARY KEY (from_event, to_event, relation, document)
            ) WITHOUT ROWID;
            INSERT INTO event_link_v6 (from_event, to_event, relation, document)
            SELECT f.number, t.number, l.relation, l.document FROM event_link l
            JOIN event_v6 f ON f.id = l.from_event JOIN event_v6 t ON t.id = l.to_event
            ORDER BY f.number, t.number, l.relation, l.document;

            DROP TABLE event_link;
            DROP TABLE participant;
            DROP TABLE event_mention;
            DROP TABLE event;
            ALTER TABLE event_v6 RENAME TO event;
            ALTER TABLE event_mention_v6 RENAME TO event_mention;
            ALTER TABLE participant_v6 RENAME TO participant;
            ALTER TABLE event_link_v6 RENAME TO event_link;

            CREATE INDEX event_mention_document ON event_mention(document);
            CREATE INDEX participant_merge ON participant(entity, family, span_end, span_begin, event);
            """)
    }
}
