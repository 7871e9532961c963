import Foundation

/// How `chronicle ingest` feeds its one writer: articles are extracted ahead by worker tasks
/// (`OrderedConcurrentMap`) and written in order, `batchSize` per transaction.
///
/// Extraction (about 0.5 ms of CPU per article) and the writer (about 0.55 ms) cost about the
/// same, and the writer cannot be split: it gets a core of its own, and the other cores extract.
/// On this 2-core machine at load average 0.5, `chronicle-bench --shape-only --ingest-articles 2000
/// --shapes 2:16,1:64,1:256,2:64` (workers:look-ahead), twice: one worker 64 ahead 1,180 / 1,079
/// articles/s, a worker per core 16 ahead 960 / 894 (two workers starved the writer of its core).
/// `chronicle ingest` of 3,000 generated pages: 3.8–4.1 s before, 3.1–3.3 s after. Under heavy
/// load (6–9) the shapes could not be told apart.
public enum IngestShape {
    /// Most articles per transaction: one commit (and WAL append of the pages every article
    /// touches, such as the count tables) per 64 articles instead of per article.
    public static let batchSize = 64

    /// Extraction tasks at a time: one per core but the writer's, at least one.
    public static var extractionWorkers: Int {
        max(1, ProcessInfo.processInfo.activeProcessorCount - 1)
    }

    /// Articles extracted ahead of the writer: a transaction's worth, or eight per worker on a
    /// machine with many cores.
    public static var lookAhead: Int { max(batchSize, 8 * extractionWorkers) }
}
