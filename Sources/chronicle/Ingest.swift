import ArgumentParser
import Chronicle
import ChronicleStore
import Foundation

/// `chronicle ingest [--db PATH] PATH…`: add articles to the store, idempotently.
struct Ingest: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ingest",
        abstract: "Add articles (files, folders, - for stdin) to the store.")

    @OptionGroup var store: StoreOptions
    @OptionGroup var gazetteer: GazetteerOptions

    @Option(help: ArgumentHelp("The publication date for every article, overriding the pages'.", valueName: "DATE"))
    var published: String?

    @Argument(help: "Article files, folders of articles, or - for standard input.")
    var paths: [String]

    /// Most articles per transaction (see `IngestShape`).
    static let batchSize = IngestShape.batchSize
    /// Longest a batch stays open, in seconds of extraction (articles are taken in order, as
    /// they are extracted), so a slow extraction still commits what it has every second.
    static let batchSeconds: UInt64 = 1

    func run() throws {
        let date = try published.map { try parseDate($0, option: "--published") }
        let files: [String]
        do { files = try ArticleReader.expand(paths) } catch { fail("\(error)") }
        let pipeline: Pipeline
        do { pipeline = try gazetteer.pipeline() } catch { fail("\(error)") }
        var db: ChronicleStore?
        var outcomes = [ChronicleStore.IngestOutcome: Int]()
        var failures = 0
        let progress = Progress(total: files.count)
        // Read, extract and prepare for the store on every core but the writer's (a task group; see `IngestShape`);
        // write here, in order, whole articles in batches of one transaction each (see `flush`).
        let prepared = OrderedConcurrentMap(count: files.count, workers: IngestShape.extractionWorkers, window: IngestShape.lookAhead) {
            PreparedArticle(files[$0], pipeline: pipeline, published: date)
        }
        var batch = [PreparedExtraction]()
        var batchStarted = DispatchTime.now()
        /// Writes the batch: one commit for up to `Ingest.batchSize` articles or what arrived
        /// within `Ingest.batchSeconds`, so a slow extraction never holds finished articles back long.
        func flush() {
            guard !batch.isEmpty else { return }
            do {
                // Opened only once there is something to write: bad input leaves no file behind.
                if db == nil { db = try ChronicleStore(path: store.resolvedPath) }
                for outcome in try db!.ingest(preparedBatch: batch) { outcomes[outcome, default: 0] += 1 }
            } catch {
                progress.finish()
                fail("\(error)")
            }
            batch.removeAll(keepingCapacity: true)
        }
        for _ in files {
            let article = prepared.next()
            for warning in article.warnings { progress.message("chronicle: warning: \(warning)") }
            guard let extraction = article.extraction else {
                progress.message("chronicle: \(article.failure ?? "cannot read the article")")
                failures += 1
                progress.advance()
                continue
            }
            if batch.isEmpty { batchStarted = DispatchTime.now() }
            batch.append(extraction)
            progress.advance()  // as each article is taken, so messages keep their place in the bar's count
            if batch.count >= Ingest.batchSize
                || DispatchTime.now().uptimeNanoseconds - batchStarted.uptimeNanoseconds >= Ingest.batchSeconds * 1_000_000_000 {
                flush()
            }
        }
        flush()
        progress.finish()
        let summary = "ingested \(files.count - failures) of \(files.count) article\(files.count == 1 ? "" : "s"): "
            + "\(outcomes[.added] ?? 0) added, \(outcomes[.unchanged] ?? 0) unchanged, \(outcomes[.replaced] ?? 0) replaced"
            + (failures > 0 ? ", \(failures) failed" : "")
        FileHandle.standardError.write(Data("\(summary)\n".utf8))
        if failures > 0 { throw ExitCode(1) }
    }
}
