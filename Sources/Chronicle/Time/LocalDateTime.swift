/// A calendar day with an optional time of day, in the article's own (unknown) time zone.
///
/// News gives dates far more often than instants, so the time of day is optional and the
/// value orders by (day, minute) with a date-only value sorting before any time that day.
public struct LocalDateTime: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let day: CalendarDay
    /// Minutes after midnight, or nil for a date without a time.
    public let minuteOfDay: Int?

    public init(day: CalendarDay, minuteOfDay: Int? = nil) {
        self.day = day
        self.minuteOfDay = minuteOfDay
    }

    public init?(year: Int, month: Int, day: Int, hour: Int? = nil, minute: Int = 0) {
        guard let d = CalendarDay(year: year, month: month, day: day) else { return nil }
        if let hour {
            guard (0...23).contains(hour), (0...59).contains(minute) else { return nil }
            self.init(day: d, minuteOfDay: hour * 60 + minute)
        } else {
            self.init(day: d)
        }
    }

    /// Parses `2024-02-22`, `2024-02-22T02:58`, `2024-02-22 02:58:00` and `…Z` / `…+01:00`
    /// (the zone is dropped: Chronicle reasons in the article's local time).
    public init?(iso text: String) {
        let b = Array(text.utf8)
        func number(_ from: Int, _ count: Int) -> Int? {
            guard from + count <= b.count else { return nil }
            var n = 0
            for i in from..<from + count {
                guard b[i] >= 48, b[i] <= 57 else { return nil }
                n = n * 10 + Int(b[i] - 48)
            }
            return n
        }
        guard b.count >= 10, b[4] == 45, b[7] == 45,
              let y = number(0, 4), let m = number(5, 2), let d = number(8, 2) else { return nil }
        if b.count == 10 {
            self.init(year: y, month: m, day: d)
            return
        }
        guard b[10] == 84 || b[10] == 32, b.count >= 16, b[13] == 58,
              let h = number(11, 2), let mi = number(14, 2) else { return nil }
        var rest = 16
        if rest < b.count, b[rest] == 58 {  // seconds, then fractions
            guard number(17, 2) != nil else { return nil }
            rest = 19
            if rest < b.count, b[rest] == 46 {
                rest += 1
                while rest < b.count, b[rest] >= 48, b[rest] <= 57 { rest += 1 }
            }
        }
        let zone = b[rest...]
        guard zone.isEmpty || zone == [90] || ((zone.first == 43 || zone.first == 45) && zone.count <= 6)
        else { return nil }
        self.init(year: y, month: m, day: d, hour: h, minute: mi)
    }

    public static func < (a: LocalDateTime, b: LocalDateTime) -> Bool {
        a.day != b.day ? a.day < b.day : (a.minuteOfDay ?? -1) < (b.minuteOfDay ?? -1)
    }

    /// `2024-02-22` or `2024-02-22T02:58`
    public var description: String {
        guard let minutes = minuteOfDay else { return day.description }
        return day.description + "T" + Digits.pad(minutes / 60, 2) + ":" + Digits.pad(minutes % 60, 2)
    }
}

/// A half-open interval [begin, end) of local time: what a TIMEX3 value covers.
public struct TimeRange: Hashable, Sendable {
    public let begin: LocalDateTime
    public let end: LocalDateTime

    public init(begin: LocalDateTime, end: LocalDateTime) {
        self.begin = begin
        self.end = end
    }

    /// Whole days [first, last + 1).
    public init(days first: CalendarDay, through last: CalendarDay) {
        self.init(begin: LocalDateTime(day: first), end: LocalDateTime(day: last.adding(days: 1)))
    }
}
