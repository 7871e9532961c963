import ArgumentParser
import Chronicle
import ChronicleStore

extension EntityType: ExpressibleByArgument {}

/// `chronicle entities`: the entities by how often they are mentioned.
struct Entities: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "entities",
        abstract: "List the entities by mention count.")

    @OptionGroup var store: StoreOptions

    @Option(help: "Only PERSON, PLACE or ORG.")
    var type: EntityType?

    @Option(help: "How many rows.")
    var top: Int = 50

    @Option(help: "text or json.")
    var format: PlainFormat = .text

    func validate() throws {
        guard top > 0 else { throw ValidationError("--top must be at least 1") }
    }

    func run() throws {
        let db = store.openExisting()
        let rows: [EntityListing]
        do { rows = try db.entities(type: type, top: top) } catch { fail("\(error)") }
        var out = BufferedOutput()
        ListingRenderer.entities(rows, json: format == .json, to: &out)
        out.flush()
    }
}
