extension RandomAccessCollection {
    /// The index of the first element for which `isAfter` holds, in a collection partitioned so
    /// that every element where it fails comes first (`endIndex` if it never holds): the one
    /// binary search that sorted spans, sentences and mentions share.
    /// - Complexity: O(log n).
    func partitionPoint(where isAfter: (Element) throws -> Bool) rethrows -> Index {
        var low = startIndex
        var count = self.count
        while count > 0 {
            let half = count / 2
            let mid = index(low, offsetBy: half)
            if try isAfter(self[mid]) {
                count = half
            } else {
                low = index(after: mid)
                count -= half + 1
            }
        }
        return low
    }
}
