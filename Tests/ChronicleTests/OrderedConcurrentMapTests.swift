import Foundation
import Testing
@testable import Chronicle

/// `OrderedConcurrentMap` hands results back in index order whatever the number of workers and
/// the look-ahead window (`chronicle ingest` takes both from `IngestShape`).
///
/// The consumer blocks in `next()`, so it runs on a thread of its own, as `chronicle ingest`'s
/// main thread does: a test's own task would hold a thread the workers need.
@Suite("Ordered concurrent map")
struct OrderedConcurrentMapTests {
    /// `body` run on a new thread; the test awaits it without holding a thread of the pool.
    static func onThread<T: Sendable>(_ body: @escaping @Sendable () -> T) async -> T {
        await withCheckedContinuation { continuation in
            Thread { continuation.resume(returning: body()) }.start()
        }
    }

    @Test("documented example: results come back in index order", arguments: [(1, 1), (1, 128), (2, 3), (4, nil)] as [(Int, Int?)])
    func inOrder(workers: Int, window: Int?) async {
        let map = OrderedConcurrentMap(count: 200, workers: workers, window: window) { i -> Int in
            if i % 7 == 0 { usleep(200) }  // some late results, so later ones finish first
            return i * i
        }
        let results = await Self.onThread { (0..<200).map { _ in map.next() } }
        #expect(results == (0..<200).map { $0 * $0 })
    }

    @Test("no more than the window is computed ahead of the consumer")
    func boundedLookAhead() async {
        let started = Counter()
        let map = OrderedConcurrentMap(count: 100, workers: 2, window: 5) { i -> Int in
            started.add()
            return i
        }
        let first = await Self.onThread { () -> Int in
            usleep(50_000)
            return map.next()
        }
        #expect(first == 0)
        #expect(started.value <= 6)  // the window, and the one its consumption let start
        map.stop()
    }

    /// A count shared by the workers.
    final class Counter: @unchecked Sendable {
        private let lock = NSLock()
        private var n = 0
        func add() {
            lock.lock()
            n += 1
            lock.unlock()
        }
        var value: Int {
            lock.lock()
            defer { lock.unlock() }
            return n
        }
    }
}
