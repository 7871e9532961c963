import GRDB

/// Migration `v3-entity-numbers`: entities get an integer key (`entity.number`), and the tables
/// ingest updates at an entity's place in an index key on it instead of the text id.
///
/// Why: ingest writes each article's rows into entity-keyed indexes (`mention_entity`,
/// `participant_merge`, `entity_windows`, `sentence_pair` and its count index) at random
/// places. With text ids (`person:vladimir-putin`, 20–40 bytes) those indexes grew past the page
/// cache as the store filled, and writing slowed tenfold. An integer takes 1–3 bytes, so the
/// same indexes are a fraction of the size, stay in the cache, and fewer pages change per
/// article. `sentence_pair_count` holds only pairs seen more than once (a pair seen once can
/// rank only in a tiny store, where reading every pair is quick): most pairs are seen once, and
/// their rows no longer touch the count index at all. `entity_windows` also keeps each
/// entity's mention count, so `entities --top` reads it instead of counting every mention.
///
/// Each participant row also carries its event's dated span (`span_begin`, `span_end`: the
/// earliest begin and latest end of the event's dated mentions, NULL for an undated event) in
/// `participant_merge`, so the cross-article merge reads only the events of an entity and
/// family whose span meets the new event's time, instead of checking the time of every event
/// the entity ever took part in (thousands in a large store).
///
/// The entity text id stays the public identity (`entity.id`, unique; `alias` still refers to
/// it): queries join `entity` to name what they print, so every output is unchanged.
enum EntityNumberMigration {
    static let identifier = "v3-entity-numbers"

    /// Rebuilds the entity-keyed tables (SQLite cannot change a column's meaning in place).
    /// Foreign keys are checked once at the end of the migration (GRDB's deferred checks).
    static func apply(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE entity_v3 (
                number INTEGER PRIMARY KEY,
                id TEXT NOT NULL UNIQUE,
                name TEXT NOT NULL,
                type TEXT NOT NULL CHECK (type IN ('PERSON', 'PLACE', 'ORG'))
            );
            INSERT INTO entity_v3 (number, id, name, type) SELECT rowid, id, name, type FROM entity ORDER BY rowid;

            CREATE TABLE mention_v3 (
                document_id TEXT NOT NULL REFERENCES document(id) ON DELETE CASCADE,
                entity INTEGER NOT NULL REFERENCES entity(number),
                start INTEGER NOT NULL,
                "end" INTEGER NOT NULL,
                sentence INTEGER NOT NULL,
                rule TEXT NOT NULL,
                PRIMARY KEY (document_id, start, entity)
            ) WITHOUT ROWID;
            INSERT INTO mention_v3 (document_id, entity, start, "end", sentence, rule)
            SELECT m.document_id, e.number, m.start, m."end", m.sentence, m.rule FROM mention m JOIN entity_v3 e ON e.id = m.entity_id;

            CREATE TABLE participant_v3 (
                event_id TEXT NOT NULL REFERENCES event(id) ON DELETE CASCADE,
                entity INTEGER NOT NULL REFERENCES entity(number),
                document_id TEXT NOT NULL REFERENCES document(id) ON DELETE CASCADE,
                role TEXT NOT NULL,
                position INTEGER NOT NULL,
                family TEXT NOT NULL,
                span_begin TEXT,
                span_end TEXT,
                PRIMARY KEY (event_id, entity, document_id)
            ) WITHOUT ROWID;
            INSERT INTO participant_v3 (event_id, entity, document_id, role, position, family, span_begin, span_end)
            SELECT p.event_id, e.number, p.document_id, p.role, p.position, p.family, s.b, s.e FROM participant p
            JOIN entity_v3 e ON e.id = p.entity_id
            LEFT JOIN (SELECT event_id, MIN(time_begin) AS b, MAX(time_end) AS e FROM event_mention WHERE time_begin IS NOT NULL
                       GROUP BY event_id) s ON s.event_id = p.event_id;

            CREATE TABLE entity_windows_v3 (
                entity INTEGER PRIMARY KEY,
                sentences INTEGER NOT NULL DEFAULT 0,
                documents INTEGER NOT NULL DEFAULT 0,
                events INTEGER NOT NULL DEFAULT 0,
                mentions INTEGER NOT NULL DEFAULT 0
            );
            INSERT INTO entity_windows_v3 (entity, sentences, documents, events, mentions)
            SELECT e.number, w.sentences, w.documents, w.events, COALESCE(m.n, 0) FROM entity_windows w JOIN entity_v3 e ON e.id = w.entity_id
            LEFT JOIN (SELECT entity, COUNT(*) AS n FROM mention_v3 GROUP BY entity) m ON m.entity = e.number;

            CREATE TABLE sentence_pair_v3 (
                a INTEGER NOT NULL,
                b INTEGER NOT NULL,
                n INTEGER NOT NULL,
                PRIMARY KEY (a, b)
            ) WITHOUT ROWID;
            INSERT INTO sentence_pair_v3 (a, b, n)
            SELECT MIN(x.number, y.number), MAX(x.number, y.number), p.n FROM sentence_pair p
            JOIN entity_v3 x ON x.id = p.a JOIN entity_v3 y ON y.id = p.b;

            DROP TABLE sentence_pair;
            DROP TABLE entity_windows;
            DROP TABLE participant;
            DROP TABLE mention;
            DROP TABLE entity;
            ALTER TABLE entity_v3 RENAME TO entity;
            ALTER TABLE mention_v3 RENAME TO mention;
            ALTER TABLE participant_v3 RENAME TO participant;
            ALTER TABLE entity_windows_v3 RENAME TO entity_windows;
            ALTER TABLE sentence_pair_v3 RENAME TO sentence_pair;

            -- Covers the co-occurrence lookups (an entity's documents and sentences) without
            -- reading the table.
            CREATE INDEX mention_entity ON mention(entity, document_id, sentence);
            CREATE INDEX participant_merge ON participant(entity, family, span_end, span_begin, event_id);
            CREATE INDEX participant_document ON participant(document_id);
            CREATE INDEX sentence_pair_count ON sentence_pair(n) WHERE n > 1;
            """)
    }
}
