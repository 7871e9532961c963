import Foundation

/// `work(0)`, `work(1)`, … `work(count - 1)` computed on every core by a task group, handed back
/// in index order to one consumer: the shape of `chronicle ingest`, where articles are
/// extracted in parallel and written one transaction each, in order, by a single writer.
///
/// At most `window` results are computed ahead of the consumer (finished or in flight), so
/// memory stays bounded however many articles there are; `workers` child tasks run at a time
/// (default: one per core). The consumer is a plain thread (`next()` blocks), not part of the task pool, so
/// it never takes a core away from the workers while it waits.
///
///     let extractions = OrderedConcurrentMap(count: files.count) { i in pipeline.extract(…files[i]…) }
///     for _ in files { try store.ingest(extractions.next()) }
public final class OrderedConcurrentMap<T: Sendable>: @unchecked Sendable {
    private let condition = NSCondition()
    private var results: [Int: T] = [:]
    /// The index `next()` returns next.
    private var consumed = 0
    private var stopped = false
    /// The producer, suspended until the consumer makes room for `index`.
    private var waiter: (index: Int, continuation: CheckedContinuation<Void, Never>)?
    private let window: Int
    public let count: Int
    private var task: Task<Void, Never>?

    /// Starts computing at once. `workers` (default: one per core) tasks compute at a time;
    /// `window` (default: eight per worker) bounds the results held.
    public init(count: Int, workers: Int? = nil, window: Int? = nil, work: @escaping @Sendable (Int) -> T) {
        let workers = max(1, workers ?? ProcessInfo.processInfo.activeProcessorCount)
        self.count = count
        self.window = max(workers, window ?? workers * 8)
        task = Task.detached { [self] in
            await withTaskGroup(of: Void.self) { group in
                var next = 0
                while next < count && next < workers {
                    let i = next
                    group.addTask { self.store(i, work(i)) }
                    next += 1
                }
                while await group.next() != nil {
                    guard next < count else { continue }
                    await withCheckedContinuation { self.waitForRoom(next, $0) }
                    if self.isStopped { group.cancelAll(); break }
                    let i = next
                    group.addTask { self.store(i, work(i)) }
                    next += 1
                }
            }
        }
    }

    deinit { stop() }

    /// The next result in index order, waiting for it if need be. Call it at most `count` times.
    public func next() -> T {
        condition.lock()
        let index = consumed
        precondition(index < count, "OrderedConcurrentMap.next() called more than count times")
        while results[index] == nil { condition.wait() }
        let result = results.removeValue(forKey: index)!
        consumed += 1
        var resume: CheckedContinuation<Void, Never>?
        if let w = waiter, w.index < consumed + window {
            resume = w.continuation
            waiter = nil
        }
        condition.unlock()
        resume?.resume()
        return result
    }

    /// Stops starting new work (work already running finishes); for a consumer that gives up.
    public func stop() {
        condition.lock()
        stopped = true
        let resume = waiter?.continuation
        waiter = nil
        condition.unlock()
        resume?.resume()
        task?.cancel()
    }

    private var isStopped: Bool {
        condition.lock()
        defer { condition.unlock() }
        return stopped
    }

    private func store(_ index: Int, _ value: T) {
        condition.lock()
        results[index] = value
        condition.broadcast()
        condition.unlock()
    }

    /// Resumes `continuation` once `index` fits in the window (at once if it does already).
    private func waitForRoom(_ index: Int, _ continuation: CheckedContinuation<Void, Never>) {
        condition.lock()
        if stopped || index < consumed + window {
            condition.unlock()
            continuation.resume()
            return
        }
        waiter = (index, continuation)
        condition.unlock()
    }
}
