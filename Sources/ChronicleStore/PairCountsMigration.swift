import GRDB

/// Migration `v4-pair-counts`: how many document and event windows hold each pair of entities
/// (`document_pair`, `event_pair`), kept by ingest as `sentence_pair` is (see `WindowCounts`).
///
/// Why: `cooccur --top N --window document|event` joined every window's entities with each
/// other on every query (17 s and 11 s at 40,000 articles). With the counts kept, it reads
/// pairs from the largest count down and stops once no pair further down can rank, as the
/// sentence window does. Pairs are entity numbers, smaller first; a count index holds only
/// pairs seen more than once (most are seen once, and their rows then touch one index only).
///
/// A v3 store is filled from its rows here: the same counts the old query computed.
enum PairCountsMigration {
    static let identifier = "v4-pair-counts"

    static func apply(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE document_pair (
                a INTEGER NOT NULL,
                b INTEGER NOT NULL,
                n INTEGER NOT NULL,
                PRIMARY KEY (a, b)
            ) WITHOUT ROWID;
            WITH w AS (SELECT DISTINCT document_id, entity FROM mention)
            INSERT INTO document_pair (a, b, n)
            SELECT x.entity, y.entity, COUNT(*) FROM w x JOIN w y ON x.document_id = y.document_id AND x.entity < y.entity
            GROUP BY x.entity, y.entity;
            CREATE INDEX document_pair_count ON document_pair(n) WHERE n > 1;

            CREATE TABLE event_pair (
                a INTEGER NOT NULL,
                b INTEGER NOT NULL,
                n INTEGER NOT NULL,
                PRIMARY KEY (a, b)
            ) WITHOUT ROWID;
            WITH w AS (SELECT DISTINCT event_id, entity FROM participant)
            INSERT INTO event_pair (a, b, n)
            SELECT x.entity, y.entity, COUNT(*) FROM w x JOIN w y ON x.event_id = y.event_id AND x.entity < y.entity
            GROUP BY x.entity, y.entity;
            CREATE INDEX event_pair_count ON event_pair(n) WHERE n > 1;
            """)
    }
}
