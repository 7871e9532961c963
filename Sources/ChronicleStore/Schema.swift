import GRDB

/// The store's schema as named, forward-only migrations. A migration, once released, never
/// changes: later versions add new ones. GRDB records applied names in `grdb_migrations`.
enum Schema {
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1-initial") { db in
            try db.execute(sql: """
                CREATE TABLE document (
                    id TEXT PRIMARY KEY,
                    source TEXT NOT NULL,
                    title TEXT,
                    published TEXT,
                    text TEXT NOT NULL,
                    ingested_at TEXT NOT NULL
                );
                CREATE INDEX document_source ON document(source);
                CREATE TABLE entity (
                    id TEXT PRIMARY KEY,
                    name TEXT NOT NULL,
                    type TEXT NOT NULL CHECK (type IN ('PERSON', 'PLACE', 'ORG'))
                );
                -- Every normalised surface form an entity was mentioned by, for --entity lookups.
                CREATE TABLE alias (
                    form TEXT NOT NULL,
                    entity_id TEXT NOT NULL REFERENCES entity(id),
                    PRIMARY KEY (form, entity_id)
                ) WITHOUT ROWID;
                CREATE TABLE mention (
                    document_id TEXT NOT NULL REFERENCES document(id) ON DELETE CASCADE,
                    entity_id TEXT NOT NULL REFERENCES entity(id),
                    start INTEGER NOT NULL,
                    "end" INTEGER NOT NULL,
                    sentence INTEGER NOT NULL,
                    rule TEXT NOT NULL,
                    PRIMARY KEY (document_id, start, entity_id)
                ) WITHOUT ROWID;
                CREATE INDEX mention_entity ON mention(entity_id);
                CREATE TABLE timex (
                    document_id TEXT NOT NULL REFERENCES document(id) ON DELETE CASCADE,
                    start INTEGER NOT NULL,
                    "end" INTEGER NOT NULL,
                    type TEXT NOT NULL,
                    value TEXT NOT NULL,
                    mod TEXT,
                    begin TEXT,
                    finish TEXT,
                    rule TEXT NOT NULL,
                    PRIMARY KEY (document_id, start)
                ) WITHOUT ROWID;
                -- An event is a cluster of mentions, possibly from several articles; its time,
                -- participants and sources are derived from them.
                CREATE TABLE event (
                    id TEXT PRIMARY KEY,
                    type TEXT NOT NULL,
                    family TEXT NOT NULL,
                    reporting INTEGER NOT NULL,
                    summary TEXT NOT NULL
                );
                CREATE INDEX event_family ON event(family);
                -- Each place an event is told, with the time that article gives it.
                CREATE TABLE event_mention (
                    event_id TEXT NOT NULL REFERENCES event(id) ON DELETE CASCADE,
                    document_id TEXT NOT NULL REFERENCES document(id) ON DELETE CASCADE,
                    trigger_start INTEGER NOT NULL,
                    trigger_end INTEGER NOT NULL,
                    sentence TEXT NOT NULL,
                    time_value TEXT,
                    time_begin TEXT,
                    time_end TEXT,
                    time_mod TEXT,
                    time_from TEXT,
                    rule TEXT NOT NULL,
                    PRIMARY KEY (event_id, document_id, trigger_start)
                ) WITHOUT ROWID;
                CREATE INDEX event_mention_document ON event_mention(document_id);
                CREATE TABLE participant (
                    event_id TEXT NOT NULL REFERENCES event(id) ON DELETE CASCADE,
                    entity_id TEXT NOT NULL REFERENCES entity(id),
                    document_id TEXT NOT NULL REFERENCES document(id) ON DELETE CASCADE,
                    role TEXT NOT NULL,
                    position INTEGER NOT NULL,
                    PRIMARY KEY (event_id, entity_id, document_id)
                ) WITHOUT ROWID;
                CREATE INDEX participant_entity ON participant(entity_id);
                CREATE INDEX participant_document ON participant(document_id);
                -- Order and report links between events, from one article's cues.
                CREATE TABLE event_link (
                    from_event TEXT NOT NULL REFERENCES event(id) ON DELETE CASCADE,
                    to_event TEXT NOT NULL REFERENCES event(id) ON DELETE CASCADE,
                    relation TEXT NOT NULL CHECK (relation IN ('before', 'after', 'overlap', 'same', 'reports')),
                    document_id TEXT NOT NULL REFERENCES document(id) ON DELETE CASCADE,
                    PRIMARY KEY (from_event, to_event, relation, document_id)
                ) WITHOUT ROWID;
                """)
        }
        migrator.registerMigration("v2-merge-index") { db in
            // Cross-article merging looks up stored events by (entity, family). v1 reached them
            // only through all of an entity's participant rows (dated events) or all events of a
            // family (undated ones), so writing slowed as the store grew. The family is copied
            // onto each participant row (an event's family never changes) and indexed. The new
            // index starts with the entity, so it serves every lookup `participant_entity` did,
            // which goes: one index less to update per participant row.
            try db.execute(sql: """
                ALTER TABLE participant ADD COLUMN family TEXT NOT NULL DEFAULT '';
                UPDATE participant SET family = (SELECT family FROM event WHERE event.id = participant.event_id);
                CREATE INDEX participant_merge ON participant(entity_id, family, event_id);
                DROP INDEX participant_entity;
                """)
            // Co-occurrence marginals, kept by ingest (`WindowCounts`): how many sentence,
            // document and event windows the store has, and how many of them hold each entity.
            // v1 counted them over every mention and participant on each query.
            try db.execute(sql: """
                CREATE TABLE window_totals (
                    kind TEXT PRIMARY KEY CHECK (kind IN ('sentence', 'document', 'event')),
                    n INTEGER NOT NULL
                ) WITHOUT ROWID;
                INSERT INTO window_totals (kind, n) VALUES
                    ('sentence', (SELECT COUNT(*) FROM (SELECT DISTINCT document_id, sentence FROM mention))),
                    ('document', (SELECT COUNT(DISTINCT document_id) FROM mention)),
                    ('event', (SELECT COUNT(DISTINCT event_id) FROM participant));
                -- Derived counts, written after their entities: no foreign keys to check per row.
                CREATE TABLE entity_windows (
                    entity_id TEXT PRIMARY KEY,
                    sentences INTEGER NOT NULL DEFAULT 0,
                    documents INTEGER NOT NULL DEFAULT 0,
                    events INTEGER NOT NULL DEFAULT 0
                ) WITHOUT ROWID;
                INSERT INTO entity_windows (entity_id, sentences, documents, events)
                SELECT e.id, COALESCE(s.n, 0), COALESCE(d.n, 0), COALESCE(v.n, 0) FROM entity e
                LEFT JOIN (SELECT entity_id, COUNT(*) AS n FROM (SELECT DISTINCT entity_id, document_id, sentence FROM mention)
                           GROUP BY entity_id) s ON s.entity_id = e.id
                LEFT JOIN (SELECT entity_id, COUNT(DISTINCT document_id) AS n FROM mention GROUP BY entity_id) d ON d.entity_id = e.id
                LEFT JOIN (SELECT entity_id, COUNT(DISTINCT event_id) AS n FROM participant GROUP BY entity_id) v ON v.entity_id = e.id;
                """)
            // Sentence windows shared by each pair of entities (a < b), for `cooccur --top N`
            // (the default window), read from the largest count down; v1 joined every
            // sentence's mentions with each other on each query.
            try db.execute(sql: """
                CREATE TABLE sentence_pair (
                    a TEXT NOT NULL,
                    b TEXT NOT NULL,
                    n INTEGER NOT NULL,
                    PRIMARY KEY (a, b)
                ) WITHOUT ROWID;
                CREATE INDEX sentence_pair_count ON sentence_pair(n);
                WITH w AS (SELECT DISTINCT document_id, sentence, entity_id FROM mention)
                INSERT INTO sentence_pair (a, b, n)
                SELECT x.entity_id, y.entity_id, COUNT(*) FROM w x JOIN w y
                    ON x.document_id = y.document_id AND x.sentence = y.sentence AND x.entity_id < y.entity_id
                GROUP BY x.entity_id, y.entity_id;
                """)
        }
        migrator.registerMigration(EntityNumberMigration.identifier) { db in try EntityNumberMigration.apply(db) }
        migrator.registerMigration(PairCountsMigration.identifier) { db in try PairCountsMigration.apply(db) }
        migrator.registerMigration(DocumentNumberMigration.identifier) { db in try DocumentNumberMigration.apply(db) }
        migrator.registerMigration(EventNumberMigration.identifier) { db in try EventNumberMigration.apply(db) }
        migrator.registerMigration(EntityPairMigration.identifier) { db in try EntityPairMigration.apply(db) }
        migrator.registerMigration(CheckListMigration.identifier) { db in try CheckListMigration.apply(db) }
        return migrator
    }
}
