/// A calendar period: the day it starts and its granularity (`2024-W07` = Monday 2024-02-12 at
/// week granularity). Shifting, formatting and ranges all work on this one shape.
struct CalendarPoint: Sendable, Equatable {
    let start: CalendarDay
    let granularity: Granularity

    /// The period of granularity `g` that contains `day` (aligned to its start).
    init(containing day: CalendarDay, _ g: Granularity) {
        granularity = g
        switch g {
        case .second, .minute, .hour, .day: start = day
        case .week, .fortnight: start = day.adding(days: 1 - day.weekday)
        case .weekend: start = day.adding(days: 6 - day.weekday)
        case .month: start = CalendarDay(year: day.year, month: day.month, day: 1)!
        case .quarter: start = CalendarDay(year: day.year, month: (day.month - 1) / 3 * 3 + 1, day: 1)!
        case .half: start = CalendarDay(year: day.year, month: day.month <= 6 ? 1 : 7, day: 1)!
        case .season:
            // Seasons start in March, June, September and December; January and February
            // belong to the winter that began the December before.
            let m = day.month
            let startMonth = m == 12 ? 12 : m < 3 ? 12 : (m - 3) / 3 * 3 + 3
            start = CalendarDay(year: m < 3 ? day.year - 1 : day.year, month: startMonth, day: 1)!
        case .year: start = CalendarDay(year: day.year, month: 1, day: 1)!
        case .decade: start = CalendarDay(year: day.year / 10 * 10, month: 1, day: 1) ?? day
        case .century: start = CalendarDay(year: max(1, day.year / 100 * 100), month: 1, day: 1)!
        case .millennium: start = CalendarDay(year: max(1, day.year / 1000 * 1000), month: 1, day: 1)!
        }
    }

    init(start: CalendarDay, granularity: Granularity) {
        self.start = start
        self.granularity = granularity
    }

    /// The first day after the period.
    var end: CalendarDay {
        switch granularity {
        case .second, .minute, .hour, .day: return start.adding(days: 1)
        case .week: return start.adding(days: 7)
        case .fortnight: return start.adding(days: 14)
        case .weekend: return start.adding(days: 2)
        case .month: return start.adding(months: 1)
        case .quarter, .season: return start.adding(months: 3)
        case .half: return start.adding(months: 6)
        case .year: return start.adding(months: 12)
        case .decade: return start.adding(months: 120)
        case .century: return start.adding(months: 1200)
        case .millennium: return start.adding(months: 12000)
        }
    }

    var range: TimeRange { TimeRange(begin: LocalDateTime(day: start), end: LocalDateTime(day: end)) }

    /// The same kind of period `n` steps away (`n` weeks, months …).
    func shifted(by n: Int) -> CalendarPoint {
        switch granularity {
        case .second, .minute, .hour, .day: return CalendarPoint(start: start.adding(days: n), granularity: granularity)
        case .week, .weekend: return CalendarPoint(start: start.adding(days: 7 * n), granularity: granularity)
        case .fortnight: return CalendarPoint(start: start.adding(days: 14 * n), granularity: .week)
        case .month: return CalendarPoint(start: start.adding(months: n), granularity: granularity)
        case .quarter, .season: return CalendarPoint(start: start.adding(months: 3 * n), granularity: granularity)
        case .half: return CalendarPoint(start: start.adding(months: 6 * n), granularity: granularity)
        case .year: return CalendarPoint(start: start.adding(months: 12 * n), granularity: granularity)
        case .decade: return CalendarPoint(start: start.adding(months: 120 * n), granularity: granularity)
        case .century: return CalendarPoint(start: start.adding(months: 1200 * n), granularity: granularity)
        case .millennium: return CalendarPoint(start: start.adding(months: 12000 * n), granularity: granularity)
        }
    }

