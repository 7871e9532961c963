/// The four TIMEX3 types: a calendar date or period, a clock time, a length of time, a recurrence.
public enum TimexType: String, Sendable, Codable {
    case date = "DATE", time = "TIME", duration = "DURATION", set = "SET"
}

/// One time expression found in a document, normalised to a TIMEX3 value.
///
/// `value` follows TIMEX3 so results can be scored against TimeBank-style gold data; `range`
/// is what the timeline needs (the placeable interval), and is nil when nothing can be placed.
public struct TimeExpression: Sendable, Equatable {
    /// UTF-8 byte offsets into the document text.
    public let span: Span
    public let type: TimexType
    /// TIMEX3 value after anchoring: `2024-02-21`, `2024-W07-WE`, `199`, `P3D`, `PRESENT_REF` …
    public let value: String
    /// [begin, end) of a placeable date or time; nil for durations, sets, vague references
    /// and values that could not be anchored.
    public let range: TimeRange?
    /// TIMEX3 `mod`: EARLY, MID, LATE, START, END, APPROX, MORE_THAN, LESS_THAN …
    public let mod: String?
    /// The name of the rule that produced it (provenance, and the key of its test example).
    public let rule: String

    public init(span: Span, type: TimexType, value: String, range: TimeRange?, mod: String?, rule: String) {
        self.span = span
        self.type = type
        self.value = value
        self.range = range
        self.mod = mod
        self.rule = rule
    }
}
