import GRDB

/// Migration `v5-document-numbers`: documents get an integer key (`document.number`), and the
/// per-article tables key on it instead of the 16-character text id; the writer keeps the
/// links between rows itself instead of SQLite's foreign keys; indexes no query reads go.
///
/// Why: ingest writes about 150 rows and as many index entries per article into `mention`,
/// `timex`, `event_mention`, `participant` and `event_link`, and most of the writer's time was
/// SQLite's b-tree work. An integer document key takes 1–3 bytes where the text id took 17,
/// so keys are shorter, pages hold more of them and fewer pages change per article. Each
/// foreign key cost an index lookup per row written (a mention looked up its document and its
/// entity; a participant its event, entity and document): the writer inserts the document
/// first, each event before its rows, and checks every entity number itself
/// (`EventWriter.number`), so the lookups only ever found what was just written. A replaced
/// article's rows are deleted by the writer (`ChronicleStore.deleteDocument`), as the
/// cascades did. `participant_document` is gone (a document's participant rows belong to
/// events it tells, found through `event_mention_document`) and so is `event_family` (the
/// merge reads families from `participant_merge`; no query used it).
///
/// The text id stays the public identity (`document.id`, unique): queries join `document` to
/// name what they print, and order ties by text id as the text keys did, so every output is
/// unchanged.
enum DocumentNumberMigration {
    static let identifier = "v5-document-numbers"

    /// Rebuilds the document-keyed tables (SQLite cannot change a column's meaning or drop a
    /// foreign key in place). Rows are copied in their new key order.
    static func apply(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE document_v5 (
                number INTEGER PRIMARY KEY,
                id TEXT NOT NULL UNIQUE,
                source TEXT NOT NULL,
                title TEXT,
                published TEXT,
                text TEXT NOT NULL,
                ingested_at TEXT NOT NULL
            );
            INSERT INTO document_v5 (number, id, source, title, published, text, ingested_at)
            SELECT rowid, id, source, title, published, text, ingested_at FROM document ORDER BY rowid;

            CREATE TABLE mention_v5 (
                document INTEGER NOT NULL,
                entity INTEGER NOT NULL,
                start INTEGER NOT NULL,
                "end" INTEGER NOT NULL,
                sentence INTEGER NOT NULL,
                rule TEXT NOT NULL,
                PRIMARY KEY (document, start, entity)
            ) WITHOUT ROWID;
            INSERT INTO mention_v5 (document, entity, start, "end", sentence, rule)
            SELECT d.number, m.entity, m.start, m."end", m.sentence, m.rule FROM mention m JOIN document_v5 d ON d.id = m.document_id
            ORDER BY d.number, m.start, m.entity;

            CREATE TABLE timex_v5 (
                document INTEGER NOT NULL,
                start INTEGER NOT NULL,
                "end" INTEGER NOT NULL,
                type TEXT NOT NULL,
                value TEXT NOT NULL,
                mod TEXT,
                begin TEXT,
                finish TEXT,
                rule TEXT NOT NULL,
                PRIMARY KEY (document, start)
            ) WITHOUT ROWID;
            INSERT INTO timex_v5 (document, start, "end", type, value, mod, begin, finish, rule)
            SELECT d.number, t.start, t."end", t.type, t.value, t.mod, t.begin, t.finish, t.rule FROM timex t
            JOIN document_v5 d ON d.id = t.document_id ORDER BY d.number, t.start;

            CREATE TABLE event_mention_v5 (
                event_id TEXT NOT NULL,
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
                PRIMARY KEY (event_id, document, trigger_start)
            ) WITHOUT ROWID;
            INSERT INTO event_mention_v5 (event_id, document, trigger_start, trigger_end, sentence, time_value, time_begin, time_end,
                                          time_mod, time_from, rule)
            SELECT m.event_id, d.number, m.trigger_start, m.trigger_end, m.sentence, m.time_value, m.time_begin, m.time_end,
                   m.time_mod, m.time_from, m.rule
            FROM event_mention m JOIN document_v5 d ON d.id = m.document_id;

            CREATE TABLE participant_v5 (
                event_id TEXT NOT NULL,
                entity INTEGER NOT NULL,
                document INTEGER NOT NULL,
                role TEXT NOT NULL,
                position INTEGER NOT NULL,
                family TEXT NOT NULL,
                span_begin TEXT,
                span_end TEXT,
                PRIMARY KEY (event_id, entity, document)
            ) WITHOUT ROWID;
            INSERT INTO participant_v5 (event_id, entity, document, role, position, family, span_begin, span_end)
            SELECT p.event_id, p.entity, d.number, p.role, p.position, p.family, p.span_begin, p.span_end
            FROM participant p JOIN document_v5 d ON d.id = p.document_id;

            CREATE TABLE event_link_v5 (
                from_event TEXT NOT NULL,
                to_event TEXT NOT NULL,
                relation TEXT NOT NULL CHECK (relation IN ('before', 'after', 'overlap', 'same', 'reports')),
                document INTEGER NOT NULL,
                PRIMARY KEY (from_event, to_event, relation, document)
            ) WITHOUT ROWID;
            INSERT INTO event_link_v5 (from_event, to_event, relation, document)
            SELECT l.from_event, l.to_event, l.relation, d.number FROM event_link l JOIN document_v5 d ON d.id = l.document_id;

            DROP TABLE event_link;
            DROP TABLE participant;
            DROP TABLE event_mention;
            DROP TABLE timex;
            DROP TABLE mention;
            DROP TABLE document;
            ALTER TABLE document_v5 RENAME TO document;
            ALTER TABLE mention_v5 RENAME TO mention;
            ALTER TABLE timex_v5 RENAME TO timex;
            ALTER TABLE event_mention_v5 RENAME TO event_mention;
            ALTER TABLE participant_v5 RENAME TO participant;
            ALTER TABLE event_link_v5 RENAME TO event_link;

            CREATE INDEX document_source ON document(source);
            CREATE INDEX mention_entity ON mention(entity, document, sentence);
            CREATE INDEX event_mention_document ON event_mention(document);
            CREATE INDEX participant_merge ON participant(entity, family, span_end, span_begin, event_id);
            DROP INDEX event_family;
            """)
    }
}
