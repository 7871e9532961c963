import Foundation

/// Finds the built-in gazetteer from any working directory.
///
/// Looked for, in order: `$CHRONICLE_HOME/gazetteer`; `gazetteer/` next to the executable or in
/// `../share/chronicle/` beside it (an installed copy); the nearest ancestor of the executable
/// that holds `gazetteer/entities` (a build inside the repository, `.build/release/chronicle`);
/// and the repository this code was compiled from.
public enum GazetteerLocator {
    public static func builtIn(environment: [String: String] = ProcessInfo.processInfo.environment) throws -> String {
        var candidates = [String]()
        if let home = environment["CHRONICLE_HOME"] { candidates.append(home + "/gazetteer") }
        if let exe = Bundle.main.executableURL?.resolvingSymlinksInPath().deletingLastPathComponent() {
            candidates.append(exe.appendingPathComponent("gazetteer").path)
            candidates.append(exe.appendingPathComponent("../share/chronicle/gazetteer").standardized.path)
            var dir = exe
            while dir.path != "/" {
                candidates.append(dir.appendingPathComponent("gazetteer").path)
                dir = dir.deletingLastPathComponent()
            }
        }
        // Sources/Chronicle/Gazetteer/GazetteerLocator.swift → repository root
        let source = URL(fileURLWithPath: #filePath)
        candidates.append(source.deletingLastPathComponent().appendingPathComponent("../../../gazetteer").standardized.path)
        for candidate in candidates where isGazetteer(candidate) { return candidate }
        throw GazetteerError.notFound(searched: Array(candidates.prefix(4)))
    }

    /// The built-in folder plus the user's folders (`--gazetteer`, `CHRONICLE_GAZETTEER`), in load order.
    public static func directories(user: [String], environment: [String: String] = ProcessInfo.processInfo.environment) throws -> [String] {
        var dirs = [try builtIn(environment: environment)]
        if let env = environment["CHRONICLE_GAZETTEER"], !env.isEmpty {
            dirs.append(contentsOf: env.split(separator: ":").map(String.init))
        }
        dirs.append(contentsOf: user)
        for dir in dirs.dropFirst() where !FileManager.default.fileExists(atPath: dir) {
            throw GazetteerError.unreadable(file: dir, reason: "no such folder")
        }
        return dirs
    }

    static func isGazetteer(_ path: String) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: path + "/entities", isDirectory: &isDirectory) && isDirectory.boolValue
    }
}
