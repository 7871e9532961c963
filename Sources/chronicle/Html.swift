import ArgumentParser
import Chronicle
import ChronicleStore
import Foundation

/// `chronicle html`: the timeline as one self-contained HTML page.
struct Html: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "html",
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
        var source = ""
        DOTRenderer.write(entries, to: &source)
        do {
            let svg = try Graphviz.render(source, format: "svg")
            guard let text = String(data: svg, encoding: .utf8) else { return .note("The graph could not be drawn: dot wrote no text.") }
            return .svg(text)
        } catch Graphviz.Failure.notInstalled {
            return .note("Graphviz is not installed, so the graph is not embedded. Install it (apt-get install graphviz, or brew install graphviz) and run chronicle html again.")
        } catch {
            return .note("The graph could not be drawn: \(error).")
        }
    }
}
