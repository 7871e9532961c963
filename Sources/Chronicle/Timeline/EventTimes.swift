/// The time of an event told several times: the narrowest of the intervals its mentions give
/// (`2024-03-13` over `2024-W11`), earliest first on ties.
public enum EventTimes {
    public static func narrowest(_ ranges: [TimeRange]) -> TimeRange? {
        ranges.min { a, b in
            let wa = width(a), wb = width(b)
            return wa != wb ? wa < wb : a.begin < b.begin
        }
    }

    /// Minutes covered.
    public static func width(_ r: TimeRange) -> Int {
        (r.end.day.dayNumber - r.begin.day.dayNumber) * 1440 + (r.end.minuteOfDay ?? 0) - (r.begin.minuteOfDay ?? 0)
    }
}
