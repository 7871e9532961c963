/// What can go wrong with the store; every message names the database file.
public enum StoreError: Error, CustomStringConvertible {
    case cannotOpen(path: String, reason: String)
    case notAChronicleDatabase(path: String, reason: String)
    case newerSchema(path: String, migration: String)
    case failed(path: String, reason: String)

    public var description: String {
        switch self {
        case .cannotOpen(let path, let reason): return "\(path): cannot open database: \(reason)"
        case .notAChronicleDatabase(let path, let reason): return "\(path): not a Chronicle database (\(reason))"
        case .newerSchema(let path, let migration):
            return "\(path): written by a newer Chronicle (unknown migration '\(migration)'); upgrade chronicle"
        case .failed(let path, let reason): return "\(path): \(reason)"
        }
    }
}
