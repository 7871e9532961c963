/// What anchoring knows while it walks the document in order: the publication time and the
/// dates the text has mentioned so far (narrative anchoring: `the day before`).
struct AnchorState {
    let anchor: LocalDateTime?
    /// The last placed date or time of the text.
    var lastMentioned: CalendarPoint?
    /// Recent placed dates, oldest first (`the next day` after `in 1997 … on March 5` needs
    /// the last one that names a day).
    var recent: [CalendarPoint] = []
    static let recentLimit = 16
    /// The last quarter or half-year mentioned, with its sentence: financial news compares
    /// "the third quarter" with "a year ago", meaning the same quarter a year before.
    var focusPeriod: (point: CalendarPoint, sentence: Int)?
    /// The last quarter the text reports on (not later than the publication date's), with its
    /// sentence, and how often each was named: `the quarter` is the one just named or else the
    /// one named most often (the first of those).
    var lastReportedQuarter: (point: CalendarPoint, sentence: Int)?
    var quarterCounts: [Int: Int] = [:]
    var mostNamedQuarter: (point: CalendarPoint, count: Int)?
    /// The last day mentioned, with its sentence: a bare clock time (`at 10 p.m.`) right
    /// after `on Oct. 23` is on that day.
    var lastDay: (day: CalendarDay, sentence: Int)?

    /// Sentences within which the last named quarter is still the one discussed.
    static let quarterWindow = 2

    mutating func remember(_ point: CalendarPoint, sentence: Int) {
        lastMentioned = point
        recent.append(point)
        if recent.count > Self.recentLimit { recent.removeFirst() }
        if point.granularity == .day { lastDay = (point.start, sentence) }
        if point.granularity == .quarter || point.granularity == .half {
            focusPeriod = (point, sentence)
            let isAhead = anchor.map { point.start > CalendarPoint(containing: $0.day, .quarter).start } ?? false
            if point.granularity == .quarter, !isAhead {
                lastReportedQuarter = (point, sentence)
                let count = quarterCounts[point.start.dayNumber, default: 0] + 1
                quarterCounts[point.start.dayNumber] = count
                if count > mostNamedQuarter?.count ?? 0 { mostNamedQuarter = (point, count) }
            }
        }
    }

    /// The last mentioned date at least as fine as `unit` (a day for `the next day`), or nil.
    func lastMentioned(atMost unit: Granularity) -> CalendarPoint? {
        recent.last { $0.granularity <= unit || ($0.granularity == .weekend && unit >= .week) }
    }

    /// The quarter under discussion at `sentence`: the last one named if that was recent,
    /// else the one named most often (the first of those).
    func discussedQuarter(at sentence: Int) -> CalendarPoint? {
        guard let last = lastReportedQuarter else { return nil }
        if sentence - last.sentence <= Self.quarterWindow { return last.point }
        return mostNamedQuarter?.point
    }
}

/// The outcome of anchoring one expression.
struct ResolvedTime {
    var type: TimexType
    var value: String
    var range: TimeRange?
    var point: CalendarPoint?
}

/// Turns a `TimeSpec` into a TIMEX3 value and range, given the anchor, the narrative state and
/// the clause tense. Without an anchor, values stay honestly partial (`XXXX-09-13`).
struct TimeResolver {
    let lexicon: TimeLexicon

    /// `adjacentCue`: the tense comes from a verb right before the expression (`said in
    /// March`), which outweighs the nearness of a date against that tense.
    func resolve(_ spec: TimeSpec, tense: ClauseTense, adjacentCue: Bool = false, sentence: Int, state: AnchorState) -> ResolvedTime? {
        if spec.isIgnored { return nil }
        if let literal = spec.literal {
            var range: TimeRange?
            if literal == "PRESENT_REF", let a = state.anchor { range = CalendarPoint(containing: a.day, .day).range }
            return ResolvedTime(type: spec.type, value: literal, range: range)
        }
        switch spec.type {
        case .duration:
            guard let unit = spec.unit, let code = durationCode(unit) else { return nil }
            return ResolvedTime(type: .duration, value: code.value(times: spec.amount), range: nil)
        case .set:
            return resolveSet(spec)
        case .date, .time:
            return resolveDate(spec, tense: tense, adjacentCue: adjacentCue, sentence: sentence, state: state)
        }
    }

