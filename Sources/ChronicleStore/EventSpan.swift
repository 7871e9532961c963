/// The dated span of a stored event: the earliest begin and the latest end of its dated
/// mentions, as the ISO text `event_mention` holds (compared as text, like the merge's time
/// test). Kept on the event's participant rows (`span_begin`, `span_end`), where the
/// `participant_merge` index uses it to skip events that cannot meet a new event's time.
/// Removing a mention (a replaced article) may leave a span wider than its mentions: still
/// a correct filter, since the exact time test follows it.
struct EventSpan {
    private(set) var begin: String?, end: String?

    init(begin: String?, end: String?) {
        (self.begin, self.end) = begin != nil && end != nil ? (begin, end) : (nil, nil)
    }

    /// Widens the span to hold [begin, end) (ignored unless both are given).
    mutating func widen(begin b: String?, end e: String?) {
        guard let b, let e else { return }
        if begin == nil || b < begin! { begin = b }
        if end == nil || e > end! { end = e }
    }
}
