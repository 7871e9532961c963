import Foundation
import GRDB

extension ChronicleStore {
    /// Refuses an existing file that is not a sound Chronicle database, before anything writes
    /// to it: opening the store switches the file to WAL mode and runs migrations, which would
    /// rewrite another program's database or a damaged file. The check reads only: the header
    /// bytes, then the schema through a read-only connection.
    /// - Throws: `StoreError.notAChronicleDatabase` naming the file and what is wrong with it.
    static func checkExisting(_ path: String) throws {
        guard let handle = FileHandle(forReadingAtPath: path) else { return }  // new store
        let header = (try? handle.read(upToCount: 16)) ?? Data()
        try? handle.close()
        if header.isEmpty { return }  // an empty file is a new store
        guard header == Data("SQLite format 3\u{0}".utf8) else {
            throw StoreError.notAChronicleDatabase(path: path, reason: "not an SQLite database file")
        }
        var config = Configuration()
        config.readonly = true
        // Another process may be creating or migrating the store right now.
        config.busyMode = .timeout(busySeconds)
        let tables: [String], applied: [String]
        do {
            (tables, applied) = try DatabaseQueue(path: path, configuration: config).read { db in
                let tables = try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
                let applied = tables.contains("grdb_migrations") ? try String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations") : []
                return (tables, applied)
            }
        } catch {
            throw StoreError.notAChronicleDatabase(path: path, reason: "damaged or unreadable: \(reason(error))")
        }
        let ours = Schema.migrator.migrations
        // Only an empty `grdb_migrations`: another process has begun creating this store.
        let others = tables.filter { $0 != "grdb_migrations" }
        if !others.isEmpty && !applied.contains(where: ours.contains) {
            let shown = tables.prefix(3).joined(separator: ", ") + (tables.count > 3 ? ", …" : "")
            throw StoreError.notAChronicleDatabase(path: path, reason: "another program's database: it has tables \(shown) but no Chronicle schema")
        }
    }
}
