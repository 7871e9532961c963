// The ordo-one/benchmark suite. Run from Benchmarks/:
//
//   swift package --allow-writing-to-package-directory benchmark
//   swift package benchmark --filter 'pipeline.*'
//
// Environment: CHRONICLE_BENCH_ARTICLES (large-store size, default 10,000; the store is built on
// first use and cached in CHRONICLE_BENCH_DIR, default /tmp/chronicle-bench).
//
// Throughput benchmarks scale their inner loop so that `throughput` reads as articles (or
// documents) per second; the MB/s figure is in the benchmark name's note and in chronicle-bench.
import Benchmark
import BenchSupport
import Chronicle
import ChronicleStore
import Foundation

/// Lazily built fixtures shared by the benchmarks (setup runs once per benchmark process).
final class State: @unchecked Sendable {
    static let shared = State()
    lazy var directory: String = try! Fixtures.gazetteerDirectory()
    lazy var gazetteer: Gazetteer = try! Gazetteer.load(directories: [directory])
    lazy var generator: CorpusGenerator = CorpusGenerator(gazetteer: gazetteer, directory: directory)
    lazy var pipeline = Pipeline(gazetteer: gazetteer)
    lazy var tagger = EntityTagger(gazetteer: gazetteer)
    /// 1,000 generated articles (about 2.5 MB) as raw text and as UTF-8 bytes.
    lazy var raws: [(String, LocalDateTime?)] = (0..<1_000).map { (generator.article($0), LocalDateTime(iso: generator.publishedISO($0))) }
    lazy var docs: [[UInt8]] = raws.map { Array($0.0.utf8) }
    lazy var extractions: [Extraction] = raws.enumerated().map { i, r in pipeline.extract(raw: r.0, source: "gen/\(i).txt", published: r.1) }
    lazy var store: ChronicleStore = try! Fixtures.largeStore(pipeline: pipeline, generator: generator)
    lazy var probe: [EntityRef] = {
        let x = pipeline.extract(raw: generator.article(0), source: "probe", published: nil)
        let name = x.entities.first { $0.type == .person }?.name ?? x.entities[0].name
        return try! store.resolveEntity(name)
    }()
}

let benchmarks: @Sendable () -> Void = {
    Benchmark.defaultConfiguration = .init(
        metrics: [.wallClock, .throughput, .mallocCountTotal, .peakMemoryResident],
        warmupIterations: 1,
        maxDuration: .seconds(10),
        maxIterations: 20
    )
    let s = State.shared

    Benchmark("gazetteer.load", configuration: .init(maxIterations: 5)) { benchmark in
        let dir = s.directory
        benchmark.startMeasurement()
        blackHole(try Gazetteer.load(directories: [dir]))
    }

    // The matcher is internal; this is the public path around it (tokenize + split + tag).
    Benchmark("tagger.1000-articles", configuration: .init(setup: { _ = s.docs; _ = s.tagger })) { benchmark in
        let splitter = SentenceSplitter(abbreviations: [])
        for doc in s.docs {
            var tokens = Tokenizer.tokenize(doc)
            let sentences = splitter.split(&tokens, bytes: doc)
            blackHole(s.tagger.tag(tokens: tokens, sentences: sentences, bytes: doc))
        }
    }

    Benchmark("tokenizer.1000-articles", configuration: .init(setup: { _ = s.docs })) { _ in
        for doc in s.docs { blackHole(Tokenizer.tokenize(doc)) }
    }

    Benchmark("pipeline.extract.1000-articles", configuration: .init(setup: { _ = s.raws; _ = s.pipeline })) { _ in
        for (i, r) in s.raws.enumerated() { blackHole(s.pipeline.extract(raw: r.0, source: "gen/\(i).txt", published: r.1)) }
    }

    Benchmark("store.ingest.1000-articles", configuration: .init(maxIterations: 5, setup: { _ = s.extractions })) { benchmark in
        let path = Fixtures.cacheDirectory + "/ingest-bench-\(ProcessInfo.processInfo.processIdentifier).sqlite"
        for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
        let store = try ChronicleStore(path: path)
        benchmark.startMeasurement()
        for x in s.extractions { try store.ingest(x) }
        benchmark.stopMeasurement()
        for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
    }

    let storeConfig = Benchmark.Configuration(metrics: [.wallClock, .mallocCountTotal, .peakMemoryResident],
                                              maxDuration: .seconds(30), maxIterations: 5,
                                              setup: { _ = s.store; _ = s.probe })
    Benchmark("store.timeline.all", configuration: storeConfig) { _ in
        blackHole(try s.store.timeline())
    }
    Benchmark("store.timeline.entity", configuration: storeConfig) { _ in
        blackHole(try s.store.timeline(entities: s.probe))
    }
    Benchmark("store.cooccurrence.entity", configuration: storeConfig) { _ in
        blackHole(try s.store.cooccurrence(of: s.probe, window: .sentence, top: 20))
    }
    Benchmark("store.cooccurrence.top20.document", configuration: storeConfig) { _ in
        blackHole(try s.store.cooccurrence(window: .document, top: 20))
    }
    Benchmark("store.dot.all", configuration: storeConfig) { _ in
        var out = ""
        DOTRenderer.write(try s.store.timeline(), to: &out)
        blackHole(out)
    }
    Benchmark("store.dot.entity", configuration: storeConfig) { _ in
        var out = ""
        DOTRenderer.write(try s.store.timeline(entities: s.probe), to: &out)
        blackHole(out)
    }
}
