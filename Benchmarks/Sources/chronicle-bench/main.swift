// chronicle-bench: one-shot figures for every stage, without the ordo-one harness.
//
//   chronicle-bench [--articles N] [--text-mb M] [--pipeline-articles K] [--skip-store]
//   chronicle-bench --pipeline-only [--pipeline-articles K]   (only the Pipeline.extract lines)
//   chronicle-bench --writer-only [--ingest-articles J]   (after the pipeline lines, only the
//                                                  64-per-transaction writer run: for callgrind)
//   chronicle-bench --build-store --articles N   (only build the cached N-article store, report
//                                                  its writer rates per tenth, and print its path)
//
// Prints one line per measurement: name, best and median seconds over the runs, and the rate.
// Timings are wall-clock on whatever machine runs it; on a shared 2-core box expect ±20 %.
// Rated lines also give the amount per CPU second of the whole process (best run), the figure
// to compare when other programs load the machine.
import BenchSupport
import Chronicle
import ChronicleStore
import Dispatch
import Foundation

var storeArticles = Fixtures.storeArticles, textMB = 8, pipelineArticles = 2_000, ingestArticles = 1_000, skipStore = false, buildStoreOnly = false
var pipelineOnly = false, writerOnly = false, shapeOnly = false
/// Extraction workers and look-ahead window of the ingest-shape runs (`--shapes 2:16,1:128`); the
/// first is `IngestShape`'s, what `chronicle ingest` uses.
var shapes = [(workers: IngestShape.extractionWorkers, window: IngestShape.lookAhead)]
var args = CommandLine.arguments.dropFirst().makeIterator()
while let a = args.next() {
    switch a {
    case "--articles": storeArticles = Int(args.next() ?? "") ?? storeArticles
    case "--text-mb": textMB = Int(args.next() ?? "") ?? textMB
    case "--pipeline-articles": pipelineArticles = Int(args.next() ?? "") ?? pipelineArticles
    case "--ingest-articles": ingestArticles = Int(args.next() ?? "") ?? ingestArticles
    case "--skip-store": skipStore = true
    case "--build-store": buildStoreOnly = true
    case "--pipeline-only": pipelineOnly = true
    case "--writer-only": writerOnly = true
    case "--shape-only": shapeOnly = true
    case "--shapes":
        shapes = (args.next() ?? "").split(separator: ",").compactMap { pair in
            let parts = pair.split(separator: ":").compactMap { Int($0) }
            return parts.count == 2 ? (parts[0], parts[1]) : nil
        }
    default:
        FileHandle.standardError.write("usage: chronicle-bench [--articles N] [--text-mb M] [--pipeline-articles K] [--ingest-articles J] [--skip-store] [--build-store] [--pipeline-only] [--writer-only] [--shape-only] [--shapes W:N,…]\n".data(using: .utf8)!)
        exit(2)
    }
}

func now() -> Double { Double(DispatchTime.now().uptimeNanoseconds) / 1e9 }
/// CPU seconds of the calling thread: on a shared machine, what the writer itself costs.
func threadCPU() -> Double {
    var t = timespec()
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t)
    return Double(t.tv_sec) + Double(t.tv_nsec) / 1e9
}
/// CPU seconds of the whole process (every thread): on a shared machine, what a stage costs
/// whatever the others run.
func processCPU() -> Double {
    var t = timespec()
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t)
    return Double(t.tv_sec) + Double(t.tv_nsec) / 1e9
}
func log(_ s: String) { FileHandle.standardError.write((s + "\n").data(using: .utf8)!) }

/// Runs `body` `runs` times; prints best and median, and `unit`/s from `amount` if given.
@discardableResult
func measure<T>(_ name: String, runs: Int, amount: Double? = nil, unit: String = "", _ body: () throws -> T) rethrows -> T {
    var times = [Double](), cpuTimes = [Double](), result: T?
    for _ in 0..<runs {
        let t = now(), c = processCPU()
        result = try body()
        times.append(now() - t)
        cpuTimes.append(processCPU() - c)
    }
    times.sort()
    cpuTimes.sort()
    let best = times[0], median = times[times.count / 2]
    var line = name.padding(toLength: 34, withPad: " ", startingAt: 0) + String(format: " best %9.4f s  median %9.4f s  (runs %d)", best, median, runs)
    if let amount {
        line += String(format: "  %10.2f %@/s (best)  %10.2f %@/s (median)", amount / best, unit, amount / median, unit)
        line += String(format: "  %10.2f %@ per CPU s (best)", amount / cpuTimes[0], unit)
    }
    print(line)
    fflush(nil)
    return result!
}

