/// Orders events into a timeline: dated events by interval (earlier begin first; at the same
/// begin the shorter, more precise one first), then undated events in source order.
///
/// An uncertain time stays an interval (`2024-W07-WE` covers 17–18 Feb) and sorts by its
/// begin; nothing is given a made-up date.
public enum TimelineOrder {
    public static func sorted(_ entries: [TimelineEntry]) -> [TimelineEntry] {
        // Positions are sorted, by times read out once: moving the entries themselves retained
        // and released every string and array they hold at each step.
        let begins = entries.map { $0.time?.begin }, ends = entries.map { $0.time?.end }
        let order = entries.indices.sorted { a, b in
            switch (begins[a], begins[b]) {
            case let (x?, y?):
                if x != y { return x < y }
                let ex = ends[a], ey = ends[b]
                if ex != ey, let ex, let ey { return ex < ey }
                return a < b
            case (_?, nil): return true
            case (nil, _?): return false
            case (nil, nil): return a < b
            }
        }
        return order.map { entries[$0] }
    }

    /// Does the interval of `time` meet [from, to)? Undated events never do.
    public static func overlaps(_ time: EventTime?, from: LocalDateTime?, to: LocalDateTime?) -> Bool {
        guard from != nil || to != nil else { return true }
        guard let begin = time?.begin, let end = time?.end else { return false }
        if let from, end <= from { return false }
        if let to, begin >= to { return false }
        return true
    }
}
