/// The periods a date can be stated at, coarsest last. Names match `units.txt`.
enum Granularity: String, Sendable, Comparable, CaseIterable {
    case second, minute, hour, day, week, weekend, fortnight, month, quarter, half, season, year, decade, century, millennium

    private var order: Int { Self.allCases.firstIndex(of: self)! }

    /// The granularity a unit name (`week`) stands for, or nil: `init(rawValue:)` compares the
    /// name with every case's in turn, and the spec builder asks once per unit field.
    static func named(_ name: String) -> Granularity? { byName[name] }
    private static let byName = Dictionary(uniqueKeysWithValues: allCases.map { ($0.rawValue, $0) })
    static func < (a: Granularity, b: Granularity) -> Bool { a.order < b.order }
}

/// Which occurrence of an underspecified date (`Friday`, `in March`) is meant.
enum Direction: Sendable, Equatable {
    /// Decide from the tense of the clause.
    case tense
    /// On or before the reference (`said Friday`).
    case pastInclusive
    /// Strictly before the reference's own period (`last Friday`, `last September`).
    case pastStrict
    case futureInclusive
    case futureStrict
    /// The one in the reference's own week or year (`this September`).
    case this
}

/// Which quarter `ref=quarter` rules mean (see `TimeSpec.quarterReference`).
enum QuarterReference: Sendable, Equatable {
    case discussed, latest
}

/// What a rule understood, before anchoring: fields of a date, a shift from a reference,
/// a quantity of units, or a literal value. The resolver turns it into a TIMEX3 value.
struct TimeSpec: Sendable, Equatable {
    var type: TimexType
    var literal: String?
    var year: Int?
    var month: Int?
    var day: Int?
    var weekday: Int?
    var quarter: Int?
    var half: Int?
    var season: String?
    var decade: Int?
    /// Ordinal century as written (`19th` century = 19).
    var century: Int?
    var holiday: String?
    var hour: Int?
    var minute: Int?
    var ampm: String?
    var zone: String?
    var partOfDay: String?
    /// Relative expressions: this many `unit`s from the reference (nil amount = unspecified).
    var unit: Granularity?
    var shift: Double?
    var shiftIsVague = false
    /// Anchor on the last date mentioned in the text rather than the publication date.
    var refersToText = false
    /// `a year ago` in a text about a quarter means that quarter a year before (`ref=focus`).
    var usesFocus = false
    /// `the quarter`, `the year-ago quarter`: the quarter the text reports on (`ref=quarter`);
    /// `the latest quarter` only takes a mentioned quarter that has already begun
    /// (`ref=latestquarter`). Without one, the last quarter that has ended.
    var quarterReference: QuarterReference?
    /// Derived from another mention (narrative or focus): not itself a new reference point.
    /// (`the latest quarter` names the quarter reported on, so later mentions build on it.)
    var isDerived: Bool { refersToText || usesFocus || quarterReference == .discussed }
    var direction: Direction = .this
    /// Days from the placed date (`the day before last Tuesday` is Tuesday, then −1).
    var dayOffset: Int?
    /// The period of this unit around the placed date (`the week of March 6`).
    var enclosingUnit: Granularity?
    /// Durations and sets: a quantity of `unit`s (nil = unspecified, `X`).
    var amount: Double?
    var mod: String?
    /// Matched only to keep other rules off these tokens.
    var isIgnored = false

    init(type: TimexType) { self.type = type }

    var hasDateFields: Bool {
        year != nil || month != nil || day != nil || weekday != nil || quarter != nil || half != nil
            || season != nil || decade != nil || century != nil || holiday != nil
    }
    var hasClock: Bool { hour != nil }
    /// A clock time or part of day with nothing that names its day (`at 10 p.m.`).
    var isBareClock: Bool {
        (hour != nil || partOfDay != nil) && !hasDateFields && unit == nil && literal == nil && type == .time
    }

    /// Copies the clock part of another expression (`at 9 a.m.` + `Tuesday`).
    mutating func takeClock(from other: TimeSpec) {
        hour = other.hour ?? hour
        minute = other.minute ?? minute
        ampm = other.ampm ?? ampm
        zone = other.zone ?? zone
        partOfDay = other.partOfDay ?? partOfDay
        type = .time
    }
}

/// A TIMEX3 duration such as `P1W` or `PT1H`, scaled by a quantity.
struct DurationCode: Sendable {
    let isTime: Bool
    let amount: Double
    let letter: String

    init?(_ code: String) {
        var rest = Substring(code)
        guard rest.hasPrefix("P") else { return nil }
        rest = rest.dropFirst()
        isTime = rest.hasPrefix("T")
        if isTime { rest = rest.dropFirst() }
        let digits = rest.prefix { $0.isNumber || $0 == "." }
        guard let amount = Double(digits), digits.count < rest.count else { return nil }
        self.amount = amount
        letter = String(rest.dropFirst(digits.count))
    }

    /// `P2Y` for 2 × `P1Y`; `PXY` for an unspecified quantity.
    func value(times quantity: Double?) -> String {
        let prefix = isTime ? "PT" : "P"
        guard let quantity else { return prefix + "X" + letter }
        let total = quantity * amount
        // `5 1/2 hours` is PT5H30M: a fraction of an hour or minute goes to the next smaller unit
        // (`2.5 years` stays P2.5Y).
        let whole = total.rounded(.down), fraction = total - whole
        if fraction > 0, let (factor, smaller, isTimeSmaller) = Self.smaller[Key(isTime, letter)] {
            let rest = fraction * factor
            if rest == rest.rounded() {
                let head = whole > 0 ? NumberFormat.short(whole) + letter : ""
                if isTimeSmaller && !isTime { return "P" + head + "T" + NumberFormat.short(rest) + smaller }
                return prefix + head + NumberFormat.short(rest) + smaller
            }
        }
        return prefix + NumberFormat.short(total) + letter
    }

    /// A unit's next smaller unit: how many of it make one, its letter, whether it is a time unit.
    private static let smaller: [Key: (Double, String, Bool)] = [
        Key(true, "H"): (60, "M", true), Key(true, "M"): (60, "S", true),
    ]

    private struct Key: Hashable {
        let isTime: Bool
        let letter: String
        init(_ isTime: Bool, _ letter: String) { self.isTime = isTime; self.letter = letter }
    }
}

enum NumberFormat {
    /// `2`, `2.5`, `0.25`: no trailing zeros.
    static func short(_ x: Double) -> String {
        if x == x.rounded(), abs(x) < 1e15 { return String(Int(x)) }
        var s = String((x * 100).rounded() / 100)
        while s.hasSuffix("0") { s.removeLast() }
        if s.hasSuffix(".") { s.removeLast() }
        return s
    }
}
