import ArgumentParser
import Chronicle
import ChronicleStore
import Foundation

extension DOTRenderer.Clustering: ExpressibleByArgument {}

/// `chronicle dot`: the timeline graph as Graphviz DOT, or rendered by Graphviz.
struct Dot: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dot",
        abstract: "Print the graph of events and entities as Graphviz DOT (or render it).")

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
        // To standard output, piece by piece: a whole store's graph is hundreds of megabytes.
        if render == nil && output == nil {
            var out = StreamingOutput()
            DOTRenderer.write(entries, links: links, clustering: cluster, to: &out)
            out.flush()
            return
        }
        var dot = ""
        DOTRenderer.write(entries, links: links, clustering: cluster, to: &dot)
        var bytes = Data(dot.utf8)
        if let render {
            do { bytes = try Graphviz.render(dot, format: render.rawValue) } catch { fail("\(error)") }
        }
        if let output {
            do { try bytes.write(to: URL(fileURLWithPath: output)) } catch { fail("\(output): cannot write: \(error.localizedDescription)") }
        } else {
            FileHandle.standardOutput.write(bytes)
        }
    }
}