    private func durationCode(_ unit: Granularity) -> DurationCode? {
        lexicon.unitDurationCodes[unit.rawValue]
    }

    private func resolveSet(_ spec: TimeSpec) -> ResolvedTime? {
        if let weekday = spec.weekday {
            return ResolvedTime(type: .set, value: "XXXX-WXX-\(weekday)" + (spec.partOfDay.map { "T" + $0 } ?? ""), range: nil)
        }
        if let pod = spec.partOfDay { return ResolvedTime(type: .set, value: "XXXX-XX-XXT" + pod, range: nil) }
        if let month = spec.month { return ResolvedTime(type: .set, value: "XXXX-" + Digits.pad(month, 2), range: nil) }
        if let season = spec.season { return ResolvedTime(type: .set, value: "XXXX-" + season, range: nil) }
        guard let unit = spec.unit, let code = durationCode(unit) else { return nil }
        // An unspecified amount stays unspecified (`every few hours`: PTXH).
        return ResolvedTime(type: .set, value: code.value(times: spec.amount), range: nil)
    }

    // MARK: - Dates and times

    private func resolveDate(_ spec: TimeSpec, tense: ClauseTense, adjacentCue: Bool, sentence: Int, state: AnchorState) -> ResolvedTime? {
        var spec = spec
        var reference: CalendarDay? = spec.refersToText ? (state.lastMentioned?.start ?? state.anchor?.day) : state.anchor?.day
        if spec.refersToText, !spec.shiftIsVague, let unit = spec.unit, let last = state.lastMentioned, !(last.granularity <= unit) {
            // `the next day` after `in 1997`: count from the last day the text named; with none,
            // only the year (or month) is known (`1997-XX-XX`).
            guard let finer = state.lastMentioned(atMost: unit) else {
                return ResolvedTime(type: spec.type, value: Self.partialValue(within: last, unit: unit) + clockSuffix(spec), range: nil)
            }
            reference = finer.start
        }
        var point: CalendarPoint?
        var partial: String?

        if let unit = spec.unit, let shift = spec.shift {
            if spec.shiftIsVague {
                return ResolvedTime(type: .date, value: shift < 0 ? "PAST_REF" : "FUTURE_REF", range: nil)
            }
            // `99999999 years ago` (or a number too large for an Int) lies outside any calendar:
            // no value, rather than a trap in the arithmetic below.
            guard shift.magnitude <= Self.maximumShift else { return nil }
            let n = Int(shift.rounded())
            if unit == .year, spec.quarter != nil || spec.month != nil || spec.season != nil || spec.half != nil {
                // `this year's third quarter`: the year is relative, the rest explicit.
                if let reference { spec.year = reference.year + n }
            } else {
                (point, partial) = relativePoint(unit: unit, shift: n, spec: spec, reference: reference, tense: tense,
                                                 sentence: sentence, state: state)
            }
        }
        if point == nil && partial == nil {
            (point, partial) = explicitPoint(spec, tense: tense, adjacentCue: adjacentCue, reference: reference, sentence: sentence,
                                             state: state)
        }
        if let partial {
            return ResolvedTime(type: spec.type, value: partial + clockSuffix(spec), range: nil)
        }
        guard var point else { return nil }
        if let offset = spec.dayOffset {
            // Only a day can be counted from: after a year or month only that is known (`1997-XX-XX`).
            guard point.granularity == .day else {
                return ResolvedTime(type: spec.type, value: Self.partialValue(within: point, unit: .day), range: nil)
            }
            point = CalendarPoint(start: point.start.adding(days: offset), granularity: .day)
        }
        if let unit = spec.enclosingUnit {
            // `the week of March` names no one week: only the month is known.
            guard point.granularity <= unit else {
                return ResolvedTime(type: spec.type, value: Self.partialValue(within: point, unit: unit), range: nil)
            }
            point = CalendarPoint(containing: point.start, unit)
        }
        if spec.hour != nil || spec.partOfDay != nil {
            guard point.granularity <= .day else { return ResolvedTime(type: spec.type, value: point.value, range: point.range, point: point) }
            return ResolvedTime(type: .time, value: point.value + clockSuffix(spec), range: clockRange(point.start, spec), point: point)
        }
        return ResolvedTime(type: spec.type, value: point.value, range: point.range, point: point)
    }

