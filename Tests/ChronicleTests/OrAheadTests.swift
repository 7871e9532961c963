import Testing
@testable import Chronicle

@Suite("OR over the values ahead")
struct OrAheadTests {
    @Test("documented example: each value takes in the next window - 1 values")
    func example() {
        var values: [UInt64] = [1, 2, 4, 8, 16]
        TimeTagger.orAhead(&values, window: 2)
        #expect(values == [3, 6, 12, 24, 16])
    }

    @Test("empty, one value and a window of one")
    func edges() {
        var empty = [UInt64]()
        TimeTagger.orAhead(&empty, window: 8)
        #expect(empty.isEmpty)
        var one: [UInt64] = [5]
        TimeTagger.orAhead(&one, window: 8)
        #expect(one == [5])
        var unchanged: [UInt64] = [1, 2, 4]
        TimeTagger.orAhead(&unchanged, window: 1)
        #expect(unchanged == [1, 2, 4])
    }

    @Test("agrees with a scan of every window, powers of two or not")
    func agreesWithScan() {
        let values: [UInt64] = (0..<37).map { 1 << UInt64(($0 * 7) % 64) }
        for window in 1...12 {
            var fast = values
            TimeTagger.orAhead(&fast, window: window)
            let scanned = values.indices.map { t in values[t..<min(values.count, t + window)].reduce(0, |) }
            #expect(fast == scanned, "window \(window)")
        }
    }
}
