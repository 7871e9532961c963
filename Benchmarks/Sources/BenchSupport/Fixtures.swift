import Chronicle
import ChronicleStore
import Dispatch
import Foundation

/// Shared fixtures: the built-in gazetteer, a generated corpus and a cached large store.
public enum Fixtures {
    /// `CHRONICLE_BENCH_ARTICLES` (default 10,000): the size of the large store. The target is
    /// 100,000 (set it explicitly to build that store once; it is cached): extraction on all
    /// cores is the slow part of building it (ingest keeps its rate as the store grows since
    /// the `participant_merge` index).
    public static var storeArticles: Int {
        Int(ProcessInfo.processInfo.environment["CHRONICLE_BENCH_ARTICLES"] ?? "") ?? 10_000
    }

    /// `CHRONICLE_BENCH_DIR` (default /tmp/chronicle-bench): where stores and corpora are cached.
    public static var cacheDirectory: String {
        let dir = ProcessInfo.processInfo.environment["CHRONICLE_BENCH_DIR"] ?? "/tmp/chronicle-bench"
        try? FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        return dir
    }

    public static func gazetteerDirectory() throws -> String { try GazetteerLocator.builtIn() }

    public static func loadGazetteer() throws -> Gazetteer {
        try Gazetteer.load(directories: [gazetteerDirectory()])
    }

    public static func generator(_ gazetteer: Gazetteer, seed: UInt64 = 42) throws -> CorpusGenerator {
        CorpusGenerator(gazetteer: gazetteer, directory: try gazetteerDirectory(), seed: seed)
    }

    /// Articles 0..<count of the seeded corpus, joined by blank lines, as one text.
    public static func text(_ generator: CorpusGenerator, bytes target: Int) -> String {
        var parts = [String](), size = 0, i = 0
        while size < target {
            let a = generator.article(i)
            parts.append(a)
            size += a.utf8.count + 1
            i += 1
        }
        return parts.joined(separator: "\n")
    }

    /// Extracts and ingests articles `range` into `store`; extraction runs on all cores in
    /// batches, ingest on the calling thread, `transaction` articles per transaction (as
    /// `chronicle ingest` does; 1 is `ingest` per article).
    /// - Returns: seconds spent extracting, seconds spent ingesting and the ingesting
    ///   thread's CPU seconds (`progress` gets the articles done and the last two so far).
    @discardableResult
    public static func ingest(_ range: Range<Int>, generator: CorpusGenerator, pipeline: Pipeline, store: ChronicleStore,
                              transaction: Int = 64,
                              progress: ((Int, Double, Double) -> Void)? = nil) throws -> (extract: Double, ingest: Double, cpu: Double) {
        var extractTime = 0.0, ingestTime = 0.0, cpu = 0.0
        let batch = 256
        var start = range.lowerBound
        while start < range.upperBound {
            let end = min(start + batch, range.upperBound)
            let t0 = DispatchTime.now().uptimeNanoseconds
            // Prepared before the writer's clock starts, as `chronicle ingest`'s extraction
            // workers prepare them (`PreparedExtraction`): the writer CPU is the writer's own.
            let results = extractBatch(start..<end, generator: generator, pipeline: pipeline).map(PreparedExtraction.init)
            let t1 = DispatchTime.now().uptimeNanoseconds
            let cpu0 = threadCPU()
            for first in stride(from: 0, to: results.count, by: max(1, transaction)) {
                _ = try store.ingest(preparedBatch: Array(results[first..<min(first + max(1, transaction), results.count)]))
            }
            let t2 = DispatchTime.now().uptimeNanoseconds
            cpu += threadCPU() - cpu0
            extractTime += Double(t1 - t0) / 1e9
            ingestTime += Double(t2 - t1) / 1e9
            start = end
            progress?(end, ingestTime, cpu)
        }
        return (extractTime, ingestTime, cpu)
    }