    /// `T14:30`, `T14:30Z`, `TMO`, or nothing.
    private func clockSuffix(_ spec: TimeSpec) -> String {
        if let h = spec.hour {
            return "T" + Digits.pad(h, 2) + ":" + Digits.pad(spec.minute ?? 0, 2) + (spec.zone == "Z" ? "Z" : "")
        }
        if let pod = spec.partOfDay { return "T" + pod }
        return ""
    }

    private func clockRange(_ day: CalendarDay, _ spec: TimeSpec) -> TimeRange {
        func at(_ minutes: Int) -> LocalDateTime {
            LocalDateTime(day: day.adding(days: minutes / 1440), minuteOfDay: minutes % 1440)
        }
        if let h = spec.hour {
            let m = h * 60 + (spec.minute ?? 0)
            return TimeRange(begin: at(m), end: at(m + 1))
        }
        // Conventional windows for parts of the day.
        let window: (Int, Int)
        switch spec.partOfDay {
        case "MO": window = (6 * 60, 12 * 60)
        case "AF": window = (12 * 60, 18 * 60)
        case "EV": window = (18 * 60, 24 * 60)
        case "NI": window = (20 * 60, 30 * 60)
        case "DT": window = (6 * 60, 18 * 60)
        default: window = (0, 24 * 60)
        }
        return TimeRange(begin: at(window.0), end: at(window.1))
    }

    /// `yesterday`, `last week`, `two years ago`, `a year earlier`.
    private func relativePoint(unit: Granularity, shift n: Int, spec: TimeSpec, reference: CalendarDay?, tense: ClauseTense,
                               sentence: Int, state: AnchorState) -> (CalendarPoint?, String?) {
        // `the quarter`, `the year-ago quarter`: the quarter under discussion, or a year before it.
        if let kind = spec.quarterReference, unit == .quarter || unit == .year {
            guard let base = discussedQuarter(kind, tense: tense, sentence: sentence, state: state) else {
                return (nil, unit == .quarter ? "XXXX-QX" : Self.unknownValue(.year))
            }
            return (unit == .quarter ? base.shifted(by: n) : base.yearShifted(n), nil)
        }
        // A year before the period in focus keeps its granularity (`the year-ago quarter`);
        // the same year is the whole year (`later that year` after `the third quarter`).
        if unit == .year, n != 0 {
            let base: CalendarPoint?
            if spec.refersToText {
                base = state.lastMentioned
            } else if spec.usesFocus, let focus = state.focusPeriod, sentence - focus.sentence <= 1 {
                base = focus.point
            } else if spec.usesFocus {
                // Further on in a quarterly report, the quarter it reports on.
                base = state.discussedQuarter(at: sentence)
            } else {
                base = nil
            }
            if let base, base.granularity == .quarter || base.granularity == .half {
                return (base.shifted(by: 0).yearShifted(n), nil)
            }
        }
        guard let reference else { return (nil, Self.unknownValue(unit)) }
        switch unit {
        case .second, .minute, .hour:
            return (CalendarPoint(containing: reference, .day), nil)
        default:
            var point = CalendarPoint(containing: reference, unit).shifted(by: n)
            // `the weekend` in a past-tense clause written on a Wednesday is the one before.
            if n == 0, spec.direction == .tense {
                if tense == .past, point.start > reference { point = point.shifted(by: -1) }
                if tense == .future, point.end <= reference { point = point.shifted(by: 1) }
            }
            return (point, nil)
        }
    }

