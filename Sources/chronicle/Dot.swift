import ArgumentParser
import Chronicle
import ChronicleStore
import Foundation

extension DOTRenderer.Clustering: ExpressibleByArgument {}

/// `chronicle dot`: the timeline graph as Graphviz DOT, or rendered by Graphviz.
struct Dot: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Print the graph of events and entities as Graphviz DOT (or render it).")

    enum Render: String, ExpressibleByArgument, CaseIterable {
        case svg, png
    }

    @OptionGroup var store: StoreOptions

    @Option(help: ArgumentHelp("Only this entity's neighbourhood: its events and their participants.", valueName: "NAME"))
    var entity: String?

    @Option(help: "Box events together: none, day or article.")
    var cluster: DOTRenderer.Clustering = .none

    @Option(help: "Render with Graphviz instead of printing DOT: svg or png.")
    var render: Render?

    @Option(name: .shortAndLong, help: ArgumentHelp("Write to this file instead of standard output.", valueName: "FILE"))
    var output: String?

    func run() throws {
        let db = store.openExisting()
        let entities = entity.map { store.entities(named: $0, in: db) }
        let entries: [TimelineEntry], links: [EventLink]
        do {
            entries = try db.timeline(entities: entities)
            links = try db.eventLinks(among: Set(entries.map(\.id)))
        } catch { fail("\(error)") }
        var dot = ""
        DOTRenderer.write(entries, links: links, clustering: cluster, to: &dot)
        let bytes = render.map { Data(graphviz(dot, format: $0.rawValue)) } ?? Data(dot.utf8)
        if let output {
            do { try bytes.write(to: URL(fileURLWithPath: output)) } catch { fail("\(output): cannot write: \(error.localizedDescription)") }
        } else {
            FileHandle.standardOutput.write(bytes)
        }
    }

    /// Runs `dot -T<format>` on the graph.
    private func graphviz(_ dot: String, format: String) -> [UInt8] {
        let candidates = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":").map { "\($0)/dot" }
        guard let tool = candidates.first(where: { FileManager.default.isExecutableFile(atPath: $0) }) else {
            fail("Graphviz 'dot' not found on PATH; install it (apt-get install graphviz) or omit --render to print DOT")
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: tool)
        process.arguments = ["-T\(format)"]
        let input = Pipe(), output = Pipe(), errors = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = errors
        do { try process.run() } catch { fail("cannot run \(tool): \(error.localizedDescription)") }
        DispatchQueue.global().async {
            input.fileHandleForWriting.write(Data(dot.utf8))
            try? input.fileHandleForWriting.close()
        }
        let result = output.fileHandleForReading.readDataToEndOfFile()
        let message = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            fail("dot failed: \(String(decoding: message, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines))")
        }
        return [UInt8](result)
    }
}
