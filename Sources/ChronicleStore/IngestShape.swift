import Foundation

/// How `chronicle ingest` feeds its one writer: articles are extracted ahead by worker tasks
/// (`OrderedConcurrentMap`) and written in order, `batchSize` per transaction.
///
/// The writer is the slower side (about 1.2 ms of CPU per article against 0.5 ms to extract
/// one), so it should never wait nor share its core: extraction runs on all cores but one,
/// and looks far enough ahead that the next batch is ready when a commit ends.
public enum IngestShape {
    /// Most articles per transaction: one commit (and WAL append of the pages every article
    /// touches, such as the count tables) per 64 articles instead of per article.
    public static let batchSize = 64

    /// Extraction tasks at a time: one core is left to the writer (one task on one core).
    public static var extractionWorkers: Int {
        max(1, ProcessInfo.processInfo.activeProcessorCount - 1)
    }

    /// Articles extracted ahead of the writer: two batches, so one is ready while one is written.
    public static let lookAhead = 2 * batchSize
}
