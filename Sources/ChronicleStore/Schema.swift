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
                CREATE TABLE event (
                    id TEXT PRIMARY KEY,
                    document_id TEXT NOT NULL REFERENCES document(id) ON DELETE CASCADE,
                    type TEXT NOT NULL,
                    summary TEXT NOT NULL,
                    time_value TEXT,
                    time_begin TEXT,
                    time_end TEXT,
                    time_mod TEXT,
                    time_from TEXT,
                    rule TEXT NOT NULL
                );
                CREATE INDEX event_time ON event(time_begin);
                CREATE INDEX event_document ON event(document_id);
                -- Each place an event is told: the sources of the timeline.
                CREATE TABLE event_mention (
                    event_id TEXT NOT NULL REFERENCES event(id) ON DELETE CASCADE,
                    document_id TEXT NOT NULL REFERENCES document(id) ON DELETE CASCADE,
                    trigger_start INTEGER NOT NULL,
                    trigger_end INTEGER NOT NULL,
                    sentence TEXT NOT NULL,
                    PRIMARY KEY (event_id, document_id, trigger_start)
                ) WITHOUT ROWID;
                CREATE TABLE participant (
                    event_id TEXT NOT NULL REFERENCES event(id) ON DELETE CASCADE,
                    entity_id TEXT NOT NULL REFERENCES entity(id),
                    role TEXT NOT NULL,
                    position INTEGER NOT NULL,
                    PRIMARY KEY (event_id, entity_id)
                ) WITHOUT ROWID;
                CREATE INDEX participant_entity ON participant(entity_id);
                CREATE TABLE event_link (
                    from_event TEXT NOT NULL REFERENCES event(id) ON DELETE CASCADE,
                    to_event TEXT NOT NULL REFERENCES event(id) ON DELETE CASCADE,
                    relation TEXT NOT NULL CHECK (relation IN ('before', 'after', 'overlap', 'same')),
                    PRIMARY KEY (from_event, to_event)
                ) WITHOUT ROWID;
                """)
        }
        return migrator
    }
}