    public static func extractBatch(_ range: Range<Int>, generator: CorpusGenerator, pipeline: Pipeline) -> [Extraction] {
        let box = ResultBox(count: range.count)
        DispatchQueue.concurrentPerform(iterations: range.count) { k in
            let i = range.lowerBound + k
            let x = pipeline.extract(raw: generator.article(i), source: String(format: "gen/%06d.txt", i),
                                     published: LocalDateTime(iso: generator.publishedISO(i)))
            box.set(k, x)
        }
        return box.values.map { $0! }
    }

    /// The cached store of `articles` generated articles (built on first use; reused while its
    /// document count matches).
    public static func largeStore(articles: Int = storeArticles, pipeline: Pipeline, generator: CorpusGenerator,
                                  log: @escaping (String) -> Void = { FileHandle.standardError.write(($0 + "\n").data(using: .utf8)!) }) throws -> ChronicleStore {
        let path = cacheDirectory + "/store-\(articles)-seed\(generator.seed).sqlite"
        // An incomplete store (a stopped build) is resumed: articles are generated in order and
        // ingest is idempotent, so starting again at its document count stores the rest (an
        // article stored already is `unchanged`).
        var first = 0
        if FileManager.default.fileExists(atPath: path) {
            let store = try ChronicleStore(path: path)
            first = try store.counts().documents
            if first >= articles { return store }
            log("store \(path) is incomplete (\(first) articles): resuming")
        }
        log("building \(path) (\(articles) articles, from \(first))…")
        let store = try ChronicleStore(path: path)
        let t0 = Date()
        // The writer's rate (ingest time only) per tenth of the store, kept beside it.
        var rates = [String](), cpuRates = [String](), tenth = max(1, articles / 10), mark = (done: 0, ingest: 0.0, cpu: 0.0)
        mark.done = first
        let times = try ingest(first..<articles, generator: generator, pipeline: pipeline, store: store) { done, ingestSoFar, cpuSoFar in
            if done % 4_096 == 0 || done == articles {
                log("  \(done) articles, \(Int(Date().timeIntervalSince(t0))) s (ingest so far \(Int(ingestSoFar)) s, writer CPU \(Int(cpuSoFar)) s)")
            }
            if done - mark.done >= tenth || done == articles {
                rates.append(String(format: "%.0f", Double(done - mark.done) / max(ingestSoFar - mark.ingest, 1e-9)))
                cpuRates.append(String(format: "%.0f", Double(done - mark.done) / max(cpuSoFar - mark.cpu, 1e-9)))
                mark = (done, ingestSoFar, cpuSoFar)
            }
        }
        let summary = String(format: "\(first > 0 ? "resumed at \(first) articles, " : "")built in %.0f s (extract %.0f s, ingest %.0f s = %.0f articles/s, writer CPU %.0f s = %.0f articles per CPU s; per tenth: %@; per CPU s per tenth: %@)",
                             Date().timeIntervalSince(t0), times.extract, times.ingest, Double(articles - first) / times.ingest,
                             times.cpu, Double(articles - first) / times.cpu, rates.joined(separator: " "), cpuRates.joined(separator: " "))
        log(summary)
        try? summary.write(toFile: buildReportPath(articles: articles, seed: generator.seed), atomically: true, encoding: .utf8)
        return store
    }

    /// Where `largeStore` keeps how its build went (the writer's rate as the store filled).
    public static func buildReportPath(articles: Int, seed: UInt64) -> String {
        cacheDirectory + "/store-\(articles)-seed\(seed).build.txt"
    }
}

/// CPU seconds of the calling thread: on a shared machine, what the writer itself costs.
func threadCPU() -> Double {
    var t = timespec()
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t)
    return Double(t.tv_sec) + Double(t.tv_nsec) / 1e9
}

/// Per-index slots filled from `concurrentPerform` (each index written once, by one thread).
final class ResultBox: @unchecked Sendable {
    var values: [Extraction?]
    init(count: Int) { values = Array(repeating: nil, count: count) }
    func set(_ i: Int, _ x: Extraction) { values.withUnsafeMutableBufferPointer { $0[i] = x } }
}
