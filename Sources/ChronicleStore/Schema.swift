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
        return migrator
    }
}
