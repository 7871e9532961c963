/// A day of the proleptic Gregorian calendar, with integer arithmetic only.
///
/// Foundation's `Calendar` and `DateFormatter` cost microseconds a call; every date the
/// tagger resolves goes through here instead (days-from-civil, after Howard Hinnant).
public struct CalendarDay: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let year: Int
    public let month: Int
    public let day: Int

    /// A valid day, or nil (month 13, February 30, year out of 1...9999).
    public init?(year: Int, month: Int, day: Int) {
        guard (1...9999).contains(year), (1...12).contains(month),
              day >= 1, day <= CalendarDay.daysIn(month: month, year: year) else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// The day a number of days after 1970-01-01.
    public init(dayNumber: Int) {
        let z = dayNumber + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        self.year = yoe + era * 400 + (m <= 2 ? 1 : 0)
        self.month = m
        self.day = d
    }

    /// Days since 1970-01-01.
    public var dayNumber: Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = month > 2 ? month - 3 : month + 9
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    /// ISO weekday: Monday = 1 … Sunday = 7.
    public var weekday: Int {
        let n = (dayNumber + 3) % 7  // 1970-01-01 was a Thursday
        return (n < 0 ? n + 7 : n) + 1
    }

    /// The ISO 8601 week-numbering year and week (weeks start on Monday; week 1 holds the
    /// year's first Thursday).
    public var isoWeek: (year: Int, week: Int) {
        let thursday = adding(days: 4 - weekday)
        let jan1 = CalendarDay(year: thursday.year, month: 1, day: 1)!
        return (thursday.year, (thursday.dayNumber - jan1.dayNumber) / 7 + 1)
    }

    /// The Monday of an ISO week, or nil when the year has no such week.
    public static func mondayOf(isoYear: Int, week: Int) -> CalendarDay? {
        guard let jan4 = CalendarDay(year: isoYear, month: 1, day: 4), week >= 1 else { return nil }
        let monday = jan4.adding(days: 1 - jan4.weekday).adding(days: (week - 1) * 7)
        return monday.isoWeek.year == isoYear ? monday : nil
    }

    public func adding(days: Int) -> CalendarDay { CalendarDay(dayNumber: dayNumber + days) }

    /// The same day `months` later, clamped to the month's end (Jan 31 + 1 month = Feb 29) and
    /// to the calendar's ends (years 1 and 9999), so that no shift can fail.
    public func adding(months: Int) -> CalendarDay {
        let total = min(max(year * 12 + (month - 1) + months, 12), 9999 * 12 + 11)
        let y = total / 12, m = total % 12 + 1
        return CalendarDay(year: y, month: m, day: min(day, CalendarDay.daysIn(month: m, year: y)))!
    }

    public static func isLeap(_ year: Int) -> Bool {
        (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
    }

    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    public static func < (a: CalendarDay, b: CalendarDay) -> Bool {
        (a.year, a.month, a.day) < (b.year, b.month, b.day)
    }

    /// `2024-02-21`
    public var description: String {
        // The usual four-digit year: the ten bytes written at once into one small String.
        guard (0...9999).contains(year), (0...99).contains(month), (0...99).contains(day) else {
            return Digits.pad(year, 4) + "-" + Digits.pad(month, 2) + "-" + Digits.pad(day, 2)
        }
        return String(unsafeUninitializedCapacity: 10) { b in
            b[0] = UInt8(truncatingIfNeeded: 0x30 + year / 1000)
            b[1] = UInt8(truncatingIfNeeded: 0x30 + year / 100 % 10)
            b[2] = UInt8(truncatingIfNeeded: 0x30 + year / 10 % 10)
            b[3] = UInt8(truncatingIfNeeded: 0x30 + year % 10)
            b[4] = 0x2D
            b[5] = UInt8(truncatingIfNeeded: 0x30 + month / 10)
            b[6] = UInt8(truncatingIfNeeded: 0x30 + month % 10)
            b[7] = 0x2D
            b[8] = UInt8(truncatingIfNeeded: 0x30 + day / 10)
            b[9] = UInt8(truncatingIfNeeded: 0x30 + day % 10)
            return 10
        }
    }
}

/// Zero-padded decimal formatting without Foundation.
enum Digits {
    /// `value` in decimal, zeros before it up to `width` characters (`pad(7, 2)` is `07`).
    ///
    /// Every TIMEX3 value and interval is made of these: a value that fits in a small String
    /// (15 bytes) is written straight into it, without the intermediate Strings of `String(value)`,
    /// `String(repeating:count:)` and `+`.
    static func pad(_ value: Int, _ width: Int) -> String {
        guard value >= 0 else {
            let s = String(value)
            return s.count >= width ? s : String(repeating: "0", count: width - s.count) + s
        }
        var digits = 1, rest = value / 10
        while rest > 0 { digits += 1; rest /= 10 }
        let count = max(digits, width)
        guard count <= 15 else { return String(repeating: "0", count: count - digits) + String(value) }
        return String(unsafeUninitializedCapacity: count) { buffer in
            var v = value
            for i in stride(from: count - 1, through: 0, by: -1) {
                buffer[i] = UInt8(truncatingIfNeeded: 0x30 + v % 10)
                v /= 10
            }
            return count
        }
    }
}
