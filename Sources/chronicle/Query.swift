import ArgumentParser
import Chronicle
import ChronicleStore
import Foundation

extension StoreOptions {
    /// Opens an existing store for a query (a query never creates one).
    func openExisting() -> ChronicleStore {
        let path = resolvedPath
        guard FileManager.default.fileExists(atPath: path) else {
            fail("\(path): no such database (run `chronicle ingest` first, or pass --db)")
        }
        do { return try ChronicleStore(path: path) } catch { fail("\(error)") }
    }

    /// The entities a name given on the command line refers to, or a clear error.
    func entities(named name: String, in store: ChronicleStore) -> [EntityRef] {
        let found: [EntityRef]
        do { found = try store.resolveEntity(name) } catch { fail("\(error)") }
        guard !found.isEmpty else { fail("no entity named '\(name)' in \(store.path)") }
        return found
    }
}

extension TimelineRenderer.Format: ExpressibleByArgument {}
extension CooccurrenceWindow: ExpressibleByArgument {}

/// The two output formats of `cooccur`.
enum PlainFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json
}
