import ArgumentParser
import Chronicle
import ChronicleStore

/// `chronicle path A B`: how two entities are connected through events.
struct Path: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "path",
        abstract: "Show how two entities are connected through events.")

    @OptionGroup var store: StoreOptions

    @Argument(help: "The first entity (any name it was mentioned by).")
    var from: String

    @Argument(help: "The second entity.")
    var to: String

    @Option(help: "The most events a path may pass through.")
    var maxSteps: Int = 4

    func validate() throws {
        guard maxSteps > 0 else { throw ValidationError("--max-steps must be at least 1") }
    }

    func run() throws {
        let db = store.openExisting()
        let a = store.entities(named: from, in: db), b = store.entities(named: to, in: db)
        let steps: [PathStep]
        do { steps = try db.path(from: a, to: b, maxSteps: maxSteps) } catch { fail("\(error)") }
        var out = BufferedOutput()
        ListingRenderer.path(steps, from: a[0], to: b[0], maxSteps: maxSteps, to: &out)
        out.flush()
    }
}
