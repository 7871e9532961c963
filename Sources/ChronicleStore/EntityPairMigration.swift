import GRDB

/// Migration `v7-entity-pairs`: the three pair tables (`sentence_pair`, `document_pair`,
/// `event_pair`) become one, `entity_pair`, with a count column per window kind.
///
/// Why: ingest upserts the pairs an article adds at random places in those tables (an entity
/// pair's key is two entity numbers), a hundred-odd rows per article, each changing a page of
/// its own once the tables outgrow what a commit touches anyway. Two entities sharing a
/// sentence share its document, and an event's participants are nearly always mentioned in
/// the article that tells it, so the same pair was written up to three times. One row per pair
/// takes one upsert, and the table holds the union of the pairs (a third fewer rows).
///
/// A count index per window holds the pairs seen more than once in it, as before; a row
/// exists while any of its counts is above zero.
enum EntityPairMigration {
    static let identifier = "v7-entity-pairs"

    static func apply(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE entity_pair (
                a INTEGER NOT NULL,
                b INTEGER NOT NULL,
                sentences INTEGER NOT NULL,
                documents INTEGER NOT NULL,
                events INTEGER NOT NULL,
                PRIMARY KEY (a, b)
            ) WITHOUT ROWID;
            INSERT INTO entity_pair (a, b, sentences, documents, events)
            SELECT a, b, SUM(s), SUM(d), SUM(e) FROM (
                SELECT a, b, n AS s, 0 AS d, 0 AS e FROM sentence_pair
                UNION ALL SELECT a, b, 0, n, 0 FROM document_pair
                UNION ALL SELECT a, b, 0, 0, n FROM event_pair)
            GROUP BY a, b ORDER BY a, b;
            DROP TABLE sentence_pair;
            DROP TABLE document_pair;
            DROP TABLE event_pair;
            CREATE INDEX entity_pair_sentences ON entity_pair(sentences) WHERE sentences > 1;
            CREATE INDEX entity_pair_documents ON entity_pair(documents) WHERE documents > 1;
            CREATE INDEX entity_pair_events ON entity_pair(events) WHERE events > 1;
            """)
    }
}
