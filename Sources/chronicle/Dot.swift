import ArgumentParser
import Chronicle
import ChronicleStore

/// `chronicle dot`: the timeline graph as Graphviz DOT.
struct Dot: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Print the graph of events and entities as Graphviz DOT.")

    @OptionGroup var store: StoreOptions

    @Option(help: ArgumentHelp("Only this entity's neighbourhood: its events and their participants.", valueName: "NAME"))
    var entity: String?

    func run() throws {
        let db = store.openExisting()
        let entities = entity.map { store.entities(named: $0, in: db) }
        let entries: [TimelineEntry]
        do { entries = try db.timeline(entities: entities) } catch { fail("\(error)") }
        var out = BufferedOutput()
        DOTRenderer.write(entries, to: &out)
        out.flush()
    }
}
