/// A set of spans that answers "does one of them contain this span?" in O(log n): the spans
/// sorted by start, with the furthest end reached by any span starting at or before each one.
///
/// One of them contains `s` exactly when, among the spans starting at or before `s.start`, the
/// furthest end is at or after `s.end`.
struct SpanCover {
    private var starts: [Int] = []
    private var furthestEnd: [Int] = []

    init(_ spans: [Span]) {
        let sorted = spans.sorted { $0.start < $1.start }
        starts.reserveCapacity(sorted.count)
        furthestEnd.reserveCapacity(sorted.count)
        var furthest = Int.min
        for s in sorted {
            furthest = max(furthest, s.end)
            starts.append(s.start)
            furthestEnd.append(furthest)
        }
    }

    /// Whether some span `c` has `c.start <= s.start && s.end <= c.end` (`Span.contains`).
    func containsSpan(covering s: Span) -> Bool {
        // The number of spans starting at or before s.start.
        let low = starts.partitionPoint { $0 > s.start }
        return low > 0 && furthestEnd[low - 1] >= s.end
    }
}
