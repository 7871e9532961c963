import ArgumentParser
import Chronicle
import ChronicleStore
import Foundation

/// `chronicle html`: the timeline as one self-contained HTML page.
struct Html: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write the timeline as one self-contained HTML page (inline CSS, script and SVG).",
        discussion: "The graph is embedded when Graphviz `dot` is on PATH (apt-get install graphviz).")

    @OptionGroup var store: StoreOptions

    @Option(help: ArgumentHelp("Only events involving this entity (any name it was mentioned by).", valueName: "NAME"))
    var entity: String?

    @Option(help: ArgumentHelp("Only events that end after this date.", valueName: "DATE"))
    var from: String?

    @Option(help: ArgumentHelp("Only events that begin before this date.", valueName: "DATE"))
    var to: String?

    @Option(name: [.short, .customLong("output")], help: ArgumentHelp("Write the page to this file (default: standard output).", valueName: "FILE"))
    var output: String?

    @Option(help: ArgumentHelp("Embed the graph only up to this many events (dot is slow on large graphs).", valueName: "N"))
    var graphLimit: Int = 300

    @Flag(help: "Leave the graph out.")
    var noGraph = false

    @Option(help: "How many co-occurring pairs the side panel lists.")
    var pairs: Int = 15

    func validate() throws {
        guard pairs > 0 else { throw ValidationError("--pairs must be at least 1") }
        guard graphLimit >= 0 else { throw ValidationError("--graph-limit must not be negative") }
    }

    func run() throws {
        let fromDate = try from.map { try parseDate($0, option: "--from") }
        let toDate = try to.map { try parseDate($0, option: "--to") }
        let db = store.openExisting()
        let entities = entity.map { store.entities(named: $0, in: db) }
        var page: HTMLRenderer.Page
        do {
            let entries = try db.timeline(entities: entities, from: fromDate, to: toDate)
            page = HTMLRenderer.Page(entries: entries, mentionCounts: try db.mentionCounts(),
                                     pairs: try db.cooccurrence(of: entities, top: pairs),
                                     triggers: try db.triggerLocations(for: entries))
        } catch {
            fail("\(error)")
        }
        var filters = [String]()
        if let entity, let e = entities?.first { filters.append("entity: \(e.name)" + (e.name == entity ? "" : " (\(entity))")) }
        if let from { filters.append("from \(from)") }
        if let to { filters.append("to \(to)") }
        filters.append("store: \((store.resolvedPath as NSString).lastPathComponent)")
        page.subtitle = filters.joined(separator: " · ")
        if !noGraph { page.graph = Html.graph(page.entries, limit: graphLimit) }
        var out = ""
        HTMLRenderer.write(page, to: &out)
        if let output {
            do { try out.write(toFile: output, atomically: true, encoding: .utf8) } catch {
                fail("\(output): cannot write (\(error.localizedDescription))")
            }
        } else {
            FileHandle.standardOutput.write(Data(out.utf8))
        }
    }

    /// The graph as SVG from `dot -Tsvg`, or a note saying how to get it.
    static func graph(_ entries: [TimelineEntry], limit: Int) -> HTMLRenderer.Graph {
        guard !entries.isEmpty else { return .note("No graph: the timeline is empty.") }
        guard entries.count <= limit else {
            return .note("Graph left out: \(entries.count) events is more than --graph-limit \(limit). Narrow the page with --entity, --from or --to, or run `chronicle dot | dot -Tsvg > graph.svg`.")
        }
        guard let dot = executable("dot") else {
            return .note("Graphviz is not installed, so the graph is not embedded. Install it (apt-get install graphviz, or brew install graphviz) and run chronicle html again.")
        }
        var source = ""
        DOTRenderer.write(entries, to: &source)
        let input = FileManager.default.temporaryDirectory.appendingPathComponent("chronicle-\(ProcessInfo.processInfo.processIdentifier)-\(UInt32.random(in: 0...UInt32.max)).dot")
        defer { try? FileManager.default.removeItem(at: input) }
        do { try source.write(to: input, atomically: true, encoding: .utf8) } catch {
            return .note("The graph could not be drawn: cannot write a temporary file (\(error.localizedDescription)).")
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: dot)
        process.arguments = ["-Tsvg", input.path]
        let stdout = Pipe(), stderr = Pipe()
        process.standardOutput = stdout
        process.standardError = stderr
        do { try process.run() } catch {
            return .note("The graph could not be drawn: \(dot) did not start (\(error.localizedDescription)).")
        }
        // Read both pipes to the end before waiting, so a large SVG cannot fill a pipe and stall dot.
        let errData = Locked<Data>()
        let reader = Thread { errData.set(stderr.fileHandleForReading.readDataToEndOfFile()) }
        reader.start()
        let svg = stdout.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        while !errData.isSet { usleep(1000) }
        guard process.terminationStatus == 0, let text = String(data: svg, encoding: .utf8) else {
            let message = String(decoding: errData.get() ?? Data(), as: UTF8.self).split(separator: "\n").first.map(String.init) ?? "exit status \(process.terminationStatus)"
            return .note("The graph could not be drawn: dot failed (\(message)).")
        }
        return .svg(text)
    }

    /// The first executable called `name` on PATH.
    static func executable(_ name: String) -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin"
        for dir in path.split(separator: ":") where !dir.isEmpty {
            let candidate = "\(dir)/\(name)"
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }
}

/// A value set once from another thread.
private final class Locked<Value>: @unchecked Sendable {
    private let lock = NSLock()
    private var value: Value?
    private var done = false

    func set(_ v: Value) { lock.lock(); value = v; done = true; lock.unlock() }
    func get() -> Value? { lock.lock(); defer { lock.unlock() }; return value }
    var isSet: Bool { lock.lock(); defer { lock.unlock() }; return done }
}