    /// The quarter a financial text reports on: the last quarter it named (for `.latest`, one
    /// that has begun by the publication date), else the last quarter that has ended (the
    /// current one in a future-tense clause).
    private func discussedQuarter(_ kind: QuarterReference, tense: ClauseTense, sentence: Int, state: AnchorState) -> CalendarPoint? {
        let current = state.anchor.map { CalendarPoint(containing: $0.day, .quarter) }
        if let q = state.discussedQuarter(at: sentence) {
            if kind == .discussed { return q }
            if let current, q.start <= current.start { return q.start == current.start && tense != .future ? current.shifted(by: -1) : q }
        }
        guard let current else { return state.discussedQuarter(at: sentence) }
        return tense == .future ? current : current.shifted(by: -1)
    }

    /// A period of granularity `unit` somewhere inside a coarser known one: `1997-XX-XX`,
    /// `1997-10-XX`, `1997-WXX`, `1997-XX`.
    static func partialValue(within known: CalendarPoint, unit: Granularity) -> String {
        let y = Digits.pad(known.start.year, 4)
        let hasMonth = known.granularity == .month
        let m = Digits.pad(known.start.month, 2)
        switch unit {
        // `an hour earlier` after `2 hours ago`: the day is known, the hour not.
        case .second, .minute, .hour:
            return known.granularity == .day ? known.value : y + "-" + (hasMonth ? m : "XX") + "-XX"
        case .day: return y + "-" + (hasMonth ? m : "XX") + "-XX"
        case .week, .fortnight: return y + "-WXX"
        case .weekend: return y + "-WXX-WE"
        case .month: return y + "-XX"
        case .quarter: return y + "-QX"
        case .half: return y + "-HX"
        default: return y
        }
    }

    static func unknownValue(_ g: Granularity) -> String {
        switch g {
        case .second, .minute, .hour, .day: return "XXXX-XX-XX"
        case .week, .fortnight: return "XXXX-WXX"
        case .weekend: return "XXXX-WXX-WE"
        case .month: return "XXXX-XX"
        case .quarter: return "XXXX-QX"
        case .half: return "XXXX-HX"
        case .season: return "XXXX-XX"
        case .year: return "XXXX"
        case .decade: return "XXX"
        case .century, .millennium: return "XX"
        }
    }

    /// Dates from named fields; a missing year comes from the reference and the direction.
    private func explicitPoint(_ spec: TimeSpec, tense: ClauseTense, adjacentCue: Bool, reference: CalendarDay?, sentence: Int,
                               state: AnchorState) -> (CalendarPoint?, String?) {
        if let decade = spec.decade {
            guard let d = CalendarDay(year: decade * 10, month: 1, day: 1) else { return (nil, nil) }
            return (CalendarPoint(start: d, granularity: .decade), nil)
        }
        if let century = spec.century {
            guard let d = CalendarDay(year: max(1, (century - 1) * 100), month: 1, day: 1) else { return (nil, nil) }
            return (CalendarPoint(start: d, granularity: .century), nil)
        }
        let direction = effectiveDirection(spec, tense: tense)
        if let year = spec.year {
            return (yearPoint(spec, year: year), nil)
        }
        if spec.month != nil || spec.quarter != nil || spec.half != nil || spec.season != nil || spec.holiday != nil {
            guard let reference else { return (nil, partialValue(spec)) }
            // Try the reference's year and its neighbours; keep the one the direction picks.
            var candidates = [-1, 0, 1].compactMap { yearPoint(spec, year: reference.year + $0) }
            // `Tuesday 9 November`: a weekday named with the date tells the year, whatever the tense.
            if let weekday = spec.weekday, spec.day != nil {
                let matching = candidates.filter { $0.start.weekday == weekday }
                if !matching.isEmpty { candidates = matching }
            }
            let cyclic = spec.direction == .tense ? Direction.tense : direction
            return (pick(candidates, reference: reference, direction: cyclic, tense: tense, adjacentCue: adjacentCue,
                         granularity: candidates.first?.granularity), nil)
        }
        if let weekday = spec.weekday {
            guard let reference else { return (nil, "XXXX-WXX-\(weekday)") }
            return (CalendarPoint(start: weekdayDay(weekday, reference: reference, direction: direction), granularity: .day), nil)
        }
        if spec.hour != nil || spec.partOfDay != nil {
            guard let reference else { return (nil, "XXXX-XX-XX") }
            if let last = state.lastDay, sentence - last.sentence <= 1 {
                return (CalendarPoint(start: last.day, granularity: .day), nil)
            }
            return (CalendarPoint(start: reference, granularity: .day), nil)
        }
        return (nil, nil)
    }

