/// Human date labels for the HTML page: `21 Feb 2024`, `17–18 Feb 2024`, `28 Feb – 3 Mar 2024`,
/// `September 2023`, `2017`, with the time of day when the value has one.
enum HTMLDates {
    static let monthNames = ["January", "February", "March", "April", "May", "June", "July", "August",
                             "September", "October", "November", "December"]
    static let shortMonths = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

    /// `February 2024`
    static func month(_ day: CalendarDay) -> String { "\(monthNames[day.month - 1]) \(day.year)" }

    /// `2024-02`: the month key of a day.
    static func monthKey(_ day: CalendarDay) -> String { String(day.description.prefix(7)) }

    /// The last day an interval touches ([begin, end) with a date-only end means the day before).
    static func lastDay(_ begin: LocalDateTime, _ end: LocalDateTime) -> CalendarDay {
        if end.minuteOfDay == nil || end.minuteOfDay == 0 {
            let last = end.day.adding(days: -1)
            return last < begin.day ? begin.day : last
        }
        return end.day
    }

    /// The days a time covers, as a label without the time of day: `21 Feb 2024`,
    /// `17–18 Feb 2024`, `28 Feb – 3 Mar 2024`, `30 Dec 2023 – 2 Jan 2024`, a whole month as
    /// `September 2023`, a whole year as `2017`. Nil for an undated time.
    static func days(_ time: EventTime?) -> String? {
        guard let time, let begin = time.begin, let end = time.end else { return nil }
        let first = begin.day, last = lastDay(begin, end)
        let wholeDays = begin.minuteOfDay == nil && (end.minuteOfDay == nil)
        if wholeDays && first.day == 1 && first.month == 1 && last.month == 12 && last.day == 31 {
            return first.year == last.year ? "\(first.year)" : "\(first.year)–\(last.year)"
        }
        if wholeDays && first.day == 1 && last == first.adding(months: 1).adding(days: -1) {
            return month(first)
        }
        let m1 = shortMonths[first.month - 1], m2 = shortMonths[last.month - 1]
        if first == last { return "\(first.day) \(m1) \(first.year)" }
        if first.year != last.year { return "\(first.day) \(m1) \(first.year) – \(last.day) \(m2) \(last.year)" }
        if first.month != last.month { return "\(first.day) \(m1) – \(last.day) \(m2) \(first.year)" }
        return "\(first.day)–\(last.day) \(m1) \(first.year)"
    }

    /// The time of day, when the value has one: `14:30`, or `18:00–24:00` for a part of a day.
    static func clock(_ time: EventTime?) -> String? {
        guard let time, let begin = time.begin, let b = begin.minuteOfDay else { return nil }
        func hm(_ m: Int) -> String { Digits.pad(m / 60, 2) + ":" + Digits.pad(m % 60, 2) }
        guard let end = time.end else { return hm(b) }
        if end.day == begin.day, let e = end.minuteOfDay, e > b { return e - b <= 1 ? hm(b) : hm(b) + "–" + hm(e) }
        if end.day == begin.day.adding(days: 1), end.minuteOfDay == nil || end.minuteOfDay == 0 { return hm(b) + "–24:00" }
        return hm(b)
    }

    /// The full label for a card: the days, then the time of day.
    static func label(_ time: EventTime?) -> String {
        guard let days = days(time) else { return time.map { "undated (\($0.value))" } ?? "undated" }
        if let clock = clock(time) { return days + ", " + clock }
        return days
    }

    /// Does the time cover more than one day (an uncertain time, drawn as a range)?
    static func isRange(_ time: EventTime?) -> Bool {
        guard let time, let begin = time.begin, let end = time.end else { return false }
        return lastDay(begin, end) != begin.day
    }
}
