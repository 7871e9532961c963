import GRDB

/// Migration `v8-check-lists`: the CHECK constraints that listed their allowed values with `IN`
/// (`entity.type`, `event_link.relation`, `window_totals.kind`) say the same with `=` and `OR`.
///
/// Why: SQLite (3.40) checks `x IN ('a', 'b', 'c')` by building a temporary b-tree of the list
/// every time the statement runs, so each new entity and each article's links paid for one
/// (about 30,000 instructions a run, as much as the insert itself: 4 % of the writer's work).
/// A chain of comparisons accepts and refuses exactly the same values (the columns are NOT NULL
/// text, compared with the same collation) and needs no b-tree. The tables are copied whole,
/// keys and rowids kept, so every query reads the same rows in the same order. SQLite cannot
/// change a constraint in place, hence the copies; `entity` is small, `event_link` a few rows
/// per article, `window_totals` three rows.
enum CheckListMigration {
    static let identifier = "v8-check-lists"

    static func apply(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE entity_v8 (
                number INTEGER PRIMARY KEY,
                id TEXT NOT NULL UNIQUE,
                name TEXT NOT NULL,
                type TEXT NOT NULL CHECK (type = 'PERSON' OR type = 'PLACE' OR type = 'ORG')
            );
            INSERT INTO entity_v8 (number, id, name, type) SELECT number, id, name, type FROM entity ORDER BY number;

            CREATE TABLE event_link_v8 (
                from_event INTEGER NOT NULL,
                to_event INTEGER NOT NULL,
                relation TEXT NOT NULL CHECK (relation = 'before' OR relation = 'after' OR relation = 'overlap'
                                              OR relation = 'same' OR relation = 'reports'),
                document INTEGER NOT NULL,
                PRIMARY KEY (from_event, to_event, relation, document)
            ) WITHOUT ROWID;
            INSERT INTO event_link_v8 (from_event, to_event, relation, document)
            SELECT from_event, to_event, relation, document FROM event_link ORDER BY from_event, to_event, relation, document;

            CREATE TABLE window_totals_v8 (
                kind TEXT PRIMARY KEY CHECK (kind = 'sentence' OR kind = 'document' OR kind = 'event'),
                n INTEGER NOT NULL
            ) WITHOUT ROWID;
            INSERT INTO window_totals_v8 (kind, n) SELECT kind, n FROM window_totals ORDER BY kind;

            DROP TABLE window_totals;
            DROP TABLE event_link;
            DROP TABLE entity;
            ALTER TABLE entity_v8 RENAME TO entity;
            ALTER TABLE event_link_v8 RENAME TO event_link;
            ALTER TABLE window_totals_v8 RENAME TO window_totals;
            """)
    }
}