    private func effectiveDirection(_ spec: TimeSpec, tense: ClauseTense) -> Direction {
        let byTense: Direction
        switch tense {
        case .past: byTense = .pastInclusive
        case .future: byTense = .futureInclusive
        case .present, .unknown: byTense = spec.weekday != nil && spec.month == nil ? .pastInclusive : .this
        }
        switch spec.direction {
        case .tense: return byTense
        case .this where spec.weekday != nil && spec.month == nil:
            // `this Friday` with no tense to say otherwise is the Friday of this week.
            return tense == .past || tense == .future ? byTense : .this
        default: return spec.direction
        }
    }

    /// The period named by the spec's fields in a given year.
    private func yearPoint(_ spec: TimeSpec, year: Int) -> CalendarPoint? {
        guard (1...9999).contains(year) else { return nil }
        if let holiday = spec.holiday {
            return HolidayRule.date(holiday, year: year).map { CalendarPoint(start: $0, granularity: .day) }
        }
        if let month = spec.month {
            if let day = spec.day {
                return CalendarDay(year: year, month: month, day: day).map { CalendarPoint(start: $0, granularity: .day) }
            }
            return CalendarPoint(start: CalendarDay(year: year, month: month, day: 1)!, granularity: .month)
        }
        if let q = spec.quarter {
            return CalendarPoint(start: CalendarDay(year: year, month: (q - 1) * 3 + 1, day: 1)!, granularity: .quarter)
        }
        if let h = spec.half {
            return CalendarPoint(start: CalendarDay(year: year, month: h == 1 ? 1 : 7, day: 1)!, granularity: .half)
        }
        if let s = spec.season, let m = CalendarPoint.seasonStartMonth(s) {
            return CalendarPoint(start: CalendarDay(year: year, month: m, day: 1)!, granularity: .season)
        }
        return CalendarPoint(start: CalendarDay(year: year, month: 1, day: 1)!, granularity: .year)
    }

    /// Chooses among the same period in neighbouring years.
    private func pick(_ candidates: [CalendarPoint], reference: CalendarDay, direction: Direction, tense: ClauseTense,
                      adjacentCue: Bool, granularity: Granularity?) -> CalendarPoint? {
        guard let g = granularity else { return nil }
        let current = CalendarPoint(containing: reference, g)
        switch direction {
        case .tense:
            return nearest(candidates, to: reference, tense: tense, adjacentCue: adjacentCue)
        case .pastInclusive: return candidates.last { $0.start <= current.start }
        case .pastStrict: return candidates.last { $0.start < current.start }
        case .futureInclusive: return candidates.first { $0.start >= current.start }
        case .futureStrict: return candidates.first { $0.start > current.start }
        case .this:
            return candidates.first { $0.start.year == current.start.year } ?? candidates.first
        }
    }

