/// Writes the timeline in TimelineJS's JSON format
/// (https://timeline.knightlab.com/docs/json-format.html):
///
/// ```json
/// {"events": [{"start_date": {"year": 2024, "month": 2, "day": 17}, "end_date": {"year": 2024, "month": 2, "day": 18},
///              "display_date": "17–18 Feb 2024", "text": {"headline": "…", "text": "…"}, "group": "statement", "unique_id": "…"}]}
/// ```
///
/// Dates carry only the precision the event has: a whole year is `{"year"}`, a whole month
/// `{"year", "month"}`, a day adds `"day"`, a time of day adds `"hour"` and `"minute"`. An
/// uncertain time that covers several days (a week, a weekend) has an `end_date` on its last
/// day (inclusive, as TimelineJS reads it). TimelineJS requires a `start_date` on every event,
/// so **undated events are left out** (their number is not lost: `timeline --format json`
/// lists them). TimelineJS renders `headline` and `text` as HTML, so both are HTML-escaped
/// before JSON escaping.
enum TimelineJSRenderer {
    static func write<Output: TextOutputStream>(_ entries: [TimelineEntry], to out: inout Output) {
        var w = JSONWriter(out)
        w.beginObject()
        w.key("events")
        w.beginArray()
        var usedIds = Set<String>()
        for e in entries {
            guard let time = e.time, let begin = time.begin, let end = time.end else { continue }
            w.beginObject()
            let last = HTMLDates.lastDay(begin, end)
            let wholeDays = begin.minuteOfDay == nil && end.minuteOfDay == nil
            let first = begin.day
            w.key("start_date")
            if wholeDays && first.month == 1 && first.day == 1 && last.month == 12 && last.day == 31 {
                date(&w, year: first.year)
                if last.year != first.year { w.key("end_date"); date(&w, year: last.year) }
            } else if wholeDays && first.day == 1 && last == first.adding(months: 1).adding(days: -1) {
                date(&w, year: first.year, month: first.month)
            } else {
                date(&w, year: first.year, month: first.month, day: first.day, minute: begin.minuteOfDay)
                if last != first {
                    w.key("end_date")
                    date(&w, year: last.year, month: last.month, day: last.day)
                } else if let b = begin.minuteOfDay, let e = end.minuteOfDay, end.day == begin.day, e > b + 1 {
                    w.key("end_date")
                    date(&w, year: last.year, month: last.month, day: last.day, minute: e)
                }
            }
            w.field("display_date", HTMLDates.label(time))
            w.key("text")
            w.beginObject()
            w.field("headline", HTMLEscape.escape(TimelineRenderer.oneLine(e.summary)))
            w.field("text", body(e))
            w.endObject()
            w.field("group", e.type)
            // unique_id must be unique on the page; merged events keep distinct ids already.
            var id = "ev-" + e.id.map { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" ? String($0) : "-" }.joined()
            while !usedIds.insert(id).inserted { id += "-x" }
            w.field("unique_id", id)
            w.endObject()
        }
        w.endArray()
        w.endObject()
        out = w.out
        out.write("\n")
    }

    private static func date<Output: TextOutputStream>(_ w: inout JSONWriter<Output>, year: Int, month: Int? = nil, day: Int? = nil, minute: Int? = nil) {
        w.beginObject()
        w.field("year", year)
        if let month { w.field("month", month) }
        if let day { w.field("day", day) }
        if let minute {
            w.field("hour", minute / 60)
            w.field("minute", minute % 60)
        }
        w.endObject()
    }

    /// The event's body as (escaped) HTML: who and where, then each source sentence.
    private static func body(_ e: TimelineEntry) -> String {
        var parts = [String]()
        let who = e.participants.map { HTMLEscape.escape($0.entity.name) }
        if !who.isEmpty { parts.append("<p><b>Who:</b> " + who.joined(separator: ", ") + "</p>") }
        let places = e.places.map { HTMLEscape.escape($0.name) }
        if !places.isEmpty { parts.append("<p><b>Where:</b> " + places.joined(separator: ", ") + "</p>") }
        for s in e.sources {
            parts.append("<blockquote>" + HTMLEscape.escape(TimelineRenderer.oneLine(s.sentence)) + " <cite>" + HTMLEscape.escape(s.source) + "</cite></blockquote>")
        }
        return parts.joined()
    }
}
