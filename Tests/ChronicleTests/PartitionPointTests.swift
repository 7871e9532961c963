import Testing
@testable import Chronicle

@Suite("Partition point")
struct PartitionPointTests {
    @Test("documented example: the first element past a bound in sorted values")
    func example() {
        #expect([1, 3, 3, 5, 8].partitionPoint { $0 > 3 } == 3)
    }

    @Test("empty, none and all")
    func edges() {
        #expect([Int]().partitionPoint { $0 > 0 } == 0)
        #expect([1, 2, 3].partitionPoint { $0 > 9 } == 3)
        #expect([1, 2, 3].partitionPoint { $0 > 0 } == 0)
    }

    @Test("agrees with a linear scan on every bound")
    func agreesWithScan() {
        let values = [0, 0, 2, 4, 4, 4, 7, 9, 12]
        for bound in -1...13 {
            #expect(values.partitionPoint { $0 > bound } == (values.firstIndex { $0 > bound } ?? values.count))
        }
        #expect(values[2...].partitionPoint { $0 > 4 } == 6)
    }
}