    /// Days a tense contradiction costs: `said … Jan. 14` two days before January 14 still
    /// means the coming one, while `said … in March` in February (or `stepped down in March`
    /// in November) means the last one.
    static let tensePenaltyDays = 240
    /// A quarter or half-year against the tense costs less: results are told in the weeks
    /// after their quarter ends (`would step down after a third-quarter loss`, written in
    /// October, is this year's), while a quarter ahead is still more than half a year away
    /// (`will rise in the fourth quarter`, written in February, is this year's).
    static let reportingPeriodTensePenaltyDays = 200
    /// With the cue right before a month or season (`warned in December`, written in
    /// November) the tense wins over any nearness within the year.
    static let adjacentTensePenaltyDays = 400
    /// The largest relative shift placed (`1000000 days`, some 2700 years): beyond it the
    /// calendar (years 1–9999) ends, and the products in `CalendarPoint.shifted` could overflow.
    static let maximumShift = 1_000_000.0
    /// Days a future candidate costs when the clause has no past or future cue: news mostly
    /// reports what happened (`since the Oct. 23 slaying`, written in May).
    static let untensedFuturePenaltyDays = 60

    /// The candidate closest to the reference, counting a tense contradiction as extra distance.
    private func nearest(_ candidates: [CalendarPoint], to reference: CalendarDay, tense: ClauseTense, adjacentCue: Bool) -> CalendarPoint? {
        // `said … Jan. 14` two days before January 14 may still mean the coming one; a month
        // or a season right after its verb takes the verb's tense.
        let coarse = candidates.first.map { $0.granularity > .day } ?? false
        let reportingPeriod = candidates.first.map { $0.granularity == .quarter || $0.granularity == .half } ?? false
        let penalty = adjacentCue && coarse ? Self.adjacentTensePenaltyDays
            : reportingPeriod ? Self.reportingPeriodTensePenaltyDays : Self.tensePenaltyDays
        let r = reference.dayNumber
        func cost(_ p: CalendarPoint) -> Int {
            let s = p.start.dayNumber, e = p.end.dayNumber
            if r >= s && r < e { return 0 }
            let isFuture = s > r
            let distance = isFuture ? s - r : r - e + 1
            let contradicts = (isFuture && tense == .past) || (!isFuture && tense == .future)
            let untensed = isFuture && (tense == .present || tense == .unknown)
            return distance + (contradicts ? penalty : 0) + (untensed ? Self.untensedFuturePenaltyDays : 0)
        }
        return candidates.min { cost($0) < cost($1) }
    }

    private func weekdayDay(_ weekday: Int, reference: CalendarDay, direction: Direction) -> CalendarDay {
        let back = (reference.weekday - weekday + 7) % 7
        let forward = (weekday - reference.weekday + 7) % 7
        switch direction {
        case .pastInclusive, .tense: return reference.adding(days: -back)
        case .pastStrict: return reference.adding(days: back == 0 ? -7 : -back)
        case .futureInclusive: return reference.adding(days: forward)
        case .futureStrict: return reference.adding(days: forward == 0 ? 7 : forward)
        case .this: return reference.adding(days: weekday - reference.weekday)
        }
    }

    /// A value with the unknown parts as X: `XXXX-09-13`, `XXXX-Q3`, `XXXX-SU`.
    private func partialValue(_ spec: TimeSpec) -> String {
        if let m = spec.month {
            return "XXXX-" + Digits.pad(m, 2) + (spec.day.map { "-" + Digits.pad($0, 2) } ?? "")
        }
        if let q = spec.quarter { return "XXXX-Q\(q)" }
        if let h = spec.half { return "XXXX-H\(h)" }
        if let s = spec.season { return "XXXX-" + s }
        if let h = spec.holiday, let d = HolidayRule.date(h, year: 2001), !h.contains(":"), !h.hasPrefix("EASTER") {
            return "XXXX-" + Digits.pad(d.month, 2) + "-" + Digits.pad(d.day, 2)
        }
        return "XXXX"
    }
}

extension CalendarPoint {
    /// The same period `n` years away (`2024-Q3` → `2023-Q3`).
    func yearShifted(_ n: Int) -> CalendarPoint {
        CalendarPoint(start: start.adding(months: 12 * n), granularity: granularity)
    }
}