do {
    let directory = try Fixtures.gazetteerDirectory()
    let gazetteer = try measure("gazetteer load", runs: 3) { try Gazetteer.load(directories: [directory]) }
    print("  (\(gazetteer.entities.count) entities, \(gazetteer.nameCount) names)")
    let generator = try Fixtures.generator(gazetteer)
    let pipeline = Pipeline(gazetteer: gazetteer)
    if buildStoreOnly {
        let store = try Fixtures.largeStore(articles: storeArticles, pipeline: pipeline, generator: generator, log: log)
        let counts = try store.counts()
        print("\(store.path): \(counts.documents) documents, \(counts.entities) entities, \(counts.events) events")
        if let report = try? String(contentsOfFile: Fixtures.buildReportPath(articles: storeArticles, seed: generator.seed), encoding: .utf8) {
            print("  (store \(report))")
        }
        exit(0)
    }

    // `--pipeline-only` skips the stage-by-stage figures.
    if !pipelineOnly {
        // Tagger: tokenize + split + EntityTagger.tag over a large generated text, article by article.
        let articleCount = { () -> Int in var n = 0, size = 0; while size < textMB << 20 { size += generator.article(n).utf8.count + 1; n += 1 }; return n }()
        let docs = (0..<articleCount).map { Array(generator.article($0).utf8) }
        let textBytes = Double(docs.reduce(0) { $0 + $1.count }) / 1_048_576
        print(String(format: "  (tagger text: %d generated articles, %.1f MB)", articleCount, textBytes))
        let tagger = EntityTagger(gazetteer: gazetteer)
        let splitter = SentenceSplitter(abbreviations: [])
        measure("tokenize only", runs: 3, amount: textBytes, unit: "MB") {
            docs.reduce(0) { $0 + Tokenizer.tokenize($1).count }
        }
        let matched = measure("matcher alone (Gazetteer.matches)", runs: 5, amount: textBytes, unit: "MB") {
            docs.reduce(0) { $0 + gazetteer.matchCount(in: $1) }
        }
        print("  (\(matched) list matches)")
        let mentions = measure("tokenize+split+EntityTagger.tag", runs: 3, amount: textBytes, unit: "MB") {
            docs.reduce(0) { total, doc in
                var tokens = Tokenizer.tokenize(doc)
                let sentences = splitter.split(&tokens, bytes: doc)
                return total + tagger.tag(tokens: tokens, sentences: sentences, bytes: doc).reduce(0) { $0 + $1.mentions.count }
            }
        }
        print("  (\(mentions) mentions)")
        // Time tagger alone, over tokens and sentences prepared beforehand.
        let timeTagger = TimeTagger(lexicon: gazetteer.time)
        let prepared = docs.map { doc -> ([Token], [Sentence]) in
            var tokens = Tokenizer.tokenize(doc)
            let sentences = splitter.split(&tokens, bytes: doc)
            return (tokens, sentences)
        }
        let anchor = LocalDateTime(iso: "2024-02-22")
        let timeCount = measure("TimeTagger.tag", runs: 3, amount: textBytes, unit: "MB") {
            zip(docs, prepared).reduce(0) { $0 + timeTagger.tag(bytes: $1.0, tokens: $1.1.0, sentences: $1.1.1, anchor: anchor).count }
        }
        print("  (\(timeCount) time expressions)")

        // The text front end alone (PageReader.read: HTML detection and conversion, cleaning,
        // headline) over the pipeline's raw pages and over the same pages dressed as HTML.
    }
    let raws = (0..<pipelineArticles).map { (generator.article($0), LocalDateTime(iso: generator.publishedISO($0))) }
    if !pipelineOnly {
        do {
            let reader = PageReader(gazetteer: gazetteer)
            let pages = raws.map(\.0)
            let htmlPages = pages.indices.map { HTMLPage.wrap(pages[$0], published: generator.publishedISO($0)) }
            let pagesMB = Double(pages.reduce(0) { $0 + $1.utf8.count }) / 1_048_576
            let htmlMB = Double(htmlPages.reduce(0) { $0 + $1.utf8.count }) / 1_048_576
            measure("PageReader.read (raw pages)", runs: 5, amount: pagesMB, unit: "MB") {
                pages.reduce(0) { $0 + reader.read($1).text.utf8.count }
            }
            measure("PageReader.read (HTML pages)", runs: 5, amount: htmlMB, unit: "MB") {
                htmlPages.reduce(0) { $0 + reader.read($1).text.utf8.count }
            }
            measure("PageReader.isHTML (raw pages)", runs: 5, amount: pagesMB, unit: "MB") {
                pages.reduce(0) { $0 + (PageReader.isHTML($1) ? 1 : 0) }
            }
            let cleanTexts = pages.map { reader.read($0).text }
            let cleanMB = Double(cleanTexts.reduce(0) { $0 + $1.utf8.count }) / 1_048_576
            measure("PageReader.headline (clean texts)", runs: 5, amount: cleanMB, unit: "MB") {
                cleanTexts.reduce(0) { $0 + (PageReader.headline(of: $1)?.utf8.count ?? 0) }
            }
            print(String(format: "  (%d pages: %.2f MB raw, %.2f MB as HTML)", pages.count, pagesMB, htmlMB))
        }

    }
    // Full pipeline, one thread and all cores.
    let rawMB = Double(raws.reduce(0) { $0 + $1.0.utf8.count }) / 1_048_576
    let extractions = measure("Pipeline.extract (1 thread)", runs: 3, amount: rawMB, unit: "MB") {
        raws.enumerated().map { i, r in pipeline.extract(raw: r.0, source: "gen/\(i).txt", published: r.1) }
    }
    print(String(format: "  (%d articles, %.2f MB)", raws.count, rawMB))
    measure("Pipeline.extract (all cores)", runs: 3, amount: rawMB, unit: "MB") {
        Fixtures.extractBatch(0..<pipelineArticles, generator: generator, pipeline: pipeline).count
    }

    if pipelineOnly { exit(0) }

    // Ingest into a fresh store, pre-extracted articles, once per transaction size: one
    // article per transaction (`ingest`) and 64 (`ingest(batch:)`, as `chronicle ingest`). The
    // rate of each tenth shows whether writing slows as the store grows.
    // Prepared for the store beforehand, as `chronicle ingest`'s extraction workers do: the runs
    // time the writer's thread only.
    let xs = (ingestArticles <= extractions.count ? Array(extractions.prefix(ingestArticles))
        : Fixtures.extractBatch(0..<ingestArticles, generator: generator, pipeline: pipeline)).map(PreparedExtraction.init)
    for transaction in shapeOnly ? [] : writerOnly ? [64] : [1, 64] {
        let path = Fixtures.cacheDirectory + "/ingest-\(ProcessInfo.processInfo.processIdentifier).sqlite"
        defer { for s in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + s) } }
        let store = try ChronicleStore(path: path)
        let step = max(1, xs.count / 10)
        var rates = [String](), total = 0.0
        let cpu0 = threadCPU()
        for start in stride(from: 0, to: xs.count, by: step) {
            let t = now()
            let tenth = xs[start..<min(start + step, xs.count)]
            for first in stride(from: tenth.startIndex, to: tenth.endIndex, by: transaction) {
                if transaction == 1 { try store.ingest(tenth[first]) }
                else { try store.ingest(preparedBatch: Array(tenth[first..<min(first + transaction, tenth.endIndex)])) }
            }
            let dt = now() - t
            total += dt
            rates.append(String(format: "%.0f", Double(tenth.count) / dt))
        }
        let name = transaction == 1 ? "ChronicleStore.ingest (fresh db)" : "ingest(batch: \(transaction)) (fresh db)"
        print(name.padding(toLength: 34, withPad: " ", startingAt: 0)
              + String(format: " %d articles in %.2f s = %.1f articles/s", xs.count, total, Double(xs.count) / total))
        let cpu = threadCPU() - cpu0
        print("  (articles/s per tenth, as the store fills: \(rates.joined(separator: " ")))")
        print(String(format: "  (writer thread CPU %.2f s = %.0f articles per CPU second)", cpu, Double(xs.count) / cpu))
    }
    if writerOnly { exit(0) }

    // `chronicle ingest`'s shape: extraction by worker tasks (OrderedConcurrentMap), one writer,
    // in order, 64 articles per transaction, into a fresh store; once per shape.
    for shape in shapes {
        let path = Fixtures.cacheDirectory + "/ingest-par-\(ProcessInfo.processInfo.processIdentifier).sqlite"
        defer { for s in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + s) } }
        let store = try ChronicleStore(path: path)
        let t = now(), cpu0 = threadCPU()
        let prepared = OrderedConcurrentMap(count: ingestArticles, workers: shape.workers, window: shape.window) { i in
            PreparedExtraction(pipeline.extract(raw: generator.article(i), source: "gen/\(i).txt", published: LocalDateTime(iso: generator.publishedISO(i))))
        }
        var batch = [PreparedExtraction]()
        for i in 0..<ingestArticles {
            batch.append(prepared.next())
            if batch.count == IngestShape.batchSize || i == ingestArticles - 1 {
                try store.ingest(preparedBatch: batch)
                batch.removeAll()
            }
        }
        let dt = now() - t, cpu = threadCPU() - cpu0
        print("extract (\(shape.workers) workers, \(shape.window) ahead) + ingest"
              + String(format: " %d articles in %.2f s = %.1f articles/s (writer thread CPU %.2f s)", ingestArticles, dt, Double(ingestArticles) / dt, cpu))
    }

    if skipStore { exit(0) }
    // Queries on the large store.
    let t0 = now()
    let store = try Fixtures.largeStore(articles: storeArticles, pipeline: pipeline, generator: generator, log: log)
    let counts = try store.counts()
    print(String(format: "  (store: %d documents, %d entities, %d events; ready in %.0f s)", counts.documents, counts.entities, counts.events, now() - t0))
    if let report = try? String(contentsOfFile: Fixtures.buildReportPath(articles: storeArticles, seed: generator.seed), encoding: .utf8) {
        print("  (store \(report))")
    }
    let probe = pipeline.extract(raw: generator.article(0), source: "probe", published: nil)
    let name = probe.entities.first { $0.type == .person }?.name ?? probe.entities[0].name
    let refs = try measure("resolveEntity", runs: 5) { try store.resolveEntity(name) }
    print("  (entity queries use \"\(name)\")")
    // Whole-store queries print everything: once on a large store.
    let wholeRuns = storeArticles >= 50_000 ? 1 : 3
    let entries = try measure("timeline (all events)", runs: wholeRuns) { try store.timeline() }
    print("  (\(entries.count) timeline entries)")
    try measure("timeline --entity", runs: 5) { try store.timeline(entities: refs).count }
    measure("render timeline text (all)", runs: wholeRuns) { () -> Int in
        var s = ""; TimelineRenderer.write(entries, format: .text, to: &s); return s.utf8.count
    }
    try measure("cooccurrence ENTITY (sentence)", runs: 5) { try store.cooccurrence(of: refs, window: .sentence, top: 20).count }
    try measure("cooccurrence ENTITY (document)", runs: 5) { try store.cooccurrence(of: refs, window: .document, top: 20).count }
    try measure("cooccurrence ENTITY (event)", runs: 5) { try store.cooccurrence(of: refs, window: .event, top: 20).count }
    try measure("cooccurrence top 20 (document)", runs: 1) { try store.cooccurrence(window: .document, top: 20).count }
    try measure("cooccurrence top 20 (sentence)", runs: 1) { try store.cooccurrence(window: .sentence, top: 20).count }
    try measure("cooccurrence top 20 (event)", runs: 1) { try store.cooccurrence(window: .event, top: 20).count }
    // As `chronicle dot` does: the timeline, the links among its events, the renderer.
    try measure("dot (timeline + links + DOT, all)", runs: wholeRuns) { () -> Int in
        let entries = try store.timeline()
        var s = ""; DOTRenderer.write(entries, links: try store.eventLinks(among: Set(entries.map(\.id))), to: &s); return s.utf8.count
    }
    try measure("dot --entity", runs: 5) { () -> Int in
        let entries = try store.timeline(entities: refs)
        var s = ""; DOTRenderer.write(entries, links: try store.eventLinks(among: Set(entries.map(\.id))), to: &s); return s.utf8.count
    }
} catch {
    log("chronicle-bench: \(error)")
    exit(1)
}
