import ArgumentParser
import Chronicle
import ChronicleStore

/// `chronicle cooccur [ENTITY]`: which entities appear together, counted and scored.
struct Cooccur: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "cooccur",
        abstract: "Show entity co-occurrence: one entity's neighbours, or the top pairs.")

    @OptionGroup var store: StoreOptions

    @Argument(help: "An entity (any name it was mentioned by); without it, the top pairs.")
    var entity: String?

    @Option(help: "sentence, event or document.")
    var window: CooccurrenceWindow = .sentence

    @Option(help: "How many rows.")
    var top: Int = 20

    @Option(help: "text or json.")
    var format: PlainFormat = .text

    func validate() throws {
        guard top > 0 else { throw ValidationError("--top must be at least 1") }
    }

    func run() throws {
        let db = store.openExisting()
        let entities = entity.map { store.entities(named: $0, in: db) }
        let rows: [CooccurrenceRow]
        do { rows = try db.cooccurrence(of: entities, window: window, top: top) } catch { fail("\(error)") }
        var out = BufferedOutput()
        switch format {
        case .json: CooccurrenceRenderer.json(rows, neighbours: entity != nil, to: &out)
        case .text: CooccurrenceRenderer.text(rows, neighbours: entity != nil, window: window, to: &out)
        }
        out.flush()
    }
}
