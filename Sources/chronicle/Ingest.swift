import ArgumentParser
import Chronicle
import ChronicleStore
import Foundation

/// `chronicle ingest [--db PATH] PATH…`: add articles to the store, idempotently.
struct Ingest: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Add articles (files, folders, - for stdin) to the store.")

    @OptionGroup var store: StoreOptions
    @OptionGroup var gazetteer: GazetteerOptions

    @Option(help: ArgumentHelp("The publication date for every article, overriding the pages'.", valueName: "DATE"))
    var published: String?

    @Argument(help: "Article files, folders of articles, or - for standard input.")
    var paths: [String]

    func run() throws {
        let date = try published.map { try parseDate($0, option: "--published") }
        let files: [String]
        do { files = try ArticleReader.expand(paths) } catch { fail("\(error)") }
        let pipeline: Pipeline
        do { pipeline = try gazetteer.pipeline() } catch { fail("\(error)") }
        var db: ChronicleStore?
        var outcomes = [ChronicleStore.IngestOutcome: Int]()
        var failures = 0
        for file in files {
            let raw: String
            do { raw = try ArticleReader.read(file) } catch {
                FileHandle.standardError.write(Data("chronicle: \(error)\n".utf8))
                failures += 1
                continue
            }
            let extraction = pipeline.extract(raw: raw, source: file, published: date)
            do {
                // Opened only once there is something to write: bad input leaves no file behind.
                if db == nil { db = try ChronicleStore(path: store.resolvedPath) }
                outcomes[try db!.ingest(extraction), default: 0] += 1
            } catch {
                fail("\(error)")
            }
        }
        let summary = "ingested \(files.count - failures) of \(files.count) article\(files.count == 1 ? "" : "s"): "
            + "\(outcomes[.added] ?? 0) added, \(outcomes[.unchanged] ?? 0) unchanged, \(outcomes[.replaced] ?? 0) replaced"
            + (failures > 0 ? ", \(failures) failed" : "")
        FileHandle.standardError.write(Data("\(summary)\n".utf8))
        if failures > 0 { throw ExitCode(1) }
    }
}
