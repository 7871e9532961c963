import ArgumentParser
import Chronicle
import ChronicleStore
import Foundation

/// `--gazetteer DIR`: the user's lists, added on top of the built-in gazetteer.
struct GazetteerOptions: ParsableArguments {
    @Option(name: .customLong("gazetteer"), help: ArgumentHelp("A folder of extra gazetteer lists (repeatable); also CHRONICLE_GAZETTEER.", valueName: "DIR"))
    var directories: [String] = []

    func pipeline() throws -> Pipeline {
        let dirs = try GazetteerLocator.directories(user: directories)
        let gazetteer = try Gazetteer.load(directories: dirs)
        // A name two entries claim: the first keeps it; say so, at most a screenful.
        for conflict in gazetteer.nameConflicts.prefix(10) { warn("\(conflict)") }
        if gazetteer.nameConflicts.count > 10 {
            warn("… and \(gazetteer.nameConflicts.count - 10) more names given to two entities")
        }
        return Pipeline(gazetteer: gazetteer)
    }
}

/// `--db PATH`, defaulting to `$CHRONICLE_DB` or `chronicle.sqlite` in the working directory.
struct StoreOptions: ParsableArguments {
    @Option(name: .customLong("db"), help: ArgumentHelp("The SQLite database (default: $CHRONICLE_DB or chronicle.sqlite).", valueName: "PATH"))
    var path: String?

    var resolvedPath: String {
        path ?? ProcessInfo.processInfo.environment["CHRONICLE_DB"].flatMap { $0.isEmpty ? nil : $0 } ?? "chronicle.sqlite"
    }
}

/// Writes to standard output through a buffer (one write per call, not per fragment).
struct StandardOutput: TextOutputStream {
    mutating func write(_ string: String) {
        FileHandle.standardOutput.write(Data(string.utf8))
    }
}

/// Collects output in memory, then writes it at once.
struct BufferedOutput: TextOutputStream {
    var text = ""
    mutating func write(_ string: String) { text += string }
    func flush() { FileHandle.standardOutput.write(Data(text.utf8)) }
}

/// Parses `--published`, `--from`, `--to` values: `2024-02-22`, `2024-02-22T02:58`, `2024-02`, `2024`.
func parseDate(_ text: String, option: String) throws -> LocalDateTime {
    if let date = LocalDateTime(iso: text) { return date }
    let parts = text.split(separator: "-")
    if parts.count <= 2, let year = Int(parts[0]), parts[0].count == 4,
       let date = LocalDateTime(year: year, month: parts.count == 2 ? Int(parts[1]) ?? 0 : 1, day: 1) {
        return date
    }
    throw ValidationError("\(option): '\(text)' is not a date (expected YYYY-MM-DD, YYYY-MM-DDTHH:MM, YYYY-MM or YYYY)")
}

/// Prints `chronicle: message` to standard error and exits with a failure status.
func fail(_ message: String) -> Never {
    FileHandle.standardError.write(Data("chronicle: \(message)\n".utf8))
    exit(1)
}

/// Prints `chronicle: warning: message` to standard error; the command goes on.
func warn(_ message: String) {
    FileHandle.standardError.write(Data("chronicle: warning: \(message)\n".utf8))
}
