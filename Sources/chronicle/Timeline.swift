import ArgumentParser
import Chronicle
import ChronicleStore

/// `chronicle timeline`: the ordered events, filtered by entity and date range.
struct Timeline: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "timeline",
        abstract: "Print the ordered timeline.")

    @OptionGroup var store: StoreOptions

    @Option(help: ArgumentHelp("Only events involving this entity (any name it was mentioned by).", valueName: "NAME"))
    var entity: String?

    @Option(help: ArgumentHelp("Only events that end after this date.", valueName: "DATE"))
    var from: String?

    @Option(help: ArgumentHelp("Only events that begin before this date.", valueName: "DATE"))
    var to: String?

    @Option(help: ArgumentHelp("Only events of this type or family (repeatable).", valueName: "TYPE"))
    var type: [String] = []

    @Option(help: "text, json, markdown or timelinejs.")
    var format: TimelineRenderer.Format = .text

    func run() throws {
        let fromDate = try from.map { try parseDate($0, option: "--from") }
        let toDate = try to.map { try parseDate($0, option: "--to") }
        let db = store.openExisting()
        let entities = entity.map { store.entities(named: $0, in: db) }
        let types = type.isEmpty ? nil : type
        guard TimelineStreamWriter.streams(format) else {
            let entries: [TimelineEntry]
            do { entries = try db.timeline(entities: entities, types: types, from: fromDate, to: toDate) } catch { fail("\(error)") }
            var out = BufferedOutput()
            TimelineRenderer.write(entries, format: format, to: &out)
            out.flush()
            return
        }
        // Entry by entry: the whole store's timeline can be larger than memory.
        var out = StreamingOutput()
        var writer = TimelineStreamWriter(format: format, widestWhen: 0)
        do {
            try db.streamTimeline(entities: entities, types: types, from: fromDate, to: toDate, outline: { outline in
                writer = TimelineStreamWriter(format: format, widestWhen: outline.widestWhen)
                writer.begin(to: &out)
            }, entries: { chunk in
                for e in chunk { writer.write(e, to: &out) }
            })
        } catch { fail("\(error)") }
        writer.end(to: &out)
        out.flush()
    }
}
