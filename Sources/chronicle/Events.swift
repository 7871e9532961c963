import ArgumentParser
import Chronicle
import ChronicleStore

/// `chronicle events`: one line per event with its id, time, type, sources and summary.
struct Events: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "events",
        abstract: "List the events, one line each, in timeline order.")

    @OptionGroup var store: StoreOptions

    @Option(help: ArgumentHelp("Only events involving this entity.", valueName: "NAME"))
    var entity: String?

    @Option(help: ArgumentHelp("Only events of this type or family (repeatable).", valueName: "TYPE"))
    var type: [String] = []

    @Option(help: "text or json.")
    var format: PlainFormat = .text

    func run() throws {
        let db = store.openExisting()
        let entities = entity.map { store.entities(named: $0, in: db) }
        let entries: [TimelineEntry]
        do { entries = try db.timeline(entities: entities, types: type.isEmpty ? nil : type) } catch { fail("\(error)") }
        var out = BufferedOutput()
        switch format {
        case .json: TimelineRenderer.write(entries, format: .json, to: &out)
        case .text: ListingRenderer.events(entries, to: &out)
        }
        out.flush()
    }
}
