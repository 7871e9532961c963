import Foundation

/// How `chronicle ingest` feeds its one writer: articles are extracted ahead by worker tasks
/// (`OrderedConcurrentMap`) and written in order, `batchSize` per transaction.
///
/// The writer is the slower side (about 1 ms of CPU per article against 0.5 ms to extract one).
/// Leaving it a core of its own (one worker fewer) and looking two batches ahead were measured
/// (`chronicle-bench --shape-only --shapes 1:128,2:128,2:16,1:16`) but could not be told apart
/// from the shape below at load average 6–9, so ingest keeps it: a worker per core, eight
/// articles ahead per worker.
public enum IngestShape {
    /// Most articles per transaction: one commit (and WAL append of the pages every article
    /// touches, such as the count tables) per 64 articles instead of per article.
    public static let batchSize = 64

    /// Extraction tasks at a time: one per core.
    public static var extractionWorkers: Int {
        max(1, ProcessInfo.processInfo.activeProcessorCount)
    }

    /// Articles extracted ahead of the writer: eight per worker.
    public static var lookAhead: Int { 8 * extractionWorkers }
}