    /// The TIMEX3 value: `2024-02-21`, `2024-W07`, `2024-W07-WE`, `2024-02`, `2024-Q1`,
    /// `2024-H1`, `2023-WI`, `2024`, `202`, `20`.
    var value: String {
        let y = Digits.pad(start.year, 4)
        switch granularity {
        case .second, .minute, .hour, .day: return start.description
        case .week, .fortnight:
            let w = start.isoWeek
            return Digits.pad(w.year, 4) + "-W" + Digits.pad(w.week, 2)
        case .weekend:
            let w = start.isoWeek
            return Digits.pad(w.year, 4) + "-W" + Digits.pad(w.week, 2) + "-WE"
        case .month: return y + "-" + Digits.pad(start.month, 2)
        case .quarter: return y + "-Q" + String((start.month - 1) / 3 + 1)
        case .half: return y + "-H" + String(start.month <= 6 ? 1 : 2)
        case .season:
            let names = [3: "SP", 6: "SU", 9: "FA", 12: "WI"]
            return y + "-" + (names[start.month] ?? "XX")
        case .year: return y
        case .decade: return String(y.prefix(3))
        case .century: return String(y.prefix(2))
        case .millennium: return String(y.prefix(1))
        }
    }

    static func seasonStartMonth(_ code: String) -> Int? {
        switch code {
        case "SP": return 3
        case "SU": return 6
        case "FA": return 9
        case "WI": return 12
        default: return nil
        }
    }
}

/// Holidays as written in `calendar.txt`: `12-25`, `11:4:4` (4th Thursday of November),
/// `05:-1:1` (last Monday of May), `11:4:4+1` (the day after it: a day fixed by another),
/// `EASTER-2`.
enum HolidayRule {
    static func date(_ code: String, year: Int) -> CalendarDay? {
        if code.hasPrefix("EASTER") {
            guard let offset = Int(code.dropFirst(6)), abs(offset) <= maximumOffset else { return nil }
            return easter(year).adding(days: offset)
        }
        let fields = code.split(separator: ":", omittingEmptySubsequences: false)
        if fields.count == 3 {
            // The weekday is one digit; a signed day offset may follow it.
            let last = fields[2]
            guard let month = Int(fields[0]), let nth = Int(fields[1]), nth != 0, let weekdayDigit = last.first,
                  let weekday = Int(String(weekdayDigit)), (1...7).contains(weekday) else { return nil }
            let rest = last.dropFirst()
            guard rest.isEmpty || rest.first == "+" || rest.first == "-", let offset = rest.isEmpty ? 0 : Int(rest),
                  abs(offset) <= maximumOffset else { return nil }
            return nthWeekday(nth, weekday, month: month, year: year)?.adding(days: offset)
        }
        let dash = code.split(separator: "-").compactMap { Int($0) }
        guard dash.count == 2 else { return nil }
        return CalendarDay(year: year, month: dash[0], day: dash[1])
    }

    static func isValid(_ code: String) -> Bool { date(code, year: 2024) != nil }

    /// The largest day offset a holiday code may take (a year): a typo such as `EASTER+9999999999`
    /// is refused when the list loads, not carried into date arithmetic.
    static let maximumOffset = 366

    /// The `nth` weekday `weekday` (1 = Monday) of a month; `nth` = -1 is the last one.
    private static func nthWeekday(_ nth: Int, _ weekday: Int, month: Int, year: Int) -> CalendarDay? {
        if nth > 0 {
            guard let first = CalendarDay(year: year, month: month, day: 1) else { return nil }
            let d = first.adding(days: (weekday - first.weekday + 7) % 7 + 7 * (nth - 1))
            return d.month == month ? d : nil
        }
        guard let last = CalendarDay(year: year, month: month, day: CalendarDay.daysIn(month: month, year: year)) else { return nil }
        return last.adding(days: -((last.weekday - weekday + 7) % 7) - 7 * (-nth - 1))
    }

    /// Western Easter Sunday (anonymous Gregorian algorithm).
    static func easter(_ year: Int) -> CalendarDay {
        let a = year % 19, b = year / 100, c = year % 100
        let d = b / 4, e = b % 4, f = (b + 8) / 25, g = (b - f + 1) / 3
        let h = (19 * a + b - d - g + 15) % 30
        let i = c / 4, k = c % 4
        let l = (32 + 2 * e + 2 * i - h - k) % 7
        let m = (a + 11 * h + 22 * l) / 451
        let month = (h + l - 7 * m + 114) / 31
        let day = (h + l - 7 * m + 114) % 31 + 1
        return CalendarDay(year: year, month: month, day: day)!
    }
}
